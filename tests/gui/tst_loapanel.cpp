// SPDX-License-Identifier: Apache-2.0
// The case view's LOA panel through its real widgets, offscreen: signing a
// carrier group's LOA in the sign dialog (drawn, and by keyboard with the
// typed name alone), the versions list and Compare…, attachments added
// through the file-dialog seam, opened through the URL seam, removed after
// confirmation; what support may and may not do.

#include "../store/StoreTestSupport.h"
#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/AttachmentRules.h"

#include "gui/Dialogs.h"
#include "gui/LoaPanel.h"
#include "gui/LoaSignDialog.h"
#include "gui/SignaturePad.h"
#include "gui/loa/LoaAttachments.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace portdesk;
using portdesk::testsupport::child;
using namespace storetest;

namespace {

const QByteArray kPdf = QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const QByteArray kGif = QByteArray("GIF89a\x01\x00\x01\x00");

QStringList fields(const QList<LoaFieldChange> &changes)
{
    QStringList out;
    for (const LoaFieldChange &c : changes)
        out << c.field;
    return out;
}

QString tableText(const QTableWidget *table)
{
    QStringList cells;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return cells.join(QLatin1Char('|'));
}

// Draws a zigzag across the pad with the mouse.
void drawOn(SignaturePad *pad)
{
    const int w = pad->width();
    const int h = pad->height();
    QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, QPoint(w / 10, h / 2));
    for (int i = 1; i <= 8; ++i) {
        const QPoint p(w / 10 + i * w / 12, i % 2 ? h / 4 : 3 * h / 4);
        QMouseEvent move(QEvent::MouseMove, p, pad->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
            Qt::NoModifier);
        QApplication::sendEvent(pad, &move);
    }
    QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, QPoint(w * 9 / 10, h / 2));
}

} // namespace

class TestLoaPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsEachGroupUnsigned();
    void signWithDrawing();
    void signByKeyboardAlone();
    void refusalKeepsDialogOpen();
    void changedWhileSigningIsRefused();
    void signaturePad();
    void signCorrectionBeforeResubmit();
    void compareVersions();
    void attachments();
    void refusedAttachmentNamesFileAndRule();
    void supportReadsOnly();
    void exportPdf();

private:
    static LoaSigner jane() { return { QStringLiteral("Jane Roe"), QStringLiteral("CFO"), {} }; }
    // Both groups signed, the LOAs submitted, support asks for another
    // account number: the case waits for a correction.
    void signSubmitAndRequestChange();
    // The panel's widgets, found as a user finds them: by name.
    QTreeView *versionView() const { return child<QTreeView>(m_panel.get(), "loaVersions"); }
    QTreeWidget *groupList() const { return child<QTreeWidget>(m_panel.get(), "loaGroups"); }
    QTreeWidget *attachmentList() const { return child<QTreeWidget>(m_panel.get(), "attachments"); }
    QComboBox *attachmentKind() const { return child<QComboBox>(m_panel.get(), "attachmentKind"); }
    QPushButton *button(const char *name) const { return child<QPushButton>(m_panel.get(), name); }
    LoaAttachments *attachmentsPart() const
    {
        return child<LoaAttachments>(m_panel.get(), "loaAttachments");
    }
    // The carrier group selected (its index, -1: none), and selecting one.
    int currentGroup() const;
    void selectGroup(int index);
    // The panel's message line, as shown (empty when hidden).
    QString message() const;
    // The sign dialog until it is gone (deleted on close), as the panel keeps it.
    LoaSignDialog *signDialog() const
    {
        return m_panel->findChild<LoaSignDialog *>(QStringLiteral("loaSignDialog"));
    }
    // The comparison open on screen (a closed one may wait to be deleted).
    QDialog *compareDialog() const;
    // What the open comparison lists: each row's field, before and after.
    QList<LoaFieldChange> shownComparison() const;
    FixedClock m_clock { startTime() };
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
    std::unique_ptr<LoaPanel> m_panel;
    qint64 m_case = 0;
    QList<QUrl> m_opened;
};

