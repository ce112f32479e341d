// SPDX-License-Identifier: Apache-2.0
#include "CliApp.h"
#include "Translations.h"
#include "keyring/DesktopKeyring.h"
#include "core/AppSettings.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // PDF output needs QtGui's fonts; the CLI never shows a window.
    std::unique_ptr<QCoreApplication> app;
    if (portdesk::CliApp::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("PortDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTDESK_VERSION));
    // The organization's settings (moved from the old folder once); a value
    // ignored there is named on stderr.
    for (const QString &problem : portdesk::AppSettings::setUp())
        std::fprintf(stderr, "%s\n", qPrintable(problem));

    // Help and messages in the language of the system locale (LANG,
    // LC_MESSAGES, LC_ALL), where the catalogue has it. Not under --json:
    // machine-readable output (its messages included) is the same in every
    // locale. Command names, options, rule ids and JSON keys never translate.
    if (!arguments.contains(QStringLiteral("--json")))
        portdesk::installTranslations(*app);
    // The person's store key may live in the desktop's keyring.
    portdesk::installDesktopKeyring();

    QTextStream out(stdout);
    QTextStream err(stderr);
    portdesk::CliApp cli(out, err);
    return cli.run(arguments);
}
