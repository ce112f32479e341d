// SPDX-License-Identifier: Apache-2.0
#include "RejectNumbersDialog.h"

#include "gui/MessageLabel.h"

#include "core/PhoneNumber.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk {

RejectNumbersDialog::RejectNumbersDialog(
    qint64 caseId, const QStringList &stillPorting, QWidget *parent)
    : ActionDialog(parent)
    , m_numbers(new QListWidget(this))
    , m_reasonCode(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_effect(new MessageLabel(this))
{
    setWindowTitle(tr("Reject numbers"));
    auto *intro = new MessageLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("The carrier rejected some numbers of case %1. Check them (Space checks "
                      "the current one) and say why: the other numbers go on porting, and the "
                      "rejected ones never enter the inventory.")
                       .arg(caseId));
    body()->addWidget(intro);

    auto *form = new QFormLayout;
    m_numbers->setObjectName(QStringLiteral("numbers"));
    m_numbers->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const QString &e164 : stillPorting) {
        const QString shown = PhoneNumbers::formatNational(e164);
        auto *item = new QListWidgetItem(shown.isEmpty() ? e164 : shown, m_numbers);
        item->setData(Qt::UserRole, e164);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_numbers->count() > 0)
        m_numbers->setCurrentRow(0);
    // As tall as its numbers, up to ten lines (then it scrolls).
    const int rows = std::clamp(m_numbers->count(), 3, 10);
    const int rowHeight = std::max(m_numbers->sizeHintForRow(0), m_numbers->fontMetrics().height());
    m_numbers->setFixedHeight(rowHeight * rows + 2 * m_numbers->frameWidth() + rowHeight / 2);
    m_numbers->setAccessibleName(tr("Numbers still porting"));
    auto *numbersLabel = new QLabel(tr("&Numbers rejected:"), this);
    numbersLabel->setBuddy(m_numbers);
    form->addRow(numbersLabel, m_numbers);
    auto *numbersMessage = new MessageLabel(this);
    form->addRow(QString(), numbersMessage);
    fieldMessages().bind(QStringLiteral("numbers"), numbersMessage, m_numbers);

    m_reasonCode->setObjectName(QStringLiteral("reasonCode"));
    for (const QString &code : NumberRejectionReasons::codes())
        m_reasonCode->addItem(NumberRejectionReasons::displayName(code), code);
    auto *codeLabel = new QLabel(tr("Reason &code:"), this);
    codeLabel->setBuddy(m_reasonCode);
    form->addRow(codeLabel, m_reasonCode);
    auto *codeMessage = new MessageLabel(this);
    form->addRow(QString(), codeMessage);
    fieldMessages().bind(QStringLiteral("reasonCode"), codeMessage, m_reasonCode);

    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Required: as the carrier said it"));
    m_reason->setMaxLength(1000);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto *reasonMessage = new MessageLabel(this);
    form->addRow(QString(), reasonMessage);
    fieldMessages().bind(QStringLiteral("reason"), reasonMessage, m_reason);
    body()->addLayout(form);

    m_effect->setObjectName(QStringLiteral("effect"));
    m_effect->setWordWrap(true);
    body()->addWidget(m_effect);

    setOkText(tr("Re&ject"));
    connect(m_numbers, &QListWidget::itemChanged, this, [this] { update(); });
    connect(m_reason, &QLineEdit::textChanged, this, [this] { update(); });
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    update();
}

QStringList RejectNumbersDialog::numbers() const
{
    QStringList out;
    for (int i = 0; i < m_numbers->count(); ++i) {
        const QListWidgetItem *item = m_numbers->item(i);
        if (item->checkState() == Qt::Checked)
            out << item->data(Qt::UserRole).toString();
    }
    return out;
}

QString RejectNumbersDialog::reasonCode() const
{
    return m_reasonCode->currentData().toString();
}

QString RejectNumbersDialog::reason() const
{
    return m_reason->text().simplified();
}

void RejectNumbersDialog::update()
{
    const int checked = int(numbers().size());
    const int all = m_numbers->count();
    if (checked == 0)
        m_effect->setText(tr("Check at least one number."));
    else if (checked == all)
        m_effect->setText(tr("Every number still porting is rejected: the case ends as not "
                             "portable."));
    else
        m_effect->setText(tr("%n number(s) rejected; %1 go on porting.", nullptr, checked)
                              .arg(all - checked));
    setReady(checked > 0 && !reason().isEmpty());
}

} // namespace portdesk
