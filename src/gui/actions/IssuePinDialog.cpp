// SPDX-License-Identifier: Apache-2.0
#include "IssuePinDialog.h"

#include "core/PortOutPin.h"
#include "gui/MessageLabel.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace portdesk {

IssuePinDialog::IssuePinDialog(QWidget *parent)
    : ActionDialog(parent)
    , m_accountId(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_hint(new MessageLabel(this))
    , m_pinMessage(new MessageLabel(this))
{
    setWindowTitle(tr("Issue account ID and PIN"));
    auto *intro = new MessageLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("The admin gives these to the new carrier when requesting the port."));
    body()->addWidget(intro);

    auto *form = new QFormLayout;
    auto *idLabel = new QLabel(tr("&Account ID:"), this);
    idLabel->setBuddy(m_accountId);
    m_accountId->setObjectName(QStringLiteral("accountIdEdit"));
    m_accountId->setMaxLength(64);
    form->addRow(idLabel, m_accountId);
    auto *idMessage = new MessageLabel(this);
    form->addRow(QString(), idMessage);
    fieldMessages().bind(QStringLiteral("accountId"), idMessage, m_accountId);

    auto *pinRow = new QHBoxLayout;
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setMaxLength(32);
    m_pin->setInputMethodHints(
        Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    pinRow->addWidget(m_pin);
    m_reveal->setObjectName(QStringLiteral("revealPinButton"));
    m_reveal->setCheckable(true);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    m_reveal->setAccessibleName(tr("Show the PIN"));
    pinRow->addWidget(m_reveal);
    m_copy->setObjectName(QStringLiteral("copyPinButton"));
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("Copy the PIN to the clipboard, to paste it for the admin"));
    m_copy->setAccessibleName(tr("Copy the PIN"));
    pinRow->addWidget(m_copy);
    m_generate->setObjectName(QStringLiteral("generatePinButton"));
    m_generate->setAutoDefault(false);
    m_generate->setToolTip(
        tr("Replace the PIN with %1 new random digits").arg(PortOutPin::minimumLength));
    pinRow->addWidget(m_generate);
    auto *pinLabel = new QLabel(tr("&PIN:"), this);
    pinLabel->setBuddy(m_pin);
    form->addRow(pinLabel, pinRow);
    m_hint->setObjectName(QStringLiteral("pinHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_hint);
    m_pinMessage->setObjectName(QStringLiteral("pinMessage"));
    form->addRow(QString(), m_pinMessage);
    fieldMessages().bind(QStringLiteral("pin"), m_pinMessage, m_pin);
    body()->addLayout(form);

    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_pin->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide") : tr("Show"));
        m_reveal->setAccessibleName(on ? tr("Hide the PIN") : tr("Show the PIN"));
    });
    connect(m_generate, &QPushButton::clicked, this, [this] {
        generate();
        m_pin->setFocus();
    });
    connect(m_copy, &QPushButton::clicked, this, &IssuePinDialog::copyPin);
    connect(m_accountId, &QLineEdit::textChanged, this, &IssuePinDialog::updateReady);
    connect(m_pin, &QLineEdit::textChanged, this, [this] {
        // A refusal was about the PIN as it was.
        m_pinMessage->clear();
        m_pinMessage->hide();
        m_copied = false;
        updateReady();
        updateHint();
    });
    setTabOrder(m_accountId, m_pin);
    setTabOrder(m_pin, m_reveal);
    setTabOrder(m_reveal, m_copy);
    setTabOrder(m_copy, m_generate);

    setOkText(tr("&Issue"));
    // The proposal: support only types the account ID and presses Issue.
    generate();
    m_accountId->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString IssuePinDialog::accountId() const
{
    return m_accountId->text().trimmed();
}

QString IssuePinDialog::pin() const
{
    return m_pin->text().trimmed();
}

bool IssuePinDialog::pinGenerated() const
{
    return !m_generated.isEmpty() && pin() == m_generated;
}

QString IssuePinDialog::generatePin()
{
    return PortOutPin::generate();
}

void IssuePinDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    // The service refuses a weak PIN too; saying so here keeps the dialog
    // from sending one at all.
    const Violations weak = PortOutPin::check(pin(), QStringLiteral("pin"));
    if (!weak.isEmpty()) {
        showOutcome(weak);
        m_pin->setFocus();
        m_pin->selectAll();
        return;
    }
    ActionDialog::accept();
}

void IssuePinDialog::generate()
{
    m_generated = generatePin();
    m_pin->setText(m_generated);
    // A PIN PortDesk made up is news to support: shown, to read or copy.
    m_reveal->setChecked(true);
    m_pin->setEchoMode(QLineEdit::Normal);
    m_reveal->setText(tr("Hide"));
    m_reveal->setAccessibleName(tr("Hide the PIN"));
}

void IssuePinDialog::copyPin()
{
    if (pin().isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(pin());
    // Asks clipboard managers (KDE's Klipper and others) not to keep it.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copied = true;
    updateHint();
}

void IssuePinDialog::updateReady()
{
    m_copy->setEnabled(!pin().isEmpty());
    setReady(!accountId().isEmpty() && !pin().isEmpty());
}

void IssuePinDialog::updateHint()
{
    const QString rule = tr("A PIN of your own: at least %1 digits, not one digit repeated "
                            "(111111), not a run up or down (123456, 987654).")
                             .arg(PortOutPin::minimumLength);
    QString text;
    if (pinGenerated())
        text = tr("PortDesk generated this PIN of random digits. Copy it or note it now: "
                  "once issued it is shown masked, behind Reveal.");
    else if (pin().isEmpty())
        text = rule + QLatin1Char(' ') + tr("Or press Generate.");
    else
        text = rule;
    if (m_copied)
        text += QLatin1Char(' ') + tr("Copied to the clipboard.");
    m_hint->setText(text);
    m_hint->setAccessibleDescription(text);
}

} // namespace portdesk
