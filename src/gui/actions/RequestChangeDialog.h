// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ActionDialog.h"

#include "core/PortRequest.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace portdesk {

// Support records the carrier's verdict "change requested": the fields of
// the request that differ from the carrier's records (checkboxes), and a
// reason code with an optional note (required for "other"). Picking a code
// ticks the field it usually means (and unticks it again when another code
// is picked, unless the person touched that box).
class RequestChangeDialog : public ActionDialog {
    Q_OBJECT

public:
    explicit RequestChangeDialog(const PortInRequest &request, QWidget *parent = nullptr);

    // Request-file names of the fields ticked, in request order.
    QStringList fields() const;
    // "postal-code" or "postal-code: note" (CaseTerms).
    QString reason() const;

    QCheckBox *fieldBox(const QString &field) const { return m_boxes.value(field); }
    QComboBox *reasonCombo() const { return m_reasonCombo; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    void updateReady();

    QStringList m_fieldOrder;
    QHash<QString, QCheckBox *> m_boxes;
    QComboBox *m_reasonCombo;
    QLineEdit *m_note;
    QString m_autoTicked; // the field the chosen reason ticked, until the person touches it
};

} // namespace portdesk
