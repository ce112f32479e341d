#pragma once

// What a raw baseline of the case queue looks up once, before any timer, to
// make the texts CaseQueueModel shows from a page's columns: the user's
// locale and zone, and the names of kinds and states. Used by bench_queue
// (SQLite) and bench_postgres (libpq), whose results are compared with the
// model's cell by cell.

#include "core/CaseStateMachine.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QTimeZone>

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
    // A time (ms since the epoch) as the queue shows a FOC or a last change.
    QString when(qint64 ms) const
    {
        return locale.toString(
            QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone), QLocale::ShortFormat);
    }
    // A projected time as the queue shows it: the date alone.
    QString day(qint64 ms) const
    {
        return locale.toString(
            QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone).date(),
            QLocale::ShortFormat);
    }
};

} // namespace queuecells
