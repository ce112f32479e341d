// SPDX-License-Identifier: Apache-2.0
// The case view through its real widgets, offscreen: every action of each
// role (buttons, dialogs, keyboard), the actions a role or a state does not
// allow (disabled, with the reason as tooltip), secrets masked until
// revealed, the history, and the comments each role sees.

#include "../store/StoreTestSupport.h"
#include "service/Services.h"

#include "gui/CarrierGroupForm.h"
#include "gui/CaseView.h"
#include "gui/caseview/CaseActions.h"
#include "gui/caseview/CaseCommentsSection.h"
#include "gui/Dialogs.h"
#include "gui/LoaPanel.h"
#include "gui/LoaSignDialog.h"
#include "gui/TimelineWidget.h"
#include "models/CaseTerms.h"
#include "gui/actions/CorrectRequestDialog.h"
#include "gui/actions/IssuePinDialog.h"
#include "gui/actions/ReasonDialog.h"
#include "gui/actions/RejectNumbersDialog.h"
#include "gui/actions/RequestChangeDialog.h"
#include "gui/actions/SetFocDialog.h"
#include "sample/SampleStore.h"

#include "WidgetLookup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace portdesk;
using namespace storetest;
using portdesk::testsupport::child;

namespace {

struct Step {
    CaseEvent event;
    Role role;
};

// The steps that take a new port-in to a state (the FOC is focTime()).
QList<Step> stepsTo(CaseState state)
{
    const QList<Step> all
        = { { CaseEvent::Portable, Role::Support }, { CaseEvent::RequestLoa, Role::Support },
              { CaseEvent::SubmitLoa, Role::Admin }, { CaseEvent::Approve, Role::Support },
              { CaseEvent::SetFoc, Role::Support }, { CaseEvent::ConfirmFoc, Role::Admin } };
    int count = 0;
    switch (state) {
    case CaseState::Submitted:
        count = 0;
        break;
    case CaseState::Portable:
        count = 1;
        break;
    case CaseState::LoaRequested:
        count = 2;
        break;
    case CaseState::LoaSubmitted:
    case CaseState::ChangeRequested: // then the change request
        count = 3;
        break;
    case CaseState::CarrierApproved:
        count = 4;
        break;
    case CaseState::FocReceived:
        count = 5;
        break;
    default:
        count = 6;
        break;
    }
    return all.mid(0, count);
}

// A visible dialog of type T opened by the view (closed ones are on their
// way to deletion).
template<typename T> T *openDialog(QWidget *parent)
{
    const QList<T *> dialogs = parent->findChildren<T *>();
    for (T *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(
        button->isEnabled(), qPrintable(button->text() + QStringLiteral(": ") + button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton);
    settle();
}

// Answers the sign dialogs that LoaPanel::signCorrection opens one after the
// other, each in its own event loop: records each one's carrier group, types
// the signer's title and presses Sign (an empty title: presses Escape
// instead). Runs while the object lives.
class SignDialogAnswerer {
public:
    explicit SignDialogAnswerer(const QString &title)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, title] {
            auto *dialog = qobject_cast<LoaSignDialog *>(QApplication::activeModalWidget());
            // A refused signature leaves the dialog open: answer it once only.
            if (!dialog || !dialog->isVisible() || m_groups.size() > 10)
                return;
            m_groups << dialog->carrierIndex();
            m_names << dialog->nameEdit()->text();
            if (title.isEmpty()) {
                QTest::keyClick(dialog->titleEdit(), Qt::Key_Escape);
                return;
            }
            dialog->titleEdit()->setFocus();
            dialog->titleEdit()->selectAll();
            QTest::keyClicks(dialog->titleEdit(), title);
            QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
        });
        m_timer.start();
    }
    QList<int> groups() const { return m_groups; }
    QStringList names() const { return m_names; }

private:
    QTimer m_timer;
    QList<int> m_groups;
    QStringList m_names;
};

// The view's parts, found by objectName as a user finds them by their label.
QPushButton *actionButton(const QWidget *view, CaseActions::Action action)
{
    return child<QPushButton>(view, QMetaEnum::fromType<CaseActions::Action>().valueToKey(int(action)));
}

QTableView *historyTable(const QWidget *view)
{
    return child<QTableView>(view, "caseHistory");
}

TimelineWidget *timeline(const QWidget *view)
{
    return child<TimelineWidget>(view, "caseTimeline");
}

LoaPanel *loaPanel(const QWidget *view)
{
    return child<LoaPanel>(view, "loaPanel");
}

QTabWidget *sections(const QWidget *view)
{
    return child<QTabWidget>(view, "caseSections");
}

QTextBrowser *commentThread(const QWidget *view)
{
    return child<QTextBrowser>(view, "commentThread");
}

QPlainTextEdit *commentEditor(const QWidget *view)
{
    return child<QPlainTextEdit>(view, "commentEditor");
}

QCheckBox *internalNoteBox(const QWidget *view)
{
    return child<QCheckBox>(view, "internalNote");
}

QPushButton *postCommentButton(const QWidget *view)
{
    return child<QPushButton>(view, "postComment");
}

const QList<CaseComment> &shownComments(const QWidget *view)
{
    return child<CaseCommentsSection>(view, "caseComments")->shownComments();
}

// A secret's label and its reveal toggle: "carriers[0].accountNumber",
// "carriers[0].pin", "portOut.accountId", "portOut.pin".
QLabel *secretLabel(const QWidget *view, const QString &key)
{
    return view->findChild<QLabel *>(key);
}

QAbstractButton *revealButton(const QWidget *view, const QString &key)
{
    return view->findChild<QAbstractButton *>(key + QStringLiteral(".reveal"));
}

QString headingText(const QWidget *view)
{
    return child<QLabel>(view, "caseHeading")->text();
}

QString stateText(const QWidget *view)
{
    return child<QLabel>(view, "caseState")->text();
}

// The outcome of the last action (empty when none shows).
QString outcomeText(const QWidget *view)
{
    const QLabel *outcome = child<QLabel>(view, "actionOutcome");
    return outcome->isHidden() ? QString() : outcome->text();
}

// Every text of the request section (masked secrets stay masked).
QString requestText(const QWidget *view)
{
    QStringList texts;
    if (QWidget *content = child<QScrollArea>(view, "caseRequest")->widget()) {
        const QList<QLabel *> labels = content->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts << label->text();
        const QList<QListWidget *> lists = content->findChildren<QListWidget *>();
        for (const QListWidget *list : lists) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        }
        const QList<QGroupBox *> boxes = content->findChildren<QGroupBox *>();
        for (const QGroupBox *box : boxes)
            texts << box->title();
    }
    return texts.join(QLatin1Char('\n'));
}

QString historyText(const QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestCaseView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void agentTakesCaseToCompleted();
    void historyShowsSignaturesAndFiles();
    void historyOrdersSignaturesOnOneMoment();
    void setFocRefusesWeekendAndPast();
    void notPortableNeedsReason();
    void supportRejectsSomeNumbers();
    void rejectingEveryNumberIsSaidFirst();
    void changeRequestAnsweredWithNamedFieldsOnly();
    void correctionUnchangedAsksFirst();
    void correctionWaitsForSignature();
    void refusedCorrectionIsNotSigned();
    void adminAsksForAnotherFocDate();
    void cancelIsConfirmed();
    void portOutPinAndPortedOut();
    void actionAvailability_data();
    void actionAvailability();
    void actionsOfTheOtherKindHidden();
    void refusalShownWhenCaseMovedOn();
    void conflictKeepsInputAndRefreshes();
    void secretsMaskedUntilRevealed();
    void revealIsAPermission();
    void commentsByRole();
    void loaHooks();
    void noCase();
    void screenshots();

private:
    qint64 portInAt(CaseState state, const QStringList &numbers = seattleRange(1, 3));
    qint64 portOutCase();
    CaseRecord record(qint64 id);
    std::unique_ptr<CaseView> view(Role role, qint64 id);

    FixedClock m_clock { startTime() };
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
};

void TestCaseView::init()
{
    Dialogs::reset();
    Dialogs::takeShownMessages(); // scripted: nothing modal blocks a test
    m_clock.set(startTime());
    Clock::setInstance(&m_clock);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);
}

void TestCaseView::cleanup()
{
    settle();
    m_service.reset();
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
    Dialogs::reset();
}

qint64 TestCaseView::portInAt(CaseState state, const QStringList &numbers)
{
    const ChangeResult in = m_service->cases.submitPortIn(portIn(numbers));
    if (!in.ok()) {
        qWarning("%s", qPrintable(describe(in)));
        return 0;
    }
    for (const Step &s : stepsTo(state)) {
        EventArgs args;
        if (s.event == CaseEvent::SetFoc)
            args.focAt = focTime();
        if (s.event == CaseEvent::SubmitLoa) { // signed first, as the admin must
            const ChangeResult signed_ = signAllLoas(*m_service, in.id);
            if (!signed_.ok()) {
                qWarning("%s", qPrintable(describe(signed_)));
                return 0;
            }
        }
        const ChangeResult r = m_service->cases.advance(in.id, s.event, s.role, args);
        if (!r.ok()) {
            qWarning("%s", qPrintable(describe(r)));
            return 0;
        }
    }
    if (state == CaseState::ChangeRequested) {
        EventArgs change;
        change.fields = { QStringLiteral("accountNumber") };
        change.reason = QStringLiteral("account-number");
        if (!m_service->cases.advance(in.id, CaseEvent::RequestChange, Role::Support, change).ok())
            return 0;
    }
    return in.id;
}

