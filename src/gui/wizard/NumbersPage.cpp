// SPDX-License-Identifier: Apache-2.0
#include "NumbersPage.h"

#include "core/NumberText.h"

#include "ui_NumbersPage.h"

#include "Dialogs.h"
#include "PasteEdit.h"
#include "PortInWizard.h"
#include "VoiceConnectorDialog.h"

#include "core/PhoneNumber.h"
#include "core/PortRequest.h"
#include "core/Violation.h"
#include "service/NumberCheckWorker.h"
#include "service/Services.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QRegularExpression>
#include <QSet>
#include <QTextCursor>

#include <algorithm>
#include <limits>

namespace portdesk {

namespace {

using numbertext::digitCount;
using numbertext::isCellSeparator;

const QString numbersTextKey = QStringLiteral("numbersText");

// At most this many messages beside one field; the table has the rest.
constexpr int maxMessagesPerField = 5;

// Enough digits for a whole number: ten, or eleven with the NANP's leading
// 1; a "+" number of another country is whole at ten or more.
bool isWholeNumber(QStringView text, int digits)
{
    QStringView t = text.trimmed();
    while (!t.isEmpty() && (t.front() == QLatin1Char('(') || t.front() == QLatin1Char('+')))
        t = t.mid(1);
    const bool leadingOne = !t.isEmpty() && t.front() == QLatin1Char('1');
    return digits >= (leadingOne ? 11 : 10);
}

// A summary, then "Line 3: ..." for the first few lines, then how many more.
Violations capped(const QString &summary, const Violations &lines, const QString &field)
{
    Violations out;
    if (lines.isEmpty())
        return out;
    out.append({field, QStringLiteral("numbers.summary"), summary});
    for (const Violation &v : lines) {
        if (out.size() > maxMessagesPerField) {
            out.append({field, QStringLiteral("numbers.more"),
                        NumbersPage::tr("…and %1 more: see the table.")
                            .arg(lines.size() - maxMessagesPerField)});
            break;
        }
        out.append({field, v.rule, v.message, v.severity});
    }
    return out;
}

const QRegularExpression &numberPathPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^carriers\\[(\\d+)\\]\\.numbers\\[(\\d+)\\]$"));
    return pattern;
}

} // namespace

NumbersPage::NumbersPage(PortInWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::NumbersPage>())
    , m_lines(new NumberLinesModel(this))
{
    m_ui->setupUi(this);

    m_ui->numberTable->setModel(m_lines);
    QHeaderView *header = m_ui->numberTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NumberLinesModel::LineColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(NumberLinesModel::ReasonColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const QFontMetrics fm = m_ui->numberTable->fontMetrics();
    const auto fit = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 14; };
    header->resizeSection(NumberLinesModel::LineColumn,
                          qMax(fit(QStringLiteral("00000")), fit(m_lines->headerData(0, Qt::Horizontal).toString())));
    header->resizeSection(NumberLinesModel::TypedColumn, fit(QStringLiteral("+1 206 444 0100")));
    header->resizeSection(NumberLinesModel::NumberColumn, fit(QStringLiteral("(206) 444-0100")));
    header->resizeSection(NumberLinesModel::VerdictColumn, fit(NumberLinesModel::verdictText(NumberLinesModel::Verdict::InOpenPort, 999)));
    m_ui->numberTable->verticalHeader()->hide();
    m_ui->numberTable->verticalHeader()->setDefaultSectionSize(fm.height() + 6);
    m_ui->numberTable->setTextElideMode(Qt::ElideRight);

    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({fm.horizontalAdvance(QLatin1Char('m')) * 22, 680});
    m_ui->detailLabel->setMinimumHeight(fm.lineSpacing() * 2);
    connect(m_ui->numberTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NumbersPage::updateDetail);
    connect(m_lines, &QAbstractItemModel::dataChanged, this, &NumbersPage::updateDetail);
    connect(m_lines, &QAbstractItemModel::modelReset, this, &NumbersPage::updateDetail);

    m_ui->progressBar->setTextVisible(true);
    QSizePolicy keepSpace = m_ui->progressBar->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_ui->progressBar->setSizePolicy(keepSpace);
    m_ui->progressBar->hide();

    m_ui->connectorCombo->setPlaceholderText(tr("Choose a Voice Connector"));
    m_ui->productTypeLabel->setBuddy(m_ui->businessCallingRadio);

    m_messages.bind(QStringLiteral("productType"), m_ui->productTypeMessage);
    m_messages.bind(QStringLiteral("voiceConnector"), m_ui->connectorMessage);
    m_messages.bind(QStringLiteral("numbers"), m_ui->numbersMessage);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &NumbersPage::startValidation);

    connect(m_ui->pasteEdit, &QPlainTextEdit::textChanged, this, &NumbersPage::textChanged);
    connect(m_ui->importButton, &QPushButton::clicked, this, &NumbersPage::importFile);
    connect(m_ui->removeRefusedButton, &QPushButton::clicked, this, &NumbersPage::removeRefused);
    m_ui->removeRefusedButton->setEnabled(false);
    connect(m_ui->newConnectorButton, &QPushButton::clicked, this, &NumbersPage::createVoiceConnector);
    connect(m_ui->businessCallingRadio, &QRadioButton::toggled, this, &NumbersPage::productTypeChanged);
    connect(m_ui->connectorCombo, &QComboBox::currentIndexChanged, this, &NumbersPage::connectorChanged);

    updateSummary();
    updateDetail();
}

