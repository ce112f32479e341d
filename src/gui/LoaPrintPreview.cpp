// SPDX-License-Identifier: Apache-2.0
#include "LoaPrintPreview.h"

#include "documents/LoaDocument.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace portdesk {

namespace {

// QPrintPreviewDialog does not own the printer it is given: this one does,
// and the printer is built before the dialog and outlives it.
struct PrinterHolder {
    std::unique_ptr<QPrinter> ownedPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
};

class LoaPreviewDialog : private PrinterHolder, public QPrintPreviewDialog {
public:
    explicit LoaPreviewDialog(QWidget *parent)
        : PrinterHolder(), QPrintPreviewDialog(ownedPrinter.get(), parent)
    {
    }
};

QString windowTitle(const PortInRequest &request, const QList<int> &groups, qint64 caseId)
{
    if (groups.size() == 1) {
        const int g = groups.first();
        const QString carrier = g >= 0 && g < request.carriers.size()
            ? request.carriers.at(g).carrier.trimmed()
            : QString();
        if (caseId > 0 && !carrier.isEmpty())
            return QCoreApplication::translate(
                "LoaPrintPreview", "Letter of Authorization for %1, case %2")
                .arg(carrier)
                .arg(caseId);
        if (caseId > 0)
            return QCoreApplication::translate(
                "LoaPrintPreview", "Letter of Authorization %1, case %2")
                .arg(g + 1)
                .arg(caseId);
        return QCoreApplication::translate(
            "LoaPrintPreview", "Letter of Authorization %1 (preview)")
            .arg(g + 1);
    }
    if (caseId > 0)
        return QCoreApplication::translate("LoaPrintPreview", "Letters of Authorization, case %1")
            .arg(caseId);
    return QCoreApplication::translate("LoaPrintPreview", "Letters of Authorization (preview)");
}

} // namespace

int LoaPrintPreview::print(QPrinter *printer, const PortInRequest &request,
    const QList<int> &groups, qint64 caseId, const QList<LoaOptions> &options)
{
    QPainter painter;
    if (!painter.begin(printer))
        return 0;
    int pages = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (pages > 0)
            printer->newPage();
        pages += LoaDocument::paint(&painter, printer, request, groups.at(i), caseId,
            i < options.size() ? options.at(i) : LoaOptions());
    }
    painter.end();
    return pages;
}

QPrintPreviewDialog *LoaPrintPreview::createDialog(QWidget *parent, const PortInRequest &request,
    const QList<int> &groups, qint64 caseId, const QList<LoaOptions> &options)
{
    QPrintPreviewDialog *dialog = new LoaPreviewDialog(parent);
    QPrinter *printer = dialog->printer();
    LoaDocument::setUpPage(printer);
    const LoaLanguage language
        = options.isEmpty() ? LoaLanguage::English : options.first().language;
    if (!groups.isEmpty())
        printer->setDocName(LoaDocument::documentTitle(caseId, groups.first(), language));
    dialog->setWindowTitle(windowTitle(request, groups, caseId));
    // The request and options are copied: the preview repaints whenever the
    // user zooms or changes the page setup, long after the caller returned.
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
        [request, groups, caseId, options](
            QPrinter *target) { print(target, request, groups, caseId, options); });
    return dialog;
}

int LoaPrintPreview::open(QWidget *parent, const PortInRequest &request, int groupIndex,
    qint64 caseId, const LoaOptions &options)
{
    std::unique_ptr<QPrintPreviewDialog> dialog(
        createDialog(parent, request, { groupIndex }, caseId, { options }));
    return dialog->exec();
}

int LoaPrintPreview::openAll(QWidget *parent, const PortInRequest &request, qint64 caseId,
    const QList<LoaOptions> &perGroup, const LoaOptions &fallback)
{
    QList<int> groups;
    QList<LoaOptions> options;
    for (int i = 0; i < request.carriers.size(); ++i) {
        groups << i;
        options << (i < perGroup.size() ? perGroup.at(i) : fallback);
    }
    std::unique_ptr<QPrintPreviewDialog> dialog(
        createDialog(parent, request, groups, caseId, options));
    return dialog->exec();
}

} // namespace portdesk