qint64 TestCaseView::portOutCase()
{
    // Numbers come in through a completed port-in first.
    const qint64 in = portInAt(CaseState::FocConfirmed, seattleRange(70, 2));
    if (in == 0)
        return 0;
    m_clock.set(focTime().addSecs(60));
    m_service->clock.tick();
    const ChangeResult out = m_service->cases.submitPortOut(portOut({ seattle(70) }));
    return out.ok() ? out.id : 0;
}

CaseRecord TestCaseView::record(qint64 id)
{
    CaseRecord r;
    if (!m_service->cases.loadCase(id, &r))
        qWarning("case %lld not found", id);
    return r;
}

std::unique_ptr<CaseView> TestCaseView::view(Role role, qint64 id)
{
    auto v = std::make_unique<CaseView>(*m_service);
    v->setAuthorName(QStringLiteral("Tester"));
    v->setRole(role);
    v->showCase(id);
    v->resize(1000, 800);
    v->show();
    if (!QTest::qWaitForWindowExposed(v.get()))
        qWarning("view not exposed");
    return v;
}

void TestCaseView::agentTakesCaseToCompleted()
{
    const qint64 id = portInAt(CaseState::Submitted);
    QVERIFY(id > 0);
    auto v = view(Role::Support, id);
    QSignalSpy changed(v.get(), &CaseView::caseChanged);

    click(actionButton(v.get(), CaseActions::Action::Portable));
    QCOMPARE_ENUM(record(id).state, CaseState::Portable);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), id);
    QVERIFY(outcomeText(v.get()).contains(displayName(CaseState::Portable)));
    QVERIFY(stateText(v.get()).startsWith(displayName(CaseState::Portable)));

    click(actionButton(v.get(), CaseActions::Action::RequestLoa));
    QCOMPARE_ENUM(record(id).state, CaseState::LoaRequested);

    v->setRole(Role::Admin);
    // Submit LOA waits for the signature, and says which LOA lacks it.
    QPushButton *submitLoa = actionButton(v.get(), CaseActions::Action::SubmitLoa);
    QVERIFY(!submitLoa->isEnabled());
    QVERIFY2(submitLoa->toolTip().contains(QStringLiteral("carrier group 1 (Example Telecom)"))
            && submitLoa->toolTip().contains(QStringLiteral("not signed")),
        qPrintable(submitLoa->toolTip()));
    // Signed in the LOA tab, by keyboard: the name comes from the request.
    LoaPanel *loas = loaPanel(v.get());
    sections(v.get())->setCurrentWidget(loas);
    QTreeWidget *groups = child<QTreeWidget>(loas, "loaGroups");
    groups->setCurrentItem(groups->topLevelItem(0));
    click(child<QPushButton>(loas, "loaSign"));
    LoaSignDialog *sign = loas->findChild<LoaSignDialog *>(QStringLiteral("loaSignDialog"));
    QVERIFY(sign);
    QCOMPARE(sign->nameEdit()->text(), QStringLiteral("Jane Roe"));
    sign->titleEdit()->setFocus();
    QTest::keyClicks(sign->titleEdit(), QStringLiteral("CFO"));
    QTest::keyClick(sign->titleEdit(), Qt::Key_Return);
    settle();
    QVERIFY(!loas->findChild<LoaSignDialog *>(QStringLiteral("loaSignDialog")));
    QCOMPARE(m_service->loas.loaVersions(id).size(), 1);
    QVERIFY2(submitLoa->isEnabled(), qPrintable(submitLoa->toolTip()));
    click(submitLoa);
    QCOMPARE_ENUM(record(id).state, CaseState::LoaSubmitted);

    v->setRole(Role::Support);
    // The button by keyboard: Space on a focused push button.
    QPushButton *approve = actionButton(v.get(), CaseActions::Action::Approve);
    QVERIFY(approve->isEnabled());
    approve->setFocus();
    QTest::keyClick(approve, Qt::Key_Space);
    settle();
    QCOMPARE_ENUM(record(id).state, CaseState::CarrierApproved);

    click(actionButton(v.get(), CaseActions::Action::SetFoc));
    SetFocDialog *foc = openDialog<SetFocDialog>(v.get());
    QVERIFY(foc);
    // The requested date (Monday 30 March, 10:00 at -04:00) is offered first.
    QCOMPARE(foc->focAt(), requestedPortTime());
    foc->editor()->setDateTime(QDateTime(QDate(2026, 3, 27), QTime(10, 0), Qt::UTC));
    QVERIFY(foc->okButton()->isEnabled());
    QTest::keyClick(foc->editor(), Qt::Key_Return);
    settle();
    QVERIFY(!openDialog<SetFocDialog>(v.get()));
    CaseRecord r = record(id);
    QCOMPARE_ENUM(r.state, CaseState::FocReceived);
    const QDateTime focAt
        = QDateTime(QDate(2026, 3, 27), QTime(10, 0), Qt::OffsetFromUTC, -4 * 3600);
    QCOMPARE(r.focAt, focAt);
    QVERIFY(historyText(historyTable(v.get())).contains(QStringLiteral("UTC−04:00")));

    v->setRole(Role::Admin);
    click(actionButton(v.get(), CaseActions::Action::ConfirmFoc));
    QCOMPARE_ENUM(record(id).state, CaseState::FocConfirmed);
    QCOMPARE(changed.count(), 7); // six steps and the signature

    // The clock: one day before the FOC into the inventory, at the FOC live.
    m_clock.set(focAt.addDays(-1).addSecs(60));
    m_service->clock.tick();
    v->reload();
    QVERIFY(stateText(v.get()).startsWith(displayName(CaseState::InInventory)));
    m_clock.set(focAt.addSecs(60));
    m_service->clock.tick();
    v->reload();
    QVERIFY(stateText(v.get()).startsWith(displayName(CaseState::Completed)));

    // Every milestone done, in the flow's order; nothing is left to do.
    QStringList keys;
    for (const Milestone &m : timeline(v.get())->milestones()) {
        QVERIFY2(!m.projected, qPrintable(m.key));
        keys << m.key;
    }
    QCOMPARE(keys,
        (QStringList { QStringLiteral("submitted"), QStringLiteral("portable"),
            QStringLiteral("loa-requested"), QStringLiteral("loa-submitted"),
            QStringLiteral("carrier-approved"), QStringLiteral("foc-received"),
            QStringLiteral("foc-confirmed"), QStringLiteral("in-inventory"),
            QStringLiteral("activated") }));
    for (Role role : { Role::Admin, Role::Support }) {
        v->setRole(role);
        for (CaseActions::Action a : CaseActions::actions())
            QVERIFY2(!actionButton(v.get(), a)->isEnabled(), qPrintable(actionButton(v.get(), a)->text()));
    }
    // The history names who did what.
    const QString history = historyText(historyTable(v.get()));
    QVERIFY(history.contains(QStringLiteral("Support|") + displayName(CaseEvent::Approve)));
    QVERIFY(history.contains(QStringLiteral("Admin|") + displayName(CaseEvent::ConfirmFoc)));
    QVERIFY(history.contains(QStringLiteral("Clock|") + displayName(CaseEvent::Activate)));
    // 9 steps, and the LOA signed (at the same moment on this test's clock)
    // just before the submission it allowed.
    QCOMPARE(historyTable(v.get())->model()->rowCount(), 10);
    const QStringList rows = history.split(QLatin1Char('\n'));
    const qsizetype signedRow = rows.indexOf(QRegularExpression(QStringLiteral(".*\\|LOA signed\\|.*")));
    QVERIFY2(signedRow > 0, qPrintable(history));
    QVERIFY2(rows.at(signedRow + 1).contains(QStringLiteral("|") + displayName(CaseEvent::SubmitLoa) + QStringLiteral("|")),
        qPrintable(history));
}

