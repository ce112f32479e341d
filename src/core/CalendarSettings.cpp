// SPDX-License-Identifier: Apache-2.0
#include "CalendarSettings.h"

#include "BusinessCalendar.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace portdesk {

namespace {

const QString kKey = QStringLiteral("calendar/extraNonBusinessDays");

} // namespace

CalendarSettings::Read CalendarSettings::parse(const QStringList &values)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    Read out;
    for (const QString &raw : values) {
        const QString value = raw.trimmed();
        if (value.isEmpty())
            continue;
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!shape.match(value).hasMatch() || !day.isValid()) {
            out.problems << tr("Extra non-business days: \"%1\" is not a date of the form "
                               "YYYY-MM-DD; it is ignored.")
                                .arg(value);
            continue;
        }
        out.days.append(day);
    }
    std::sort(out.days.begin(), out.days.end());
    out.days.erase(std::unique(out.days.begin(), out.days.end()), out.days.end());
    return out;
}

CalendarSettings::Read CalendarSettings::parseText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return parse(text.split(separators, Qt::SkipEmptyParts));
}

CalendarSettings::Read CalendarSettings::load()
{
    const QSettings settings;
    const QVariant value = settings.value(kKey);
    // One date alone reads back as a string, several as a list.
    return parse(value.toStringList().isEmpty() ? QStringList { value.toString() }
                                                : value.toStringList());
}

void CalendarSettings::save(const QList<QDate> &days)
{
    QSettings settings;
    if (days.isEmpty()) {
        settings.remove(kKey);
    } else {
        QStringList values;
        for (const QDate &day : days)
            values << day.toString(Qt::ISODate);
        settings.setValue(kKey, values);
    }
    settings.sync();
}

QStringList CalendarSettings::install()
{
    const Read read = load();
    BusinessCalendar::setExtraNonBusinessDays(read.days);
    return read.problems;
}

} // namespace portdesk