int TestLoaPanel::currentGroup() const
{
    const QTreeWidgetItem *item = groupList()->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

void TestLoaPanel::selectGroup(int index)
{
    groupList()->setCurrentItem(groupList()->topLevelItem(index));
}

QString TestLoaPanel::message() const
{
    const QLabel *label = child<QLabel>(m_panel.get(), "loaMessage");
    return label->isHidden() ? QString() : label->text();
}

QDialog *TestLoaPanel::compareDialog() const
{
    const QList<QDialog *> dialogs
        = m_panel->findChildren<QDialog *>(QStringLiteral("loaCompareDialog"));
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QList<LoaFieldChange> TestLoaPanel::shownComparison() const
{
    QList<LoaFieldChange> out;
    const QDialog *dialog = compareDialog();
    if (!dialog)
        return out;
    const auto *table = child<QTableWidget>(dialog, "loaCompareTable");
    for (int r = 0; r < table->rowCount(); ++r) {
        LoaFieldChange c;
        c.field = table->item(r, 0)->data(Qt::UserRole).toString();
        c.oldValue = table->item(r, 1)->text();
        c.newValue = table->item(r, 2)->text();
        out << c;
    }
    return out;
}

void TestLoaPanel::init()
{
    Dialogs::reset();
    Dialogs::takeShownMessages(); // scripted from here: nothing modal from Dialogs
    m_opened.clear();
    LoaPanel::setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    m_clock.set(startTime());
    Clock::setInstance(&m_clock);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);

    PortInRequest request = portIn(seattleRange(101, 3));
    // The first group is a residential account: no title in the request, so
    // the signer types one.
    request.carriers.first().customerType = CustomerType::Residential;
    request.carriers.first().authorizingTitle.clear();
    CarrierGroup second = request.carriers.first();
    second.carrier = QStringLiteral("Other Wireless");
    second.btn = seattle(9901);
    second.authorizingPerson = QStringLiteral("Sam Poe");
    second.authorizingPhone = QStringLiteral("+12064449911");
    second.customerType = CustomerType::Business;
    second.portScope = PortScope::Full;
    second.authorizingTitle = QStringLiteral("IT Director");
    second.numbers = seattleRange(201, 2);
    request.carriers << second;
    const ChangeResult submitted = m_service->cases.submitPortIn(request);
    VERIFY_OK(submitted);
    m_case = submitted.id;
    VERIFY_OK(m_service->cases.advance(m_case, CaseEvent::Portable, Role::Support, {}));
    VERIFY_OK(m_service->cases.advance(m_case, CaseEvent::RequestLoa, Role::Support, {}));

    m_panel = std::make_unique<LoaPanel>(*m_service);
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->showCase(m_case);
}

void TestLoaPanel::cleanup()
{
    m_panel.reset();
    m_service.reset();
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
    LoaPanel::setUrlOpener({});
    Dialogs::reset();
}

void TestLoaPanel::showsEachGroupUnsigned()
{
    QTreeWidget *groups = groupList();
    QCOMPARE(groups->topLevelItemCount(), 2);
    QVERIFY(groups->topLevelItem(0)->text(0).contains(QLatin1String("Example Telecom")));
    QVERIFY(groups->topLevelItem(1)->text(0).contains(QLatin1String("Other Wireless")));
    QCOMPARE(groups->topLevelItem(0)->text(1), LoaPanel::tr("Not signed"));
    QCOMPARE(currentGroup(), 0);
    QCOMPARE(versionView()->model()->rowCount(), 0);
    QVERIFY(button("loaSign")->isEnabled());
    QVERIFY(!button("loaCompare")->isEnabled());
    QVERIFY(button("loaExport")->isEnabled());
}

void TestLoaPanel::signWithDrawing()
{
    QSignalSpy changed(m_panel.get(), &LoaPanel::caseChanged);
    selectGroup(1);
    QTest::mouseClick(button("loaSign"), Qt::LeftButton);
    LoaSignDialog *dialog = signDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->carrierIndex(), 1);
    // Prefilled from the request's authorizing person of that group.
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Sam Poe"));
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("IT Director"));
    QVERIFY(!dialog->clearButton()->isEnabled());
    drawOn(dialog->pad());
    QVERIFY(!dialog->pad()->isEmpty());
    QVERIFY(dialog->clearButton()->isEnabled());
    QTest::mouseClick(dialog->signButton(), Qt::LeftButton);
    QTRY_VERIFY(!signDialog());

    const QList<LoaGroupStatus> status = m_service->loas.loaStatus(m_case);
    QCOMPARE(toString(status.at(0).state), QStringLiteral("unsigned"));
    QCOMPARE(toString(status.at(1).state), QStringLiteral("signed"));
    const LoaVersion v = status.at(1).version;
    QCOMPARE(v.version, 1);
    QCOMPARE(v.signer.name, QStringLiteral("Sam Poe"));
    QCOMPARE(v.signedAt, startTime());
    const QImage drawing = QImage::fromData(v.signer.drawing, "PNG");
    QCOMPARE(drawing.size(), SignaturePad::exportSize());
    int inked = 0;
    for (int y = 0; y < drawing.height(); y += 2)
        for (int x = 0; x < drawing.width(); x += 2)
            inked += qAlpha(drawing.pixel(x, y)) > 128 ? 1 : 0;
    QVERIFY2(inked > 50, qPrintable(QString::number(inked)));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), m_case);
    QCOMPARE(currentGroup(), 1);
    QVERIFY2(groupList()->topLevelItem(1)->text(1).contains(QLatin1String("version 1")),
        qPrintable(groupList()->topLevelItem(1)->text(1)));
    QCOMPARE(versionView()->model()->rowCount(), 1);
    QCOMPARE(versionView()->model()->index(0, 4).data().toString(), LoaPanel::tr("drawn"));
    QVERIFY(message().contains(QLatin1String("version 1")));
}