void TestCaseView::historyOrdersSignaturesOnOneMoment()
{
    // Everything at one moment (a script with a fixed --now): each signature
    // just before the submission it allowed, version 2 after the first round.
    const qint64 id = portInAt(CaseState::ChangeRequested);
    CaseRecord r = record(id);
    PortInRequest corrected = r.portIn;
    corrected.carriers[0].accountNumber = QStringLiteral("830417992699");
    VERIFY_OK(signAllLoas(*m_service, id, &corrected));
    VERIFY_OK(m_service->cases.correctPortIn(id, corrected, Role::Admin));
    auto v = view(Role::Support, id);
    QStringList steps;
    for (const QString &row : historyText(historyTable(v.get())).split(QLatin1Char('\n')))
        steps << row.section(QLatin1Char('|'), 2, 2) + QLatin1Char(' ')
                + row.section(QLatin1Char('|'), 3, 3).section(QLatin1String(", signed"), 0, 0).section(QLatin1Char(','), 1, 1).trimmed();
    QCOMPARE(steps,
        (QStringList { displayName(CaseEvent::Submit) + QLatin1Char(' '), displayName(CaseEvent::Portable) + QLatin1Char(' '),
            displayName(CaseEvent::RequestLoa) + QLatin1Char(' '), QStringLiteral("LOA signed version 1"),
            displayName(CaseEvent::SubmitLoa) + QLatin1Char(' '), displayName(CaseEvent::RequestChange) + QLatin1Char(' '),
            QStringLiteral("LOA signed version 2"), displayName(CaseEvent::SubmitLoa) + QLatin1Char(' ') }));

    // Signed twice at that moment, then submitted once: both before it.
    const qint64 twice = portInAt(CaseState::LoaRequested, seattleRange(41, 2));
    const LoaSigner jane { QStringLiteral("Jane Roe"), QStringLiteral("CFO"), {} };
    VERIFY_OK(m_service->loas.signLoa(twice, 0, jane));
    VERIFY_OK(m_service->loas.signLoa(twice, 0, jane));
    VERIFY_OK(m_service->cases.advance(twice, CaseEvent::SubmitLoa, Role::Admin, {}));
    auto w = view(Role::Support, twice);
    const QStringList rows = historyText(historyTable(w.get())).split(QLatin1Char('\n'));
    QCOMPARE(rows.size(), 6);
    QVERIFY2(rows.at(3).contains(QStringLiteral("version 1")), qPrintable(rows.at(3)));
    QVERIFY2(rows.at(4).contains(QStringLiteral("version 2")), qPrintable(rows.at(4)));
    QVERIFY2(rows.at(5).contains(QStringLiteral("|") + displayName(CaseEvent::SubmitLoa) + QStringLiteral("|")),
        qPrintable(rows.at(5)));
}

void TestCaseView::historyShowsSignaturesAndFiles()
{
    // Signing and attaching are not steps of the case, but the history tells
    // them in their place: requested, signed, file attached, submitted;
    // then a change round and the correction signed as version 2.
    const qint64 id = portInAt(CaseState::LoaRequested);
    m_clock.advanceSeconds(3600);
    VERIFY_OK(signAllLoas(*m_service, id));
    m_clock.advanceSeconds(600);
    VERIFY_OK(m_service->loas.addAttachment(id, AttachmentKind::CarrierInvoice, QStringLiteral("invoice-march.pdf"),
        QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n")));
    m_clock.advanceSeconds(60);
    const ChangeResult wrong = m_service->loas.addAttachment(id, AttachmentKind::CustomerServiceRecord,
        QStringLiteral("wrong-customer.pdf"), QByteArray("%PDF-1.4\n%%EOF\n"));
    VERIFY_OK(wrong);
    m_clock.advanceSeconds(60);
    VERIFY_OK(m_service->loas.removeAttachment(id, wrong.id));
    m_clock.advanceSeconds(600);
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::SubmitLoa, Role::Admin, {}));
    m_clock.advanceSeconds(3600);
    EventArgs change;
    change.fields = { QStringLiteral("accountNumber") };
    change.reason = QStringLiteral("account-number");
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::RequestChange, Role::Support, change));
    m_clock.advanceSeconds(3600);
    CaseRecord r = record(id);
    PortInRequest corrected = r.portIn;
    corrected.carriers[0].accountNumber = QStringLiteral("830417992699");
    VERIFY_OK(signAllLoas(*m_service, id, &corrected));
    VERIFY_OK(m_service->cases.correctPortIn(id, corrected, Role::Admin));

    auto v = view(Role::Support, id);
    const QStringList rows = historyText(historyTable(v.get())).split(QLatin1Char('\n'));
    QStringList steps;
    for (const QString &row : rows)
        steps << row.section(QLatin1Char('|'), 2, 2);
    QCOMPARE(steps,
        (QStringList { displayName(CaseEvent::Submit), displayName(CaseEvent::Portable),
            displayName(CaseEvent::RequestLoa), QStringLiteral("LOA signed"), QStringLiteral("File attached"),
            QStringLiteral("File attached"), QStringLiteral("File deleted"), displayName(CaseEvent::SubmitLoa), displayName(CaseEvent::RequestChange),
            QStringLiteral("LOA signed"), displayName(CaseEvent::SubmitLoa) }));
    QVERIFY2(rows.at(3).contains(QStringLiteral("Admin|LOA signed|Carrier group 1 (Example Telecom), version 1, "
                                                "signed by Jane Roe, Office Manager")),
        qPrintable(rows.at(3)));
    QVERIFY2(rows.at(4).endsWith(QStringLiteral("|File attached|Carrier invoice: invoice-march.pdf")),
        qPrintable(rows.at(4)));
    QVERIFY2(rows.at(6).endsWith(QStringLiteral("Admin|File deleted|Customer service record: wrong-customer.pdf")),
        qPrintable(rows.at(6)));
    QVERIFY2(rows.at(9).contains(QStringLiteral("version 2")), qPrintable(rows.at(9)));
    // No secret in it, old or new.
    for (const QString &row : rows) {
        QVERIFY(!row.contains(secretAccount()));
        QVERIFY(!row.contains(QStringLiteral("830417992699")));
        QVERIFY(!row.contains(secretPin()));
    }

    // The invoice deleted and restored, the wrong file purged by the clock
    // a week on: the history keeps every line, the purge the clock's.
    const qint64 invoice = m_service->loas.listAttachments(id).first().id;
    m_clock.advanceSeconds(60);
    VERIFY_OK(m_service->loas.removeAttachment(id, invoice));
    m_clock.advanceSeconds(60);
    VERIFY_OK(m_service->loas.restoreAttachment(id, invoice));
    m_clock.advanceDays(InventoryService::deletionQueueDays);
    StoreStatus status;
    m_service->clock.tick(&status);
    QVERIFY2(status.ok(), qPrintable(status.message));
    v->reload();
    const QStringList after = historyText(historyTable(v.get())).split(QLatin1Char('\n'));
    QCOMPARE(after.size(), rows.size() + 3);
    QVERIFY2(after.at(rows.size()).endsWith(QStringLiteral("Admin|File deleted|Carrier invoice: invoice-march.pdf")),
        qPrintable(after.at(rows.size())));
    QVERIFY2(after.at(rows.size() + 1).endsWith(QStringLiteral("Admin|File restored|Carrier invoice: invoice-march.pdf")),
        qPrintable(after.at(rows.size() + 1)));
    QVERIFY2(after.at(rows.size() + 2).contains(QStringLiteral("Clock|File purged|Customer service record: wrong-customer.pdf")),
        qPrintable(after.at(rows.size() + 2)));
    QCOMPARE(m_service->loas.listAttachments(id, nullptr, AttachmentScope::Deleted).size(), 0);
    QCOMPARE(m_service->loas.listAttachments(id).size(), 1);
}

void TestCaseView::setFocRefusesWeekendAndPast()
{
    const qint64 id = portInAt(CaseState::CarrierApproved);
    auto v = view(Role::Support, id);
    click(actionButton(v.get(), CaseActions::Action::SetFoc));
    SetFocDialog *foc = openDialog<SetFocDialog>(v.get());
    QVERIFY(foc);
    struct Case {
        QDateTime wall;
        const char *says; // empty: acceptable
    };
    const QList<Case> cases = {
        { QDateTime(QDate(2026, 3, 28), QTime(10, 0), Qt::UTC), "weekend" }, // Saturday
        { QDateTime(QDate(2026, 5, 25), QTime(10, 0), Qt::UTC), "holiday" }, // Memorial Day
        { QDateTime(QDate(2026, 2, 27), QTime(10, 0), Qt::UTC), "past" },
        { QDateTime(QDate(2026, 3, 26), QTime(9, 30), Qt::UTC), "" },
    };
    for (const Case &c : cases) {
        foc->editor()->setDateTime(c.wall);
        if (qstrlen(c.says) == 0) {
            QVERIFY2(foc->verdict().isEmpty(), qPrintable(foc->verdict()));
            QVERIFY(foc->okButton()->isEnabled());
        } else {
            QVERIFY2(foc->verdict().contains(QLatin1String(c.says)), qPrintable(foc->verdict()));
            QVERIFY(!foc->okButton()->isEnabled());
            // Return does nothing while the date is refused.
            QTest::keyClick(foc->editor(), Qt::Key_Return);
            QVERIFY(foc->isVisible());
        }
    }
    QTest::keyClick(foc->editor(), Qt::Key_Escape);
    settle();
    QVERIFY(!openDialog<SetFocDialog>(v.get()));
    QCOMPARE_ENUM(record(id).state, CaseState::CarrierApproved);
}