NumbersPage::~NumbersPage()
{
    // The worker stops at its next slice; its store connection closes in its
    // own thread (finished -> deleteLater) before wait() returns.
    if (m_worker)
        m_worker->cancelBefore(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

void NumbersPage::ensureWorker()
{
    if (m_worker)
        return;
    m_worker = new NumberCheckWorker(m_wizard->service().storeUrl());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &NumberCheckWorker::sliceChecked, this, &NumbersPage::applySlice);
    connect(m_worker, &NumberCheckWorker::requestChecked, this, &NumbersPage::requestChecked);
    m_thread.setObjectName(QStringLiteral("NumberCheckWorker"));
    m_thread.start();
}

void NumbersPage::updateDetail()
{
    // The reason column is narrow: the selected line's verdict in full.
    const QModelIndex current = m_ui->numberTable->currentIndex();
    if (!current.isValid()) {
        m_ui->detailLabel->setText(m_lines->rowCount() > 0 ? tr("Select a line to read its verdict in full.")
                                                           : QString());
        m_ui->detailLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    const NumberLinesModel::Entry &e = m_lines->entry(current.row());
    QString text = tr("Line %1, %2: %3").arg(e.line).arg(e.typed, NumberLinesModel::verdictText(e.verdict, e.caseId));
    if (!e.reason.isEmpty())
        text += QLatin1String(". ") + e.reason;
    m_ui->detailLabel->setText(text);
    m_ui->detailLabel->setStyleSheet(QString());
}

void NumbersPage::initializePage()
{
    m_loading = true;
    const PortInRequest &request = m_wizard->request();
    const bool voiceConnector = request.productType == ProductType::VoiceConnector;
    (voiceConnector ? m_ui->voiceConnectorRadio : m_ui->businessCallingRadio)->setChecked(true);
    reloadConnectors(request.voiceConnector);
    m_ui->connectorCombo->setEnabled(voiceConnector);
    m_ui->newConnectorButton->setEnabled(voiceConnector);
    m_loading = false;
    if (voiceConnector && request.voiceConnector.isEmpty())
        m_wizard->request().voiceConnector = m_ui->connectorCombo->currentData().toString();

    // The text as the admin left it (a draft); else the request's numbers.
    QString text = m_wizard->pageState(numbersTextKey).toString();
    if (text.isEmpty() && !request.allNumbers().isEmpty())
        text = request.allNumbers().join(QLatin1Char('\n'));
    if (m_ui->pasteEdit->toPlainText() != text)
        m_ui->pasteEdit->setPlainText(text);
    m_messages.clear();
    forgetRequestCheck();
    startValidation();
    // QWizard gives the focus to the page's first child once this returns.
    QTimer::singleShot(0, m_ui->pasteEdit, [edit = m_ui->pasteEdit]() { edit->setFocus(); });
}

void NumbersPage::finishValidation()
{
    m_ui->pasteEdit->finishInsertion();
    if (m_debounce.isActive())
        startValidation();
    if (m_next >= m_lines->rowCount())
        return;
    // Here, on this thread, from the first row: the worker's run is dropped.
    ++m_generation;
    if (m_worker)
        m_worker->cancelBefore(m_generation);
    m_firstLine.clear();
    m_storeProblem.clear();
    QStringList typed;
    QList<int> lines;
    for (const NumberLinesModel::Entry &e : m_lines->entries()) {
        typed.append(e.typed);
        lines.append(e.line);
    }
    QHash<QString, int> firstLine;
    QString storeProblem;
    const QList<NumberVerdict> verdicts = NumberCheckWorker::checkSlice(
        &m_wizard->service().cases, typed, lines, &firstLine, &storeProblem);
    applySlice(m_generation, 0, verdicts, storeProblem);
}

bool NumbersPage::isValidating() const
{
    return m_ui->pasteEdit->isInserting() || m_debounce.isActive() || m_next < m_lines->rowCount();
}

void NumbersPage::textChanged()
{
    // Into the draft at once, not after the pause before checking.
    m_wizard->setPageState(numbersTextKey, m_ui->pasteEdit->toPlainText());
    m_messages.clear();
    // Verdicts of the text before this change are stale: dropped on arrival.
    ++m_generation;
    if (m_worker)
        m_worker->cancelBefore(m_generation);
    forgetRequestCheck();
    m_debounce.start();
    // Until checked, every line is unknown: the old verdicts would mislead.
    m_ui->summaryLabel->setText(tr("Checking…"));
}

void NumbersPage::startValidation()
{
    m_debounce.stop();
    ++m_generation;
    if (m_worker)
        m_worker->cancelBefore(m_generation);
    forgetRequestCheck();
    const QString text = m_ui->pasteEdit->toPlainText();
    m_wizard->setPageState(numbersTextKey, text);
    const QList<NumberLinesModel::Entry> entries = splitNumbers(text);
    m_lines->setEntries(entries);
    m_firstLine.clear();
    m_storeProblem.clear();
    m_next = 0;
    m_ui->progressBar->setRange(0, m_lines->rowCount());
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(m_lines->rowCount() > 0);
    updateSummary();
    if (entries.isEmpty()) {
        Q_EMIT validationFinished();
        return;
    }
    QStringList typed;
    QList<int> lines;
    typed.reserve(entries.size());
    lines.reserve(entries.size());
    for (const NumberLinesModel::Entry &e : entries) {
        typed.append(e.typed);
        lines.append(e.line);
    }
    ensureWorker();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_generation, typed, lines]() {
            worker->checkLines(generation, typed, lines, sliceSize);
        },
        Qt::QueuedConnection);
}

