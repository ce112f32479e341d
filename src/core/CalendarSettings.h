// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace portdesk {

// The extra non-business days (a carrier's own holidays) kept in this
// machine's settings, key "calendar/extraNonBusinessDays": a list of
// YYYY-MM-DD dates that BusinessCalendar adds to the federal holidays, for
// the app and portdesk-cli alike.
class CalendarSettings
{
    Q_DECLARE_TR_FUNCTIONS(CalendarSettings)

public:
    struct Read {
        QList<QDate> days;    // sorted, each once
        QStringList problems; // translated, one per value ignored, naming it
    };
    // Dates from text: one a line, or separated by commas or spaces; blank
    // ones skipped; anything that is not a real YYYY-MM-DD date named in
    // problems and left out.
    static Read parse(const QStringList &values);
    static Read parseText(const QString &text);
    static Read load();
    static void save(const QList<QDate> &days);
    // load() handed to BusinessCalendar; returns load()'s problems.
    static QStringList install();
};

} // namespace portdesk
