// SPDX-License-Identifier: Apache-2.0
#include "ContactPage.h"

#include "ui_ContactPage.h"

#include "PortInWizard.h"

#include "core/RequestValidator.h"

#include <QSettings>

namespace portdesk {

namespace {
const QString kField = QStringLiteral("adminEmail");
const QString kRememberedKey = QStringLiteral("wizard/adminEmail");
} // namespace

QString ContactPage::rememberedAdminEmail()
{
    return QSettings().value(kRememberedKey).toString();
}

void ContactPage::rememberAdminEmail(const QString &email)
{
    if (!email.trimmed().isEmpty())
        QSettings().setValue(kRememberedKey, email.trimmed());
}

ContactPage::ContactPage(PortInWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_ui(std::make_unique<Ui::ContactPage>())
{
    m_ui->setupUi(this);
    m_messages.bind(kField, m_ui->emailMessage, m_ui->emailEdit);
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this,
        [this](const QString &text) { m_wizard->request().adminEmail = text.trimmed(); });
    // Once Next was refused, the message follows the corrections.
    connect(m_ui->emailEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_messagesShown)
            return;
        Violations live;
        RequestValidator::checkAdminEmail(live, m_wizard->request().adminEmail);
        m_messages.show(live);
    });
}

ContactPage::~ContactPage() = default;

void ContactPage::initializePage()
{
    // A new request starts with the address the last one was filed with.
    if (m_wizard->request().adminEmail.isEmpty())
        m_wizard->request().adminEmail = rememberedAdminEmail();
    m_ui->emailEdit->setText(m_wizard->request().adminEmail);
    m_messages.clear();
    m_messagesShown = false;
}

bool ContactPage::validatePage()
{
    m_wizard->request().adminEmail = m_ui->emailEdit->text().trimmed();
    const Violations violations = m_wizard->checkFields({ kField });
    m_messages.show(violations);
    m_messagesShown = true;
    m_messages.focusFirstError();
    return !hasErrors(violations);
}

} // namespace portdesk
