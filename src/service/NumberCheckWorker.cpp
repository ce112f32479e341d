// SPDX-License-Identifier: Apache-2.0
#include "NumberCheckWorker.h"

#include "CaseService.h"

#include "store/Store.h"

namespace portdesk {

NumberCheckWorker::NumberCheckWorker(const QString &storeUrl, QObject *parent)
    : QObject(parent), m_url(storeUrl)
{
}

// In the worker's thread (QThread::finished -> deleteLater): the connection
// goes in the thread that opened it.
NumberCheckWorker::~NumberCheckWorker()
{
    m_cases.reset();
    m_store.reset();
}

QList<NumberVerdict> NumberCheckWorker::checkSlice(const CaseService *cases,
    const QStringList &typed, const QList<int> &lines, QHash<QString, int> *firstLine,
    QString *storeProblem)
{
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(typed);
    QList<NumberVerdict> out;
    out.reserve(checks.size());
    QStringList unique; // readable, first occurrence: asked of the store
    QList<qsizetype> uniqueAt; // their index in out
    for (qsizetype k = 0; k < checks.size(); ++k) {
        NumberVerdict v;
        v.check = checks.at(k);
        if (v.check.ok) {
            const auto seen = firstLine->constFind(v.check.e164);
            if (seen != firstLine->cend()) {
                v.duplicateOf = seen.value();
            } else {
                firstLine->insert(v.check.e164, lines.value(k));
                unique.append(v.check.e164);
                uniqueAt.append(k);
            }
        }
        out.append(v);
    }
    if (unique.isEmpty() || !cases)
        return out;
    // The same rules as a submit, on this slice's numbers.
    StoreStatus status;
    const CaseService::NumbersInUse used = cases->numbersInUse(unique, &status);
    if (!status.ok() && storeProblem)
        *storeProblem = status.message;
    for (qsizetype j = 0; j < unique.size(); ++j) {
        NumberVerdict &v = out[uniqueAt.at(j)];
        v.openPortIn = used.inOpenPortIn.value(unique.at(j));
        v.inInventory = used.inInventory.contains(unique.at(j));
    }
    return out;
}

void NumberCheckWorker::cancelBefore(quint64 generation)
{
    // Only forward: a late call for an old generation must not revive it.
    quint64 current = m_current.load();
    while (current < generation && !m_current.compare_exchange_weak(current, generation)) { }
}

bool NumberCheckWorker::ensureOpen(QString *problem)
{
    if (m_cases)
        return true;
    if (m_openProblem.isEmpty()) {
        StoreStatus status;
        m_store = Store::open(m_url, &status, StoreAccess::ReadOnly);
        if (m_store)
            m_cases = std::make_unique<CaseService>(*m_store);
        else
            m_openProblem = status.message;
    }
    if (problem)
        *problem = m_openProblem;
    return m_cases != nullptr;
}

void NumberCheckWorker::checkLines(
    quint64 generation, const QStringList &typed, const QList<int> &lines, int sliceSize)
{
    if (cancelled(generation))
        return;
    QString openProblem;
    const bool open = ensureOpen(&openProblem);
    QHash<QString, int> firstLine;
    firstLine.reserve(typed.size());
    const qsizetype total = typed.size();
    const qsizetype step = qMax(1, sliceSize);
    for (qsizetype first = 0; first < total; first += step) {
        if (cancelled(generation))
            return;
        const QStringList slice = typed.mid(first, step);
        const QList<int> sliceLines = lines.mid(first, step);
        QString storeProblem = openProblem;
        const QList<NumberVerdict> verdicts = checkSlice(
            open ? m_cases.get() : nullptr, slice, sliceLines, &firstLine, &storeProblem);
        Q_EMIT sliceChecked(generation, int(first), verdicts, storeProblem);
    }
}

void NumberCheckWorker::checkRequest(quint64 generation, const PortInRequest &request)
{
    if (cancelled(generation))
        return;
    QString problem;
    if (!ensureOpen(&problem)) {
        Q_EMIT requestChecked(generation,
            { Violation::error(QStringLiteral("store"), "store.unavailable", problem) });
        return;
    }
    Q_EMIT requestChecked(generation, m_cases->checkPortIn(request));
}

} // namespace portdesk
