// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/PortRequest.h"
#include "documents/LoaOptions.h"

#include <QList>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace portdesk {

// Print entry points for Letters of Authorization: a print preview the user
// prints from (QPrintPreviewDialog: page setup, zoom, Print; Esc closes),
// for one carrier group's LOA or for several in one job. Each LOA keeps its
// own "Page N of M". Hosts: the case view (signed or unsigned), the wizard's
// review page (unsigned, before the case exists: caseId 0).
class LoaPrintPreview {
public:
    // Shows the preview of one group's LOA, modal; returns the dialog's result.
    static int open(QWidget *parent, const PortInRequest &request, int groupIndex, qint64 caseId,
        const LoaOptions &options = LoaOptions());
    // Every carrier group's LOA in one job, in group order. perGroup[i] is
    // group i's options; groups beyond the list get `fallback` (unsigned).
    static int openAll(QWidget *parent, const PortInRequest &request, qint64 caseId,
        const QList<LoaOptions> &perGroup, const LoaOptions &fallback = LoaOptions());

    // The dialog itself, not shown, for hosts that show it their own way
    // (and for tests). groups: the group indexes to print, in order;
    // options: one per entry of groups. Caller owns the dialog.
    static QPrintPreviewDialog *createDialog(QWidget *parent, const PortInRequest &request,
        const QList<int> &groups, qint64 caseId, const QList<LoaOptions> &options);

    // Paints the LOAs on a printer (what the preview does on each refresh;
    // also usable for a direct Print). Returns the pages painted.
    static int print(QPrinter *printer, const PortInRequest &request, const QList<int> &groups,
        qint64 caseId, const QList<LoaOptions> &options);
};

} // namespace portdesk
