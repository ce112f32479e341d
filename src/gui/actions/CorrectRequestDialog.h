// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimeZone>

#include "ActionDialog.h"

#include "core/PortRequest.h"

#include <QHash>
#include <QList>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace portdesk {

class CarrierGroupForm;
class CarrierGroupsModel;

// The admin answers a change request: the request as it stands, where
// exactly the fields the change request named can be edited (the wizard's
// own carrier-group form, with setEditableFields; request-level fields get
// an editor only when named), and "Resubmit LOA". The case view's submitter
// sends correctedRequest() to Services::correctPortIn, which records
// the resubmission.
class CorrectRequestDialog : public ActionDialog {
    Q_OBJECT

public:
    CorrectRequestDialog(const PortInRequest &request, const QStringList &namedFields,
        const QString &reason, QWidget *parent = nullptr);
    ~CorrectRequestDialog() override;

    PortInRequest correctedRequest() const;
    bool changed() const { return !(correctedRequest() == m_original); }
    const QStringList &namedFields() const { return m_named; }

    int groupCount() const { return int(m_forms.size()); }
    CarrierGroupForm *groupForm(int index) const { return m_forms.value(index); }
    // A request-level editor ("adminEmail", "newBtn", ...) or nullptr when
    // that field was not named.
    QWidget *requestFieldEditor(const QString &field) const { return m_editors.value(field); }
    QPlainTextEdit *numbersEditor(int group) const { return m_numbers.value(group); }

private:
    PortInRequest m_original;
    PortInRequest m_request; // the carrier groups the forms edit in place
    QStringList m_named;
    CarrierGroupsModel *m_model;
    QList<CarrierGroupForm *> m_forms;
    QHash<QString, QWidget *> m_editors;
    QHash<int, QPlainTextEdit *> m_numbers;
    QTimeZone m_requestedZone;
};

} // namespace portdesk