void TestLoaPanel::signByKeyboardAlone()
{
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    groupList()->setFocus();
    // Alt+G: the Sign… button's mnemonic (Alt+S is the case view's Submit LOA).
    QTest::keyClick(m_panel.get(), Qt::Key_G, Qt::AltModifier);
    // A mnemonic clicks after the button's short press animation.
    QTRY_VERIFY(signDialog());
    LoaSignDialog *dialog = signDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QApplication::setActiveWindow(dialog);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->nameEdit()));
    // The request gives the first group no title: Sign waits for one.
    QVERIFY(!dialog->signButton()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->titleEdit()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Office Manager"));
    QVERIFY(dialog->signButton()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!signDialog());

    const LoaGroupStatus group = m_service->loas.loaStatus(m_case).first();
    QCOMPARE(toString(group.state), QStringLiteral("signed"));
    QCOMPARE(group.version.signer.name, QStringLiteral("Jane Roe"));
    QCOMPARE(group.version.signer.title, QStringLiteral("Office Manager"));
    QVERIFY(group.version.signer.drawing.isEmpty());
    QCOMPARE(versionView()->model()->index(0, 4).data().toString(), LoaPanel::tr("typed name"));

    // Esc closes a second sign dialog without signing.
    QTest::mouseClick(button("loaSign"), Qt::LeftButton);
    dialog = signDialog();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!signDialog());
    QCOMPARE(m_service->loas.loaVersions(m_case).size(), 1);
}

void TestLoaPanel::refusalKeepsDialogOpen()
{
    QTest::mouseClick(button("loaSign"), Qt::LeftButton);
    LoaSignDialog *dialog = signDialog();
    QVERIFY(dialog);
    dialog->titleEdit()->setText(QStringLiteral("CFO"));
    // Meanwhile the case is cancelled elsewhere.
    VERIFY_OK(m_service->cases.advance(m_case, CaseEvent::Cancel, Role::Admin, {}));
    QTest::mouseClick(dialog->signButton(), Qt::LeftButton);
    QVERIFY(signDialog());
    QVERIFY2(dialog->message().contains(QLatin1String("can no longer be signed")),
        qPrintable(dialog->message()));
    QVERIFY(m_service->loas.loaVersions(m_case).isEmpty());
    dialog->reject();
    QTRY_VERIFY(!signDialog());
    m_panel->reload();
    QVERIFY(!button("loaSign")->isEnabled());
}