void TestCaseView::notPortableNeedsReason()
{
    const qint64 id = portInAt(CaseState::Submitted);
    auto v = view(Role::Support, id);
    click(actionButton(v.get(), CaseActions::Action::NotPortable));
    ReasonDialog *dialog = openDialog<ReasonDialog>(v.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Rate center not served"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    settle();
    QCOMPARE_ENUM(record(id).state, CaseState::NotPortable);
    QVERIFY(historyText(historyTable(v.get())).contains(QStringLiteral("Rate center not served")));
    const QList<Milestone> ms = timeline(v.get())->milestones();
    QCOMPARE(ms.last().key, QStringLiteral("not-portable"));
    QVERIFY(!ms.last().projected);
}

// Support rejects 2 of 5 numbers with the keyboard: the dialog lists the
// numbers still porting, OK waits for a number and a reason; the case view
// then shows each number's status and the history says why.
void TestCaseView::supportRejectsSomeNumbers()
{
    const QStringList five = seattleRange(11, 5);
    const qint64 id = portInAt(CaseState::LoaSubmitted, five);
    QVERIFY(id > 0);
    auto v = view(Role::Support, id);
    QVERIFY(!v->findChild<QLabel *>(QStringLiteral("carriers[0].rejected")));
    click(actionButton(v.get(), CaseActions::Action::RejectNumbers));
    RejectNumbersDialog *dialog = openDialog<RejectNumbersDialog>(v.get());
    QVERIFY(dialog);
    auto *numbers = dialog->findChild<QListWidget *>(QStringLiteral("numbers"));
    auto *code = dialog->findChild<QComboBox *>(QStringLiteral("reasonCode"));
    auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reason"));
    QVERIFY(numbers && code && reason);
    QCOMPARE(numbers->count(), 5);
    QVERIFY(!dialog->okButton()->isEnabled());

    // Check the second and fourth number with Down and Space.
    numbers->setFocus();
    QCOMPARE(numbers->currentRow(), 0);
    QTest::keyClick(numbers, Qt::Key_Down);
    QTest::keyClick(numbers, Qt::Key_Space);
    QTest::keyClick(numbers, Qt::Key_Down);
    QTest::keyClick(numbers, Qt::Key_Down);
    QTest::keyClick(numbers, Qt::Key_Space);
    QCOMPARE(dialog->numbers(), (QStringList { five.at(1), five.at(3) }));
    QVERIFY(!dialog->okButton()->isEnabled()); // no reason yet
    code->setFocus();
    QTest::keyClick(code, Qt::Key_Down); // "BTN of another account"
    QCOMPARE(dialog->reasonCode(), QStringLiteral("btn-mismatch"));
    QTest::keyClicks(reason, QStringLiteral("Carrier: BTN on account 4411"));
    QVERIFY(dialog->okButton()->isEnabled());
    const QString effect = dialog->findChild<QLabel *>(QStringLiteral("effect"))->text();
    QVERIFY2(effect.contains(QLatin1String("3 go on")), qPrintable(effect));
    QTest::keyClick(reason, Qt::Key_Return);
    settle();
    QVERIFY(!openDialog<RejectNumbersDialog>(v.get()));

    const CaseRecord r = record(id);
    QCOMPARE_ENUM(r.state, CaseState::LoaSubmitted);
    QCOMPARE(r.rejectedNumbers(), (QSet<QString> { five.at(1), five.at(3) }));
    QVERIFY2(outcomeText(v.get()).contains(displayName(CaseEvent::RejectNumbers)),
        qPrintable(outcomeText(v.get())));
    // The case view: each group's count per status, each rejected number with why.
    settle();
    const QLabel *status = v->findChild<QLabel *>(QStringLiteral("carriers[0].numberStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Porting: 3 · Rejected: 2"));
    const QLabel *rejected = v->findChild<QLabel *>(QStringLiteral("carriers[0].rejected"));
    QVERIFY(rejected);
    QVERIFY2(rejected->text().contains(QStringLiteral("(206) 444-0014")), qPrintable(rejected->text()));
    QVERIFY2(rejected->text().contains(QStringLiteral("BTN of another account: Carrier: BTN on account 4411")),
        qPrintable(rejected->text()));
    // The history says why.
    const QString history = historyText(historyTable(v.get()));
    QVERIFY2(history.contains(QStringLiteral("Carrier: BTN on account 4411")), qPrintable(history));
    QVERIFY2(history.contains(QStringLiteral("(206) 444-0012")), qPrintable(history));

    // The next time only the three still porting are offered.
    click(actionButton(v.get(), CaseActions::Action::RejectNumbers));
    dialog = openDialog<RejectNumbersDialog>(v.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("numbers"))->count(), 3);
    QTest::keyClick(dialog, Qt::Key_Escape);
    settle();
}

// Checking every number left says, before OK, that the case ends.
void TestCaseView::rejectingEveryNumberIsSaidFirst()
{
    const QStringList two = seattleRange(31, 2);
    const qint64 id = portInAt(CaseState::CarrierApproved, two);
    QVERIFY(id > 0);
    auto v = view(Role::Support, id);
    click(actionButton(v.get(), CaseActions::Action::RejectNumbers));
    RejectNumbersDialog *dialog = openDialog<RejectNumbersDialog>(v.get());
    QVERIFY(dialog);
    auto *numbers = dialog->findChild<QListWidget *>(QStringLiteral("numbers"));
    numbers->setFocus();
    QTest::keyClick(numbers, Qt::Key_Space);
    QTest::keyClick(numbers, Qt::Key_Down);
    QTest::keyClick(numbers, Qt::Key_Space);
    const QString effect = dialog->findChild<QLabel *>(QStringLiteral("effect"))->text();
    QVERIFY2(effect.contains(QLatin1String("not portable")), qPrintable(effect));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reason")),
        QStringLiteral("Wireless numbers"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), Qt::Key_Return);
    settle();
    QCOMPARE_ENUM(record(id).state, CaseState::NotPortable);
    QVERIFY(!actionButton(v.get(), CaseActions::Action::RejectNumbers)->isEnabled());
}

void TestCaseView::changeRequestAnsweredWithNamedFieldsOnly()
{
    const qint64 id = portInAt(CaseState::LoaSubmitted);
    auto v = view(Role::Support, id);
    click(actionButton(v.get(), CaseActions::Action::RequestChange));
    RequestChangeDialog *ask = openDialog<RequestChangeDialog>(v.get());
    QVERIFY(ask);
    QVERIFY(!ask->okButton()->isEnabled());
    // The reason by keyboard: "Postal code differs" ticks the service address.
    QComboBox *reason = ask->reasonCombo();
    reason->setFocus();
    const QList<CaseTerms::ReasonCode> codes = CaseTerms::reasonCodes();
    int postal = -1;
    for (int i = 0; i < codes.size(); ++i) {
        if (codes.at(i).code == QLatin1String("postal-code"))
            postal = i + 1;
    }
    QVERIFY(postal > 0);
    for (int i = 0; i < postal; ++i)
        QTest::keyClick(reason, Qt::Key_Down);
    QCOMPARE(reason->currentData().toString(), QStringLiteral("postal-code"));
    // Passing other codes on the way ticked their fields only while chosen.
    QCOMPARE(ask->fields(), QStringList { QStringLiteral("serviceAddress") });
    QVERIFY(ask->okButton()->isEnabled());
    // And the account number too, by keyboard.
    QCheckBox *account = ask->fieldBox(QStringLiteral("accountNumber"));
    account->setFocus();
    QVERIFY(!account->isChecked());
    QTest::keyClick(account, Qt::Key_Space);
    QVERIFY(account->isChecked());
    QTest::keyClicks(ask->noteEdit(), QStringLiteral("carrier has 98104"));
    QCOMPARE(ask->fields(),
        (QStringList { QStringLiteral("accountNumber"), QStringLiteral("serviceAddress") }));
    QTest::keyClick(ask->noteEdit(), Qt::Key_Return);
    settle();
    QCOMPARE_ENUM(record(id).state, CaseState::ChangeRequested);
    QString history = historyText(historyTable(v.get()));
    QVERIFY2(
        history.contains(QStringLiteral("Account number, Service address")), qPrintable(history));
    QVERIFY2(history.contains(QStringLiteral("Postal code differs — carrier has 98104")),
        qPrintable(history));

    // The admin: Submit LOA points to the correction, which is the way.
    v->setRole(Role::Admin);
    QPushButton *submit = actionButton(v.get(), CaseActions::Action::SubmitLoa);
    QVERIFY(!submit->isEnabled());
    QVERIFY(submit->toolTip().contains(QStringLiteral("Correct and resubmit")));
    click(actionButton(v.get(), CaseActions::Action::Correct));
    CorrectRequestDialog *fix = openDialog<CorrectRequestDialog>(v.get());
    QVERIFY(fix);
    QCOMPARE(fix->groupCount(), 1);
    QCOMPARE(fix->namedFields(),
        (QStringList { QStringLiteral("accountNumber"), QStringLiteral("serviceAddress") }));
    for (const char *field :
        { "productType", "adminEmail", "requestedPortAt", "btnOption", "newBtn" })
        QVERIFY2(!fix->requestFieldEditor(QLatin1String(field)), field);
    QVERIFY(!fix->numbersEditor(0));
    CarrierGroupForm *form = fix->groupForm(0);
    const QStringList editable = { QStringLiteral("accountNumberEdit"),
        QStringLiteral("streetEdit"), QStringLiteral("cityEdit"), QStringLiteral("zipEdit") };
    const QList<QLineEdit *> edits = form->findChildren<QLineEdit *>();
    QVERIFY(edits.size() >= 9);
    for (QLineEdit *edit : edits) {
        const bool expected = editable.contains(edit->objectName());
        QVERIFY2(edit->isReadOnly() != expected, qPrintable(edit->objectName()));
    }
    // The account number is masked in the form too.
    QLineEdit *accountEdit = form->findChild<QLineEdit *>(QStringLiteral("accountNumberEdit"));
    QCOMPARE(accountEdit->echoMode(), QLineEdit::Password);
    // Typing into a read-only field changes nothing.
    QLineEdit *customer = form->findChild<QLineEdit *>(QStringLiteral("customerNameEdit"));
    QTest::keyClicks(customer, QStringLiteral("XYZ"));
    accountEdit->setFocus();
    accountEdit->selectAll();
    QTest::keyClicks(accountEdit, QStringLiteral("555123"));
    QLineEdit *zip = form->findChild<QLineEdit *>(QStringLiteral("zipEdit"));
    zip->selectAll();
    QTest::keyClicks(zip, QStringLiteral("98104"));
    QPointer<CorrectRequestDialog> watch(fix);
    {
        // The corrected LOA is signed before it is resubmitted: the sign
        // dialog opens for the one carrier group it changes.
        SignDialogAnswerer answer(QStringLiteral("CFO"));
        QTest::keyClick(zip, Qt::Key_Return);
        QCOMPARE(answer.groups(), QList<int> { 0 });
        QCOMPARE(answer.names(), QStringList { QStringLiteral("Jane Roe") });
    }
    if (watch && watch->isVisible())
        QFAIL(qPrintable(watch->messages().join(QLatin1Char('\n'))));
    settle();
    QVERIFY(!openDialog<CorrectRequestDialog>(v.get()));
    const QList<LoaVersion> versions = m_service->loas.loaVersions(id);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.last().version, 2);
    QCOMPARE(versions.last().signer.title, QStringLiteral("CFO"));
    QCOMPARE(versions.last().content.value(QLatin1String("accountNumber")).toString(),
        QStringLiteral("555123"));
    QVERIFY(m_service->loas.loaSubmitBlockers(id).isEmpty());
    const CaseRecord r = record(id);
    QCOMPARE_ENUM(r.state, CaseState::LoaSubmitted);
    QCOMPARE(r.portIn.carriers.first().accountNumber, QStringLiteral("555123"));
    QCOMPARE(r.portIn.carriers.first().serviceAddress.zip, QStringLiteral("98104"));
    QCOMPARE(r.portIn.carriers.first().customerName, QStringLiteral("Example Corp"));
    history = historyText(historyTable(v.get()));
    QVERIFY2(history.contains(
                 QStringLiteral("Corrected Account number, Service address and resubmitted")),
        qPrintable(history));
    // The round shows on the timeline.
    QStringList keys;
    for (const Milestone &m : timeline(v.get())->milestones())
        keys << m.key + QLatin1Char('/') + QString::number(m.round);
    QVERIFY(keys.contains(QStringLiteral("change-requested/1")));
    QVERIFY(keys.contains(QStringLiteral("loa-submitted/1")));
    // The secret never got into the view's texts.
    QVERIFY(!requestText(v.get()).contains(QStringLiteral("555123")));
    QVERIFY(!history.contains(QStringLiteral("555123")));
}

