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

// What a sample port-in goes through.
struct PortInPlan
{
    int steps = 0;            // steps after the submit (99: all the way)
    int ageDays = 0;          // business days since the submit
    int rounds = 0;           // change-request rounds
    bool notPortable = false;
    bool cancel = false;      // cancelled by the admin after "portable"
    bool tollFree = false;    // toll-free numbers to a Voice Connector
    int groups = 1;           // carrier groups (one LOA each)
    bool rejectFoc = false;   // the admin asks for another FOC date once
    QDateTime focAt;          // the FOC to set, if not the usual one
};

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

    void portIn(int steps, int ageDays, int rounds = 0, bool notPortable = false,
                bool cancel = false, bool tollFree = false)
    {
        PortInPlan plan;
        plan.steps = steps;
        plan.ageDays = ageDays;
        plan.rounds = rounds;
        plan.notPortable = notPortable;
        plan.cancel = cancel;
        plan.tollFree = tollFree;
        portIn(plan);
    }

    void portIn(PortInPlan plan)
    {
        if (failed())
            return;
        // A case taken all the way has its FOC behind it (the clock completes
        // it); one that stops at the FOC waits for a FOC ahead.
        const bool complete = plan.steps >= 99;
        const int index = m_made;
        const Customer &c = kCustomers[index % std::size(kCustomers)];
        const Customer &other = kCustomers[(index + 1) % std::size(kCustomers)];
        QDateTime at = businessDaysAfter(m_now.addDays(-plan.ageDays * 7 / 5 - 2), 0);
        m_clock.set(at);
        PortInRequest r;
        r.productType = plan.tollFree ? ProductType::VoiceConnector : ProductType::BusinessCalling;
        if (plan.tollFree)
            r.voiceConnector = QStringLiteral("pbx-east");
        r.adminEmail = QStringLiteral("it@") + QString::fromLatin1(c.name).section(QLatin1Char(' '), 0, 0).toLower()
            + QStringLiteral(".example.com");
        // The requested date: about three weeks after the submit, a business day.
        r.requestedPortAt = QDateTime(BusinessCalendar::addBusinessDays(at.date(), 15), QTime(10, 0),
                                      Qt::OffsetFromUTC, -5 * 3600);
        for (int groupIndex = 0; groupIndex < plan.groups; ++groupIndex) {
            // A second group: the same customer's lines at another carrier.
            const Customer &at2 = groupIndex == 0 ? c : other;
            CarrierGroup g;
            g.carrier = QString::fromLatin1(plan.tollFree ? "Toll-Free RespOrg Inc" : at2.carrier);
            g.customerName = QString::fromLatin1(c.name);
            g.authorizingPerson = QStringLiteral("Alex Rivera");
            g.authorizingTitle = QStringLiteral("Office Manager");
            g.accountNumber = QStringLiteral("%1").arg(40000000 + index * 7919 + groupIndex * 131);
            g.pin = QStringLiteral("%1").arg(1000 + (index * 37 + groupIndex * 11) % 9000);
            g.serviceAddress = {QString::fromLatin1(c.street), QString::fromLatin1(c.city), QString::fromLatin1(c.state),
                                QString::fromLatin1(c.zip)};
            const QString npa = QString::fromLatin1(plan.tollFree ? "888" : at2.npa);
            // "%1555" would read as placeholder 15: the exchange is joined on its own.
            g.btn = QStringLiteral("+1") + QString::fromLatin1(at2.npa) + QStringLiteral("555")
                + QString::number(2000 + index * 2 + groupIndex);
            const int count = 2 + (index + groupIndex) % 4;
            for (int i = 0; i < count; ++i)
                g.numbers << QStringLiteral("+1") + npa + QString::number(plan.tollFree ? 234 : 444)
                        + QStringLiteral("%1").arg(m_numberSeq++, 4, 10, QLatin1Char('0'));
            r.carriers.append(g);
        }
        const ChangeResult submitted = m_service.submitPortIn(r, Role::Admin);
        if (!check(submitted))
            return;
        ++m_made;
        const qint64 id = submitted.id;
        const QString admin = r.adminEmail;
        auto step = [&](CaseEvent event, Role role, const EventArgs &args = EventArgs(), int days = 1) {
            if (failed())
                return false;
            moveOn(&at, days);
            return check(m_service.advance(id, event, role, args));
        };
        auto note = [&](Role role, bool internal, const char *text) {
            comment(id, role, role == Role::Admin ? admin : supportAgent(index), internal, text);
        };
        if (index % 3 == 0)
            note(Role::Admin, false, "We would like the port done before our office move; "
                                     "mornings work best for us.");
        int steps = plan.steps;
        if (steps-- <= 0)
            return;
        if (plan.notPortable) {
            EventArgs why;
            why.reason = QStringLiteral("The current carrier does not serve this rate center.");
            step(CaseEvent::NotPortable, Role::Support, why);
            note(Role::Support, true, "Checked with the carrier's porting desk twice: their rate "
                                      "center is not in our footprint.");
            return;
        }
        step(CaseEvent::Portable, Role::Support);
        if (plan.cancel) {
            EventArgs why;
            why.reason = QStringLiteral("The office is moving; the numbers stay with the old carrier.");
            step(CaseEvent::Cancel, Role::Admin, why);
            return;
        }
        if (steps-- <= 0)
            return;
        step(CaseEvent::RequestLoa, Role::Support);
        if (plan.groups > 1)
            note(Role::Support, false, "Your numbers are with two carriers: please sign one LOA "
                                       "for each carrier group.");
        if (steps-- <= 0)
            return;
        // The authorizing person signs each group's LOA the next business
        // day; the admin submits them the day after.
        moveOn(&at, 1);
        if (!signLoas(id, r, nullptr))
            return;
        step(CaseEvent::SubmitLoa, Role::Admin, EventArgs(), 1);
        for (int round = 0; round < plan.rounds; ++round) {
            EventArgs change;
            change.fields = round == 0 ? QStringList{QStringLiteral("accountNumber")}
                                       : QStringList{QStringLiteral("serviceAddress"), QStringLiteral("customerName")};
            change.reason = round == 0 ? QStringLiteral("account-number")
                                       : QStringLiteral("service-address: the carrier has the suite number");
            step(CaseEvent::RequestChange, Role::Support, change, 2);
            if (round == 0) {
                note(Role::Support, true, "Carrier rep says the account number on file has a "
                                          "different last digit.");
                note(Role::Support, false, "The carrier's account number does not match the LOA. "
                                           "Please check your latest bill and correct it.");
            } else {
                note(Role::Support, false, "The carrier lists the address with a suite number "
                                           "and the company's legal name.");
            }
            if (steps-- <= 0)
                return;
            // The admin corrects exactly the named fields and resubmits.
            PortInRequest corrected = r;
            for (CarrierGroup &g : corrected.carriers) {
                if (round == 0) {
                    g.accountNumber = QString::number(g.accountNumber.toLongLong() + 1);
                } else {
                    g.serviceAddress.street += QStringLiteral(", Suite %1").arg(100 * (round + 1));
                    g.customerName += QStringLiteral(" LLC");
                }
            }
            moveOn(&at, 1);
            // The corrected LOAs are signed again before they are resubmitted.
            if (!signLoas(id, corrected, &corrected)
                || !check(m_service.correctPortIn(id, corrected, Role::Admin)))
                return;
            r = corrected;
            if (round == 0)
                note(Role::Admin, false, "Fixed: the account number was mistyped.");
        }
        if (steps-- <= 0)
            return;
        step(CaseEvent::Approve, Role::Support, EventArgs(), 3);
        if (steps-- <= 0)
            return;
        EventArgs foc;
        foc.focAt = plan.focAt.isValid() ? plan.focAt : businessDaysAfter(complete ? at : m_now, 4);
        if (plan.rejectFoc) {
            EventArgs first;
            first.focAt = businessDaysAfter(m_now, 2);
            step(CaseEvent::SetFoc, Role::Support, first, 1);
            EventArgs why;
            why.reason = QStringLiteral("Our staff are at a conference that day; any day the week after works.");
            step(CaseEvent::RejectFoc, Role::Admin, why);
            foc.focAt = businessDaysAfter(m_now, 7);
        }
        step(CaseEvent::SetFoc, Role::Support, foc, 1);
        if (steps-- <= 0)
            return;
        step(CaseEvent::ConfirmFoc, Role::Admin);
        if (index % 2 == 0)
            note(Role::Admin, false, "Confirmed; our IT team will be on site at the FOC.");
    }

    void portOut(int steps, int ageDays, bool cancel = false)
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
        const int index = m_made;
        ++m_made;
        comment(submitted.id, Role::Admin, r.adminEmail, false,
                "We are moving this line to our new provider; they need the account ID and PIN.");
        if (cancel) {
            moveOn(&at, 1);
            EventArgs why;
            why.reason = QStringLiteral("We keep this line after all.");
            check(m_service.advance(submitted.id, CaseEvent::Cancel, Role::Admin, why));
            return;
        }
        if (steps-- <= 0)
            return;
        moveOn(&at, 2);
        EventArgs pin;
        pin.accountId = QStringLiteral("PD-%1").arg(submitted.id * 1009);
        pin.pin = QStringLiteral("%1").arg(2000 + submitted.id);
        if (!check(m_service.advance(submitted.id, CaseEvent::IssuePin, Role::Support, pin)))
            return;
        comment(submitted.id, Role::Support, supportAgent(index), true,
                "Account ID and PIN sent by phone as well, as the admin asked.");
        if (steps-- <= 0)
            return;
        moveOn(&at, 3);
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

    // A FOC within the next day, so that the clock moves the case into the
    // inventory; invalid when no business day is that close (a weekend).
    QDateTime focWithinADay() const
    {
        for (int hours = 4; hours <= 20; hours += 4) {
            const QDateTime at = m_now.addSecs(hours * 3600);
            if (BusinessCalendar::isBusinessDay(at.date()))
                return at;
        }
        return {};
    }