void TestLoaPanel::signaturePad()
{
    SignaturePad pad;
    pad.resize(SignaturePad::exportSize() / 2);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    QSignalSpy changed(&pad, &SignaturePad::changed);
    QVERIFY(pad.isEmpty());
    QVERIFY(pad.toImage().isNull());
    QVERIFY(pad.toPng().isEmpty());
    drawOn(&pad);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(pad.strokes().size(), 1);
    QVERIFY(pad.strokes().first().size() >= 8);
    // A copy: strokes() returns by value, and a loop over first() of that
    // temporary would read freed memory (AddressSanitizer found it).
    const QList<SignaturePad::Point> stroke = pad.strokes().first();
    for (const SignaturePad::Point &p : stroke) {
        QVERIFY(p.at.x() >= 0 && p.at.x() <= 1);
        QVERIFY(p.at.y() >= 0 && p.at.y() <= 1);
    }
    // Exported at any resolution from the strokes, not from screen pixels.
    const QImage large = pad.toImage(QSize(1800, 600));
    QCOMPARE(large.size(), QSize(1800, 600));
    QVERIFY(pad.toPng().startsWith("\x89PNG"));
    // A dot is a stroke too.
    pad.addStroke({ SignaturePad::Point { QPointF(0.9, 0.9), 0.8 } });
    QCOMPARE(pad.strokes().size(), 2);
    const QImage image = pad.toImage();
    QVERIFY(qAlpha(image.pixel(int(0.9 * image.width()), int(0.9 * image.height()))) > 0);
    // Delete clears it from the keyboard.
    pad.setFocus();
    QTest::keyClick(&pad, Qt::Key_Delete);
    QVERIFY(pad.isEmpty());
    QCOMPARE(changed.size(), 3);
}

void TestLoaPanel::signSubmitAndRequestChange()
{
    const LoaSigner sam { QStringLiteral("Sam Poe"), QStringLiteral("IT Director"), {} };
    VERIFY_OK(m_service->loas.signLoa(m_case, 0, jane()));
    VERIFY_OK(m_service->loas.signLoa(m_case, 1, sam));
    VERIFY_OK(m_service->cases.advance(m_case, CaseEvent::SubmitLoa, Role::Admin, {}));
    EventArgs change;
    change.fields = QStringList { QStringLiteral("accountNumber") };
    change.reason = QStringLiteral("Other account number.");
    VERIFY_OK(m_service->cases.advance(m_case, CaseEvent::RequestChange, Role::Support, change));
}

void TestLoaPanel::changedWhileSigningIsRefused()
{
    signSubmitAndRequestChange();
    if (QTest::currentTestFailed())
        return;
    m_panel->reload();
    selectGroup(0);
    QTest::mouseClick(button("loaSign"), Qt::LeftButton);
    LoaSignDialog *dialog = signDialog();
    QVERIFY(dialog);
    dialog->titleEdit()->setText(QStringLiteral("CFO"));
    // Meanwhile another program corrects the case (signed there).
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(m_case, &record));
    PortInRequest corrected = record.portIn;
    corrected.carriers[0].accountNumber = QStringLiteral("559900112233");
    VERIFY_OK(m_service->loas.signLoa(m_case, 0, jane(), Role::Admin, &corrected));
    VERIFY_OK(m_service->cases.correctPortIn(m_case, corrected, Role::Admin));
    const qsizetype versions = m_service->loas.loaVersions(m_case).size();

    QTest::mouseClick(dialog->signButton(), Qt::LeftButton);
    // Nothing signed; the stale dialog closes and the panel says why.
    QCOMPARE(m_service->loas.loaVersions(m_case).size(), versions);
    QTRY_VERIFY(!signDialog());
    QVERIFY2(message().contains(QLatin1String("changed while the LOA was open")),
        qPrintable(message()));
    QVERIFY(message().contains(QLatin1String("accountNumber")));
    // Sign again: the dialog shows the request as it is now, and signs it.
    QTest::mouseClick(button("loaSign"), Qt::LeftButton);
    dialog = signDialog();
    QVERIFY(dialog);
    dialog->titleEdit()->setText(QStringLiteral("CFO"));
    QTest::mouseClick(dialog->signButton(), Qt::LeftButton);
    QTRY_VERIFY(!signDialog());
    const QList<LoaVersion> after = m_service->loas.loaVersions(m_case);
    QCOMPARE(after.size(), versions + 1);
    LoaVersion newest;
    for (const LoaVersion &v : after) {
        if (v.carrierIndex == 0 && v.version > newest.version)
            newest = v;
    }
    QCOMPARE(newest.version, 3); // the first, the correction signed elsewhere, this one
    QCOMPARE(newest.content.value(QLatin1String("accountNumber")).toString(), QStringLiteral("559900112233"));
}

