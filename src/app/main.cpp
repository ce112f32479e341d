// SPDX-License-Identifier: Apache-2.0
#include "keyring/DesktopKeyring.h"
#include "core/AppSettings.h"
#include "core/CalendarSettings.h"
#include "FirstPaintExit.h"
#include "gui/FocusRing.h"
#include "gui/MainWindow.h"
#include "Translations.h"
#include "core/Clock.h"
#include "service/Services.h"
#include "sample/SampleStore.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

namespace {

// The command line, the same whether a display exists or not.
struct Options {
    QCommandLineParser parser;
    QCommandLineOption db { QStringLiteral("db"),
        QCoreApplication::translate(
            "main", "The store: sqlite:PATH, a file path or postgresql://user@host:port/db."),
        QStringLiteral("URL") };
    QCommandLineOption sample { QStringLiteral("sample"),
        QCoreApplication::translate("main",
            "Open a demo store of about 30 cases in every state, made "
            "afresh with dates relative to today (never your real store).") };
    QCommandLineOption readOnly { QStringLiteral("read-only"),
        QCoreApplication::translate("main",
            "Write nothing to the store: look only (a store you cannot "
            "write opens so by itself).") };

    Options()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Port United States phone numbers into and out of the cloud calling service."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(db);
        parser.addOption(sample);
        parser.addOption(readOnly);
    }
};

// The names, then the settings under them (moved from the old folder
// once), the calendar's extra days among them.
void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("PortDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTDESK_VERSION));
    portdesk::AppSettings::setUp();
}

// The language of the settings, else the system's.
QLocale chosenLocale()
{
    const QString language = portdesk::AppSettings::language();
    return language.isEmpty() ? QLocale() : QLocale(language);
}

// --help and --version print and exit without a window: answered before the
// GUI starts, so that they work with no display (a terminal over ssh, a
// package's build, man's help2man).
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all"
            || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // No display at all: the options are still read (a wrong one named),
    // and then it says what to do instead of Qt's abort.
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (asksForTextOnly(argc, argv) || noDisplay) {
        QCoreApplication core(argc, argv);
        setNames();
        portdesk::installTranslations(core, chosenLocale());
        Options options;
        options.parser.process(core); // --help, --version, a wrong option: prints and exits
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main",
                "PortDesk needs a display: start it on a desktop, or under Xvfb "
                "(xvfb-run -a portdesk). portdesk-cli works without one.")));
        return 1;
    }

    QApplication app(argc, argv);
    setNames();
    // Where the keyboard is, visible in every style.
    portdesk::installFocusRing(app);
    // The person's store key lives in the desktop's keyring when it has one.
    portdesk::installDesktopKeyring();
    QApplication::setApplicationDisplayName(QStringLiteral("PortDesk"));
    // The desktop entry and icon installed by the package (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.portdesk.PortDesk"));
    QIcon icon = QIcon::fromTheme(QStringLiteral("io.github.portdesk.PortDesk"));
    if (icon.isNull()) {
        for (const int size : { 16, 32, 48, 256 })
            icon.addFile(QStringLiteral(":/icons/portdesk-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);

    portdesk::installTranslations(app, chosenLocale());
    // Values of the settings that were ignored, named in the user's language.
    const QStringList settingsProblems = portdesk::CalendarSettings::load().problems;

    Options options;
    QCommandLineParser &parser = options.parser;
    const QCommandLineOption &dbOption = options.db;
    const QCommandLineOption &sampleOption = options.sample;
    const QCommandLineOption &readOnlyOption = options.readOnly;
    parser.process(app);
    const bool sample = parser.isSet(sampleOption);

    QString url = parser.value(dbOption);
    if (sample) {
        // Made afresh each time: its dates follow today.
        const QString path = portdesk::SampleStore::defaultPath();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        url = QStringLiteral("sqlite:") + path;
    }
    const portdesk::StoreChoice choice = portdesk::StoreChoice::choose(url,
        qEnvironmentVariable("PORTDESK_DB"), portdesk::AppSettings::storeUrl(),
        portdesk::Store::defaultUrl());
    url = choice.url;
    if (choice.source == portdesk::StoreChoice::Source::Settings) {
        // The settings keep the URL; its password is in the keyring.
        const portdesk::PasswordKeyring keyring = portdesk::desktopPasswordKeyring();
        QString password;
        if (keyring.available() && keyring.read(portdesk::storePasswordEntry(url), &password))
            url = portdesk::storeUrlWithPassword(url, password);
    }

    portdesk::StoreStatus status;
    std::unique_ptr<portdesk::Store> store = portdesk::Store::open(url, &status,
        parser.isSet(readOnlyOption) && !sample ? portdesk::StoreAccess::ReadOnly
                                                : portdesk::StoreAccess::ReadWrite);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PortDesk"),
                              QApplication::translate("main", "The store cannot be opened.\n\n%1")
                                  .arg(status.message));
        return 3;
    }
    if (sample) {
        portdesk::Services service(*store);
        QString error;
        if (portdesk::SampleStore::populate(service, portdesk::Clock::now(), &error) < 0) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "PortDesk"),
                                  QApplication::translate("main", "The sample store could not be made.\n\n%1").arg(error));
            return 3;
        }
    }
    portdesk::MainWindow window(*store);
    window.restoreLayout();
    if (sample)
        window.setWindowTitle(QApplication::translate("main", "PortDesk — SAMPLE store (demo cases, not your real store)"));
    FirstPaintExit firstPaint;
    if (qEnvironmentVariableIsSet("PORTDESK_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&firstPaint);
    window.show();
    if (!settingsProblems.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "PortDesk"),
            QApplication::translate("main", "Some settings were ignored (File \u25b8 Settings… "
                                            "shows them):\n\n%1")
                .arg(settingsProblems.join(QLatin1Char('\n'))));
    return QApplication::exec();
}
