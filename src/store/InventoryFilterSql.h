// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/InventoryNumber.h"

#include <QVariantList>

namespace portdesk {

class Store;

// The SQL of an InventoryFilter: its WHERE and ORDER BY, every value bound.
// Internal to src/store (InventoryRepository).
namespace inventory_sql {

// The SQL expression a sort orders by; every order ends with the number.
// The case sort reads 0 for a number no port-in brought, so that both
// engines order the same way (they place NULLs differently).
QString sortExpression(InventorySort sort);

// LIKE with '!' as the escape character on both engines: the user's text
// is matched literally.
QString likePattern(const QString &contains);
QString likeClause(const Store &store, const QString &column);

struct WhereClause {
    QString text; // " WHERE ..." (always present)
    QVariantList values;
};

// The statuses a filter asks for: empty for any; {} with *none set when
// hasStatus and statuses exclude each other.
QList<NumberStatus> statusesOf(const InventoryFilter &filter, bool *none);

// Which rows of the case sort a query part reads: numbers without a port-in
// case (their key is 0), those with one, or both.
enum class CasePart { Any, WithoutCase, WithCase };

// Only the shape of the WHERE clause depends on the filter; every value is
// bound. `statuses` replaces the filter's own (one part of a split query);
// `indexFreeStatus` writes the status test so that no engine picks the
// status index for it (an OFFSET walk in number order).
WhereClause whereFor(const Store &store, const InventoryFilter &filter, bool withCursor,
    const QList<NumberStatus> *statuses = nullptr, CasePart part = CasePart::Any,
    bool indexFreeStatus = false);

// The ORDER BY of a filter; `column` replaces the sort expression (a part
// of a split query orders by its own indexed column).
QString orderFor(const InventoryFilter &filter, const QString &column = QString());

} // namespace inventory_sql
} // namespace portdesk
