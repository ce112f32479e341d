// SPDX-License-Identifier: Apache-2.0
#include "PortOutDialog.h"

#include "Dialogs.h"
#include "FieldMessages.h"
#include "wizard/NumbersPage.h"

#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/PhoneNumber.h"
#include "core/SupportRequestText.h"
#include "service/Services.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk {

PortOutDialog::PortOutDialog(Services &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_productType(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_numbers(new QListWidget(this))
    , m_pasted(new QPlainTextEdit(this))
    , m_email(new QLineEdit(this))
    , m_numbersMessage(new QLabel(this))
    , m_emailMessage(new QLabel(this))
    , m_selectionSummary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_messages(std::make_unique<FieldMessages>())
{
    setWindowTitle(tr("Port numbers out"));
    resize(720, 640);
    m_productType->addItem(tr("Business Calling"), toString(ProductType::BusinessCalling));
    m_productType->addItem(tr("Voice Connector"), toString(ProductType::VoiceConnector));
    m_filter->setPlaceholderText(tr("Filter: part of a number, e.g. 206 444"));
    m_filter->setClearButtonEnabled(true);
    m_numbers->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_productType->setObjectName(QStringLiteral("portOutProductType"));
    m_filter->setObjectName(QStringLiteral("portOutFilter"));
    m_numbers->setObjectName(QStringLiteral("portOutNumbers"));
    m_pasted->setObjectName(QStringLiteral("portOutPasted"));
    m_email->setObjectName(QStringLiteral("portOutEmail"));
    m_numbers->setAccessibleName(tr("Numbers in the inventory"));
    m_pasted->setPlaceholderText(tr("Or paste numbers, any notation, one or many per line"));
    m_pasted->setTabChangesFocus(true);
    m_email->setPlaceholderText(tr("admin@example.com"));

    auto *intro = new QLabel(tr("Choose the numbers to port out to another carrier. Support "
                                "answers with an account ID and PIN to give the new carrier; "
                                "when the port is done, unassign and delete the numbers."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Phone number &type:"), m_productType);
    form->addRow(tr("&Filter:"), m_filter);
    form->addRow(tr("&Numbers:"), m_numbers);
    form->addRow(QString(), m_selectionSummary);
    form->addRow(tr("&Paste numbers:"), m_pasted);
    form->addRow(QString(), m_numbersMessage);
    form->addRow(tr("Admin &email:"), m_email);
    form->addRow(QString(), m_emailMessage);
    m_pasted->setMaximumHeight(90);

    m_buttons->addButton(QDialogButtonBox::Cancel);
    QPushButton *submit = m_buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    submit->setDefault(true);
    QPushButton *copy = m_buttons->addButton(tr("&Copy as support request"), QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PortOutDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &PortOutDialog::copyAsSupportRequest);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_messages->bind(QStringLiteral("numbers"), m_numbersMessage, m_pasted);
    m_messages->bind(QStringLiteral("adminEmail"), m_emailMessage, m_email);
    m_messages->bind(QStringLiteral("productType"), m_numbersMessage);

    connect(m_productType, &QComboBox::currentIndexChanged, this, &PortOutDialog::reloadNumbers);
    connect(m_filter, &QLineEdit::textChanged, this, &PortOutDialog::applyFilter);
    connect(m_numbers, &QListWidget::itemSelectionChanged, this, [this] {
        m_selectionSummary->setText(tr("%1 selected").arg(m_numbers->selectedItems().size()));
    });
    reloadNumbers();
}

PortOutDialog::~PortOutDialog() = default;

void PortOutDialog::reloadNumbers()
{
    m_numbers->clear();
    ProductType type = ProductType::BusinessCalling;
    productTypeFromString(m_productType->currentData().toString(), &type);
    // Only active numbers can leave: not arriving, not deleted, not leaving
    // already. The store filters by status, so the rest is never read.
    QList<InventoryNumber> active;
    for (NumberStatus wanted : {NumberStatus::Assigned, NumberStatus::Unassigned}) {
        InventoryFilter filter;
        filter.hasStatus = true;
        filter.status = wanted;
        StoreStatus status;
        active += m_service.inventory.listInventory(filter, &status);
        if (!status.ok()) {
            m_numbersMessage->setText(status.message);
            m_numbersMessage->show();
            return;
        }
    }
    std::sort(active.begin(), active.end(),
              [](const InventoryNumber &a, const InventoryNumber &b) { return a.e164 < b.e164; });
    for (const InventoryNumber &n : std::as_const(active)) {
        if (n.productType != type)
            continue;
        QString text = PhoneNumbers::formatNational(n.e164);
        if (!n.assignedTo().isEmpty())
            text += QStringLiteral("   ") + tr("assigned to %1").arg(n.assignedUser.isEmpty() ? n.assignedVoiceConnector : n.assignedUser);
        auto *item = new QListWidgetItem(text, m_numbers);
        item->setData(Qt::UserRole, n.e164);
    }
    applyFilter(m_filter->text());
    m_selectionSummary->setText(tr("%1 numbers can be ported out").arg(m_numbers->count()));
}

void PortOutDialog::applyFilter(const QString &text)
{
    static const QRegularExpression nonDigits(QStringLiteral("\\D"));
    const QString digits = QString(text).remove(nonDigits);
    for (int i = 0; i < m_numbers->count(); ++i) {
        QListWidgetItem *item = m_numbers->item(i);
        const bool hidden = !digits.isEmpty() && !item->data(Qt::UserRole).toString().contains(digits);
        item->setHidden(hidden);
        // What the admin cannot see is not part of the request.
        if (hidden)
            item->setSelected(false);
    }
}

PortOutRequest PortOutDialog::request() const
{
    PortOutRequest r;
    productTypeFromString(m_productType->currentData().toString(), &r.productType);
    r.adminEmail = m_email->text().trimmed();
    for (const QListWidgetItem *item : m_numbers->selectedItems())
        if (!item->isHidden())   // Ctrl+A selects hidden rows too
            r.numbers.append(item->data(Qt::UserRole).toString());
    // Pasted numbers are read as on the port-in wizard: one or many per line.
    // A number both picked in the list and pasted goes once.
    for (const NumberLinesModel::Entry &e : NumbersPage::splitNumbers(m_pasted->toPlainText())) {
        const QString e164 = PhoneNumbers::check(e.typed).e164;
        if (e164.isEmpty() || !r.numbers.contains(e164))
            r.numbers.append(e.typed);
    }
    return r;
}

QStringList PortOutDialog::messages() const
{
    return m_messages->shownTexts();
}

void PortOutDialog::accept()
{
    const ChangeResult result = m_service.cases.submitPortOut(request(), Role::Admin);
    if (!result.status.ok()) {
        Dialogs::warning(this, windowTitle(), result.status.message);
        return;
    }
    if (!result.ok()) {
        m_messages->show(result.violations);
        m_messages->focusFirstError();
        return;
    }
    m_caseId = result.id;
    QDialog::accept();
}

void PortOutDialog::copyAsSupportRequest()
{
    const QString text = SupportRequestText::portOut(request());
    QGuiApplication::clipboard()->setText(text);
    const QString path = Dialogs::saveFileName(this, tr("Save the support request"),
                                               QStringLiteral("port-out-request.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        Dialogs::warning(this, windowTitle(), tr("Could not save %1: %2").arg(path, file.errorString()));
}

} // namespace portdesk
