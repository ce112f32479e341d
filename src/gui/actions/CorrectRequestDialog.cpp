// SPDX-License-Identifier: Apache-2.0
#include "CorrectRequestDialog.h"
#include "gui/TabKeys.h"

#include "core/CustomerTime.h"

#include "models/CaseTerms.h"

#include "gui/CarrierGroupForm.h"
#include "gui/MessageLabel.h"
#include "models/CarrierGroupsModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace portdesk {

namespace {

const QStringList &carrierFields()
{
    static const QStringList fields = { QStringLiteral("carrier"), QStringLiteral("btn"),
        QStringLiteral("authorizingPerson"), QStringLiteral("authorizingTitle"),
        QStringLiteral("accountNumber"), QStringLiteral("pin"), QStringLiteral("customerName"),
        QStringLiteral("serviceAddress") };
    return fields;
}

} // namespace

CorrectRequestDialog::CorrectRequestDialog(const PortInRequest &request,
    const QStringList &namedFields, const QString &reason, QWidget *parent)
    : ActionDialog(parent)
    , m_original(request)
    , m_request(request)
    , m_named(namedFields)
    , m_model(new CarrierGroupsModel(&m_request.carriers, this))
{
    setWindowTitle(tr("Correct and resubmit the LOA"));
    auto *intro = new MessageLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString text = tr("The carrier asked for changes to: %1.")
                       .arg(CaseTerms::fieldLabels(namedFields).join(QStringLiteral(", ")));
    if (!reason.trimmed().isEmpty())
        text += QLatin1Char(' ') + tr("Reason: %1.").arg(CaseTerms::describeReason(reason));
    text += QLatin1Char('\n')
        + tr("Only these fields can be edited; everything else stays as submitted.");
    intro->setText(text);
    body()->addWidget(intro);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    // Request-level fields, each only when named.
    auto *requestForm = new QFormLayout;
    QWidget *lastEditor = nullptr;
    const auto addRow = [&](const QString &field, const QString &label, QWidget *editor) {
        auto *caption = new QLabel(label, content);
        caption->setBuddy(editor);
        requestForm->addRow(caption, editor);
        auto *message = new MessageLabel(content);
        requestForm->addRow(QString(), message);
        fieldMessages().bind(field, message, editor);
        m_editors.insert(field, editor);
        if (lastEditor)
            setTabOrder(lastEditor, editor);
        lastEditor = editor;
    };
    if (namedFields.contains(QLatin1String("productType"))) {
        auto *combo = new QComboBox(content);
        combo->addItem(CaseTerms::productTypeLabel(ProductType::BusinessCalling),
            toString(ProductType::BusinessCalling));
        combo->addItem(CaseTerms::productTypeLabel(ProductType::VoiceConnector),
            toString(ProductType::VoiceConnector));
        combo->setCurrentIndex(request.productType == ProductType::VoiceConnector ? 1 : 0);
        addRow(QStringLiteral("productType"), tr("Product &type:"), combo);
    }
    if (namedFields.contains(QLatin1String("voiceConnector"))) {
        auto *edit = new QLineEdit(request.voiceConnector, content);
        addRow(QStringLiteral("voiceConnector"), tr("&Voice Connector:"), edit);
    }
    if (namedFields.contains(QLatin1String("adminEmail"))) {
        auto *edit = new QLineEdit(request.adminEmail, content);
        addRow(QStringLiteral("adminEmail"), tr("Admin &email:"), edit);
    }
    if (namedFields.contains(QLatin1String("requestedPortAt"))) {
        auto *edit = new QDateTimeEdit(content);
        edit->setCalendarPopup(true);
        // The customer's wall-clock time, kept in UTC (no local DST gaps).
        edit->setTimeSpec(Qt::UTC);
        m_requestedZone = customerTimeZone(request);
        const QDateTime wall = inTimeZone(request.requestedPortAt, m_requestedZone);
        edit->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
        addRow(QStringLiteral("requestedPortAt"), tr("&Requested date:"), edit);
    }
    if (namedFields.contains(QLatin1String("btnOption"))) {
        auto *combo = new QComboBox(content);
        for (BtnOption option : { BtnOption::None, BtnOption::Replace, BtnOption::Close,
                 BtnOption::EachNumberOwnBtn }) {
            combo->addItem(CaseTerms::btnOptionLabel(option), toString(option));
            if (option == request.btnOption)
                combo->setCurrentIndex(combo->count() - 1);
        }
        addRow(QStringLiteral("btnOption"), tr("&BTN option:"), combo);
    }
    if (namedFields.contains(QLatin1String("newBtn"))) {
        auto *edit = new QLineEdit(request.newBtn, content);
        addRow(QStringLiteral("newBtn"), tr("&New BTN:"), edit);
    }
    if (requestForm->rowCount() > 0)
        contentLayout->addLayout(requestForm);
    else
        delete requestForm;

    // The carrier groups: the wizard's form, only the named fields editable.
    QStringList groupFields;
    for (const QString &field : namedFields) {
        if (carrierFields().contains(field))
            groupFields << field;
    }
    // setEditableFields({}) would mean "all": a name no field has keeps
    // every field read-only when the change request named none of them.
    if (groupFields.isEmpty())
        groupFields << QStringLiteral("-");
    const bool numbersNamed = namedFields.contains(QLatin1String("numbers"));
    QTabWidget *tabs = m_request.carriers.size() > 1 ? new QTabWidget(content) : nullptr;
    if (tabs)
        installTabKeys(tabs);
    for (int i = 0; i < m_request.carriers.size(); ++i) {
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        auto *form = new CarrierGroupForm(page);
        form->setModel(m_model);
        form->setCurrentGroup(i);
        form->setEditableFields(groupFields);
        form->bindMessages(fieldMessages(), QStringLiteral("carriers[%1]").arg(i));
        pageLayout->addWidget(form);
        m_forms.append(form);
        if (lastEditor)
            setTabOrder(lastEditor, form->firstField());
        lastEditor = form->lastField();
        if (numbersNamed) {
            auto *numbers = new QPlainTextEdit(page);
            numbers->setPlainText(m_request.carriers.at(i).numbers.join(QLatin1Char('\n')));
            numbers->setTabChangesFocus(true);
            numbers->setAccessibleName(tr("Numbers of group %1, one a line").arg(i + 1));
            auto *caption = new QLabel(tr("N&umbers, one a line:"), page);
            caption->setBuddy(numbers);
            pageLayout->addWidget(caption);
            pageLayout->addWidget(numbers);
            auto *message = new MessageLabel(page);
            pageLayout->addWidget(message);
            fieldMessages().bind(QStringLiteral("carriers[%1].numbers").arg(i), message, numbers);
            m_numbers.insert(i, numbers);
            setTabOrder(lastEditor, numbers);
            lastEditor = numbers;
        }
        if (tabs) {
            tabs->addTab(page, m_model->title(i));
        } else {
            auto *box = new QGroupBox(m_model->title(i), content);
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            boxLayout->addWidget(page);
            contentLayout->addWidget(box);
        }
    }
    if (tabs)
        contentLayout->addWidget(tabs);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    body()->addWidget(scroll);

    setOkText(tr("&Resubmit LOA"));
    setReady(true);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 90, fm.height() * 40);
}

