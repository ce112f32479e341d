#include "gui/MainWindow.h"
#include "Translations.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
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
    parser.process(app);

    QString url = parser.value(dbOption);
    if (url.isEmpty())
        url = qEnvironmentVariable("PORTDESK_DB");
    if (url.isEmpty())
        url = portdesk::Store::defaultUrl();

    portdesk::StoreStatus status;
    std::unique_ptr<portdesk::Store> store = portdesk::Store::open(url, &status);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PortDesk"),
                              QApplication::translate("main", "The store cannot be opened.\n\n%1")
                                  .arg(status.message));
        return 3;
    }
    portdesk::MainWindow window(*store);
    window.show();
    return QApplication::exec();
}
