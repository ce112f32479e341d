#include "SampleStore.h"

#include "PortingService.h"

#include "core/BusinessCalendar.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <iterator>

namespace portdesk {

namespace {

struct Customer
{
    const char *name;
    const char *carrier;
    const char *street;
    const char *city;
    const char *state;
    const char *zip;
    const char *npa;   // area code of its numbers
};

const Customer kCustomers[] = {
    {"Northwind Traders", "Example Telecom", "1 Main St", "Seattle", "WA", "98101", "206"},
    {"Contoso Dental", "Cascade Fiber", "22 Pine St", "Portland", "OR", "97201", "503"},
    {"Fabrikam Legal", "Lone Star Voice", "9 Elm Ave", "Austin", "TX", "78701", "512"},
    {"Tailspin Toys", "Great Lakes Tel", "400 Lake Dr", "Chicago", "IL", "60601", "312"},
    {"Adatum Clinics", "Peachtree Comm", "77 Peach St", "Atlanta", "GA", "30303", "404"},
    {"Litware Books", "Bay Area Lines", "5 Market St", "San Francisco", "CA", "94105", "415"},
};

// Business days after a date, at 15:00 UTC (mid-morning in the US).
QDateTime businessDaysAfter(const QDateTime &from, int days)
{
    return QDateTime(BusinessCalendar::addBusinessDays(from.date(), days), QTime(15, 0), Qt::UTC);
}

class Builder
{
public:
    Builder(PortingService &service, const QDateTime &now)
        : m_service(service)
        , m_now(now)
        , m_clock(now)
    {
        Clock::setInstance(&m_clock);
    }
    ~Builder() { Clock::setInstance(nullptr); }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    int made() const { return m_made; }

    // A port-in submitted `ageDays` business days ago, taken `steps` steps.
    void portIn(int steps, int ageDays, int rounds = 0, bool notPortable = false,
                bool cancel = false, bool tollFree = false)
    {
        if (failed())
            return;
        // A case taken all the way has its FOC behind it (the clock completes
        // it); one that stops at the FOC waits for a FOC ahead.
        const bool complete = steps >= 99;
        const Customer &c = kCustomers[m_made % std::size(kCustomers)];
        QDateTime at = businessDaysAfter(m_now.addDays(-ageDays * 7 / 5 - 2), 0);
        m_clock.set(at);
        PortInRequest r;
        r.productType = tollFree ? ProductType::VoiceConnector : ProductType::BusinessCalling;
        if (tollFree)
            r.voiceConnector = QStringLiteral("pbx-east");
        r.adminEmail = QStringLiteral("it@") + QString::fromLatin1(c.name).section(QLatin1Char(' '), 0, 0).toLower()
            + QStringLiteral(".example.com");
        // The requested date: about three weeks after the submit, a business day.
        r.requestedPortAt = QDateTime(BusinessCalendar::addBusinessDays(at.date(), 15), QTime(10, 0),
                                      Qt::OffsetFromUTC, -5 * 3600);
        CarrierGroup g;
        g.carrier = QString::fromLatin1(tollFree ? "Toll-Free RespOrg Inc" : c.carrier);
        g.customerName = QString::fromLatin1(c.name);
        g.authorizingPerson = QStringLiteral("Alex Rivera");
        g.authorizingTitle = QStringLiteral("Office Manager");
        g.accountNumber = QStringLiteral("%1").arg(40000000 + m_made * 7919);
        g.pin = QStringLiteral("%1").arg(1000 + m_made * 37 % 9000);
        g.serviceAddress = {QString::fromLatin1(c.street), QString::fromLatin1(c.city), QString::fromLatin1(c.state),
                            QString::fromLatin1(c.zip)};
        const QString npa = QString::fromLatin1(tollFree ? "888" : c.npa);
        // "%1555" would read as placeholder 15: the exchange is joined on its own.
        g.btn = QStringLiteral("+1") + QString::fromLatin1(c.npa) + QStringLiteral("555")
            + QString::number(2000 + m_made);
        const int count = 2 + m_made % 4;
        for (int i = 0; i < count; ++i)
            g.numbers << QStringLiteral("+1") + npa + QString::number(tollFree ? 234 : 444)
                    + QStringLiteral("%1").arg(m_numberSeq++, 4, 10, QLatin1Char('0'));
        r.carriers = {g};
        const ChangeResult submitted = m_service.submitPortIn(r, Role::Admin);
        if (!check(submitted))
            return;
        ++m_made;
        const qint64 id = submitted.id;
        auto step = [&](CaseEvent event, Role role, const EventArgs &args = EventArgs(), int days = 1) {
            if (failed())
                return false;
            at = businessDaysAfter(at, days);
            if (at > m_now)
                at = m_now.addSecs(-3600);
            m_clock.set(at);
            return check(m_service.advance(id, event, role, args));
        };
        if (steps-- <= 0)
            return;
        if (notPortable) {
            EventArgs why;
            why.reason = QStringLiteral("The current carrier does not serve this rate center.");
            step(CaseEvent::NotPortable, Role::Support, why);
            return;
        }
        step(CaseEvent::Portable, Role::Support);
        if (cancel) {
            EventArgs why;
            why.reason = QStringLiteral("The office is moving; the numbers stay with the old carrier.");
            step(CaseEvent::Cancel, Role::Admin, why);
            return;
        }
        if (steps-- <= 0)
            return;
        step(CaseEvent::RequestLoa, Role::Support);
        if (steps-- <= 0)
            return;
        step(CaseEvent::SubmitLoa, Role::Admin, EventArgs(), 2);
        for (int round = 0; round < rounds; ++round) {
            EventArgs change;
            change.fields = round == 0 ? QStringList{QStringLiteral("accountNumber")}
                                       : QStringList{QStringLiteral("serviceAddress"), QStringLiteral("customerName")};
            change.reason = QStringLiteral("The carrier's records differ.");
            step(CaseEvent::RequestChange, Role::Support, change, 2);
            if (steps-- <= 0)
                return;
            step(CaseEvent::SubmitLoa, Role::Admin, EventArgs(), 1);
        }
        if (steps-- <= 0)
            return;
        step(CaseEvent::Approve, Role::Support, EventArgs(), 3);
        if (steps-- <= 0)
            return;
        EventArgs foc;
        foc.focAt = businessDaysAfter(complete ? at : m_now, 4);
        step(CaseEvent::SetFoc, Role::Support, foc, 1);
        if (steps-- <= 0)
            return;
        step(CaseEvent::ConfirmFoc, Role::Admin);
    }

