// SPDX-License-Identifier: Apache-2.0
#include "EmailNotificationsDialog.h"
#include "gui/ToneWidgets.h"

#include "core/Notification.h"
#include "core/RequestValidator.h"
#include "service/NotificationService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace portdesk {

namespace {

const QString emailKey = QStringLiteral("notifications/myEmail");

QString audienceText(NotificationAudience audience)
{
    switch (audience) {
    case NotificationAudience::CaseAdmin:
        return EmailNotificationsDialog::tr("to the case's admin");
    case NotificationAudience::AccountAdmins:
        return EmailNotificationsDialog::tr("to every admin of the account");
    case NotificationAudience::Support:
        return EmailNotificationsDialog::tr("to support");
    }
    return QString();
}

} // namespace

EmailNotificationsDialog::EmailNotificationsDialog(
    NotificationService &service, const QString &email, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_email(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("emailNotificationsDialog"));
    setWindowTitle(tr("Email notifications"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the notifications this address receives by email. "
                                "An unchecked kind is not sent to it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_email->setObjectName(QStringLiteral("notifyEmail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setText(email);
    form->addRow(tr("&Email address:"), m_email);
    layout->addLayout(form);

    auto *kinds = new QGroupBox(tr("Notifications"), this);
    auto *kindsLayout = new QVBoxLayout(kinds);
    for (const QString &kind : Notifications::kinds()) {
        QString title = Notifications::title(kind);
        if (!title.isEmpty())
            title[0] = title.at(0).toUpper();
        auto *box = new QCheckBox(
            tr("%1 (%2)").arg(title, audienceText(Notifications::audienceOf(kind))), kinds);
        box->setObjectName(QStringLiteral("notifyKind_") + kind);
        box->setToolTip(tr("Kind: %1").arg(kind));
        box->setChecked(true);
        kindsLayout->addWidget(box);
        m_kinds.insert(kind, box);
    }
    layout->addWidget(kinds);

    m_message->setObjectName(QStringLiteral("notifyMessage"));
    m_message->setWordWrap(true);
    tones::apply(m_message, tones::Tone::Error);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("notifyButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EmailNotificationsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_email, &QLineEdit::editingFinished, this, &EmailNotificationsDialog::loadChoices);
    loadChoices();
}

QString EmailNotificationsDialog::email() const
{
    return m_email->text().trimmed();
}

QStringList EmailNotificationsDialog::optedOut() const
{
    QStringList out;
    for (const QString &kind : Notifications::kinds())
        if (!m_kinds.value(kind)->isChecked())
            out << kind;
    return out;
}

QString EmailNotificationsDialog::rememberedEmail()
{
    return QSettings().value(emailKey).toString();
}

void EmailNotificationsDialog::loadChoices()
{
    const QString address = email().toLower();
    // Another address's choices, once it can be one: the boxes show them.
    // While it cannot, the boxes keep what was checked.
    if (address == m_loaded || !RequestValidator::isValidEmail(address))
        return;
    StoreStatus status;
    const QStringList out = m_service.optedOutKinds(address, &status);
    if (!status.ok()) {
        showProblem(status.message);
        return;
    }
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
        it.value()->setChecked(!out.contains(it.key()));
    m_loaded = address;
    m_message->hide();
}

void EmailNotificationsDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void EmailNotificationsDialog::accept()
{
    const ChangeResult result = m_service.setOptOuts(email(), optedOut());
    if (!result.status.ok()) {
        showProblem(result.status.message);
        return;
    }
    if (!result.ok()) {
        QStringList lines;
        for (const Violation &v : result.violations)
            lines << (v.field == QLatin1String("email")
                    ? tr("Email address: %1 (%2)").arg(v.message, v.rule)
                    : tr("%1 (%2)").arg(v.message, v.rule));
        showProblem(lines.join(QLatin1Char('\n')));
        m_email->setFocus();
        return;
    }
    QSettings().setValue(emailKey, email());
    m_loaded = email().toLower();
    QDialog::accept();
}

} // namespace portdesk
