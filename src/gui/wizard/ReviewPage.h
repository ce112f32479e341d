// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Violation.h"

#include <QWizardPage>

#include <memory>

class QPushButton;

namespace Ui {
class ReviewPage;
}

namespace portdesk {

class PortInWizard;

// Everything the request says on one page, the LOAs it will produce (one per
// carrier group), its warnings, and Submit (the wizard's Finish button). Submit
// runs the same validation as the CLI; a refusal keeps the wizard open with
// every message. "Copy as support request" (beside Submit) puts the request
// in the console's support form words on the clipboard and in a text file.
class ReviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ReviewPage(PortInWizard *wizard);
    ~ReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

    // The review as plain text, as shown.
    QString reviewText() const;
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *previewButton() const { return m_previewButton; }
    // The messages shown under the review (a refused submit or copy).
    QString shownMessages() const;

    // Copies the request as the console's support form wants it to the
    // clipboard and to a file chosen by the admin; false when the request is
    // not complete (nothing copied) or the file could not be written.
    bool copySupportRequest();

    // "carriers[1].serviceAddress.zip" -> "Carrier group 2: service address ZIP code".
    static QString fieldName(const QString &path);

private:
    void render(const Violations &problems);
    void showViolations(const QString &intro, const Violations &violations);
    void updateCopyButton(int currentId);

    PortInWizard *m_wizard;
    std::unique_ptr<Ui::ReviewPage> m_ui;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_previewButton = nullptr;
};

} // namespace portdesk