void TestLoaPanel::signCorrectionBeforeResubmit()
{
    signSubmitAndRequestChange();
    if (QTest::currentTestFailed())
        return;
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(m_case, &record));
    PortInRequest corrected = record.portIn;
    corrected.carriers[0].accountNumber = QStringLiteral("559900112233");

    // Cancelled: nothing is signed, and the caller must not resubmit.
    QList<int> shownGroups;
    QTimer::singleShot(0, this, [&shownGroups] {
        auto *dialog = qobject_cast<LoaSignDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownGroups << dialog->carrierIndex();
        dialog->reject();
    });
    QVERIFY(!LoaPanel::signCorrection(*m_service, m_case, corrected, m_panel.get()));
    QCOMPARE(shownGroups, QList<int> { 0 });
    QCOMPARE(m_service->loas.loaVersions(m_case).size(), 2);

    // Signed: only the group whose LOA the correction changes is asked for.
    QTimer::singleShot(0, this, [&shownGroups] {
        auto *dialog = qobject_cast<LoaSignDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownGroups << dialog->carrierIndex();
        dialog->titleEdit()->setText(QStringLiteral("CFO"));
        QTest::mouseClick(dialog->signButton(), Qt::LeftButton);
    });
    QVERIFY(LoaPanel::signCorrection(*m_service, m_case, corrected, m_panel.get()));
    QCOMPARE(shownGroups, (QList<int> { 0, 0 }));
    const QList<LoaVersion> versions = m_service->loas.loaVersions(m_case);
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(1).carrierIndex, 0);
    QCOMPARE(versions.at(1).version, 2);
    QCOMPARE(versions.at(1).content.value(QLatin1String("accountNumber")).toString(),
        QStringLiteral("559900112233"));
    QVERIFY(m_service->loas.loaSubmitBlockers(m_case, corrected).isEmpty());
    VERIFY_OK(m_service->cases.correctPortIn(m_case, corrected, Role::Admin));
    QVERIFY(m_service->loas.loaSubmitBlockers(m_case).isEmpty());
}

