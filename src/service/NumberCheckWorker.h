// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/PhoneNumber.h"
#include "core/PortRequest.h"
#include "core/Violation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace portdesk {

class CaseService;
class Store;

// One pasted line's verdict as the checks see it: libphonenumber's reading
// and, for a readable number seen for the first time, the store's view.
struct NumberVerdict {
    NumberCheck check;
    int duplicateOf = 0; // line of the number's first occurrence; 0: first here
    bool inInventory = false;
    qint64 openPortIn = 0; // the open port-in case holding it; 0: none
};

// The wizard's checks of a pasted list, off the GUI thread. Lives in a
// QThread of its own and opens its own read-only connection to the store
// (Qt's SQL connections belong to the thread that opened them) on first use.
// Work comes in by queued calls tagged with a generation; newer work makes
// older work stop at its next slice (cancelBefore), and the caller drops
// any result of an old generation that was already on its way.
class NumberCheckWorker : public QObject {
    Q_OBJECT

public:
    // storeUrl: Services::storeUrl(), password included.
    explicit NumberCheckWorker(const QString &storeUrl, QObject *parent = nullptr);
    ~NumberCheckWorker() override;

    // Checks typed numbers in order (lines: each one's 1-based line). A
    // number already in firstLine is a duplicate; a first occurrence goes in,
    // so one map carries duplicates across the slices of one run. Store
    // problems go to *storeProblem (the verdicts are libphonenumber's then).
    // The same code for the worker and for a synchronous caller; cases null:
    // no store to ask (libphonenumber's verdicts and duplicates only).
    static QList<NumberVerdict> checkSlice(const CaseService *cases, const QStringList &typed,
        const QList<int> &lines, QHash<QString, int> *firstLine, QString *storeProblem);

    // Thread-safe: work of an older generation than this stops at its next
    // slice boundary.
    void cancelBefore(quint64 generation);

public Q_SLOTS:
    // Checks the lines in slices of sliceSize, emitting sliceChecked for each.
    void checkLines(
        quint64 generation, const QStringList &typed, const QList<int> &lines, int sliceSize);
    // The request's full check against the store (CaseService::checkPortIn).
    void checkRequest(quint64 generation, const portdesk::PortInRequest &request);

Q_SIGNALS:
    void sliceChecked(quint64 generation, int first, const QList<portdesk::NumberVerdict> &verdicts,
        const QString &storeProblem);
    void requestChecked(quint64 generation, const portdesk::Violations &violations);

private:
    bool cancelled(quint64 generation) const { return generation < m_current.load(); }
    // Opens the store in this thread, once; false with the reason if it cannot.
    bool ensureOpen(QString *problem);

    QString m_url;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CaseService> m_cases;
    QString m_openProblem;
    std::atomic<quint64> m_current { 0 };
};

} // namespace portdesk