void TestCaseView::correctionUnchangedAsksFirst()
{
    const qint64 id = portInAt(CaseState::ChangeRequested);
    auto v = view(Role::Admin, id);
    click(actionButton(v.get(), CaseActions::Action::Correct));
    CorrectRequestDialog *fix = openDialog<CorrectRequestDialog>(v.get());
    QVERIFY(fix);
    QVERIFY(!fix->changed());
    Dialogs::queueButtonAnswer(QMessageBox::No);
    click(fix->okButton());
    QVERIFY(fix->isVisible());
    QCOMPARE(Dialogs::takeShownMessages().size(), 1);
    QCOMPARE_ENUM(record(id).state, CaseState::ChangeRequested);
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    click(fix->okButton());
    QVERIFY(!openDialog<CorrectRequestDialog>(v.get()));
    QCOMPARE_ENUM(record(id).state, CaseState::LoaSubmitted);
}

void TestCaseView::refusedCorrectionIsNotSigned()
{
    // The carrier named the BTN; the admin types one that is not a number.
    // The correction is refused before anyone is asked to sign it.
    const qint64 id = portInAt(CaseState::LoaSubmitted);
    EventArgs change;
    change.fields = { QStringLiteral("btn") };
    change.reason = QStringLiteral("btn");
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::RequestChange, Role::Support, change));
    auto v = view(Role::Admin, id);
    click(actionButton(v.get(), CaseActions::Action::Correct));
    CorrectRequestDialog *fix = openDialog<CorrectRequestDialog>(v.get());
    QVERIFY(fix);
    QLineEdit *btn = fix->groupForm(0)->findChild<QLineEdit *>(QStringLiteral("btnEdit"));
    QVERIFY(btn && !btn->isReadOnly());
    btn->selectAll();
    QTest::keyClicks(btn, QStringLiteral("555"));
    {
        SignDialogAnswerer answer(QStringLiteral("Controller"));
        click(fix->okButton());
        QTest::qWait(100);
        QCOMPARE(answer.groups(), QList<int> {});
    }
    QVERIFY(fix->isVisible());
    QCOMPARE_ENUM(record(id).state, CaseState::ChangeRequested);
    QCOMPARE(m_service->loas.loaVersions(id).size(), 1);
    fix->reject();
}

void TestCaseView::correctionWaitsForSignature()
{
    const qint64 id = portInAt(CaseState::ChangeRequested); // the account number
    auto v = view(Role::Admin, id);
    click(actionButton(v.get(), CaseActions::Action::Correct));
    CorrectRequestDialog *fix = openDialog<CorrectRequestDialog>(v.get());
    QVERIFY(fix);
    QLineEdit *account
        = fix->groupForm(0)->findChild<QLineEdit *>(QStringLiteral("accountNumberEdit"));
    QVERIFY(account && !account->isReadOnly());
    account->selectAll();
    QTest::keyClicks(account, QStringLiteral("777000111"));
    QVERIFY(fix->changed());
    {
        // Escape in the sign dialog: nothing is signed or resubmitted, and
        // the correction stays open to try again.
        SignDialogAnswerer answer { QString() };
        click(fix->okButton());
        QCOMPARE(answer.groups(), QList<int> { 0 });
    }
    QVERIFY(fix->isVisible());
    QCOMPARE_ENUM(record(id).state, CaseState::ChangeRequested);
    QCOMPARE(m_service->loas.loaVersions(id).size(), 1);
    {
        SignDialogAnswerer answer(QStringLiteral("Controller"));
        click(fix->okButton());
        QCOMPARE(answer.groups(), QList<int> { 0 });
    }
    settle();
    QVERIFY(!openDialog<CorrectRequestDialog>(v.get()));
    QCOMPARE_ENUM(record(id).state, CaseState::LoaSubmitted);
    QCOMPARE(record(id).portIn.carriers.first().accountNumber, QStringLiteral("777000111"));
    const QList<LoaGroupStatus> loas = m_service->loas.loaStatus(id);
    QCOMPARE(toString(loas.first().state), QStringLiteral("signed"));
    QCOMPARE(loas.first().version.version, 2);
    QCOMPARE(loas.first().version.signer.title, QStringLiteral("Controller"));
}

void TestCaseView::adminAsksForAnotherFocDate()
{
    const qint64 id = portInAt(CaseState::FocReceived);
    auto v = view(Role::Admin, id);
    QVERIFY(stateText(v.get()).contains(QStringLiteral("UTC−04:00")));
    click(actionButton(v.get(), CaseActions::Action::RejectFoc));
    ReasonDialog *dialog = openDialog<ReasonDialog>(v.get());
    QVERIFY(dialog);
    QVERIFY(dialog->okButton()->isEnabled()); // the reason is optional here
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Any day after the 31st"));
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    settle();
    CaseRecord r = record(id);
    QCOMPARE_ENUM(r.state, CaseState::CarrierApproved);
    QVERIFY(!r.focAt.isValid());
    QVERIFY(historyText(historyTable(v.get())).contains(QStringLiteral("Any day after the 31st")));
    // The FOC is ahead again on the timeline.
    for (const Milestone &m : timeline(v.get())->milestones()) {
        if (m.key == QLatin1String("foc-received"))
            QVERIFY(m.projected);
    }
    // Support sets another date; the admin confirms it.
    v->setRole(Role::Support);
    click(actionButton(v.get(), CaseActions::Action::SetFoc));
    SetFocDialog *foc = openDialog<SetFocDialog>(v.get());
    QVERIFY(foc);
    foc->editor()->setDateTime(QDateTime(QDate(2026, 4, 1), QTime(11, 0), Qt::UTC));
    click(foc->okButton());
    QCOMPARE_ENUM(record(id).state, CaseState::FocReceived);
    v->setRole(Role::Admin);
    click(actionButton(v.get(), CaseActions::Action::ConfirmFoc));
    r = record(id);
    QCOMPARE_ENUM(r.state, CaseState::FocConfirmed);
    QCOMPARE(r.focAt, QDateTime(QDate(2026, 4, 1), QTime(11, 0), Qt::OffsetFromUTC, -4 * 3600));
}

void TestCaseView::cancelIsConfirmed()
{
    const qint64 id = portInAt(CaseState::LoaRequested);
    auto v = view(Role::Admin, id);
    click(actionButton(v.get(), CaseActions::Action::Cancel));
    ReasonDialog *dialog = openDialog<ReasonDialog>(v.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Office moves; numbers stay"));
    // "No" to the confirmation: nothing happens, the dialog stays.
    Dialogs::queueButtonAnswer(QMessageBox::No);
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    settle();
    QVERIFY(dialog->isVisible());
    QCOMPARE_ENUM(record(id).state, CaseState::LoaRequested);
    const QStringList asked = Dialogs::takeShownMessages();
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QString::number(id)));
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    settle();
    QCOMPARE_ENUM(record(id).state, CaseState::Cancelled);
    QVERIFY(historyText(historyTable(v.get())).contains(QStringLiteral("Office moves; numbers stay")));
    QCOMPARE(timeline(v.get())->milestones().last().key, QStringLiteral("cancelled"));
}