NumberLinesModel::Entry NumbersPage::entryFor(int row, const NumberVerdict &v) const
{
    NumberLinesModel::Entry e = m_lines->entry(row);
    e.e164 = v.check.e164;
    e.caseId = 0;
    e.reason.clear();
    if (!v.check.ok) {
        e.verdict = NumberLinesModel::Verdict::Refused;
        e.reason = v.check.message;
    } else if (v.duplicateOf > 0) {
        e.verdict = NumberLinesModel::Verdict::Duplicate;
        e.reason = tr("%1 is listed twice: also on line %2.")
                       .arg(PhoneNumbers::formatNational(v.check.e164))
                       .arg(v.duplicateOf);
    } else if (v.openPortIn > 0) {
        // An open port outranks the inventory: it says which case to look at.
        e.verdict = NumberLinesModel::Verdict::InOpenPort;
        e.caseId = v.openPortIn;
        e.reason = tr("%1 is already in open port-in case %2.")
                       .arg(PhoneNumbers::formatNational(v.check.e164))
                       .arg(v.openPortIn);
    } else if (v.inInventory) {
        e.verdict = NumberLinesModel::Verdict::InInventory;
        e.reason = tr("%1 is already in the phone number inventory.")
                       .arg(PhoneNumbers::formatNational(v.check.e164));
    } else if (v.check.tollFree) {
        e.verdict = NumberLinesModel::Verdict::TollFree;
        e.reason = tr("Toll-free: can be ported for Voice Connector only.");
    } else {
        e.verdict = NumberLinesModel::Verdict::Valid;
    }
    return e;
}

