// SPDX-License-Identifier: Apache-2.0
#include "CarrierGroupForm.h"

#include "ui_CarrierGroupForm.h"

#include "FieldMessages.h"

#include "core/RequestValidator.h"
#include "models/CarrierGroupsModel.h"

#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QMetaProperty>
#include <QShortcut>
#include <QStyledItemDelegate>

namespace portdesk {

namespace {

// The mapper refreshes a widget whenever its cell changes, including the
// change the widget itself just made; setting the same text again would move
// the cursor to the end while the admin types in the middle.
class KeepEditorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QByteArray property = editor->metaObject()->userProperty().name();
        if (!property.isEmpty() && editor->property(property.constData()) == index.data(Qt::EditRole))
            return;
        QStyledItemDelegate::setEditorData(editor, index);
    }
};

} // namespace

CarrierGroupForm::CarrierGroupForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CarrierGroupForm>())
    , m_mapper(new QDataWidgetMapper(this))
{
    m_ui->setupUi(this);
    m_mapper->setItemDelegate(new KeepEditorDelegate(m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);

    m_ui->stateCombo->addItem(QString());
    m_ui->stateCombo->addItems(RequestValidator::usStateCodes());
    m_ui->stateCombo->setToolTip(tr("Two-letter code of the state or territory"));

    const QList<QLineEdit *> edits{m_ui->carrierEdit,      m_ui->accountNumberEdit,
                                   m_ui->pinEdit,          m_ui->btnEdit,
                                   m_ui->customerNameEdit, m_ui->streetEdit,
                                   m_ui->cityEdit,         m_ui->zipEdit,
                                   m_ui->authorizingPersonEdit, m_ui->authorizingTitleEdit,
                                   m_ui->authorizingPhoneEdit, m_ui->authorizingEmailEdit,
                                   m_ui->currentRespOrgEdit, m_ui->targetRespOrgIdEdit};
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textEdited, this, &CarrierGroupForm::fieldEdited);
    connect(m_ui->stateCombo, &QComboBox::activated, this, &CarrierGroupForm::fieldEdited);
    connect(m_ui->customerTypeCombo, &QComboBox::activated, this, &CarrierGroupForm::fieldEdited);
    connect(m_ui->portTypeCombo, &QComboBox::activated, this, [this]() {
        updatePortScope();
        fieldEdited();
    });
    // Not through the mapper: it would write the list back as it reads it
    // while the admin types ("…, " losing its comma).
    connect(m_ui->remainingNumbersEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_loading || !m_model || currentGroup() < 0)
            return;
        m_model->setData(m_model->index(currentGroup(), CarrierGroupsModel::RemainingNumbersColumn),
                         text);
        fieldEdited();
    });

    connect(m_ui->accountNumberReveal, &QToolButton::toggled, this, [this](bool on) {
        revealSecret(on, m_ui->accountNumberEdit, m_ui->accountNumberReveal);
    });
    connect(m_ui->pinReveal, &QToolButton::toggled, this, [this](bool on) {
        revealSecret(on, m_ui->pinEdit, m_ui->pinReveal);
    });
    m_ui->accountNumberReveal->setAccessibleName(tr("Show the account number"));
    m_ui->pinReveal->setAccessibleName(tr("Show the PIN"));
    // Tab goes from one field to the next: the Show buttons are for the
    // mouse; from the keyboard, Ctrl+Shift+H in the field shows or hides it.
    const QKeySequence showHide(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
    for (auto [edit, button] : {std::pair{m_ui->accountNumberEdit, m_ui->accountNumberReveal},
                                std::pair{m_ui->pinEdit, m_ui->pinReveal}}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(tr("Show or hide what is typed (%1 in the field)")
                               .arg(showHide.toString(QKeySequence::NativeText)));
        auto *shortcut = new QShortcut(showHide, edit, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, button, &QToolButton::toggle);
    }
}

CarrierGroupForm::~CarrierGroupForm() = default;

