// SPDX-License-Identifier: Apache-2.0
#include "HelpTopics.h"

#include "CaseView.h"
#include "MainWindow.h"
#include "views/CasesView.h"
#include "wizard/PortInWizard.h"

#include <QHash>
#include <QTabWidget>

namespace portdesk {

namespace {

const QString kPortIn = QStringLiteral("file-a-port-in.md");

// The main window's views, in the order of MainWindow::View.
QString forView(int view)
{
    switch (view) {
    case MainWindow::PortInViewIndex:
        return kPortIn;
    case MainWindow::CasesViewIndex:
        return QStringLiteral("case-queue.md");
    case MainWindow::InventoryViewIndex:
        return QStringLiteral("assign-numbers.md");
    case MainWindow::VoiceConnectorsViewIndex:
        return QStringLiteral("assign-numbers.md#voice-connectors");
    default:
        return HelpTopics::home();
    }
}

QString forMainWindow(const MainWindow *window)
{
    const auto *views = window->findChild<QTabWidget *>(QStringLiteral("views"));
    const int view = views ? views->currentIndex() : -1;
    if (view != MainWindow::CasesViewIndex)
        return forView(view);
    // The queue is built on first use: look, do not build.
    const auto *cases = window->findChild<CasesView *>();
    const CaseView *caseView = cases ? cases->caseView() : nullptr;
    if (!caseView || !caseView->caseLoaded() || caseView->caseId() == 0)
        return forView(view);
    return HelpTopics::forCase(caseView->caseRecord().kind, caseView->caseRecord().state);
}

} // namespace

QString HelpTopics::home()
{
    return QStringLiteral("index.md");
}

QString HelpTopics::forCase(CaseKind kind, CaseState state)
{
    if (kind == CaseKind::PortOut)
        return QStringLiteral("port-out.md");
    switch (state) {
    case CaseState::LoaRequested:
        return QStringLiteral("file-a-port-in.md#sign-and-export-the-loas");
    case CaseState::ChangeRequested:
        return QStringLiteral("answer-a-change-request.md");
    case CaseState::CarrierApproved:
    case CaseState::FocReceived:
    case CaseState::FocConfirmed:
        return QStringLiteral("confirm-a-foc.md");
    case CaseState::InInventory:
    case CaseState::Completed:
        return QStringLiteral("assign-numbers.md");
    default:
        return QStringLiteral("case-view.md");
    }
}

QString HelpTopics::forWizardPage(const QString &pageName)
{
    static const QHash<QString, QString> sections = {
        {QStringLiteral("NumbersPage"), QStringLiteral("numbers")},
        {QStringLiteral("CarriersPage"), QStringLiteral("carriers")},
        {QStringLiteral("BtnPage"), QStringLiteral("btn")},
        {QStringLiteral("SchedulePage"), QStringLiteral("schedule")},
        {QStringLiteral("ContactPage"), QStringLiteral("contact")},
        {QStringLiteral("ReviewPage"), QStringLiteral("review")},
    };
    const QString section = sections.value(pageName);
    return section.isEmpty() ? kPortIn : kPortIn + u'#' + section;
}

QString HelpTopics::forClass(const QString &className)
{
    static const QHash<QString, QString> pages = {
        {QStringLiteral("portdesk::PortOutDialog"), QStringLiteral("port-out.md")},
        {QStringLiteral("portdesk::IssuePinDialog"), QStringLiteral("port-out.md#support-issue-the-account-id-and-pin")},
        {QStringLiteral("portdesk::SetFocDialog"), QStringLiteral("confirm-a-foc.md")},
        {QStringLiteral("portdesk::RequestChangeDialog"), QStringLiteral("answer-a-change-request.md")},
        {QStringLiteral("portdesk::CorrectRequestDialog"),
         QStringLiteral("answer-a-change-request.md#admin-correct-and-resubmit")},
        {QStringLiteral("portdesk::RejectNumbersDialog"), QStringLiteral("reject-numbers.md")},
        {QStringLiteral("portdesk::LoaSignDialog"), QStringLiteral("loa.md#signing")},
        {QStringLiteral("portdesk::LoaCompareDialog"), QStringLiteral("loa.md#signing")},
        {QStringLiteral("portdesk::AssignDialog"), QStringLiteral("assign-numbers.md#assign-and-unassign")},
        {QStringLiteral("portdesk::VoiceConnectorDialog"), QStringLiteral("assign-numbers.md#voice-connectors")},
        {QStringLiteral("portdesk::SettingsDialog"), QStringLiteral("settings.md")},
        {QStringLiteral("portdesk::EmailNotificationsDialog"), QStringLiteral("notifications.md")},
    };
    return pages.value(className);
}

QString HelpTopics::forWindow(const QWidget *window)
{
    for (const QWidget *w = window; w; w = w->parentWidget()) {
        if (const auto *main = qobject_cast<const MainWindow *>(w))
            return forMainWindow(main);
        if (const auto *wizard = qobject_cast<const PortInWizard *>(w)) {
            const QWidget *page = wizard->currentPage();
            return forWizardPage(page ? page->objectName() : QString());
        }
        const QString page = forClass(QString::fromLatin1(w->metaObject()->className()));
        if (!page.isEmpty())
            return page;
    }
    return home();
}

} // namespace portdesk