void NumbersPage::applySlice(quint64 generation, int first, const QList<NumberVerdict> &verdicts,
    const QString &storeProblem)
{
    // A slice of text that has changed since: its rows are not these rows.
    if (generation != m_generation || first != m_next)
        return;
    const int total = m_lines->rowCount();
    const int end = qMin(total, first + int(verdicts.size()));
    QList<NumberLinesModel::Entry> updated;
    updated.reserve(end - first);
    for (int row = first; row < end; ++row) {
        const NumberVerdict &v = verdicts.at(row - first);
        updated.append(entryFor(row, v));
        if (v.check.ok && v.duplicateOf == 0)
            m_firstLine.insert(v.check.e164, updated.constLast().line);
    }
    if (!storeProblem.isEmpty())
        m_storeProblem = storeProblem;
    m_lines->updateEntries(first, updated);
    m_next = end;
    m_ui->progressBar->setValue(end);
    updateSummary();
    if (m_next >= total) {
        m_ui->progressBar->hide();
        Q_EMIT validationFinished();
    }
}

void NumbersPage::forgetRequestCheck()
{
    if (m_requestGeneration != 0)
        showNextBusy(false);
    m_requestGeneration = 0;
    m_haveRequestCheck = false;
    m_requestCheck.clear();
}

void NumbersPage::showNextBusy(bool busy)
{
    if (busy) {
        m_ui->progressBar->setRange(0, 0); // busy: no steps to count
        m_ui->progressBar->show();
        m_ui->summaryLabel->setText(tr("Checking the request's %n number(s) against the store…",
            nullptr, m_lines->rowCount()));
    } else {
        m_ui->progressBar->setRange(0, qMax(1, m_lines->rowCount()));
        m_ui->progressBar->setValue(m_next);
        m_ui->progressBar->setVisible(m_next < m_lines->rowCount());
        updateSummary();
    }
}

void NumbersPage::requestChecked(quint64 generation, const Violations &violations)
{
    if (generation == 0 || generation != m_requestGeneration)
        return; // the input changed since Next was pressed
    m_requestGeneration = 0;
    showNextBusy(false);
    m_requestCheck = violations;
    m_haveRequestCheck = true;
    // Next again, now with the verdict at hand: on, or the messages.
    if (m_wizard->currentPage() == this)
        m_wizard->next();
}

void NumbersPage::updateSummary()
{
    const NumberLinesModel::Counts c = m_lines->counts();
    QString text;
    if (c.total == 0)
        text = tr("No numbers yet.");
    else if (c.pending > 0)
        text = tr("Checking %1 numbers: %2 done…").arg(c.total).arg(c.total - c.pending);
    else
        text = tr("%1 numbers: %2 valid (%3 toll-free), %4 refused, %5 duplicates")
                   .arg(c.total)
                   .arg(c.valid)
                   .arg(c.tollFree)
                   .arg(c.refused)
                   .arg(c.duplicates);
    if (!m_storeProblem.isEmpty())
        text += QLatin1String(" — ") + tr("the store could not be asked: %1").arg(m_storeProblem);
    m_ui->summaryLabel->setText(text);
    m_ui->removeRefusedButton->setEnabled(c.pending == 0 && c.refused + c.duplicates > 0);
}

int NumbersPage::removeRefused()
{
    finishValidation(); // every verdict known
    // Per line: the numbers that stay; a line with nothing refused stays as typed.
    QHash<int, QStringList> kept;
    QSet<int> touched;
    int removed = 0;
    for (const NumberLinesModel::Entry &e : m_lines->entries()) {
        if (NumberLinesModel::isPortable(e.verdict)) {
            kept[e.line].append(e.typed);
        } else {
            touched.insert(e.line);
            ++removed;
        }
    }
    if (removed == 0)
        return 0;
    const QStringList lines = m_ui->pasteEdit->toPlainText().split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        if (!touched.contains(line))
            out.append(lines.at(i));
        else if (kept.contains(line))
            out.append(kept.value(line).join(QStringLiteral(", ")));
    }
    // One edit of the document: Ctrl+Z in the list brings them all back.
    QTextCursor cursor(m_ui->pasteEdit->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(out.join(QLatin1Char('\n')));
    cursor.endEditBlock();
    m_ui->pasteEdit->setFocus();
    return removed;
}