private:
    // The next step's time: days business days on, never after now.
    void moveOn(QDateTime *at, int days)
    {
        *at = businessDaysAfter(*at, days);
        if (*at > m_now)
            *at = m_now.addSecs(-3600);
        m_clock.set(*at);
    }

    // Each carrier group's LOA signed by its authorizing person, now, as
    // `request` shows it (pending: a correction not yet submitted).
    bool signLoas(qint64 caseId, const PortInRequest &request, const PortInRequest *pending)
    {
        for (int group = 0; group < request.carriers.size() && !failed(); ++group) {
            const CarrierGroup &g = request.carriers.at(group);
            const LoaSigner signer{g.authorizingPerson, g.authorizingTitle, QByteArray()};
            if (!check(m_service.signLoa(caseId, group, signer, Role::Admin, pending)))
                return false;
        }
        return !failed();
    }

    static QString supportAgent(int index)
    {
        static const char *const agents[] = {"Priya Nair", "Sam Okafor", "Lena Fischer"};
        return QString::fromLatin1(agents[index % std::size(agents)]);
    }

    void comment(qint64 caseId, Role role, const QString &author, bool internal, const char *body)
    {
        if (!failed())
            check(m_service.addComment(caseId, role, author, internal, QString::fromLatin1(body)));
    }

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
    {
        PortInPlan twoCarriers;     // LOA requested from two carriers
        twoCarriers.steps = 2;
        twoCarriers.ageDays = 4;
        twoCarriers.groups = 2;
        b.portIn(twoCarriers);
    }
    b.portIn(3, 6);                 // LOA submitted
    b.portIn(3, 7, 1);              // change requested (round 1)
    b.portIn(4, 9, 2);              // two rounds, resubmitted
    b.portIn(3, 8, 2);              // change requested in round 2
    {
        PortInPlan twoCarriers;     // two LOAs submitted
        twoCarriers.steps = 3;
        twoCarriers.ageDays = 7;
        twoCarriers.groups = 2;
        b.portIn(twoCarriers);
    }
    b.portIn(4, 10);                // carrier approved
    b.portIn(5, 11);                // FOC received
    b.portIn(5, 12, 1);
    {
        PortInPlan rejected;        // FOC received again after the admin asked for another date
        rejected.steps = 5;
        rejected.ageDays = 14;
        rejected.rejectFoc = true;
        b.portIn(rejected);
    }
    b.portIn(6, 13);                // FOC confirmed
    b.portIn(6, 14, 0, false, false, true);
    {
        PortInPlan soon;            // FOC within a day: in the inventory (on a weekend: confirmed)
        soon.steps = 6;
        soon.ageDays = 16;
        soon.focAt = b.focWithinADay();
        b.portIn(soon);
    }
    b.portIn(2, 6, 0, false, true); // cancelled
    b.portIn(99, 20);               // completed by the clock
    b.portIn(99, 22, 1);
    b.tickToNow();
    b.portOut(0, 2);                // submitted
    b.portOut(1, 4);                // PIN issued
    b.portOut(2, 6);                // ported out
    b.portOut(3, 9);                // closed
    b.portOut(0, 3, true);          // cancelled
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
