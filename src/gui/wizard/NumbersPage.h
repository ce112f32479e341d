#pragma once

#include "FieldMessages.h"
#include "models/NumberLinesModel.h"

#include <QHash>
#include <QTimer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class NumbersPage;
}

namespace portdesk {

class PortInWizard;
struct CarrierGroup;

// "Numbers and type": Business Calling or Voice Connector (with the target
// connector, created inline if need be), and the numbers to port, pasted in
// any notation or imported from CSV/TXT. Every number shows its verdict in
// the table as soon as it is checked; the checks run in slices off a timer
// so that a paste of tens of thousands of numbers never freezes the window.
// On Next the numbers go into the request's carrier groups (toll-free in a
// group of their own), keeping the groups typed on the next page.
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

    static constexpr int sliceSize = 2000;
    static constexpr int debounceMs = 300;

public Q_SLOTS:
    void importFile();
    void createVoiceConnector();

Q_SIGNALS:
    void validationFinished();

private:
    void textChanged();
    void startValidation();
    void validateSlice();
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
    QTimer m_sliceTimer;
    int m_next = 0;                      // first row not yet checked
    QHash<QString, int> m_firstLine;     // E.164 -> line of its first occurrence
    QString m_storeProblem;
    FieldMessages m_messages;
    bool m_loading = false;
};

} // namespace portdesk
