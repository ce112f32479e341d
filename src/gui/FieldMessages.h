// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Violation.h"

#include <QList>
#include <QPair>
#include <QString>

class QLabel;
class QWidget;

namespace portdesk {

// Puts each rule violation beside its field: labels are bound to field paths
// ("adminEmail", "carriers[0].btn", "carriers[0].numbers"), and a violation goes
// to the label whose path is the longest prefix of its own. Errors are red,
// warnings amber; a label with nothing to say is hidden.
//
// A label may name the field it speaks for: after a refused Next or OK,
// focusFirstError() puts the keyboard focus in the first of those fields (in
// tab order) that has an error, so the admin types the correction at once.
class FieldMessages
{
public:
    void bind(const QString &fieldPath, QLabel *label, QWidget *field = nullptr);
    void clear();
    // Shows the violations whose field has a bound label; returns those shown.
    Violations show(const Violations &violations);
    // The texts shown now, for tests and screen readers.
    QStringList shownTexts() const;
    // The first field, in tab order, whose label shows an error; null if none
    // (or none of them can take the focus now).
    QWidget *firstFieldInError() const;
    // Gives it the focus; false when there is none.
    bool focusFirstError() const;

private:
    struct Binding {
        QString path;
        QLabel *label = nullptr;
        QWidget *field = nullptr;
        bool error = false;
    };
    QList<Binding> m_labels;
};

} // namespace portdesk
