// SPDX-License-Identifier: Apache-2.0
#include "LoaSignDialog.h"

#include "MessageLabel.h"
#include "SignaturePad.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portdesk {

LoaSignDialog::LoaSignDialog(
    const PortInRequest &request, int carrierIndex, qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_carrierIndex(carrierIndex)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_pad(new SignaturePad(this))
    , m_clear(new QPushButton(tr("C&lear drawing"), this))
    , m_sign(nullptr)
    , m_hint(new QLabel(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("loaSignDialog"));
    const CarrierGroup group = carrierIndex >= 0 && carrierIndex < request.carriers.size()
        ? request.carriers.at(carrierIndex)
        : CarrierGroup();
    const QString carrier
        = group.carrier.trimmed().isEmpty() ? tr("carrier not named") : group.carrier.trimmed();
    setWindowTitle(tr("Sign the LOA: case %1, carrier group %2").arg(caseId).arg(carrierIndex + 1));

    const QString customer = group.customerName.trimmed().isEmpty() ? tr("the customer")
                                                                    : group.customerName.trimmed();
    auto *intro = new QLabel(
        tr("<p><b>Carrier group %1 of %2: %3</b>, %n number(s).</p>"
           "<p>By signing, %4 authorizes the new service provider to act as its agent for "
           "porting these numbers and the current carrier to release them. The LOA is "
           "signed as the request stands now: if the request changes, it must be signed "
           "again. A signature is good for %5 days.</p>",
            nullptr, int(group.numbers.size()))
            .arg(carrierIndex + 1)
            .arg(request.carriers.size())
            .arg(carrier.toHtmlEscaped(), customer.toHtmlEscaped())
            .arg(LoaVersion::validityDays),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_name->setObjectName(QStringLiteral("signerName"));
    m_name->setText(group.authorizingPerson.trimmed());
    m_name->setPlaceholderText(tr("Full name of the authorizing person"));
    m_title->setObjectName(QStringLiteral("signerTitle"));
    m_title->setText(group.authorizingTitle.trimmed());
    m_title->setPlaceholderText(tr("e.g. Office Manager"));
    m_clear->setObjectName(QStringLiteral("clearSignature"));
    m_clear->setAutoDefault(false);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("signHint"));

    auto *form = new QFormLayout;
    form->addRow(tr("Signer's &name:"), m_name);
    form->addRow(tr("Signer's &title:"), m_title);
    auto *padLabel = new QLabel(tr("&Drawn signature (optional):"), this);
    padLabel->setBuddy(m_pad);
    form->addRow(padLabel);
    form->addRow(m_pad);
    auto *padButtons = new QHBoxLayout;
    padButtons->addStretch();
    padButtons->addWidget(m_clear);
    form->addRow(padButtons);

    auto *buttons = new QDialogButtonBox(this);
    m_sign = buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_sign->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(m_pad, &SignaturePad::changed, this, &LoaSignDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &LoaSignDialog::updateState);
    connect(m_title, &QLineEdit::textChanged, this, &LoaSignDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    m_message->setObjectName(QStringLiteral("signMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    setTabOrder(m_name, m_title);
    setTabOrder(m_title, m_pad);
    setTabOrder(m_pad, m_clear);
    m_name->setFocus();
    updateState();
}

LoaSignDialog::~LoaSignDialog() = default;

LoaSigner LoaSignDialog::signer() const
{
    return LoaSigner { m_name->text().trimmed(), m_title->text().trimmed(), m_pad->toPng() };
}

QString LoaSignDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LoaSignDialog::accept()
{
    if (!m_sign->isEnabled())
        return;
    if (m_submitter) {
        const Violations violations = m_submitter(signer());
        QStringList lines;
        for (const Violation &v : violations) {
            if (v.isError())
                lines << v.message;
        }
        if (!lines.isEmpty()) {
            m_message->setText(lines.join(QLatin1Char('\n')));
            m_message->show();
            return;
        }
    }
    m_message->clear();
    m_message->hide();
    QDialog::accept();
}

void LoaSignDialog::updateState()
{
    const bool named = !m_name->text().trimmed().isEmpty();
    const bool titled = !m_title->text().trimmed().isEmpty();
    m_sign->setEnabled(named && titled);
    m_clear->setEnabled(!m_pad->isEmpty());
    if (!named)
        m_hint->setText(tr("Type the signer's name to sign."));
    else if (!titled)
        m_hint->setText(tr("Type the signer's title to sign."));
    else if (m_pad->isEmpty())
        m_hint->setText(tr("The typed name signs on its own; drawing is optional."));
    else
        m_hint->setText(tr("The drawing and the typed name go on the LOA."));
}

} // namespace portdesk