void TestCaseView::portOutPinAndPortedOut()
{
    const qint64 id = portOutCase();
    QVERIFY(id > 0);
    auto v = view(Role::Support, id);
    QVERIFY(requestText(v.get()).contains(QStringLiteral("(206) 444-0070")));
    click(actionButton(v.get(), CaseActions::Action::IssuePin));
    IssuePinDialog *dialog = openDialog<IssuePinDialog>(v.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->accountIdEdit(), QStringLiteral("PD-77"));
    // A weak PIN typed over the proposal: refused beside the field, nothing sent.
    dialog->pinEdit()->clear();
    QTest::keyClicks(dialog->pinEdit(), QStringLiteral("123456"));
    QTest::keyClick(dialog->pinEdit(), Qt::Key_Return);
    settle();
    QVERIFY(dialog->isVisible());
    QCOMPARE_ENUM(record(id).state, CaseState::Submitted);
    QCOMPARE(dialog->messages().size(), 1);
    QVERIFY2(dialog->messages().first().contains(QStringLiteral("sequence")),
        qPrintable(dialog->messages().first()));
    click(dialog->generateButton());
    QVERIFY(dialog->messages().isEmpty());
    const QString pin = dialog->pin();
    QCOMPARE(pin.size(), 6);
    QVERIFY(std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit(); }));
    // Generated: shown, to read or copy once.
    QCOMPARE(dialog->pinEdit()->echoMode(), QLineEdit::Normal);
    QTest::keyClick(dialog->accountIdEdit(), Qt::Key_Return);
    settle();
    CaseRecord r = record(id);
    QCOMPARE_ENUM(r.state, CaseState::PinIssued);
    QCOMPARE(r.portOutAccountId, QStringLiteral("PD-77"));
    QCOMPARE(r.portOutPin, pin);
    // Masked until revealed; never in the history.
    QVERIFY(!requestText(v.get()).contains(pin));
    QVERIFY(!requestText(v.get()).contains(QStringLiteral("PD-77")));
    QVERIFY(!historyText(historyTable(v.get())).contains(pin));
    QVERIFY(!historyText(historyTable(v.get())).contains(QStringLiteral("PD-77")));
    click(revealButton(v.get(), QStringLiteral("portOut.pin")));
    QCOMPARE(secretLabel(v.get(), QStringLiteral("portOut.pin"))->text(), pin);

    // Mark ported out: asked first.
    Dialogs::queueButtonAnswer(QMessageBox::No);
    click(actionButton(v.get(), CaseActions::Action::PortedOut));
    QCOMPARE_ENUM(record(id).state, CaseState::PinIssued);
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    click(actionButton(v.get(), CaseActions::Action::PortedOut));
    QCOMPARE_ENUM(record(id).state, CaseState::PortedOut);
    v->setRole(Role::Admin);
    QPushButton *cancel = actionButton(v.get(), CaseActions::Action::Cancel);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!cancel->toolTip().isEmpty());
    QStringList keys;
    for (const Milestone &m : timeline(v.get())->milestones())
        keys << m.key + (m.projected ? QStringLiteral("?") : QString());
    QCOMPARE(keys,
        (QStringList { QStringLiteral("submitted"), QStringLiteral("pin-issued"),
            QStringLiteral("ported-out"), QStringLiteral("closed?") }));
}

void TestCaseView::actionAvailability_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<QString>("role");
    QTest::addColumn<CaseActions::Action>("action");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("tooltipSays"); // a part of the tooltip
    QTest::addColumn<bool>("signLoas"); // the LOAs signed beforehand (through the service)

    using A = CaseActions::Action;
    QTest::newRow("admin cannot answer portability")
        << CaseState::Submitted << "admin" << A::Portable << false << "Only support" << false;
    QTest::newRow("support answers portability")
        << CaseState::Submitted << "support" << A::Portable << true << "can be ported" << false;
    QTest::newRow("LOA only after portable") << CaseState::Submitted << "support" << A::RequestLoa
                                             << false << "waits for support's answer" << false;
    QTest::newRow("support cannot cancel")
        << CaseState::Submitted << "support" << A::Cancel << false << "Only the admin" << false;
    QTest::newRow("admin may cancel early")
        << CaseState::Portable << "admin" << A::Cancel << true << "reason" << false;
    QTest::newRow("admin submits signed LOA")
        << CaseState::LoaRequested << "admin" << A::SubmitLoa << true << "LOA" << true;
    QTest::newRow("unsigned LOA not submitted")
        << CaseState::LoaRequested << "admin" << A::SubmitLoa << false << "is not signed" << false;
    QTest::newRow("support cannot submit LOA")
        << CaseState::LoaRequested << "support" << A::SubmitLoa << false << "Only the admin"
        << false;
    QTest::newRow("nothing to correct") << CaseState::LoaRequested << "admin" << A::Correct << false
                                        << "no change request" << false;
    QTest::newRow("submit points to correct")
        << CaseState::ChangeRequested << "admin" << A::SubmitLoa << false << "Correct and resubmit"
        << false;
    QTest::newRow("correct when asked")
        << CaseState::ChangeRequested << "admin" << A::Correct << true << "named" << false;
    QTest::newRow("support cannot correct") << CaseState::ChangeRequested << "support" << A::Correct
                                            << false << "Only the admin" << false;
    QTest::newRow("verdict after LOA")
        << CaseState::LoaSubmitted << "support" << A::Approve << true << "approved" << false;
    QTest::newRow("change only after LOA") << CaseState::LoaRequested << "support"
                                           << A::RequestChange << false << "LOA requested" << false;
    QTest::newRow("FOC after approval")
        << CaseState::CarrierApproved << "support" << A::SetFoc << true << "FOC" << false;
    QTest::newRow("admin cannot set FOC")
        << CaseState::CarrierApproved << "admin" << A::SetFoc << false << "Only support" << false;
    QTest::newRow("confirm needs a FOC") << CaseState::CarrierApproved << "admin" << A::ConfirmFoc
                                         << false << "waits for support to record the FOC" << false;
    QTest::newRow("admin confirms")
        << CaseState::FocReceived << "admin" << A::ConfirmFoc << true << "FOC" << false;
    QTest::newRow("support cannot confirm") << CaseState::FocReceived << "support" << A::ConfirmFoc
                                            << false << "Only the admin" << false;
    QTest::newRow("another date") << CaseState::FocReceived << "admin" << A::RejectFoc << true
                                  << "another" << false;
    QTest::newRow("no new date once confirmed")
        << CaseState::FocConfirmed << "admin" << A::RejectFoc << false << "FOC confirmed" << false;
    QTest::newRow("support may reset FOC")
        << CaseState::FocReceived << "support" << A::SetFoc << true << "FOC" << false;
    QTest::newRow("support rejects numbers") << CaseState::LoaSubmitted << "support"
                                             << A::RejectNumbers << true << "rest go on" << false;
    QTest::newRow("admin cannot reject numbers") << CaseState::LoaSubmitted << "admin"
                                                 << A::RejectNumbers << false << "Only support"
                                                 << false;
}

void TestCaseView::actionAvailability()
{
    QFETCH(CaseState, state);
    QFETCH(QString, role);
    QFETCH(CaseActions::Action, action);
    QFETCH(bool, enabled);
    QFETCH(QString, tooltipSays);
    QFETCH(bool, signLoas);
    Role r = Role::Admin;
    QVERIFY(roleFromString(role, &r));
    const qint64 id = portInAt(state);
    QVERIFY(id > 0);
    if (signLoas)
        VERIFY_OK(signAllLoas(*m_service, id));
    QCOMPARE_ENUM(record(id).state, state);
    auto v = view(r, id);
    QPushButton *button = actionButton(v.get(), action);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->isEnabled(), enabled);
    QVERIFY2(button->toolTip().contains(tooltipSays), qPrintable(button->toolTip()));
    // A disabled button cannot be pressed by keyboard either.
    if (!enabled) {
        QSignalSpy changed(v.get(), &CaseView::caseChanged);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        settle();
        QCOMPARE(changed.count(), 0);
        QCOMPARE_ENUM(record(id).state, state);
    }
}

void TestCaseView::actionsOfTheOtherKindHidden()
{
    const qint64 in = portInAt(CaseState::Submitted);
    const qint64 out = portOutCase();
    QVERIFY(in > 0 && out > 0);
    auto v = view(Role::Support, in);
    QVERIFY(actionButton(v.get(), CaseActions::Action::Portable)->isVisible());
    QVERIFY(!actionButton(v.get(), CaseActions::Action::IssuePin)->isVisible());
    QVERIFY(!actionButton(v.get(), CaseActions::Action::PortedOut)->isVisible());
    v->showCase(out);
    QVERIFY(!actionButton(v.get(), CaseActions::Action::Portable)->isVisible());
    QVERIFY(!actionButton(v.get(), CaseActions::Action::SetFoc)->isVisible());
    QVERIFY(actionButton(v.get(), CaseActions::Action::IssuePin)->isVisible());
    QVERIFY(actionButton(v.get(), CaseActions::Action::IssuePin)->isEnabled());
    QVERIFY(actionButton(v.get(), CaseActions::Action::Cancel)->isVisible());
}

