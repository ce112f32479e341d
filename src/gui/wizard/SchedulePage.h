// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FieldMessages.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SchedulePage;
}

namespace portdesk {

class PortInWizard;

// The requested date and time of the port, in the customer's time zone.
// The request keeps the local time with that zone's offset on that date
// (daylight saving included) as a fixed offset, so that it survives JSON and
// means the same instant on any machine. Weekends, US federal holidays and
// past dates are refused; a date sooner than the usual 2-4 weeks warns.
class SchedulePage : public QWizardPage {
    Q_OBJECT

public:
    struct UsTimeZone {
        QByteArray ianaId; // "America/New_York"
        QString name; // translated, "Eastern"
    };
    // The US time zones offered, including the territories whose numbers
    // PortDesk accepts.
    static QList<UsTimeZone> usTimeZones();
    // "Eastern (America/New_York)"; the id alone when it is not in the list.
    static QString zoneDisplayName(const QByteArray &ianaId);
    // The wall-clock time in the zone on that date, as a fixed UTC offset.
    static QDateTime portDateTime(const QDate &date, const QTime &time, const QByteArray &ianaId);
    // The first business day at least three weeks after now, in the zone.
    static QDate defaultDate(const QDateTime &now, const QByteArray &ianaId);
    // The page-state key under which the chosen zone is kept in drafts.
    static QString timeZoneStateKey() { return QStringLiteral("schedule.timeZone"); }
    // True in the page state once the admin picked a zone themselves: a
    // changed service address no longer changes it.
    static QString timeZoneChosenStateKey() { return QStringLiteral("schedule.timeZoneChosen"); }
    // The zone the service address proposed when the page was last shown.
    static QString timeZoneProposedStateKey() { return QStringLiteral("schedule.timeZoneProposed"); }

    explicit SchedulePage(PortInWizard *wizard);
    ~SchedulePage() override;

    void initializePage() override;
    bool validatePage() override;

    QByteArray timeZoneId() const;
    const FieldMessages &messages() const { return m_messages; }

private:
    void dateTimeChanged();
    void zoneChosen();
    void updateFeedback();
    void markHolidays(int fromYear, int toYear);

    PortInWizard *m_wizard;
    std::unique_ptr<Ui::SchedulePage> m_ui;
    FieldMessages m_messages;
    bool m_messagesShown = false;
};

} // namespace portdesk