void CarrierGroupForm::setModel(CarrierGroupsModel *model)
{
    m_model = model;
    m_mapper->clearMapping();
    m_mapper->setModel(model);
    if (!model)
        return;
    m_mapper->addMapping(m_ui->carrierEdit, CarrierGroupsModel::CarrierColumn);
    m_mapper->addMapping(m_ui->accountNumberEdit, CarrierGroupsModel::AccountNumberColumn);
    m_mapper->addMapping(m_ui->pinEdit, CarrierGroupsModel::PinColumn);
    m_mapper->addMapping(m_ui->btnEdit, CarrierGroupsModel::BtnColumn);
    m_mapper->addMapping(m_ui->customerNameEdit, CarrierGroupsModel::CustomerNameColumn);
    m_mapper->addMapping(m_ui->streetEdit, CarrierGroupsModel::StreetColumn);
    m_mapper->addMapping(m_ui->cityEdit, CarrierGroupsModel::CityColumn);
    m_mapper->addMapping(m_ui->stateCombo, CarrierGroupsModel::StateColumn, "currentText");
    m_mapper->addMapping(m_ui->zipEdit, CarrierGroupsModel::ZipColumn);
    m_mapper->addMapping(m_ui->authorizingPersonEdit, CarrierGroupsModel::AuthorizingPersonColumn);
    m_mapper->addMapping(m_ui->authorizingTitleEdit, CarrierGroupsModel::AuthorizingTitleColumn);
    m_mapper->addMapping(m_ui->authorizingPhoneEdit, CarrierGroupsModel::AuthorizingPhoneColumn);
    m_mapper->addMapping(m_ui->authorizingEmailEdit, CarrierGroupsModel::AuthorizingEmailColumn);
    m_mapper->addMapping(m_ui->customerTypeCombo, CarrierGroupsModel::CustomerTypeColumn,
                         "currentIndex");
    m_mapper->addMapping(m_ui->portTypeCombo, CarrierGroupsModel::PortTypeColumn, "currentIndex");
    m_mapper->addMapping(m_ui->currentRespOrgEdit, CarrierGroupsModel::CurrentRespOrgColumn);
    m_mapper->addMapping(m_ui->targetRespOrgIdEdit, CarrierGroupsModel::TargetRespOrgIdColumn);
}

void CarrierGroupForm::setCurrentGroup(int row)
{
    m_loading = true;
    m_mapper->setCurrentIndex(row);
    // A state the list does not know (from a request file) still shows, so
    // that the admin sees what is wrong rather than an empty box.
    if (m_model && row >= 0 && row < m_model->rowCount()) {
        const QString state = m_model->group(row).serviceAddress.state;
        if (!state.isEmpty() && m_ui->stateCombo->findText(state) < 0) {
            m_ui->stateCombo->addItem(state);
            m_ui->stateCombo->setCurrentText(state);
        }
    } else {
        for (QLineEdit *edit : findChildren<QLineEdit *>())
            edit->clear();
        m_ui->stateCombo->setCurrentIndex(0);
        m_ui->customerTypeCombo->setCurrentIndex(0);
        m_ui->portTypeCombo->setCurrentIndex(0);
    }
    const bool haveRow = m_model && row >= 0 && row < m_model->rowCount();
    m_ui->remainingNumbersEdit->setText(
        haveRow ? m_model->group(row).remainingNumbers.join(QStringLiteral(", ")) : QString());
    // The RespOrg rows belong to a toll-free group's LOA only.
    const bool tollFree = haveRow && m_model->isTollFree(row);
    auto *form = qobject_cast<QFormLayout *>(layout());
    if (form) {
        form->setRowVisible(m_ui->currentRespOrgEdit, tollFree);
        form->setRowVisible(m_ui->currentRespOrgMessage, tollFree);
        form->setRowVisible(m_ui->targetRespOrgIdEdit, tollFree);
        form->setRowVisible(m_ui->targetRespOrgIdMessage, tollFree);
    }
    updatePortScope();
    setEnabled(haveRow);
    m_loading = false;
}

void CarrierGroupForm::updatePortScope()
{
    // The numbers that stay are asked for a partial port only.
    const bool partial = m_ui->portTypeCombo->currentIndex() == int(PortScope::Partial);
    m_ui->remainingNumbersEdit->setEnabled(partial && !m_ui->remainingNumbersEdit->isReadOnly());
}

int CarrierGroupForm::currentGroup() const
{
    return m_mapper->currentIndex();
}

