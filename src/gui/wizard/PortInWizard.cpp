// SPDX-License-Identifier: Apache-2.0
#include "PortInWizard.h"

#include "BtnPage.h"
#include "CarriersPage.h"
#include "ContactPage.h"
#include "NumbersPage.h"
#include "ReviewPage.h"
#include "SchedulePage.h"

#include "gui/Dialogs.h"

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/Clock.h"
#include "service/Services.h"

#include <QPushButton>
#include <QSettings>
#include <QShortcut>

namespace portdesk {

PortInWizard::PortInWizard(Services &service, QWidget *parent)
    : QWizard(parent)
    , m_service(service)
{
    setWindowTitle(tr("Port numbers in"));
    m_request.productType = rememberedProductType();
    setPage(NumbersPageId, new NumbersPage(this));
    setPage(CarriersPageId, new CarriersPage(this));
    setPage(BtnPageId, new BtnPage(this));
    setPage(SchedulePageId, new SchedulePage(this));
    setPage(ContactPageId, new ContactPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    // Room for the numbers table and the carrier form side by side.
    resize(1000, 700);

    // Go to review: a person whose later pages are right already (the
    // proposed date, the remembered admin email) skips their Next.
    auto *review = new QPushButton(tr("Go to review"), this);
    review->setObjectName(QStringLiteral("goToReviewButton"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    review->setToolTip(tr("Next through every page whose fields are complete, to the review "
                          "(%1). Nothing is submitted before the review's Submit.")
                           .arg(review->shortcut().toString(QKeySequence::NativeText)));
    setButton(QWizard::CustomButton1, review);
    setOption(QWizard::HaveCustomButton1, true);
    connect(review, &QPushButton::clicked, this, &PortInWizard::goToReview);
    auto *keypad = new QShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier | Qt::KeypadModifier, Qt::Key_Enter)), this);
    connect(keypad, &QShortcut::activated, this, &PortInWizard::goToReview);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setOption(QWizard::HaveCustomButton1, id != ReviewPageId && id != -1);
    });
    // A draft on every page change: a crash loses at most the current page.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != -1 && !m_resuming)
            saveDraft();
    });
}

PortInWizard::~PortInWizard() = default;

Violations PortInWizard::check() const
{
    return m_service.cases.checkPortIn(m_request);
}

Violations PortInWizard::checkFields(const QStringList &fieldPrefixes) const
{
    Violations out;
    for (const Violation &v : check()) {
        for (const QString &prefix : fieldPrefixes) {
            if (v.field.startsWith(prefix)) {
                out.append(v);
                break;
            }
        }
    }
    return out;
}

QJsonObject PortInWizard::draftJson() const
{
    return QJsonObject{{QStringLiteral("request"), m_request.toJson()},
                       {QStringLiteral("page"), currentId()},
                       {QStringLiteral("pages"), m_pageState}};
}

void PortInWizard::restoreDraft(const QJsonObject &draft)
{
    Violations ignored;
    m_request = PortInRequest::fromJson(draft.value(QStringLiteral("request")).toObject(), &ignored);
    m_pageState = draft.value(QStringLiteral("pages")).toObject();
    // Back to the page the admin was on, through the pages before it, so
    // that Back works as before; a page whose rules now fail stops the walk
    // there, with its messages.
    int target = draft.value(QStringLiteral("page")).toInt(NumbersPageId);
    if (!page(target))
        target = NumbersPageId;
    m_resuming = true;
    restart();
    // Never through the review page: its validation is Submit.
    while (currentId() != target && currentId() != -1 && currentId() != ReviewPageId) {
        if (auto *numbers = qobject_cast<NumbersPage *>(currentPage()))
            numbers->finishValidation();
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_resuming = false;
}

ProductType PortInWizard::rememberedProductType()
{
    ProductType type = ProductType::BusinessCalling;
    productTypeFromString(QSettings().value(QStringLiteral("wizard/productType")).toString(), &type);
    return type;
}

void PortInWizard::rememberProductType(ProductType type)
{
    QSettings().setValue(QStringLiteral("wizard/productType"), toString(type));
}

void PortInWizard::goToReview()
{
    while (currentId() != ReviewPageId && currentId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

bool PortInWizard::saveDraft()
{
    if (m_submittedCaseId > 0)
        return true;   // submitted: the draft is gone, nothing left to keep
    if (currentId() == -1)
        return true;   // closed and reset: the draft was saved when it closed
    // Nothing typed yet: no draft to offer later.
    if (m_draftId == 0 && m_request.allNumbers().isEmpty()
        && pageState(QStringLiteral("numbersText")).toString().trimmed().isEmpty())
        return true;
    int numbers = 0;
    for (const CarrierGroup &g : m_request.carriers)
        numbers += int(g.numbers.size());
    const QString customer = m_request.carriers.isEmpty() ? QString() : m_request.carriers.first().customerName;
    const QString title = customer.isEmpty() ? tr("Port-in request, %n number(s)", nullptr, numbers)
                                             : tr("%1, %n number(s)", nullptr, numbers).arg(customer);
    const ChangeResult result = m_service.drafts.saveDraft(m_draftId, QStringLiteral("port-in"), title, draftJson());
    if (!result.ok()) {
        setWindowTitle(tr("Port numbers in — the draft could not be saved: %1")
                           .arg(result.status.ok() ? result.violations.value(0).message : result.status.message));
        return false;
    }
    m_draftId = result.id;
    Q_EMIT draftSaved(m_draftId);
    return true;
}

void PortInWizard::setPageState(const QString &key, const QJsonValue &value)
{
    m_pageState.insert(key, value);
}

QJsonValue PortInWizard::pageState(const QString &key) const
{
    return m_pageState.value(key);
}

bool PortInWizard::submit(Violations *violations)
{
    const ChangeResult result = m_service.cases.submitPortIn(m_request, Role::Admin);
    if (violations)
        *violations = result.violations;
    if (!result.ok())
        return false;
    m_submittedCaseId = result.id;
    ContactPage::rememberAdminEmail(m_request.adminEmail);
    rememberProductType(m_request.productType);
    Q_EMIT submitted(result.id);
    return true;
}

void PortInWizard::done(int result)
{
    // Closing keeps a draft of what was typed (saved before QWizard resets
    // its pages); Finish is Submit, which QWizard::done() runs through the
    // review page's validatePage(), and a submitted request needs no draft.
    if (result == QDialog::Rejected && !saveDraft()
        && Dialogs::question(this, tr("Port numbers in"),
                             tr("The draft could not be saved, so what you typed would be lost. "
                                "Close anyway?"),
                             QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Close)
        return;
    QWizard::done(result);
    if (m_submittedCaseId > 0 && m_draftId > 0) {
        m_service.drafts.discardDraft(m_draftId);
        m_draftId = 0;
    }
}

} // namespace portdesk
