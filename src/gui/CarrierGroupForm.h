// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include <memory>

class QDataWidgetMapper;
class QLineEdit;
class QToolButton;

namespace Ui {
class CarrierGroupForm;
}

namespace portdesk {

class CarrierGroupsModel;
class FieldMessages;

// One carrier group's fields (one LOA): carrier, account number and PIN
// (masked, with reveal), BTN, customer name, service address and the
// authorizing person, bound to a row of a CarrierGroupsModel through a
// QDataWidgetMapper. Every keystroke is written to the model at once.
// Used by the wizard's carrier page and the "correct the LOA" dialog.
class CarrierGroupForm : public QWidget
{
    Q_OBJECT

public:
    explicit CarrierGroupForm(QWidget *parent = nullptr);
    ~CarrierGroupForm() override;

    void setModel(CarrierGroupsModel *model);
    CarrierGroupsModel *model() const { return m_model; }
    void setCurrentGroup(int row);
    int currentGroup() const;

    // Binds each field's message label to "<groupPath>.<field>" (the request
    // file's names, e.g. "carriers[0].serviceAddress.zip").
    void bindMessages(FieldMessages &messages, const QString &groupPath) const;

    // Only the named fields stay editable (request-file names as in
    // changeableFieldNames(): "btn", "serviceAddress", ...); empty: all.
    void setEditableFields(const QStringList &fieldNames);

    // The account number and PIN are masked until revealed.
    bool secretsRevealed() const;
    void setSecretsRevealed(bool revealed);

    // The first and last widgets in tab order, to chain the form into a page.
    QWidget *firstField() const;
    QWidget *lastField() const;

    // Writes every field to the model now.
    void submit();

Q_SIGNALS:
    // The admin changed a field (already written to the model).
    void edited();

private:
    static void revealSecret(bool revealed, QLineEdit *edit, QToolButton *button);
    void fieldEdited();
    void updatePortScope();

    std::unique_ptr<Ui::CarrierGroupForm> m_ui;
    QDataWidgetMapper *m_mapper;
    CarrierGroupsModel *m_model = nullptr;
    bool m_loading = false;
};

} // namespace portdesk