void TestCaseView::refusalShownWhenCaseMovedOn()
{
    // Another program takes the step first: the click is refused, said so,
    // and the view shows the case as it is now.
    const qint64 id = portInAt(CaseState::Submitted);
    auto v = view(Role::Support, id);
    QVERIFY(m_service->cases.advance(id, CaseEvent::Portable, Role::Support, {}).ok());
    QSignalSpy changed(v.get(), &CaseView::caseChanged);
    click(actionButton(v.get(), CaseActions::Action::Portable));
    QCOMPARE(changed.count(), 0);
    QVERIFY2(outcomeText(v.get()).startsWith(QStringLiteral("Not done")), qPrintable(outcomeText(v.get())));
    QVERIFY(stateText(v.get()).startsWith(displayName(CaseState::Portable)));
    QVERIFY(!actionButton(v.get(), CaseActions::Action::Portable)->isEnabled());
    QVERIFY(actionButton(v.get(), CaseActions::Action::RequestLoa)->isEnabled());
}

void TestCaseView::conflictKeepsInputAndRefreshes()
{
    // Two people, one case: the view shows version 6 (FOC received); while
    // support types another FOC, a colleague records one through another
    // connection. OK is refused with who and when, the dialog keeps the
    // date typed, and the view shows the colleague's FOC.
    const qint64 id = portInAt(CaseState::FocReceived);
    QVERIFY(id > 0);
    auto v = view(Role::Support, id);
    const int rowsBefore = historyTable(v.get())->model()->rowCount();
    click(actionButton(v.get(), CaseActions::Action::SetFoc));
    SetFocDialog *foc = openDialog<SetFocDialog>(v.get());
    QVERIFY(foc);
    const QDateTime typed(QDate(2026, 3, 26), QTime(9, 30), Qt::UTC);
    foc->editor()->setDateTime(typed);
    QVERIFY(foc->okButton()->isEnabled());

    StoreStatus status;
    auto otherStore = Store::open(m_db->url(), &status);
    QVERIFY2(otherStore, qPrintable(status.message));
    Services other(*otherStore);
    EventArgs theirs;
    theirs.focAt = focTime().addSecs(3600);
    VERIFY_OK(other.cases.advance(
        id, CaseEvent::SetFoc, Role::Support, theirs, ChangeBasis::atVersion(6)));

    QSignalSpy changed(v.get(), &CaseView::caseChanged);
    click(foc->okButton());
    QVERIFY(foc->isVisible());
    QCOMPARE(foc->editor()->dateTime(), typed);
    const QString expected = QStringLiteral("Case %1 was changed by %2 at 2026-03-02 15:00:00 UTC "
                                            "(Set FOC; now version 7, yours was 6); your change "
                                            "was not applied.")
                                 .arg(id)
                                 .arg(otherStore->login());
    QVERIFY2(
        foc->messages().contains(expected), qPrintable(foc->messages().join(QLatin1Char('\n'))));
    QVERIFY2(outcomeText(v.get()).contains(expected), qPrintable(outcomeText(v.get())));
    QCOMPARE(changed.count(), 0);
    // The view was read again: the colleague's step is in its history.
    QCOMPARE(historyTable(v.get())->model()->rowCount(), rowsBefore + 1);
    QCOMPARE(record(id).focAt, theirs.focAt);
    QCOMPARE(record(id).version, 7);

    // OK again, now on what the view shows: applied, the dialog closes.
    click(foc->okButton());
    QVERIFY(!openDialog<SetFocDialog>(v.get()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(record(id).version, 8);
    QVERIFY(record(id).focAt != theirs.focAt);
    QCOMPARE(historyTable(v.get())->model()->rowCount(), rowsBefore + 2);
}

void TestCaseView::secretsMaskedUntilRevealed()
{
    const qint64 id = portInAt(CaseState::Submitted);
    const qint64 other = portInAt(CaseState::Submitted, seattleRange(40, 2));
    auto v = view(Role::Support, id);
    const QString text = requestText(v.get());
    QVERIFY(!text.contains(secretAccount()));
    QVERIFY(!text.contains(secretPin()));
    QVERIFY(text.contains(QStringLiteral("(206) 444-0001")));
    QVERIFY(text.contains(QStringLiteral("(206) 444-9900"))); // the BTN
    QVERIFY(text.contains(QStringLiteral("Jane Roe")));
    QVERIFY(text.contains(QStringLiteral("1 Main St, Seattle, WA 98101")));
    QVERIFY(text.contains(QStringLiteral("admin@example.com")));
    const QString account = QStringLiteral("carriers[0].accountNumber");
    QLabel *label = secretLabel(v.get(), account);
    QVERIFY(label);
    QVERIFY(label->accessibleName().contains(QStringLiteral("hidden")));
    QAbstractButton *reveal = revealButton(v.get(), account);
    reveal->setFocus();
    QTest::keyClick(reveal, Qt::Key_Space);
    QCOMPARE(label->text(), secretAccount());
    QVERIFY(!requestText(v.get()).contains(secretPin())); // one at a time
    // A reload keeps what the reader revealed; another case starts masked.
    v->reload();
    QCOMPARE(secretLabel(v.get(), account)->text(), secretAccount());
    v->showCase(other);
    QVERIFY(!requestText(v.get()).contains(secretAccount()));
    v->showCase(id);
    QVERIFY(!requestText(v.get()).contains(secretAccount()));
    // Reveal then hide again.
    revealButton(v.get(), account)->click();
    revealButton(v.get(), account)->click();
    QVERIFY(!requestText(v.get()).contains(secretAccount()));
}

void TestCaseView::revealIsAPermission()
{
    // Support may read a port-in's account number, not its PIN: that
    // toggle is disabled and says why; the admin may reveal both. Each reveal
    // is recorded in the history, who and which secret, never its value.
    const qint64 id = portInAt(CaseState::Submitted);
    const QString account = QStringLiteral("carriers[0].accountNumber");
    const QString pin = QStringLiteral("carriers[0].pin");
    auto support = view(Role::Support, id);
    QAbstractButton *pinReveal = revealButton(support.get(), pin);
    QVERIFY(pinReveal);
    QVERIFY(!pinReveal->isEnabled());
    QVERIFY2(pinReveal->toolTip().contains(QStringLiteral("Support may not reveal the PIN of carrier group 1")),
        qPrintable(pinReveal->toolTip()));
    QVERIFY(!requestText(support.get()).contains(secretPin()));
    const int before = int(record(id).events.size());
    click(revealButton(support.get(), account));
    QCOMPARE(secretLabel(support.get(), account)->text(), secretAccount());
    const CaseRecord afterSupport = record(id);
    QCOMPARE(int(afterSupport.events.size()), before + 1);
    QCOMPARE_ENUM(afterSupport.events.last().event.event, CaseEvent::Reveal);
    QCOMPARE_ENUM(afterSupport.events.last().event.actor, Role::Support);
    QCOMPARE_ENUM(afterSupport.state, CaseState::Submitted);
    // The view read the case again: the history tells it, the secret stays shown.
    const QString history = historyText(historyTable(support.get()));
    QVERIFY2(history.contains(displayName(CaseEvent::Reveal)), qPrintable(history));
    QVERIFY2(history.contains(QStringLiteral("Revealed the account number of carrier group 1 (Example Telecom)")),
        qPrintable(history));
    QVERIFY(!history.contains(secretAccount()));
    QCOMPARE(secretLabel(support.get(), account)->text(), secretAccount());
    // Hiding is not a reveal.
    click(revealButton(support.get(), account));
    QCOMPARE(int(record(id).events.size()), before + 1);

    auto admin = view(Role::Admin, id);
    QVERIFY(revealButton(admin.get(), pin)->isEnabled());
    revealButton(admin.get(), pin)->setFocus();
    QTest::keyClick(revealButton(admin.get(), pin), Qt::Key_Space);
    settle();
    QCOMPARE(secretLabel(admin.get(), pin)->text(), secretPin());
    const CaseRecord afterAdmin = record(id);
    QCOMPARE(int(afterAdmin.events.size()), before + 2);
    QCOMPARE_ENUM(afterAdmin.events.last().event.actor, Role::Admin);
    QVERIFY(historyText(historyTable(admin.get())).contains(QStringLiteral("Revealed the PIN of carrier group 1")));
}

void TestCaseView::commentsByRole()
{
    const qint64 id = portInAt(CaseState::LoaRequested);
    auto admin = view(Role::Admin, id);
    QVERIFY(internalNoteBox(admin.get())->isHidden());
    // Empty: refused with a message, nothing stored.
    click(postCommentButton(admin.get()));
    QVERIFY(m_service->comments.listComments(id, true).isEmpty());
    bool said = false;
    for (const QLabel *label : admin->findChildren<QLabel *>())
        said = said
            || (!label->isHidden() && label->text().contains(QStringLiteral("Write something")));
    QVERIFY(said);
    // Ctrl+Enter in the editor posts.
    admin->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(admin.get()));
    sections(admin.get())->setCurrentWidget(commentEditor(admin.get())->parentWidget());
    commentEditor(admin.get())->setFocus();
    QTest::keyClicks(commentEditor(admin.get()), QStringLiteral("Mornings work best"));
    QTest::keyClick(commentEditor(admin.get()), Qt::Key_Return, Qt::ControlModifier);
    settle();
    QCOMPARE(m_service->comments.listComments(id, true).size(), 1);
    QVERIFY(commentEditor(admin.get())->toPlainText().isEmpty());
    // The case's PIN in a comment: refused, named (not repeated), and what
    // was typed stays to be edited.
    const QString withPin = QStringLiteral("Their PIN is %1").arg(storetest::secretPin());
    QTest::keyClicks(commentEditor(admin.get()), withPin);
    QTest::keyClick(commentEditor(admin.get()), Qt::Key_Return, Qt::ControlModifier);
    settle();
    QCOMPARE(m_service->comments.listComments(id, true).size(), 1);
    QCOMPARE(commentEditor(admin.get())->toPlainText(), withPin);
    QVERIFY(commentEditor(admin.get())->hasFocus());
    said = false;
    for (const QLabel *label : admin->findChildren<QLabel *>()) {
        if (label->isHidden())
            continue;
        QVERIFY(!label->text().contains(storetest::secretPin()));
        said = said || label->text().contains(QStringLiteral("contains the PIN of carrier group 1"));
    }
    QVERIFY(said);
    commentEditor(admin.get())->clear();

    auto support = view(Role::Support, id);
    QVERIFY(!internalNoteBox(support.get())->isHidden());
    QTest::keyClicks(commentEditor(support.get()), QStringLiteral("Carrier desk is slow this week"));
    internalNoteBox(support.get())->setFocus();
    QTest::keyClick(internalNoteBox(support.get()), Qt::Key_Space);
    QVERIFY(internalNoteBox(support.get())->isChecked());
    click(postCommentButton(support.get()));
    QTest::keyClicks(commentEditor(support.get()), QStringLiteral("LOA received, thanks"));
    internalNoteBox(support.get())->setChecked(false);
    click(postCommentButton(support.get()));

    const QList<CaseComment> all = m_service->comments.listComments(id, true);
    QCOMPARE(all.size(), 3);
    QVERIFY(all.at(1).internal);
    QCOMPARE_ENUM(all.at(1).authorRole, Role::Support);
    QCOMPARE(all.at(1).author, QStringLiteral("Tester"));
    QVERIFY(!all.at(2).internal);

    const QString supportThread = commentThread(support.get())->toPlainText();
    QVERIFY(supportThread.contains(QStringLiteral("Carrier desk is slow this week")));
    QVERIFY(supportThread.contains(QStringLiteral("Internal")));
    QCOMPARE(shownComments(support.get()).size(), 3);

    admin->reload();
    const QString adminThread = commentThread(admin.get())->toPlainText();
    QVERIFY(adminThread.contains(QStringLiteral("Mornings work best")));
    QVERIFY(adminThread.contains(QStringLiteral("LOA received, thanks")));
    QVERIFY(!adminThread.contains(QStringLiteral("Carrier desk is slow")));
    QCOMPARE(shownComments(admin.get()).size(), 2);
    for (const CaseComment &c : shownComments(admin.get()))
        QVERIFY(!c.internal);
    // Switching the same view to support shows the internal note.
    admin->setRole(Role::Support);
    QVERIFY(commentThread(admin.get())->toPlainText().contains(QStringLiteral("Carrier desk is slow")));
    // The tab says how many.
    QTabWidget *tabs = sections(admin.get());
    bool counted = false;
    for (int i = 0; i < tabs->count(); ++i)
        counted = counted || tabs->tabText(i).contains(QStringLiteral("(3)"));
    QVERIFY(counted);
}

void TestCaseView::loaHooks()
{
    // What the LOA section says about submitting is the button's.
    const qint64 id = portInAt(CaseState::LoaRequested);
    auto v = view(Role::Admin, id);
    QString blocked = QStringLiteral("Sign the LOA of carrier group 1 first.");
    QList<qint64> asked;
    v->setSubmitLoaBlocker([&](qint64 caseId) {
        asked << caseId;
        return blocked;
    });
    QPushButton *submit = actionButton(v.get(), CaseActions::Action::SubmitLoa);
    QVERIFY(!submit->isEnabled());
    QCOMPARE(submit->toolTip(), blocked);
    QVERIFY(asked.contains(id));
    // (The service itself still wants the signature.)
    VERIFY_OK(signAllLoas(*m_service, id));
    blocked.clear();
    v->reload();
    QVERIFY(submit->isEnabled());
    click(submit);
    QCOMPARE_ENUM(record(id).state, CaseState::LoaSubmitted);

    // Before a correction is resubmitted: false stops it, true lets it go.
    EventArgs change;
    change.fields = { QStringLiteral("pin") };
    change.reason = QStringLiteral("pin");
    QVERIFY(m_service->cases.advance(id, CaseEvent::RequestChange, Role::Support, change).ok());
    v->reload();
    bool allow = false;
    QList<PortInRequest> seen;
    v->setBeforeResubmit([&](qint64 caseId, const PortInRequest &corrected) {
        if (caseId == id)
            seen << corrected;
        // Letting it go means the corrected LOA is signed, as the default hook does.
        return allow && signAllLoas(*m_service, caseId, &corrected).ok();
    });
    click(actionButton(v.get(), CaseActions::Action::Correct));
    CorrectRequestDialog *fix = openDialog<CorrectRequestDialog>(v.get());
    QVERIFY(fix);
    QLineEdit *pin = fix->groupForm(0)->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    QVERIFY(pin && !pin->isReadOnly());
    pin->selectAll();
    QTest::keyClicks(pin, QStringLiteral("2468"));
    click(fix->okButton());
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().carriers.first().pin, QStringLiteral("2468"));
    QVERIFY(fix->isVisible());
    QCOMPARE_ENUM(record(id).state, CaseState::ChangeRequested);
    allow = true;
    click(fix->okButton());
    QCOMPARE(seen.size(), 2);
    QCOMPARE_ENUM(record(id).state, CaseState::LoaSubmitted);
    QCOMPARE(record(id).portIn.carriers.first().pin, QStringLiteral("2468"));
}

