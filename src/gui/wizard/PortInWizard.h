// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Violation.h"
#include "core/PortRequest.h"

#include <QJsonObject>
#include <QWizard>

namespace portdesk {

class Services;

// The admin's port-in request, page by page in the seed's order. The pages
// share one PortInRequest (request()): each page loads its widgets from it in
// initializePage() and writes them back as they change, so nothing typed is
// lost by going Back; validatePage() runs the same RequestValidator as the
// CLI and refuses Next with the message beside the field.
class PortInWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NumbersPageId, CarriersPageId, BtnPageId, SchedulePageId, ContactPageId, ReviewPageId };

    explicit PortInWizard(Services &service, QWidget *parent = nullptr);
    ~PortInWizard() override;

    Services &service() const { return m_service; }
    PortInRequest &request() { return m_request; }
    const PortInRequest &request() const { return m_request; }

    // Every violation of the request as it stands, against the store.
    Violations check() const;
    // The violations whose field path starts with one of the prefixes.
    Violations checkFields(const QStringList &fieldPrefixes) const;

    // Drafts: the request and where the admin was, as JSON (also the raw
    // pasted text of the numbers page, so that nothing typed is lost).
    QJsonObject draftJson() const;
    void restoreDraft(const QJsonObject &draft);
    qint64 draftId() const { return m_draftId; }
    void setDraftId(qint64 id) { m_draftId = id; }
    // Saves the draft to the store now (also done on every page change and
    // on close); false when the store refused, with the reason in the status bar.
    bool saveDraft();

    // Extra state a page keeps in the draft (e.g. the pasted text).
    void setPageState(const QString &key, const QJsonValue &value);
    QJsonValue pageState(const QString &key) const;

    // True while restoreDraft() walks to the draft's page: pages check
    // synchronously then (the admin already saw these verdicts).
    bool isResuming() const { return m_resuming; }

    qint64 submittedCaseId() const { return m_submittedCaseId; }
    // Submits the request (the review page's Submit); true when a case was made.
    bool submit(Violations *violations);

    // "Go to review" (Ctrl+Enter): Next through every page whose fields
    // pass, to the review page; the first page that refuses stays, with its
    // messages and the focus in its first field in error. The review page
    // still asks for Submit.
    void goToReview();

    // The product type of the last request filed here (QSettings
    // "wizard/productType"): a new request starts with it, and with the only
    // Voice Connector when there is one.
    static ProductType rememberedProductType();
    static void rememberProductType(ProductType type);

Q_SIGNALS:
    void submitted(qint64 caseId);
    void draftSaved(qint64 draftId);

protected:
    void done(int result) override;

private:
    Services &m_service;
    PortInRequest m_request;
    QJsonObject m_pageState;
    qint64 m_draftId = 0;
    qint64 m_submittedCaseId = 0;
    bool m_resuming = false;   // walking to a draft's page: no saves on the way
};

} // namespace portdesk
