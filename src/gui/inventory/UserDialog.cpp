// SPDX-License-Identifier: Apache-2.0
#include "UserDialog.h"
#include "gui/ToneWidgets.h"

#include "MessageLabel.h"

#include "service/Services.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portdesk {

namespace {

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

UserDialog::UserDialog(Services &service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    build();
    setWindowTitle(tr("New user"));
}

UserDialog::UserDialog(Services &service, const User &user, QWidget *parent)
    : QDialog(parent), m_service(service), m_id(user.id)
{
    build();
    setWindowTitle(tr("Edit user"));
    m_name->setText(user.name);
    m_email->setText(user.email);
}

void UserDialog::build()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. Jane Roe"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setMaxLength(254);
    m_email->setPlaceholderText(tr("e.g. jane.roe@example.com"));
    m_nameMessage = new MessageLabel(this);
    m_emailMessage = new MessageLabel(this);
    m_generalMessage = new MessageLabel(this);
    for (QLabel *label : { m_nameMessage, m_emailMessage, m_generalMessage }) {
        label->setWordWrap(true);
        tones::apply(label, tones::Tone::Error);
        label->hide();
    }
    auto *intro = new QLabel(
        tr("Business Calling numbers are assigned to users by their email address."), this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_email);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(emailLabel, m_email);
    form->addRow(QString(), m_emailMessage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_generalMessage);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_name->setFocus();
}

void UserDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void UserDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

QString UserDialog::email() const
{
    return m_email->text().trimmed();
}

QString UserDialog::name() const
{
    return m_name->text().trimmed();
}

QStringList UserDialog::messages() const
{
    QStringList out;
    for (const QLabel *label : { m_nameMessage, m_emailMessage, m_generalMessage })
        if (!label->text().isEmpty())
            out << label->text();
    return out;
}

void UserDialog::accept()
{
    showMessage(m_nameMessage, QString());
    showMessage(m_emailMessage, QString());
    showMessage(m_generalMessage, QString());
    const ChangeResult result
        = m_id > 0 ? m_service.directory.editUser(m_id, email(), name()) : m_service.directory.addUser(email(), name());
    if (!result.status.ok()) {
        showMessage(m_generalMessage, result.status.message);
        return;
    }
    if (result.refused()) {
        QStringList nameText, emailText, otherText;
        for (const Violation &v : result.violations) {
            if (v.field == QLatin1String("name"))
                nameText << v.message;
            else if (v.field == QLatin1String("email"))
                emailText << v.message;
            else
                otherText << v.message;
        }
        showMessage(m_nameMessage, nameText.join(QLatin1Char('\n')));
        showMessage(m_emailMessage, emailText.join(QLatin1Char('\n')));
        showMessage(m_generalMessage, otherText.join(QLatin1Char('\n')));
        (emailText.isEmpty() && !nameText.isEmpty() ? m_name : m_email)->setFocus();
        return;
    }
    if (m_id == 0)
        m_id = result.id;
    QDialog::accept();
}

} // namespace portdesk
