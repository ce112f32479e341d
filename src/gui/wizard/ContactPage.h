// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FieldMessages.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ContactPage;
}

namespace portdesk {

class PortInWizard;

// The seed's Email field: the address of the administrator account.
class ContactPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ContactPage(PortInWizard *wizard);
    ~ContactPage() override;

    void initializePage() override;
    bool validatePage() override;

    const FieldMessages &messages() const { return m_messages; }

    // The admin email of the last request filed from this account on this
    // machine (the settings), offered when a new request starts.
    static QString rememberedAdminEmail();
    static void rememberAdminEmail(const QString &email);

private:
    PortInWizard *m_wizard;
    std::unique_ptr<Ui::ContactPage> m_ui;
    FieldMessages m_messages;
    bool m_messagesShown = false;
};

} // namespace portdesk