void NumbersPage::productTypeChanged()
{
    const bool voiceConnector = m_ui->voiceConnectorRadio->isChecked();
    m_ui->connectorCombo->setEnabled(voiceConnector);
    m_ui->newConnectorButton->setEnabled(voiceConnector);
    if (m_loading)
        return;
    PortInRequest &request = m_wizard->request();
    request.productType = voiceConnector ? ProductType::VoiceConnector : ProductType::BusinessCalling;
    request.voiceConnector = voiceConnector ? m_ui->connectorCombo->currentData().toString() : QString();
    m_messages.clear();
    forgetRequestCheck();
}

void NumbersPage::connectorChanged()
{
    if (m_loading || !m_ui->voiceConnectorRadio->isChecked())
        return;
    m_wizard->request().voiceConnector = m_ui->connectorCombo->currentData().toString();
    m_ui->connectorMessage->hide();
    forgetRequestCheck();
}

void NumbersPage::reloadConnectors(const QString &select)
{
    const bool loading = m_loading;
    m_loading = true;
    StoreStatus status;
    const QList<VoiceConnector> connectors = m_wizard->service().directory.listVoiceConnectors(&status);
    m_ui->connectorCombo->clear();
    for (const VoiceConnector &c : connectors)
        m_ui->connectorCombo->addItem(tr("%1 (%2)").arg(c.name, c.region), c.name);
    // The only Voice Connector there is is the one meant.
    m_ui->connectorCombo->setCurrentIndex(select.isEmpty() && connectors.size() == 1
            ? 0
            : m_ui->connectorCombo->findData(select));
    if (connectors.isEmpty())
        m_ui->connectorCombo->setPlaceholderText(status.ok() ? tr("None yet: create one")
                                                             : tr("Store unavailable"));
    else
        m_ui->connectorCombo->setPlaceholderText(tr("Choose a Voice Connector"));
    m_loading = loading;
}

