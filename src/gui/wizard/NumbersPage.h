// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FieldMessages.h"
#include "models/NumberLinesModel.h"

#include "core/Violation.h"

#include <QHash>
#include <QThread>
#include <QTimer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class NumbersPage;
}

namespace portdesk {

class PortInWizard;
class NumberCheckWorker;
struct CarrierGroup;
struct NumberVerdict;

// "Numbers and type": Business Calling or Voice Connector (with the target
// connector, created inline if need be), and the numbers to port, pasted in
// any notation or imported from CSV/TXT. Every number shows its verdict in
// the table as soon as it is checked; the checks run in a worker thread with
// its own store connection (NumberCheckWorker), which sends the verdicts
// back slice by slice, so that a paste of tens of thousands of numbers never
// freezes the window. On Next the numbers go into the request's carrier
// groups (toll-free in a group of their own), keeping the groups typed on
// the next page; a large request's full check runs in the worker too.
class NumbersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NumbersPage(PortInWizard *wizard);
    ~NumbersPage() override;

    void initializePage() override;
    bool validatePage() override;

    NumberLinesModel *lines() const { return m_lines; }
    // True from a text change until every number has its verdict.
    bool isValidating() const;
    // True while Next waits for the worker's full check of a large request.
    bool isCheckingRequest() const { return m_requestGeneration != 0; }
    // Checks what is left now, without returning to the event loop (resuming
    // a draft: the admin already saw these verdicts).
    void finishValidation();
    // The messages shown beside the fields now.
    QStringList messages() const { return m_messages.shownTexts(); }

    // The numbers of pasted text: one or many per line, separated by commas,
    // semicolons, tabs, or spaces between complete numbers ("206 444 0100"
    // stays one number). Each entry keeps its 1-based line.
    static QList<NumberLinesModel::Entry> splitNumbers(const QString &text);
    // The number-like cells of a CSV or TXT file's text.
    static QStringList numberCells(const QString &fileText);
    // Puts the numbers (E.164, with whether each is toll-free) into carrier
    // groups: a number already in a group stays there, a new one goes to the
    // first group of its kind (toll-free numbers have their own), numbers no
    // longer listed leave, and a group left empty goes.
    static void distributeNumbers(QList<CarrierGroup> &groups,
                                  const QList<QPair<QString, bool>> &numbers);

    // Verdicts come back from the worker this many at a time.
    static constexpr int sliceSize = 1000;
    static constexpr int debounceMs = 300;
    // Above this many numbers Next's full check runs in the worker.
    static constexpr int syncRequestCheckLimit = 500;

public Q_SLOTS:
    void importFile();
    // Takes every number that blocks Next (refused, already in the
    // inventory or an open port, listed twice) out of the pasted text, in
    // one step Ctrl+Z undoes; returns how many went.
    int removeRefused();
    void createVoiceConnector();

Q_SIGNALS:
    void validationFinished();

private:
    void textChanged();
    void startValidation();
    void ensureWorker();
    void applySlice(quint64 generation, int first, const QList<portdesk::NumberVerdict> &verdicts,
        const QString &storeProblem);
    NumberLinesModel::Entry entryFor(int row, const NumberVerdict &v) const;
    void requestChecked(quint64 generation, const portdesk::Violations &violations);
    // An input that changes the request: a pending or cached full check is stale.
    void forgetRequestCheck();
    void showNextBusy(bool busy);
    void updateSummary();
    void updateDetail();
    void productTypeChanged();
    void connectorChanged();
    void reloadConnectors(const QString &select);
    QList<QPair<QString, bool>> portableNumbers() const;
    int lineOf(const QString &e164) const;

    PortInWizard *m_wizard;
    std::unique_ptr<Ui::NumbersPage> m_ui;
    NumberLinesModel *m_lines;
    QTimer m_debounce;
    QThread m_thread;
    NumberCheckWorker *m_worker = nullptr; // lives in m_thread
    quint64 m_generation = 0; // of the latest work sent to the worker
    int m_next = 0;                      // first row not yet checked
    QHash<QString, int> m_firstLine;     // E.164 -> line of its first occurrence
    QString m_storeProblem;
    quint64 m_requestGeneration = 0; // Next's full check on its way; 0: none
    bool m_haveRequestCheck = false; // m_requestCheck is for the input as it is
    Violations m_requestCheck;
    FieldMessages m_messages;
    bool m_loading = false;
};

} // namespace portdesk