CorrectRequestDialog::~CorrectRequestDialog() = default;

PortInRequest CorrectRequestDialog::correctedRequest() const
{
    for (CarrierGroupForm *form : m_forms)
        form->submit();
    PortInRequest r = m_request;
    if (auto *combo = qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("productType"))))
        productTypeFromString(combo->currentData().toString(), &r.productType);
    if (auto *edit = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("voiceConnector"))))
        r.voiceConnector = edit->text().trimmed();
    if (auto *edit = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("adminEmail"))))
        r.adminEmail = edit->text().trimmed();
    if (auto *edit
        = qobject_cast<QDateTimeEdit *>(m_editors.value(QStringLiteral("requestedPortAt")))) {
        // In the customer's zone, with its offset on the new date.
        const QDateTime wall = edit->dateTime();
        const QDateTime inZone(wall.date(), wall.time(), m_requestedZone);
        r.requestedPortAt
            = QDateTime(inZone.date(), inZone.time(), Qt::OffsetFromUTC, inZone.offsetFromUtc());
    }
    if (auto *combo = qobject_cast<QComboBox *>(m_editors.value(QStringLiteral("btnOption"))))
        btnOptionFromString(combo->currentData().toString(), &r.btnOption);
    if (auto *edit = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("newBtn"))))
        r.newBtn = edit->text().trimmed();
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
        QStringList numbers;
        const QStringList lines = it.value()->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                numbers << line.trimmed();
        }
        r.carriers[it.key()].numbers = numbers;
    }
    return r;
}

} // namespace portdesk