    void portOut(int steps, int ageDays)
    {
        if (failed())
            return;
        // Numbers of a completed port-in leave again.
        StoreStatus status;
        InventoryFilter filter;
        filter.hasStatus = true;
        filter.status = NumberStatus::Unassigned;
        const QList<InventoryNumber> free = m_service.listInventory(filter, &status);
        if (free.isEmpty())
            return;
        QDateTime at = businessDaysAfter(m_now.addDays(-ageDays * 7 / 5 - 2), 0);
        m_clock.set(at);
        PortOutRequest r;
        r.productType = free.first().productType;
        r.adminEmail = QStringLiteral("it@northwind.example.com");
        r.numbers = {free.first().e164};
        const ChangeResult submitted = m_service.submitPortOut(r, Role::Admin);
        if (!check(submitted))
            return;
        ++m_made;
        if (steps-- <= 0)
            return;
        m_clock.set(at = businessDaysAfter(at, 2));
        EventArgs pin;
        pin.accountId = QStringLiteral("PD-%1").arg(submitted.id * 1009);
        pin.pin = QStringLiteral("%1").arg(2000 + submitted.id);
        if (!check(m_service.advance(submitted.id, CaseEvent::IssuePin, Role::Support, pin)) || steps-- <= 0)
            return;
        m_clock.set(at = businessDaysAfter(at, 3));
        if (!check(m_service.advance(submitted.id, CaseEvent::PortedOut, Role::Support, EventArgs())) || steps-- <= 0)
            return;
        m_clock.set(at.addSecs(3600));
        check(m_service.deleteNumbers(r.numbers));
        m_service.tick();
    }

    // Lets the clock apply what came due (inventory, activation) up to now.
    void tickToNow()
    {
        m_clock.set(m_now);
        StoreStatus status;
        m_service.tick(&status);
        if (!status.ok())
            m_error = status.message;
    }

private:
    bool check(const ChangeResult &result)
    {
        if (result.ok())
            return true;
        m_error = result.status.ok() && !result.violations.isEmpty()
            ? result.violations.first().field + QStringLiteral(": ") + result.violations.first().message
            : result.status.message;
        return false;
    }

    PortingService &m_service;
    QDateTime m_now;
    FixedClock m_clock;
    int m_made = 0;
    int m_numberSeq = 100;
    QString m_error;
};

} // namespace

int SampleStore::populate(PortingService &service, const QDateTime &now, QString *error)
{
    if (!service.listCases().isEmpty()) {
        *error = QCoreApplication::translate("SampleStore", "The sample store must start empty.");
        return -1;
    }
    service.createVoiceConnector(QStringLiteral("pbx-east"), QStringLiteral("us-east-1"), true);
    Builder b(service, now);
    // Completed ports first, so that port-outs have numbers to take.
    b.portIn(99, 40);
    b.portIn(99, 38, 1);
    b.portIn(99, 36, 0, false, false, true);
    b.tickToNow();
    // Every state of a port-in, youngest last; some with change rounds.
    b.portIn(0, 1);                 // submitted
    b.portIn(0, 2);
    b.portIn(1, 3);                 // portable
    b.portIn(1, 3, 0, true);        // not portable
    b.portIn(2, 4);                 // LOA requested
    b.portIn(2, 5);
    b.portIn(3, 6);                 // LOA submitted
    b.portIn(3, 7, 1);              // change requested (round 1)
    b.portIn(4, 9, 2);              // two rounds, resubmitted
    b.portIn(3, 8, 2);              // change requested in round 2
    b.portIn(4, 10);                // carrier approved
    b.portIn(5, 11);                // FOC received
    b.portIn(5, 12, 1);
    b.portIn(6, 13);                // FOC confirmed
    b.portIn(6, 14, 0, false, false, true);
    b.portIn(2, 6, 0, false, true); // cancelled
    b.portIn(99, 20);               // completed by the clock
    b.portIn(99, 22, 1);
    b.tickToNow();
    b.portOut(0, 2);                // submitted
    b.portOut(1, 4);                // PIN issued
    b.portOut(2, 6);                // ported out
    b.portOut(3, 9);                // closed
    b.tickToNow();
    if (b.failed()) {
        *error = b.error();
        return -1;
    }
    return b.made();
}

QString SampleStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("sample.sqlite"));
}

} // namespace portdesk