void TestLoaPanel::compareVersions()
{
    VERIFY_OK(m_service->loas.signLoa(
        m_case, 0, LoaSigner { QStringLiteral("Jane Roe"), QStringLiteral("CFO"), {} }));
    m_clock.advanceDays(2);
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(m_case, &record));
    PortInRequest pending = record.portIn;
    pending.carriers[0].accountNumber = QStringLiteral("559900112233");
    pending.carriers[0].serviceAddress.zip = QStringLiteral("98104");
    VERIFY_OK(m_service->loas.signLoa(m_case, 0,
        LoaSigner { QStringLiteral("Jane Roe"), QStringLiteral("CFO"), {} }, Role::Admin,
        &pending));
    m_panel->reload();

    QTreeView *versions = versionView();
    const QAbstractItemModel *model = versions->model();
    QCOMPARE(model->rowCount(), 2);
    // Newest first; v1 still shows the request as it stands.
    QCOMPARE(model->index(0, 0).data(Qt::UserRole).toInt(), 2);
    QCOMPARE(model->index(1, 5).data().toString(), LoaPanel::tr("in force"));
    QCOMPARE(model->index(0, 5).data().toString(), LoaPanel::tr("shows another request"));

    versions->selectionModel()->select(model->index(0, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    versions->selectionModel()->select(model->index(1, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(button("loaCompare"), Qt::LeftButton);
    QCOMPARE(fields(shownComparison()),
        (QStringList { QStringLiteral("serviceAddress.zip"), QStringLiteral("accountNumber") }));
    QDialog *dialog = compareDialog();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("loaCompareTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    // In the LOA's order, old to new, the secret masked until revealed.
    QVERIFY(!tableText(table).contains(secretAccount()));
    QVERIFY(!tableText(table).contains(QLatin1String("559900112233")));
    QVERIFY(tableText(table).contains(QLatin1String("98101|98104")));
    auto *reveal = dialog->findChild<QCheckBox *>(QStringLiteral("loaCompareReveal"));
    QVERIFY(reveal && reveal->isVisible());
    reveal->setChecked(true);
    QVERIFY(tableText(table).contains(secretAccount() + QLatin1String("|559900112233")));
    // Revealing is recorded: an event of the case naming the secret.
    QVERIFY(m_service->cases.loadCase(m_case, &record));
    QCOMPARE(toString(record.events.last().event.event), toString(CaseEvent::Reveal));
    QCOMPARE(toString(record.events.last().event.actor), toString(Role::Admin));
    dialog->close();

    // One version: what changed from it to the request as it is now.
    versions->clearSelection();
    versions->selectionModel()->select(
        model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(button("loaCompare"), Qt::LeftButton);
    const QList<LoaFieldChange> back = shownComparison();
    QCOMPARE(fields(back),
        (QStringList { QStringLiteral("serviceAddress.zip"), QStringLiteral("accountNumber") }));
    QCOMPARE(back.first().oldValue, QStringLiteral("98104"));
    QCOMPARE(back.first().newValue, QStringLiteral("98101"));
    versions->clearSelection();
    versions->selectionModel()->select(
        model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(button("loaCompare"), Qt::LeftButton);
    QVERIFY(shownComparison().isEmpty());
    QVERIFY(compareDialog());
    compareDialog()->close();
}

void TestLoaPanel::attachments()
{
    const QString path = QDir(m_db->folder()).filePath(QStringLiteral("invoice march.pdf"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPdf);
    }
    QSignalSpy changed(m_panel.get(), &LoaPanel::caseChanged);
    attachmentKind()->setCurrentIndex(
        attachmentKind()->findData(toString(AttachmentKind::CustomerServiceRecord)));
    Dialogs::queueFileAnswer(path);
    QTest::mouseClick(button("attachmentAdd"), Qt::LeftButton);
    QTreeWidget *list = attachmentList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("invoice march.pdf"));
    QCOMPARE(list->topLevelItem(0)->text(1), displayName(AttachmentKind::CustomerServiceRecord));
    QCOMPARE(list->topLevelItem(0)->data(2, Qt::UserRole).toLongLong(), qint64(kPdf.size()));
    QVERIFY(!list->topLevelItem(0)->text(3).isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(
        m_service->loas.attachmentNames(m_case), QStringList { QStringLiteral("invoice march.pdf") });

    // Cancelling the file dialog adds nothing.
    Dialogs::queueFileAnswer(QString());
    QTest::mouseClick(button("attachmentAdd"), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 1);

    // Open: a private copy handed to the viewer; copies opened over a day
    // before are cleared away.
    const QDir copies(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                          .filePath(QStringLiteral("portdesk-attachments")));
    QVERIFY(QDir().mkpath(copies.path()));
    const QString stale = copies.filePath(QStringLiteral("stale-test-copy.pdf"));
    {
        QFile f(stale);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPdf);
        QVERIFY(f.flush());
        QVERIFY(f.setFileTime(
            QFileInfo(f).lastModified().addDays(-2), QFileDevice::FileModificationTime));
    }
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(button("attachmentOpen"), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    const QString copy = m_opened.first().toLocalFile();
    QVERIFY(copy.endsWith(QLatin1String(".pdf")));
    QFile opened(copy);
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), kPdf);
    QCOMPARE(opened.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    opened.close();
    QFile::remove(copy);
    QVERIFY(!QFile::exists(stale));
    QCOMPARE(
        QFileInfo(copies.path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());

    // Delete (the key, in the list) does not ask: the file stays in the
    // list, greyed, and Restore attaches it again.
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(Dialogs::takeShownMessages().isEmpty());
    QVERIFY(m_service->loas.listAttachments(m_case).isEmpty());
    QVERIFY(m_service->loas.attachmentNames(m_case).isEmpty()); // the LOA no longer names it
    QCOMPARE(changed.size(), 2);
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *deleted = list->topLevelItem(0);
    QCOMPARE(list->currentItem(), deleted);
    QVERIFY(deleted->font(0).italic());
    QVERIFY2(deleted->text(3).startsWith(QLatin1String("deleted")), qPrintable(deleted->text(3)));
    QVERIFY(!button("attachmentOpen")->isEnabled());
    QVERIFY(!button("attachmentRemove")->isEnabled());
    QVERIFY(button("attachmentRestore")->isEnabled());
    QVERIFY2(message().contains(QLatin1String("Restore")), qPrintable(message()));
    // Opening it (double-click, Enter) says to restore it first.
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_opened.size(), 1);
    QVERIFY2(message().contains(QLatin1String("is deleted from the case")),
        qPrintable(message()));
    // Restore, by keyboard: Tab from Add passes the disabled Open and
    // Delete to it.
    button("attachmentAdd")->setFocus();
    QTest::keyClick(button("attachmentAdd"), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(button("attachmentRestore")));
    QTest::keyClick(button("attachmentRestore"), Qt::Key_Space);
    QCOMPARE(m_service->loas.attachmentNames(m_case), QStringList { QStringLiteral("invoice march.pdf") });
    QCOMPARE(changed.size(), 3);
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!list->topLevelItem(0)->font(0).italic());
    QVERIFY(button("attachmentOpen")->isEnabled());
    QVERIFY(button("attachmentRemove")->isEnabled());
    QVERIFY(!button("attachmentRestore")->isEnabled());
    QByteArray data;
    QVERIFY(m_service->loas.loadAttachment(list->topLevelItem(0)->data(0, Qt::UserRole).toString().toLongLong(),
        nullptr, &data));
    QCOMPARE(data, kPdf);
}

void TestLoaPanel::refusedAttachmentNamesFileAndRule()
{
    const QString gif = QDir(m_db->folder()).filePath(QStringLiteral("bill.gif"));
    {
        QFile f(gif);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kGif);
    }
    const QString big = QDir(m_db->folder()).filePath(QStringLiteral("scan.pdf"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPdf);
        QVERIFY(f.resize(AttachmentRules::maxBytes + 1));
    }
    Dialogs::takeShownMessages();
    Dialogs::queueFileAnswer(gif);
    QTest::mouseClick(button("attachmentAdd"), Qt::LeftButton);
    QStringList shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QLatin1String("bill.gif")), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QLatin1String("PDF, PNG or JPEG")), qPrintable(shown.first()));
    QCOMPARE(message(), shown.first());

    Dialogs::queueFileAnswer(big);
    QTest::mouseClick(button("attachmentAdd"), Qt::LeftButton);
    shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QLatin1String("scan.pdf")), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QLatin1String("10 MiB")), qPrintable(shown.first()));
    QCOMPARE(attachmentList()->topLevelItemCount(), 0);
}

