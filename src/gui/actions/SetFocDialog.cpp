#include "SetFocDialog.h"

#include "models/CaseTerms.h"

#include "core/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/RequestValidator.h"
#include "gui/MessageLabel.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace portdesk {

SetFocDialog::SetFocDialog(const QDateTime &suggested, int offsetSecs, QWidget *parent)
    : ActionDialog(parent)
    , m_edit(new QDateTimeEdit(this))
    , m_verdict(new MessageLabel(this))
    , m_offset(offsetSecs)
{
    setWindowTitle(tr("Set the FOC"));
    auto *intro = new MessageLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("The Firm Order Commit date and time the carrier gave, in the customer's "
                      "time (%1). It must be a business day and not in the past; the admin "
                      "then confirms it or asks for another date.")
                       .arg(CaseTerms::offsetText(offsetSecs)));
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
    const QDateTime wall = suggested.toOffsetFromUtc(offsetSecs);
    m_edit->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
    auto *label = new QLabel(tr("&FOC (%1):").arg(CaseTerms::offsetText(offsetSecs)), this);
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
    fieldMessages().bind(QStringLiteral("focAt"), m_verdict);

    setOkText(tr("&Set FOC"));
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &SetFocDialog::check);
    check();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QDateTime SetFocDialog::focAt() const
{
    // The wall-clock value as typed, in the customer's offset.
    const QDateTime shown = m_edit->dateTime();
    return QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute()),
        Qt::OffsetFromUTC, m_offset);
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

QDateTime SetFocDialog::suggestion(const QDateTime &requestedPortAt, const QDateTime &now)
{
    const int offset = requestedPortAt.isValid() ? requestedPortAt.offsetFromUtc() : 0;
    if (requestedPortAt.isValid()
        && RequestValidator::checkFocDate(requestedPortAt, now, QStringLiteral("focAt")).isEmpty())
        return requestedPortAt;
    const QDateTime local = now.toOffsetFromUtc(offset);
    const QTime time
        = requestedPortAt.isValid() ? requestedPortAt.toOffsetFromUtc(offset).time() : QTime(10, 0);
    return QDateTime(
        BusinessCalendar::addBusinessDays(local.date(), 1), time, Qt::OffsetFromUTC, offset);
}

} // namespace portdesk
