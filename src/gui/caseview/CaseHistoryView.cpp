// SPDX-License-Identifier: Apache-2.0
#include "CaseHistoryView.h"

#include "models/CaseHistoryModel.h"

#include <QEvent>
#include <QHeaderView>

namespace portdesk {

CaseHistoryView::CaseHistoryView(CaseHistoryModel *model, QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("caseHistory"));
    setModel(model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(CaseHistoryModel::Details, QHeaderView::Stretch);
    setAccessibleName(tr("Case history"));
    // Rows measured again whenever their texts change.
    connect(model, &QAbstractItemModel::dataChanged, this, &QTableView::resizeRowsToContents);
    connect(model, &QAbstractItemModel::rowsInserted, this, &QTableView::resizeRowsToContents);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &QTableView::resizeRowsToContents);
}

bool CaseHistoryView::viewportEvent(QEvent *event)
{
    // Wrapped details need their rows measured again at the width they get.
    if (event->type() == QEvent::Resize)
        resizeRowsToContents();
    return QTableView::viewportEvent(event);
}

} // namespace portdesk