void CarrierGroupForm::bindMessages(FieldMessages &messages, const QString &groupPath) const
{
    const auto path = [&groupPath](const char *field) -> QString {
        return groupPath + QLatin1Char('.') + QLatin1String(field);
    };
    messages.bind(path("carrier"), m_ui->carrierMessage, m_ui->carrierEdit);
    messages.bind(path("accountNumber"), m_ui->accountNumberMessage, m_ui->accountNumberEdit);
    messages.bind(path("pin"), m_ui->pinMessage, m_ui->pinEdit);
    messages.bind(path("btn"), m_ui->btnMessage, m_ui->btnEdit);
    messages.bind(path("customerName"), m_ui->customerNameMessage, m_ui->customerNameEdit);
    messages.bind(path("serviceAddress.street"), m_ui->streetMessage, m_ui->streetEdit);
    messages.bind(path("serviceAddress.city"), m_ui->cityMessage, m_ui->cityEdit);
    messages.bind(path("serviceAddress.state"), m_ui->stateMessage, m_ui->stateCombo);
    messages.bind(path("serviceAddress.zip"), m_ui->zipMessage, m_ui->zipEdit);
    messages.bind(path("authorizingPerson"), m_ui->authorizingPersonMessage, m_ui->authorizingPersonEdit);
    messages.bind(path("authorizingTitle"), m_ui->authorizingTitleMessage, m_ui->authorizingTitleEdit);
    messages.bind(path("authorizingPhone"), m_ui->authorizingPhoneMessage, m_ui->authorizingPhoneEdit);
    messages.bind(path("authorizingEmail"), m_ui->authorizingEmailMessage, m_ui->authorizingEmailEdit);
    messages.bind(path("customerType"), m_ui->customerTypeMessage, m_ui->customerTypeCombo);
    messages.bind(path("portType"), m_ui->portTypeMessage, m_ui->portTypeCombo);
    messages.bind(path("remainingNumbers"), m_ui->remainingNumbersMessage, m_ui->remainingNumbersEdit);
    messages.bind(path("currentRespOrg"), m_ui->currentRespOrgMessage, m_ui->currentRespOrgEdit);
    messages.bind(path("targetRespOrgId"), m_ui->targetRespOrgIdMessage, m_ui->targetRespOrgIdEdit);
}

void CarrierGroupForm::setEditableFields(const QStringList &fieldNames)
{
    const auto editable = [&fieldNames](const char *name) {
        return fieldNames.isEmpty() || fieldNames.contains(QLatin1String(name));
    };
    m_ui->carrierEdit->setReadOnly(!editable("carrier"));
    m_ui->accountNumberEdit->setReadOnly(!editable("accountNumber"));
    m_ui->pinEdit->setReadOnly(!editable("pin"));
    m_ui->btnEdit->setReadOnly(!editable("btn"));
    m_ui->customerNameEdit->setReadOnly(!editable("customerName"));
    const bool address = editable("serviceAddress");
    m_ui->streetEdit->setReadOnly(!address);
    m_ui->cityEdit->setReadOnly(!address);
    m_ui->stateCombo->setEnabled(address);
    m_ui->zipEdit->setReadOnly(!address);
    m_ui->authorizingPersonEdit->setReadOnly(!editable("authorizingPerson"));
    m_ui->authorizingTitleEdit->setReadOnly(!editable("authorizingTitle"));
    m_ui->authorizingPhoneEdit->setReadOnly(!editable("authorizingPhone"));
    m_ui->authorizingEmailEdit->setReadOnly(!editable("authorizingEmail"));
    m_ui->customerTypeCombo->setEnabled(editable("customerType"));
    m_ui->portTypeCombo->setEnabled(editable("portType"));
    m_ui->remainingNumbersEdit->setReadOnly(!editable("remainingNumbers"));
    m_ui->currentRespOrgEdit->setReadOnly(!editable("currentRespOrg"));
    m_ui->targetRespOrgIdEdit->setReadOnly(!editable("targetRespOrgId"));
    updatePortScope();
}

bool CarrierGroupForm::secretsRevealed() const
{
    return m_ui->pinReveal->isChecked() && m_ui->accountNumberReveal->isChecked();
}

void CarrierGroupForm::setSecretsRevealed(bool revealed)
{
    m_ui->accountNumberReveal->setChecked(revealed);
    m_ui->pinReveal->setChecked(revealed);
}

QWidget *CarrierGroupForm::firstField() const
{
    return m_ui->carrierEdit;
}

QWidget *CarrierGroupForm::lastField() const
{
    return m_ui->targetRespOrgIdEdit;   // hidden (local group): tab skips it
}

void CarrierGroupForm::submit()
{
    if (m_model && m_mapper->currentIndex() >= 0)
        m_mapper->submit();
}

void CarrierGroupForm::revealSecret(bool revealed, QLineEdit *edit, QToolButton *button)
{
    edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    button->setText(revealed ? tr("Hide") : tr("Show"));
}

void CarrierGroupForm::fieldEdited()
{
    if (m_loading)
        return;
    submit();
    Q_EMIT edited();
}

} // namespace portdesk
