// SPDX-License-Identifier: Apache-2.0
#include "SampleScript.h"

#include "core/BusinessCalendar.h"

namespace portdesk::sample {

QDateTime localTime(const QDate &day, int minutes)
{
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, kOffset)
        .addSecs(minutes * kMinute)
        .toUTC();
}

QDate localDate(const QDateTime &at)
{
    return at.toOffsetFromUtc(kOffset).date();
}

QByteArray samplePdf(const QStringList &lines)
{
    QByteArray text = "BT /F1 14 Tf 72 720 Td 18 TL";
    for (const QString &line : lines) {
        QByteArray escaped = line.toLatin1();
        escaped.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        text += " (" + escaped + ") Tj T*";
    }
    text += " ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void Script::plan(const QDateTime &now, int lag, const QDateTime &lastEventAt)
{
    int anchor = 0;
    for (int i = 0; i < int(m_steps.size()); ++i) {
        if (m_steps[size_t(i)].isEvent && !m_steps[size_t(i)].afterPrevious)
            anchor = i;
    }
    // Business days of each step from the first.
    std::vector<int> offsets(m_steps.size(), 0);
    for (size_t i = 1; i < m_steps.size(); ++i)
        offsets[i] = offsets[i - 1] + m_steps[i].days;
    const Step &last = m_steps[size_t(anchor)];
    QDate anchorDay;
    if (lastEventAt.isValid()) {
        anchorDay = localDate(lastEventAt);
    } else {
        // The latest business day whose anchor time has passed.
        QDate day = now.toUTC().date();
        while (!BusinessCalendar::isBusinessDay(day) || localTime(day, last.minutes) >= now)
            day = day.addDays(-1);
        anchorDay = BusinessCalendar::addBusinessDays(day, -lag);
    }
    const QDate first = BusinessCalendar::addBusinessDays(anchorDay, -offsets[size_t(anchor)]);
    m_times.assign(m_steps.size(), QDateTime());
    for (size_t i = 0; i < m_steps.size(); ++i) {
        const Step &s = m_steps[i];
        QDateTime at;
        if (int(i) == anchor && lastEventAt.isValid())
            at = lastEventAt;
        else if (s.afterPrevious)
            at = m_times[i - 1].addSecs(s.minutes * kMinute);
        else
            at = localTime(BusinessCalendar::addBusinessDays(first, offsets[i]), s.minutes);
        // In order, a few minutes apart at least; and never now or later
        // (then halfway from the step before to now).
        if (i > 0 && at <= m_times[i - 1])
            at = m_times[i - 1].addSecs(5 * kMinute);
        if (at >= now) {
            const QDateTime before = i > 0 ? m_times[i - 1] : now.addSecs(-60 * kMinute);
            at = before.addMSecs(before.msecsTo(now) / 2);
        }
        m_times[i] = at;
    }
}

bool Script::run(FixedClock &clock) const
{
    for (size_t i = 0; i < m_steps.size(); ++i) {
        clock.set(m_times[i]);
        if (!m_steps[i].run(m_times[i]))
            return false;
    }
    return true;
}

} // namespace portdesk::sample