void TestLoaPanel::supportReadsOnly()
{
    VERIFY_OK(m_service->loas.addAttachment(
        m_case, AttachmentKind::CarrierInvoice, QStringLiteral("a.pdf"), kPdf));
    m_panel->reload();
    m_panel->setRole(Role::Support);
    QVERIFY(button("loaSign")->isHidden());
    QVERIFY(button("attachmentAdd")->isHidden());
    QVERIFY(button("attachmentRemove")->isHidden());
    QVERIFY(attachmentKind()->isHidden());
    QVERIFY(button("loaExport")->isEnabled());
    QVERIFY(button("loaPrint")->isEnabled());
    QVERIFY(button("attachmentOpen")->isEnabled());
    // Slots called anyway change nothing.
    m_panel->signSelected();
    QVERIFY(!signDialog());
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    attachmentsPart()->removeAttachment();
    QCOMPARE(m_service->loas.listAttachments(m_case).size(), 1);
    QTest::mouseClick(button("attachmentOpen"), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    QVERIFY(QFile::remove(m_opened.first().toLocalFile()));

    m_panel->setRole(Role::Admin);
    QVERIFY(!button("loaSign")->isHidden());
    QVERIFY(!button("attachmentAdd")->isHidden());
}

void TestLoaPanel::exportPdf()
{
    VERIFY_OK(m_service->loas.signLoa(
        m_case, 0, LoaSigner { QStringLiteral("Jane Roe"), QStringLiteral("CFO"), {} }));
    m_panel->reload();
    const QString path = QDir(m_db->folder()).filePath(QStringLiteral("loa.pdf"));
    Dialogs::queueFileAnswer(path);
    QTest::mouseClick(button("loaExport"), Qt::LeftButton);
    QFile pdf(path);
    QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(message()));
    QVERIFY(pdf.read(5).startsWith("%PDF-"));
    QVERIFY2(
        message().contains(QLatin1String("version 1")), qPrintable(message()));

    // The second group is unsigned: exported with blank lines, and said so.
    selectGroup(1);
    const QString second = QDir(m_db->folder()).filePath(QStringLiteral("loa2.pdf"));
    Dialogs::queueFileAnswer(second);
    QTest::mouseClick(button("loaExport"), Qt::LeftButton);
    QVERIFY(QFile::exists(second));
    QVERIFY2(
        message().contains(LoaPanel::tr("Not signed")), qPrintable(message()));
}

QTEST_MAIN(TestLoaPanel)
#include "tst_loapanel.moc"
