#include "CarrierGroupForm.h"

#include "ui_CarrierGroupForm.h"

#include "FieldMessages.h"

#include "core/RequestValidator.h"
#include "models/CarrierGroupsModel.h"

#include <QDataWidgetMapper>
#include <QMetaProperty>
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
                                   m_ui->authorizingPersonEdit, m_ui->authorizingTitleEdit};
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textEdited, this, &CarrierGroupForm::fieldEdited);
    connect(m_ui->stateCombo, &QComboBox::activated, this, &CarrierGroupForm::fieldEdited);

    connect(m_ui->accountNumberReveal, &QToolButton::toggled, this, [this](bool on) {
        revealSecret(on, m_ui->accountNumberEdit, m_ui->accountNumberReveal);
    });
    connect(m_ui->pinReveal, &QToolButton::toggled, this, [this](bool on) {
        revealSecret(on, m_ui->pinEdit, m_ui->pinReveal);
    });
    m_ui->accountNumberReveal->setAccessibleName(tr("Show the account number"));
    m_ui->pinReveal->setAccessibleName(tr("Show the PIN"));
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
    }
    setEnabled(m_model && row >= 0 && row < m_model->rowCount());
    m_loading = false;
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
    messages.bind(path("carrier"), m_ui->carrierMessage);
    messages.bind(path("accountNumber"), m_ui->accountNumberMessage);
    messages.bind(path("pin"), m_ui->pinMessage);
    messages.bind(path("btn"), m_ui->btnMessage);
    messages.bind(path("customerName"), m_ui->customerNameMessage);
    messages.bind(path("serviceAddress.street"), m_ui->streetMessage);
    messages.bind(path("serviceAddress.city"), m_ui->cityMessage);
    messages.bind(path("serviceAddress.state"), m_ui->stateMessage);
    messages.bind(path("serviceAddress.zip"), m_ui->zipMessage);
    messages.bind(path("authorizingPerson"), m_ui->authorizingPersonMessage);
    messages.bind(path("authorizingTitle"), m_ui->authorizingTitleMessage);
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
    return m_ui->authorizingTitleEdit;
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
