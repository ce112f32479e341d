// SPDX-License-Identifier: Apache-2.0
#include "SetFocDialog.h"

#include "models/CaseTerms.h"

#include "core/BusinessCalendar.h"
#include "core/CustomerTime.h"
#include "core/UsTimeZones.h"
#include "core/Clock.h"
#include "core/RequestValidator.h"
#include "gui/MessageLabel.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace portdesk {

namespace {

// "Pacific (America/Los_Angeles)", or "UTC−05:00" for a bare offset.
QString zoneName(const QTimeZone &zone, const QDateTime &at)
{
    const QByteArray id = zone.id();
    const QString name = UsTimeZones::displayName(id);
    return id.startsWith("UTC") || name.isEmpty()
        ? CaseTerms::offsetText(zone.offsetFromUtc(at))
        : name;
}

} // namespace

SetFocDialog::SetFocDialog(const QDateTime &suggested, const QTimeZone &zone, QWidget *parent)
    : ActionDialog(parent)
    , m_edit(new QDateTimeEdit(this))
    , m_verdict(new MessageLabel(this))
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    setWindowTitle(tr("Set the FOC"));
    auto *intro = new MessageLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("The Firm Order Commit date and time the carrier gave, in the customer's "
                      "time (%1). It must be a business day and not in the past; the admin "
                      "then confirms it or asks for another date.")
                       .arg(zoneName(m_zone, suggested)));
    body()->addWidget(intro);

    auto *form = new QFormLayout;
    m_edit->setCalendarPopup(true);
    // The editor holds the customer's wall-clock time; kept in UTC so that no
    // local daylight-saving gap can swallow an hour.
    m_edit->setTimeSpec(Qt::UTC);
    QString timeFormat = locale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    m_edit->setDisplayFormat(QStringLiteral("ddd ") + locale().dateFormat(QLocale::ShortFormat)
        + QLatin1Char(' ') + timeFormat);
    const QDateTime wall = inTimeZone(suggested, m_zone);
    m_edit->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
    auto *label = new QLabel(tr("&FOC (%1):").arg(zoneAbbreviation(wall, m_zone)), this);
    label->setBuddy(m_edit);
    form->addRow(label, m_edit);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    QPalette pal = m_verdict->palette();
    pal.setColor(QPalette::WindowText, CaseTerms::alertColor(palette()));
    m_verdict->setPalette(pal);
    form->addRow(QString(), m_verdict);
    body()->addLayout(form);
    // The store's refusal for the date goes beside it too.
    fieldMessages().bind(QStringLiteral("focAt"), m_verdict, m_edit);

    setOkText(tr("&Set FOC"));
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &SetFocDialog::check);
    check();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QDateTime SetFocDialog::focAt() const
{
    // The wall-clock value as typed, in the customer's zone, kept with that
    // zone's offset on that date (the event's ISO 8601 text).
    const QDateTime shown = m_edit->dateTime();
    const QDateTime inZone(
        shown.date(), QTime(shown.time().hour(), shown.time().minute()), m_zone);
    return QDateTime(inZone.date(), inZone.time(), Qt::OffsetFromUTC, inZone.offsetFromUtc());
}

QString SetFocDialog::verdict() const
{
    const Violations violations
        = RequestValidator::checkFocDate(focAt(), Clock::now(), QStringLiteral("focAt"));
    QStringList lines;
    for (const Violation &v : violations) {
        if (v.isError())
            lines << v.message;
    }
    return lines.join(QLatin1Char('\n'));
}

void SetFocDialog::check()
{
    const QString text = verdict();
    m_verdict->setText(text);
    m_verdict->setAccessibleDescription(text);
    m_verdict->setVisible(!text.isEmpty());
    setReady(text.isEmpty());
}

QDateTime SetFocDialog::suggestion(
    const QDateTime &requestedPortAt, const QTimeZone &zone, const QDateTime &now)
{
    if (requestedPortAt.isValid()
        && RequestValidator::checkFocDate(requestedPortAt, now, QStringLiteral("focAt")).isEmpty())
        return requestedPortAt;
    const QTimeZone in = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime local = now.toTimeZone(in);
    const QTime time
        = requestedPortAt.isValid() ? requestedPortAt.toTimeZone(in).time() : QTime(10, 0);
    const QDateTime inZone(BusinessCalendar::addBusinessDays(local.date(), 1), time, in);
    return QDateTime(inZone.date(), inZone.time(), Qt::OffsetFromUTC, inZone.offsetFromUtc());
}

} // namespace portdesk
