// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a raw baseline of the case queue looks up once, before any timer, to
// make the texts CaseQueueModel shows from a page's columns: the user's
// locale and zone, and the names of kinds and states. Used by bench_queue
// (SQLite) and bench_postgres (libpq), whose results are compared with the
// model's cell by cell; and the two sides the benchmarks time against them:
// the queue opened through its model, and a text search through the
// repository.

#include "core/CaseStateMachine.h"
#include "models/CaseQueueModel.h"
#include "service/Services.h"
#include "store/CaseQueueRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <cstdio>

namespace queuecells {

struct Names {
    QLocale locale;
    QTimeZone zone = QTimeZone::systemTimeZone();
    QString portIn = QStringLiteral("Port in"), portOut = QStringLiteral("Port out");
    QHash<QByteArray, QString> states;

    Names()
    {
        using namespace portdesk;
        for (int s = 0; s <= int(CaseState::Closed); ++s)
            states.insert(toString(CaseState(s)).toUtf8(), displayName(CaseState(s)));
    }
    // The zone a case's times are shown in: its customer's (schema 11), each
    // made once; none (a port-out): the user's.
    const QTimeZone &zoneOf(const QByteArray &id) const
    {
        if (id.isEmpty())
            return zone;
        auto it = zones.find(id);
        if (it == zones.end())
            it = zones.insert(id, QTimeZone(id));
        return it.value();
    }
    // A time (ms since the epoch) as the queue shows a FOC or a last change:
    // in the case's zone, a customer's with its abbreviation.
    QString when(qint64 ms, const QByteArray &zoneId) const
    {
        const QTimeZone &z = zoneOf(zoneId);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(z);
        QString text = locale.toString(at, QLocale::ShortFormat);
        if (!zoneId.isEmpty())
            text += QLatin1Char(' ') + z.abbreviation(at);
        return text;
    }
    // A projected time as the queue shows it: the date alone.
    QString day(qint64 ms, const QByteArray &zoneId) const
    {
        return locale.toString(
            QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zoneOf(zoneId)).date(),
            QLocale::ShortFormat);
    }

private:
    mutable QHash<QByteArray, QTimeZone> zones;
};

// Opens the queue the way the view does and reads every cell of the first
// page; the ids of its rows, in order, go to *ids, their cells' texts to
// *cells.
inline int openQueue(
    portdesk::Services &service, const QString &text, QList<qint64> *ids, QList<QStringList> *cells)
{
    portdesk::CaseQueueModel model(service);
    portdesk::CaseQueueFilter filter;
    filter.text = text;
    model.setFilter(filter); // loads the first page and the counts
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList texts;
        texts.reserve(portdesk::CaseQueueModel::ColumnCount);
        for (int column = 0; column < portdesk::CaseQueueModel::ColumnCount; ++column)
            texts << model.index(row, column).data().toString();
        cells->append(texts);
        ids->append(model.caseIdAt(row));
    }
    return model.rowCount();
}

// One text search as the queue runs it: the first page and, when another
// page follows, the counts per state. The ids of the page go to *ids.
inline bool search(const portdesk::CaseQueueRepository &repository, const QString &text,
    QList<qint64> *ids, portdesk::CaseStateCounts *counts)
{
    portdesk::CaseQueueQuery query;
    query.filter.text = text;
    QList<portdesk::CaseQueueRow> rows;
    bool more = false;
    portdesk::StoreStatus status;
    if (!repository.page(
            query, nullptr, portdesk::CaseQueueModel::defaultPageSize, &rows, &more, &status)) {
        std::fprintf(stderr, "search: %s\n", qPrintable(status.message));
        return false;
    }
    ids->clear();
    for (const portdesk::CaseQueueRow &row : std::as_const(rows))
        ids->append(row.id);
    *counts = portdesk::CaseStateCounts();
    if (more && !repository.stateCounts(query.filter, counts, &status)) {
        std::fprintf(stderr, "counts: %s\n", qPrintable(status.message));
        return false;
    }
    return true;
}

} // namespace queuecells