void NumbersPage::createVoiceConnector()
{
    VoiceConnectorDialog dialog(m_wizard->service(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadConnectors(dialog.createdName());
    m_ui->voiceConnectorRadio->setChecked(true);
    connectorChanged();
    m_ui->connectorCombo->setFocus();
}

void NumbersPage::importFile()
{
    const QString path = Dialogs::openFileName(this, tr("Import numbers"),
                                               tr("Numbers (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        Dialogs::warning(this, tr("Import numbers"),
                         tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))   // spreadsheets write a byte order mark
        text.remove(0, 1);
    const QStringList cells = numberCells(text);
    if (cells.isEmpty()) {
        Dialogs::warning(this, tr("Import numbers"),
                         tr("%1 has no phone numbers in it.").arg(QFileInfo(path).fileName()));
        return;
    }
    // Appended, so that an import adds to what is already there.
    QString numbers = m_ui->pasteEdit->toPlainText();
    if (!numbers.isEmpty() && !numbers.endsWith(QLatin1Char('\n')))
        numbers += QLatin1Char('\n');
    numbers += cells.join(QLatin1Char('\n'));
    m_ui->pasteEdit->setPlainText(numbers);
    startValidation();
    m_ui->pasteEdit->setFocus();
}

QList<QPair<QString, bool>> NumbersPage::portableNumbers() const
{
    QList<QPair<QString, bool>> out;
    for (const NumberLinesModel::Entry &e : m_lines->entries())
        if (NumberLinesModel::isPortable(e.verdict))
            out.append({e.e164, e.verdict == NumberLinesModel::Verdict::TollFree});
    return out;
}

int NumbersPage::lineOf(const QString &e164) const
{
    return m_firstLine.value(e164);
}

bool NumbersPage::validatePage()
{
    m_messages.clear();
    const QString numbersField = QStringLiteral("numbers");
    if (isValidating()) {
        if (m_debounce.isActive())
            startValidation();
        m_messages.show({{numbersField, QStringLiteral("numbers.checking"),
                          tr("Numbers to port: still checking (%1 of %2 done); Next works once every "
                             "number has its verdict.")
                              .arg(m_next)
                              .arg(m_lines->rowCount())}});
        return false;
    }
    if (isCheckingRequest()) {
        m_messages.show({ { numbersField, QStringLiteral("numbers.checking-request"),
            tr("Numbers to port: still checking the request against the store; the "
               "next page opens when it is done.") } });
        return false;
    }

    // Lines refused, duplicated, or already somewhere: the table's verdicts.
    Violations lineProblems;
    for (const NumberLinesModel::Entry &e : m_lines->entries()) {
        if (NumberLinesModel::isPortable(e.verdict))
            continue;
        lineProblems.append({numbersField, QStringLiteral("numbers.line"),
                             tr("Line %1: %2").arg(e.line).arg(e.reason.isEmpty() ? e.typed : e.reason)});
    }
    const QList<QPair<QString, bool>> numbers = portableNumbers();
    if (numbers.isEmpty() && lineProblems.isEmpty()) {
        m_messages.show({{numbersField, QStringLiteral("numbers.required"),
                          tr("Numbers to port: paste or import at least one US phone number.")}});
        m_ui->pasteEdit->setFocus();
        return false;
    }

    // The request as it would be, checked by the same rules as a submit.
    PortInRequest candidate = m_wizard->request();
    const bool voiceConnector = m_ui->voiceConnectorRadio->isChecked();
    candidate.productType = voiceConnector ? ProductType::VoiceConnector : ProductType::BusinessCalling;
    candidate.voiceConnector = voiceConnector ? m_ui->connectorCombo->currentData().toString() : QString();
    distributeNumbers(candidate.carriers, numbers);
    Violations found;
    if (m_haveRequestCheck) {
        found = m_requestCheck; // the worker's check of this very input
    } else if (numbers.size() > syncRequestCheckLimit && !m_wizard->isResuming()) {
        // Thousands of numbers: the worker checks, the window stays live;
        // requestChecked() presses Next again with the verdict.
        ensureWorker();
        m_requestGeneration = ++m_generation;
        m_worker->cancelBefore(m_generation);
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, generation = m_generation, candidate]() {
                worker->checkRequest(generation, candidate);
            },
            Qt::QueuedConnection);
        showNextBusy(true);
        return false;
    } else {
        found = m_wizard->service().cases.checkPortIn(candidate);
    }

    Violations typeProblems;
    Violations connectorProblems;
    Violations storeProblems;
    for (const Violation &v : found) {
        if (!v.isError())
            continue;
        if (v.field == QLatin1String("voiceConnector") || v.field == QLatin1String("productType")) {
            connectorProblems.append(v);
            continue;
        }
        if (v.field == QLatin1String("store")) {
            storeProblems.append({numbersField, v.rule, v.message});
            continue;
        }
        const QRegularExpressionMatch m = numberPathPattern().match(v.field);
        if (!m.hasMatch())
            continue;
        const int i = m.captured(1).toInt();
        const int j = m.captured(2).toInt();
        const QString e164 = candidate.carriers.value(i).numbers.value(j);
        const QString message = tr("Line %1: %2").arg(lineOf(e164)).arg(v.message);
        if (v.rule == QLatin1String("number.toll-free-business-calling"))
            typeProblems.append({QStringLiteral("productType"), v.rule, message});
        else
            lineProblems.append({numbersField, v.rule, message});
    }
    const QString typeSummary = typeProblems.size() == 1
        ? tr("Phone number type: a toll-free number cannot be ported for Business Calling; "
             "choose Voice Connector, or remove it.")
        : tr("Phone number type: %1 toll-free numbers cannot be ported for Business Calling; "
             "choose Voice Connector, or remove them.").arg(typeProblems.size());
    const QString linesSummary = lineProblems.size() == 1
        ? tr("Numbers to port: a line cannot be ported; correct or remove it.")
        : tr("Numbers to port: %1 lines cannot be ported; correct or remove them.").arg(lineProblems.size());
    Violations shown = capped(typeSummary, typeProblems, QStringLiteral("productType"));
    for (const Violation &v : connectorProblems)
        shown.append({QStringLiteral("voiceConnector"), v.rule, v.message});
    shown += storeProblems;
    shown += capped(linesSummary, lineProblems, numbersField);
    if (!shown.isEmpty()) {
        m_messages.show(shown);
        if (!connectorProblems.isEmpty())
            m_ui->connectorCombo->setFocus();
        else if (!typeProblems.isEmpty())
            m_ui->businessCallingRadio->setFocus();
        else
            m_ui->pasteEdit->setFocus();
        return false;
    }

    PortInRequest &request = m_wizard->request();
    request.productType = candidate.productType;
    request.voiceConnector = candidate.voiceConnector;
    request.carriers = candidate.carriers;
    m_wizard->setPageState(numbersTextKey, m_ui->pasteEdit->toPlainText());
    return true;
}

