// SPDX-License-Identifier: Apache-2.0
#include "SchedulePage.h"
#include "gui/ToneWidgets.h"

#include "ui_SchedulePage.h"

#include "PortInWizard.h"

#include "core/AppSettings.h"
#include "core/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/CustomerTime.h"
#include "core/UsTimeZones.h"
#include "core/RequestValidator.h"

#include <QCalendarWidget>
#include <QLocale>
#include <QTextCharFormat>
#include <QTimeZone>

namespace portdesk {

namespace {

const QString kField = QStringLiteral("requestedPortAt");
const QTime kDefaultTime(10, 0);

} // namespace

QList<SchedulePage::UsTimeZone> SchedulePage::usTimeZones()
{
    QList<UsTimeZone> zones;
    for (const UsTimeZones::Zone &zone : UsTimeZones::all())
        zones.append({ zone.ianaId, zone.name });
    return zones;
}

QString SchedulePage::zoneDisplayName(const QByteArray &ianaId)
{
    return UsTimeZones::displayName(ianaId);
}

QDateTime SchedulePage::portDateTime(const QDate &date, const QTime &time, const QByteArray &ianaId)
{
    const QTimeZone zone(ianaId);
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    // The zone's offset on that very date (daylight saving or not), kept as a
    // fixed offset: "2026-12-15T10:00:00-08:00" for Pacific in December.
    const QDateTime inZone(date, time, zone);
    return QDateTime(date, time, Qt::OffsetFromUTC, inZone.offsetFromUtc());
}

QDate SchedulePage::defaultDate(const QDateTime &now, const QByteArray &ianaId)
{
    const QTimeZone zone(ianaId);
    const QDate today = zone.isValid() ? now.toTimeZone(zone).date() : now.date();
    return BusinessCalendar::addBusinessDays(today.addDays(21), 0);
}

SchedulePage::SchedulePage(PortInWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_ui(std::make_unique<Ui::SchedulePage>())
{
    m_ui->setupUi(this);
    for (const UsTimeZone &zone : usTimeZones())
        m_ui->zoneCombo->addItem(zoneDisplayName(zone.ianaId), zone.ianaId);
    for (QWidget *w : { static_cast<QWidget *>(m_ui->dateEdit),
             static_cast<QWidget *>(m_ui->timeEdit), static_cast<QWidget *>(m_ui->zoneCombo) })
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Saturday and Sunday are already red in the calendar; holidays too.
    const int year = Clock::now().date().year();
    markHolidays(year - 1, year + 3);

    m_messages.bind(kField, m_ui->dateMessage, m_ui->dateEdit);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &SchedulePage::dateTimeChanged);
    connect(m_ui->timeEdit, &QTimeEdit::timeChanged, this, &SchedulePage::dateTimeChanged);
    connect(m_ui->zoneCombo, &QComboBox::currentIndexChanged, this, &SchedulePage::zoneChosen);
}

SchedulePage::~SchedulePage() = default;

QByteArray SchedulePage::timeZoneId() const
{
    return m_ui->zoneCombo->currentData().toByteArray();
}

void SchedulePage::initializePage()
{
    const PortInRequest &request = m_wizard->request();
    const QDateTime at = request.requestedPortAt;

    // The zone: the one the admin picked here before (drafts keep it); the
    // one shown here before unless the service address now proposes another;
    // the request's own when it came with one (a draft, a file); for a date
    // given with an offset only, the zone of the service address with that
    // offset (inferredTimeZoneId: the time given never moves); else the one
    // the service address's state and the numbers' area codes propose; else
    // one whose offset matches, else this machine's if it is a US zone, else
    // Eastern.
    const bool chosen = m_wizard->pageState(timeZoneChosenStateKey()).toBool();
    const QByteArray shownBefore = m_wizard->pageState(timeZoneStateKey()).toString().toLatin1();
    const QByteArray proposedBefore
        = m_wizard->pageState(timeZoneProposedStateKey()).toString().toLatin1();
    const QByteArray proposed = proposedTimeZoneId(request);
    m_wizard->setPageState(timeZoneProposedStateKey(), QString::fromLatin1(proposed));
    QByteArray zoneId;
    if (chosen) {
        zoneId = shownBefore;
    } else if (!shownBefore.isEmpty() && request.timeZone == shownBefore) {
        zoneId = proposed != proposedBefore && !proposed.isEmpty() ? proposed : shownBefore;
    } else if (!request.timeZone.isEmpty()) {
        zoneId = request.timeZone;
    } else if (at.isValid()) {
        zoneId = inferredTimeZoneId(request);
    }
    if (m_ui->zoneCombo->findData(zoneId) < 0)
        zoneId = proposed;
    if (m_ui->zoneCombo->findData(zoneId) < 0 && at.isValid()) {
        zoneId.clear();
        for (const UsTimeZone &zone : usTimeZones()) {
            if (portDateTime(at.date(), at.time(), zone.ianaId).offsetFromUtc()
                == at.offsetFromUtc()) {
                zoneId = zone.ianaId;
                break;
            }
        }
    }
    if (m_ui->zoneCombo->findData(zoneId) < 0) {
        // Settings' default time zone, else this computer's, else Eastern.
        const QByteArray setting = AppSettings::defaultTimeZone();
        const QByteArray system
            = setting.isEmpty() ? QTimeZone::systemTimeZoneId() : setting;
        zoneId
            = m_ui->zoneCombo->findData(system) >= 0 ? system : usTimeZones().constFirst().ianaId;
    }

    {
        const QSignalBlocker b1(m_ui->dateEdit);
        const QSignalBlocker b2(m_ui->timeEdit);
        const QSignalBlocker b3(m_ui->zoneCombo);
        m_ui->zoneCombo->setCurrentIndex(m_ui->zoneCombo->findData(zoneId));
        if (at.isValid()) {
            // The wall-clock date and time as given, in its own offset.
            m_ui->dateEdit->setDate(at.date());
            m_ui->timeEdit->setTime(at.time());
        } else {
            m_ui->dateEdit->setDate(defaultDate(Clock::now(), zoneId));
            m_ui->timeEdit->setTime(kDefaultTime);
        }
    }
    m_messages.clear();
    m_messagesShown = false;
    // What is shown is what the request holds (also the default just chosen).
    dateTimeChanged();
}

bool SchedulePage::validatePage()
{
    dateTimeChanged();
    const Violations violations = m_wizard->checkFields({ kField });
    m_messages.show(violations);
    m_messagesShown = true;
    m_messages.focusFirstError();
    return !hasErrors(violations);
}

void SchedulePage::zoneChosen()
{
    m_wizard->setPageState(timeZoneChosenStateKey(), true);
    dateTimeChanged();
}

void SchedulePage::dateTimeChanged()
{
    const QByteArray zoneId = timeZoneId();
    m_wizard->request().requestedPortAt
        = portDateTime(m_ui->dateEdit->date(), m_ui->timeEdit->time(), zoneId);
    m_wizard->request().timeZone = zoneId;
    m_wizard->setPageState(timeZoneStateKey(), QString::fromLatin1(zoneId));
    updateFeedback();
}

void SchedulePage::updateFeedback()
{
    const QDateTime at = m_wizard->request().requestedPortAt;
    const QDate day = m_ui->dateEdit->date();
    const QLocale locale;
    const QString dayText = locale.toString(day, QStringLiteral("dddd d MMMM yyyy"));
    const QString zoneName = m_ui->zoneCombo->currentText().section(QLatin1String(" ("), 0, 0);
    const QString when
        = tr("%1, %2 %3 (%4)")
              .arg(dayText, locale.toString(m_ui->timeEdit->time(), QStringLiteral("HH:mm")),
                  zoneName, at.isValid() ? at.timeZoneAbbreviation() : QString());

    const QDateTime now = Clock::now();
    const QDate today = now.toOffsetFromUtc(at.isValid() ? at.offsetFromUtc() : 0).date();
    const Holiday holiday = BusinessCalendar::holidayOn(day);
    QString verdict;
    bool good = false;
    if (at.isValid() && at <= now)
        verdict = tr("in the past");
    else if (BusinessCalendar::isWeekend(day))
        verdict = tr("a weekend day, not a business day");
    else if (!holiday.name.isEmpty())
        verdict = tr("%1, a US federal holiday").arg(holiday.name);
    else {
        good = true;
        const int days = BusinessCalendar::businessDaysBetween(today, day);
        verdict = days == 1 ? tr("a business day, 1 business day from today")
                            : tr("a business day, %1 business days from today").arg(days);
    }
    m_ui->dayFeedback->setText(tr("%1 — %2").arg(when, verdict));
    tones::apply(m_ui->dayFeedback, good ? tones::Tone::Success : tones::Tone::Error);

    // Live: the same rule the CLI runs. Errors show once Next was tried (the
    // line above already says what is wrong); the two-week warning at once.
    Violations live = RequestValidator::checkPortDate(at, now, kField);
    if (!m_messagesShown) {
        Violations warnings;
        for (const Violation &v : live)
            if (!v.isError())
                warnings.append(v);
        live = warnings;
    }
    m_messages.show(live);
}

void SchedulePage::markHolidays(int fromYear, int toYear)
{
    QCalendarWidget *calendar = m_ui->dateEdit->calendarWidget();
    if (!calendar)
        return;
    QTextCharFormat format;
    format.setForeground(tones::text(tones::Tone::Error, calendar->palette(), QPalette::Base));
    format.setFontWeight(QFont::Bold);
    format.setFontUnderline(true);
    for (int year = fromYear; year <= toYear; ++year)
        for (const Holiday &holiday : BusinessCalendar::holidays(year)) {
            format.setToolTip(holiday.name);
            calendar->setDateTextFormat(holiday.date, format);
        }
}

} // namespace portdesk
