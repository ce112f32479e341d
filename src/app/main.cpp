#include "FirstPaintExit.h"
#include "gui/MainWindow.h"
#include "Translations.h"
#include "core/Clock.h"
#include "service/Services.h"
#include "sample/SampleStore.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PortDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PortDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PORTDESK_VERSION));

    portdesk::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Port United States phone numbers into and out of the cloud calling service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "The store: sqlite:PATH, a file path or postgresql://user@host:port/db."),
        QStringLiteral("URL"));
    parser.addOption(dbOption);
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QApplication::translate("main", "Open a demo store of about 30 cases in every state, made "
                                        "afresh with dates relative to today (never your real store)."));
    parser.addOption(sampleOption);
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"),
        QApplication::translate("main", "Write nothing to the store: look only (a store you cannot "
                                        "write opens so by itself)."));
    parser.addOption(readOnlyOption);
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
    if (url.isEmpty())
        url = qEnvironmentVariable("PORTDESK_DB");
    if (url.isEmpty())
        url = portdesk::Store::defaultUrl();

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
    if (sample)
        window.setWindowTitle(QApplication::translate("main", "PortDesk — SAMPLE store (demo cases, not your real store)"));
    FirstPaintExit firstPaint;
    if (qEnvironmentVariableIsSet("PORTDESK_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}
