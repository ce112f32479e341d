// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FieldMessages.h"

#include <QWizardPage>

#include <memory>

class QButtonGroup;

namespace Ui {
class BtnPage;
}

namespace portdesk {

class PortInWizard;

// The seed's BTN step: whether a carrier account's Billing Telephone Number
// is itself among the numbers being ported and, if so, which of the seed's
// three options applies; the new BTN only for "replace".
class BtnPage : public QWizardPage {
    Q_OBJECT

public:
    explicit BtnPage(PortInWizard *wizard);
    ~BtnPage() override;

    void initializePage() override;
    bool validatePage() override;

    // Whether initializePage() found a BTN among the numbers being ported.
    bool btnPorted() const { return m_btnPorted; }
    const FieldMessages &messages() const { return m_messages; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void optionChosen(int id, bool checked);
    void newBtnEdited(const QString &text);
    void writeNewBtn();
    void updateNewBtnVisibility();
    void showMessages();

    PortInWizard *m_wizard;
    std::unique_ptr<Ui::BtnPage> m_ui;
    QButtonGroup *m_options = nullptr;
    FieldMessages m_messages;
    bool m_btnPorted = false;
    bool m_messagesShown = false;
};

} // namespace portdesk
