// SPDX-License-Identifier: Apache-2.0
#pragma once

// The inventory view's parts as the GUI tests find them: by name, as a user
// does; and a number as the store has it.

#include "WidgetLookup.h"

#include "models/InventoryModel.h"
#include "service/Services.h"
#include "views/InventoryView.h"

#include <QTableView>

namespace storetest {

inline QTableView *numbersTable(const portdesk::InventoryView &view)
{
    return portdesk::testsupport::child<QTableView>(&view, "inventoryTable");
}

inline portdesk::InventoryModel *numbersModel(const portdesk::InventoryView &view)
{
    return qobject_cast<portdesk::InventoryModel *>(numbersTable(view)->model());
}

// The row of a number in the table, by reading the model (small fixtures only).
inline int rowOf(const portdesk::InventoryModel *model, const QString &e164)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->e164At(row) == e164)
            return row;
    return -1;
}

inline portdesk::InventoryNumber numberOf(portdesk::Services &service, const QString &e164)
{
    portdesk::InventoryNumber n;
    service.inventory.findNumber(e164, &n);
    return n;
}

} // namespace storetest
