#include "IssuePinDialog.h"

#include "gui/MessageLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace portdesk {

IssuePinDialog::IssuePinDialog(QWidget *parent)
    : ActionDialog(parent)
    , m_accountId(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    setWindowTitle(tr("Issue account ID and PIN"));
    auto *intro = new MessageLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("The admin gives these to the new carrier when requesting the port."));
    body()->addWidget(intro);

    auto *form = new QFormLayout;
    auto *idLabel = new QLabel(tr("&Account ID:"), this);
    idLabel->setBuddy(m_accountId);
    m_accountId->setMaxLength(64);
    form->addRow(idLabel, m_accountId);
    auto *idMessage = new MessageLabel(this);
    form->addRow(QString(), idMessage);
    fieldMessages().bind(QStringLiteral("accountId"), idMessage);

    auto *pinRow = new QHBoxLayout;
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(32);
    pinRow->addWidget(m_pin);
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    m_reveal->setAccessibleName(tr("Show the PIN"));
    pinRow->addWidget(m_reveal);
    auto *generate = new QPushButton(tr("&Generate"), this);
    generate->setAutoDefault(false);
    generate->setToolTip(tr("Fill in six random digits"));
    pinRow->addWidget(generate);
    auto *pinLabel = new QLabel(tr("&PIN:"), this);
    pinLabel->setBuddy(m_pin);
    form->addRow(pinLabel, pinRow);
    auto *pinMessage = new MessageLabel(this);
    form->addRow(QString(), pinMessage);
    fieldMessages().bind(QStringLiteral("pin"), pinMessage);
    body()->addLayout(form);

    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_pin->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(generate, &QPushButton::clicked, this, [this] {
        m_pin->setText(generatePin());
        m_pin->setFocus();
    });
    connect(m_accountId, &QLineEdit::textChanged, this, &IssuePinDialog::updateReady);
    connect(m_pin, &QLineEdit::textChanged, this, &IssuePinDialog::updateReady);
    setTabOrder(m_accountId, m_pin);
    setTabOrder(m_pin, m_reveal);
    setTabOrder(m_reveal, generate);

    setOkText(tr("&Issue"));
    updateReady();
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

QString IssuePinDialog::accountId() const
{
    return m_accountId->text().trimmed();
}

QString IssuePinDialog::pin() const
{
    return m_pin->text().trimmed();
}

QString IssuePinDialog::generatePin()
{
    QString digits;
    for (int i = 0; i < 6; ++i)
        digits += QChar(u'0' + char16_t(QRandomGenerator::system()->bounded(10)));
    return digits;
}

void IssuePinDialog::updateReady()
{
    setReady(!accountId().isEmpty() && !pin().isEmpty());
}

} // namespace portdesk
