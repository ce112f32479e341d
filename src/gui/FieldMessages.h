// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Violation.h"

#include <QList>
#include <QPair>
#include <QString>

class QLabel;

namespace portdesk {

// Puts each rule violation beside its field: labels are bound to field paths
// ("adminEmail", "carriers[0].btn", "carriers[0].numbers"), and a violation goes
// to the label whose path is the longest prefix of its own. Errors are red,
// warnings amber; a label with nothing to say is hidden.
class FieldMessages
{
public:
    void bind(const QString &fieldPath, QLabel *label);
    void clear();
    // Shows the violations whose field has a bound label; returns those shown.
    Violations show(const Violations &violations);
    // The texts shown now, for tests and screen readers.
    QStringList shownTexts() const;

private:
    QList<QPair<QString, QLabel *>> m_labels;
};

} // namespace portdesk