void TestCaseView::noCase()
{
    CaseView v(*m_service);
    v.showCase(0);
    QVERIFY(!v.caseLoaded());
    for (CaseActions::Action a : CaseActions::actions())
        QVERIFY(!actionButton(&v, a)->isEnabled());
    QVERIFY(timeline(&v)->milestones().isEmpty());
    v.showCase(999);
    QVERIFY(!v.caseLoaded());
    QVERIFY(headingText(&v).contains(QStringLiteral("999")));
}

// Not a check: pictures for people to look at (README, reviews). Runs only
// when PORTDESK_SCREENSHOT_DIR names a folder.
void TestCaseView::screenshots()
{
    const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PORTDESK_SCREENSHOT_DIR is not set");
    const QDateTime now(QDate(2026, 3, 12), QTime(16, 0), Qt::UTC);
    QString error;
    QVERIFY2(SampleStore::populate(*m_service, now, &error) > 0, qPrintable(error));
    m_clock.set(now);
    Clock::setInstance(&m_clock);
    // The open case with the most change rounds (and comments).
    qint64 best = 0;
    int most = -1;
    for (const CaseSummary &c : m_service->cases.listCases()) {
        const CaseRecord r = record(c.id);
        int rounds = 0;
        for (const CaseEventRecord &e : r.events)
            rounds += e.event.event == CaseEvent::RequestChange ? 1 : 0;
        if (c.kind == CaseKind::PortIn && CaseStateMachine::isOpen(c.state) && rounds > most) {
            most = rounds;
            best = c.id;
        }
    }
    QVERIFY(best > 0);
    struct Shot {
        const char *name;
        Role role;
        int width;
        bool dark;
        int tab;
    };
    for (const Shot &shot : { Shot { "caseview-support", Role::Support, 1100, false, 0 },
             Shot { "caseview-admin-history", Role::Admin, 1100, false, 1 },
             Shot { "caseview-support-comments-dark", Role::Support, 1100, true, 2 },
             Shot { "caseview-narrow", Role::Support, 560, false, 0 },
             Shot { "caseview-admin-loas-files", Role::Admin, 1100, false, 3 } }) {
        CaseView v(*m_service);
        if (shot.dark) {
            QPalette pal;
            pal.setColor(QPalette::Window, QColor(45, 45, 48));
            pal.setColor(QPalette::WindowText, QColor(230, 230, 230));
            pal.setColor(QPalette::Base, QColor(30, 30, 32));
            pal.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
            pal.setColor(QPalette::Text, QColor(230, 230, 230));
            pal.setColor(QPalette::Button, QColor(60, 60, 64));
            pal.setColor(QPalette::ButtonText, QColor(230, 230, 230));
            pal.setColor(QPalette::Highlight, QColor(80, 150, 240));
            pal.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
            pal.setColor(QPalette::Link, QColor(120, 180, 255));
            pal.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
            for (QPalette::ColorRole role :
                { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
                pal.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
            v.setPalette(pal);
            v.setAutoFillBackground(true);
        }
        v.setAuthorName(QStringLiteral("Priya Nair"));
        v.setRole(shot.role);
        v.showCase(best);
        sections(&v)->setCurrentIndex(shot.tab);
        v.resize(shot.width, 820);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        const QString path
            = dir + QLatin1Char('/') + QLatin1String(shot.name) + QStringLiteral(".png");
        QVERIFY(v.grab().save(path));
    }
}

QTEST_MAIN(TestCaseView)
#include "tst_caseview.moc"