QList<NumberLinesModel::Entry> NumbersPage::splitNumbers(const QString &text)
{
    QList<NumberLinesModel::Entry> out;
    int line = 1;
    QString current;      // the number being gathered
    int digits = 0;
    const auto flush = [&]() {
        const QString typed = current.trimmed();
        if (!typed.isEmpty()) {
            NumberLinesModel::Entry e;
            e.line = line;
            e.typed = typed;
            out.append(e);
        }
        current.clear();
        digits = 0;
    };
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            flush();
            ++line;
            ++i;
        } else if (isCellSeparator(c)) {
            flush();
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else {
            // One word: up to the next space or separator.
            qsizetype end = i;
            while (end < n && !text.at(end).isSpace() && !isCellSeparator(text.at(end)))
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (!current.isEmpty())
                current += QLatin1Char(' ');
            current += word;
            digits += digitCount(word);
            // Spaces inside a number ("206 444 0100") keep it together; once
            // it is whole, a space starts the next one.
            if (isWholeNumber(current, digits))
                flush();
            i = end;
        }
    }
    flush();
    return out;
}

QStringList NumbersPage::numberCells(const QString &fileText)
{
    return numbertext::numberCells(fileText);
}

void NumbersPage::distributeNumbers(QList<CarrierGroup> &groups,
                                    const QList<QPair<QString, bool>> &numbers)
{
    QHash<QString, bool> wanted;   // E.164 -> toll-free
    for (const auto &n : numbers)
        wanted.insert(n.first, n.second);

    // Keep each group with the numbers it still has; remember its kind.
    QSet<QString> placed;
    QList<bool> tollFreeGroup;
    for (CarrierGroup &g : groups) {
        const QList<NumberCheck> checks = PhoneNumbers::checkAll(g.numbers);
        bool tollFree = false;
        for (const NumberCheck &c : checks) {
            if (c.ok) {
                tollFree = c.tollFree;
                break;
            }
        }
        QStringList stay;
        for (const NumberCheck &c : checks) {
            const auto w = wanted.constFind(c.e164);
            if (!c.ok || w == wanted.cend() || w.value() != tollFree || placed.contains(c.e164))
                continue;
            stay.append(c.e164);
            placed.insert(c.e164);
        }
        g.numbers = stay;
        tollFreeGroup.append(tollFree);
    }

    // New numbers: the first group of their kind that has numbers; else a
    // group of that kind left empty (its carrier details were typed for
    // these numbers' account); else any empty group; else a new one.
    const auto targetFor = [&](bool tollFree) {
        for (qsizetype i = 0; i < groups.size(); ++i)
            if (!groups.at(i).numbers.isEmpty() && tollFreeGroup.at(i) == tollFree)
                return i;
        for (qsizetype i = 0; i < groups.size(); ++i)
            if (groups.at(i).numbers.isEmpty() && tollFreeGroup.at(i) == tollFree)
                return i;
        for (qsizetype i = 0; i < groups.size(); ++i)
            if (groups.at(i).numbers.isEmpty()) {
                tollFreeGroup[i] = tollFree;
                return i;
            }
        groups.append(CarrierGroup());
        tollFreeGroup.append(tollFree);
        return groups.size() - 1;
    };
    for (const auto &n : numbers) {
        if (placed.contains(n.first))
            continue;
        groups[targetFor(n.second)].numbers.append(n.first);
        placed.insert(n.first);
    }

    groups.erase(std::remove_if(groups.begin(), groups.end(),
                                [](const CarrierGroup &g) { return g.numbers.isEmpty(); }),
                 groups.end());
}

} // namespace portdesk
