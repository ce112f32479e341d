// SPDX-License-Identifier: Apache-2.0
#include "SampleStore.h"

#include "core/CustomerTime.h"

#include "SampleScript.h"

#include "service/Services.h"

#include "core/PortOutPin.h"
#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/AppSettings.h"
#include "core/BusinessCalendar.h"
#include "core/CaseTimeline.h"
#include "core/Clock.h"

#include <QTimeZone>
#include <QCoreApplication>
#include <QDir>

#include <functional>
#include <iterator>
#include <vector>

namespace portdesk {

using namespace sample;

namespace {

struct Customer {
    const char *name;
    const char *carrier;
    const char *street;
    const char *city;
    const char *state;
    const char *zip;
    const char *npa; // area code of its numbers
};

const Customer kCustomers[] = {
    { "Northwind Traders", "Example Telecom", "1 Main St", "Seattle", "WA", "98101", "206" },
    { "Contoso Dental", "Cascade Fiber", "22 Pine St", "Portland", "OR", "97201", "503" },
    { "Fabrikam Legal", "Lone Star Voice", "9 Elm Ave", "Austin", "TX", "78701", "512" },
    { "Tailspin Toys", "Great Lakes Tel", "400 Lake Dr", "Chicago", "IL", "60601", "312" },
    { "Adatum Clinics", "Peachtree Comm", "77 Peach St", "Atlanta", "GA", "30303", "404" },
    { "Litware Books", "Bay Area Lines", "5 Market St", "San Francisco", "CA", "94105", "415" },
};

// A sample port-out's PIN: the same for the same case in every sample store
// (not random, so that a sample can be described), and as strong as the
// service demands.
QString samplePortOutPin(qint64 caseId)
{
    qint64 n = 100000 + (caseId * 7919 + 4241) % 900000;
    while (!PortOutPin::isStrong(QString::number(n)))
        n = 100000 + (n + 1) % 900000;
    return QString::number(n);
}

// Where a sample port-in stops.
enum class Stage {
    Submitted,
    NotPortable,
    Portable,
    Cancelled, // by the admin after "portable"
    LoaRequested,
    LoaSubmitted, // after the last change round, if any
    ChangeRequested, // the last of `rounds` unanswered
    Approved,
    FocReceived,
    FocConfirmed,
    InInventory, // the FOC within a day (when there is such a business day)
    Completed,
};

struct PortInPlan {
    Stage stage = Stage::Submitted;
    // Business days from the last event to now: below the estimate of the
    // next milestone keeps the case on schedule, above it makes it overdue.
    int lag = 0;
    int rounds = 0; // change-request rounds
    int groups = 1; // carrier groups (one LOA each)
    bool tollFree = false; // toll-free numbers to a Voice Connector
    bool rejectFoc = false; // the admin asks for another FOC date once
    const char *followUp = nullptr; // a comment some days after the last event
    Role followUpBy = Role::Admin;
    bool followUpInternal = false;
};

enum class PortOutStage { Submitted, PinIssued, PortedOut, Closed, Cancelled };

bool reaches(Stage stage, Stage wanted)
{
    return int(stage) >= int(wanted);
}

class Builder {
public:
    Builder(Services &service, const QDateTime &now)
        : m_service(service), m_now(now), m_clock(now)
    {
        Clock::setInstance(&m_clock);
    }
    ~Builder() { Clock::setInstance(nullptr); }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    int made() const { return m_made; }

    void portIn(PortInPlan plan)
    {
        if (failed())
            return;
        const int index = m_made;
        QDateTime soonFoc;
        if (plan.stage == Stage::InInventory) {
            soonFoc = focWithinADay();
            // No business day that close (a weekend): confirmed, a FOC ahead.
            if (!soonFoc.isValid()) {
                plan.stage = Stage::FocConfirmed;
                plan.lag = 1;
            }
        }
        const Stage stage = plan.stage;
        const bool complete = stage == Stage::Completed;
        const Customer &c = kCustomers[size_t(index) % std::size(kCustomers)];
        const Customer &other = kCustomers[size_t(index + 1) % std::size(kCustomers)];
        PortInRequest r;
        r.productType = plan.tollFree ? ProductType::VoiceConnector : ProductType::BusinessCalling;
        if (plan.tollFree)
            r.voiceConnector = QStringLiteral("pbx-east");
        r.adminEmail = QStringLiteral("it@")
            + QString::fromLatin1(c.name).section(QLatin1Char(' '), 0, 0).toLower()
            + QStringLiteral(".example.com");
        for (int groupIndex = 0; groupIndex < plan.groups; ++groupIndex) {
            // A second group: the same customer's lines at another carrier.
            const Customer &at2 = groupIndex == 0 ? c : other;
            CarrierGroup g;
            g.carrier = QString::fromLatin1(plan.tollFree ? "Toll-Free RespOrg Inc" : at2.carrier);
            g.customerName = QString::fromLatin1(c.name);
            g.authorizingPerson = QStringLiteral("Alex Rivera");
            g.authorizingPhone = QStringLiteral("+12064449911");
            g.customerType = CustomerType::Business;
            g.portScope = PortScope::Full;
            g.authorizingTitle = QStringLiteral("Office Manager");
            g.accountNumber = QStringLiteral("%1").arg(40000000 + index * 7919 + groupIndex * 131);
            g.pin = QStringLiteral("%1").arg(1000 + (index * 37 + groupIndex * 11) % 9000);
            g.serviceAddress = { QString::fromLatin1(c.street), QString::fromLatin1(c.city),
                QString::fromLatin1(c.state), QString::fromLatin1(c.zip) };
            const QString npa = QString::fromLatin1(plan.tollFree ? "888" : at2.npa);
            // "%1555" would read as placeholder 15: the exchange is joined on its own.
            g.btn = QStringLiteral("+1") + QString::fromLatin1(at2.npa) + QStringLiteral("555")
                + QString::number(2000 + index * 2 + groupIndex);
            const int count = 2 + (index + groupIndex) % 4;
            for (int i = 0; i < count; ++i)
                g.numbers << QStringLiteral("+1") + npa + QString::number(plan.tollFree ? 234 : 444)
                        + QStringLiteral("%1").arg(m_numberSeq++, 4, 10, QLatin1Char('0'));
            if (plan.tollFree) {
                g.currentRespOrg = QStringLiteral("TFR01");
                g.targetRespOrgId = QStringLiteral("JYT01");
            }
            r.carriers.append(g);
        }
        const QString admin = r.adminEmail;

        // Support works in the morning, the customer's side mostly in the
        // afternoon, at times that differ from step to step and case to case.
        int turn = 0;
        auto morning = [&]() { return 9 * 60 + (index * 37 + (turn++) * 53) % 150; };
        auto afternoon = [&]() { return 13 * 60 + (index * 41 + (turn++) * 29) % 180; };

        Script s;
        qint64 id = 0;
        int activateStep = -1;
        auto advance = [&](CaseEvent event, Role role, const EventArgs &args) {
            return [this, &id, event, role, args](const QDateTime &) {
                return check(m_service.cases.advance(id, event, role, args));
            };
        };
        auto note = [&](Role role, bool internal, const char *text) {
            const QString author = role == Role::Admin ? admin : supportAgent(index);
            return [this, &id, role, author, internal, text](
                       const QDateTime &) { return comment(id, role, author, internal, text); };
        };
        // A file the admin attaches (and deletes again at once: the wrong
        // one), a PDF naming the case's customer and carrier.
        auto attach = [&](AttachmentKind kind, const char *fileName, bool deleteAgain) {
            return [this, &id, &r, kind, fileName, deleteAgain](const QDateTime &) {
                const CarrierGroup &g = r.carriers.first();
                const QByteArray pdf = samplePdf({ displayName(kind) + QStringLiteral(" (sample)"),
                    g.carrier, g.customerName,
                    QStringLiteral("%1, %2, %3 %4")
                        .arg(g.serviceAddress.street, g.serviceAddress.city, g.serviceAddress.state,
                            g.serviceAddress.zip) });
                const ChangeResult added
                    = m_service.loas.addAttachment(id, kind, QString::fromLatin1(fileName), pdf, Role::Admin);
                if (!check(added))
                    return false;
                return !deleteAgain || check(m_service.loas.removeAttachment(id, added.id, Role::Admin));
            };
        };
        auto sign = [&](const PortInRequest *pending) {
            return [this, &id, &r, pending](
                       const QDateTime &) { return signLoas(id, pending ? *pending : r, pending); };
        };

        // The customer's own zone: their service address's (and area codes').
        r.timeZone = proposedTimeZoneId(r);
        s.event(0, afternoon(), [this, &r, &id](const QDateTime &at) {
            // The requested date: three weeks after the submit, a business
            // day, at 10:00 in the customer's zone (with its offset then).
            const QDateTime inZone(BusinessCalendar::addBusinessDays(localDate(at), 15),
                QTime(kFocMinutes / 60, 0), QTimeZone(r.timeZone));
            r.requestedPortAt = QDateTime(
                inZone.date(), inZone.time(), Qt::OffsetFromUTC, inZone.offsetFromUtc());
            const ChangeResult submitted = m_service.cases.submitPortIn(r, Role::Admin);
            if (!check(submitted))
                return false;
            id = submitted.id;
            ++m_made;
            return true;
        });
        if (index % 3 == 0)
            s.then(10,
                note(Role::Admin, false,
                    "We would like the port done before our office move; "
                    "mornings work best for us."));
        if (stage == Stage::NotPortable) {
            EventArgs why;
            why.reason = QStringLiteral("The current carrier does not serve this rate center.");
            s.event(1, morning(), advance(CaseEvent::NotPortable, Role::Support, why));
            s.then(15,
                note(Role::Support, true,
                    "Checked with the carrier's porting desk twice: their rate "
                    "center is not in our footprint."));
        } else if (reaches(stage, Stage::Portable)) {
            s.event(1, morning(), advance(CaseEvent::Portable, Role::Support, EventArgs()));
        }
        if (stage == Stage::Cancelled) {
            EventArgs why;
            why.reason
                = QStringLiteral("The office is moving; the numbers stay with the old carrier.");
            s.event(2, afternoon(), advance(CaseEvent::Cancel, Role::Admin, why));
        }
        if (stage != Stage::Cancelled && reaches(stage, Stage::LoaRequested)) {
            s.event(1, morning(), advance(CaseEvent::RequestLoa, Role::Support, EventArgs()));
            if (plan.groups > 1)
                s.then(12,
                    note(Role::Support, false,
                        "Your numbers are with two carriers: please sign one LOA "
                        "for each carrier group."));
        }
        // The corrected requests, one per change round (kept alive for the run).
        std::vector<PortInRequest> corrections(size_t(plan.rounds));
        if (stage != Stage::Cancelled && reaches(stage, Stage::LoaSubmitted)) {
            // The authorizing person signs each group's LOA the next business
            // day; the admin submits them the day after.
            s.other(1, afternoon(), sign(nullptr));
            s.event(1, afternoon(), advance(CaseEvent::SubmitLoa, Role::Admin, EventArgs()));
            for (int round = 0; round < plan.rounds; ++round) {
                EventArgs change;
                change.fields = round == 0 ? QStringList { QStringLiteral("accountNumber") }
                                           : QStringList { QStringLiteral("serviceAddress"),
                                                 QStringLiteral("customerName") };
                change.reason = round == 0
                    ? QStringLiteral("account-number")
                    : QStringLiteral("service-address: the carrier has the suite number");
                s.event(2, morning(), advance(CaseEvent::RequestChange, Role::Support, change));
                if (round == 0) {
                    s.then(9,
                        note(Role::Support, true,
                            "Carrier rep says the account number on file has a "
                            "different last digit."));
                    s.then(14,
                        note(Role::Support, false,
                            "The carrier's account number does not match the LOA. "
                            "Please check your latest bill and correct it."));
                    // The admin attaches the bill the account number is on.
                    s.then(40, attach(AttachmentKind::CarrierInvoice, "carrier-invoice.pdf", false));
                } else {
                    s.then(11,
                        note(Role::Support, false,
                            "The carrier lists the address with a suite number "
                            "and the company's legal name."));
                    // An old record attached by mistake, deleted, and the right one.
                    s.then(30, attach(AttachmentKind::CustomerServiceRecord, "csr-2019.pdf", true));
                    s.then(5, attach(AttachmentKind::CustomerServiceRecord, "customer-service-record.pdf", false));
                }
                const bool lastRound = round == plan.rounds - 1;
                if (stage == Stage::ChangeRequested && lastRound)
                    break;
                // The admin corrects exactly the named fields; the corrected
                // LOAs are signed the next morning and resubmitted that afternoon.
                PortInRequest *corrected = &corrections[size_t(round)];
                s.other(1, morning(), [this, &id, &r, corrected, round](const QDateTime &) {
                    *corrected = r;
                    for (CarrierGroup &g : corrected->carriers) {
                        if (round == 0) {
                            g.accountNumber = QString::number(g.accountNumber.toLongLong() + 1);
                        } else {
                            g.serviceAddress.street
                                += QStringLiteral(", Suite %1").arg(100 * (round + 1));
                            g.customerName += QStringLiteral(" LLC");
                        }
                    }
                    return signLoas(id, *corrected, corrected);
                });
                s.event(0, afternoon(), [this, &id, &r, corrected](const QDateTime &) {
                    if (!check(m_service.cases.correctPortIn(id, *corrected, Role::Admin)))
                        return false;
                    r = *corrected;
                    return true;
                });
                if (round == 0)
                    s.then(6, note(Role::Admin, false, "Fixed: the account number was mistyped."));
            }
        }
        if (stage != Stage::Cancelled && reaches(stage, Stage::Approved))
            s.event(3, morning(), advance(CaseEvent::Approve, Role::Support, EventArgs()));
        if (stage != Stage::Cancelled && reaches(stage, Stage::FocReceived)) {
            // The FOC: the requested date when it is still ahead (for a case
            // taken all the way, the day it was activated).
            auto focAt = [this, &r, &s, &activateStep, soonFoc]() {
                if (activateStep >= 0)
                    return localTime(localDate(s.at(activateStep)), kFocMinutes);
                if (soonFoc.isValid())
                    return soonFoc;
                return focAhead(r.requestedPortAt);
            };
            if (plan.rejectFoc) {
                s.event(1, morning(), [this, &id, focAt](const QDateTime &) {
                    EventArgs first;
                    first.focAt = focAt();
                    return check(m_service.cases.advance(id, CaseEvent::SetFoc, Role::Support, first));
                });
                EventArgs why;
                why.reason = QStringLiteral(
                    "Our staff are at a conference that day; any day the week after works.");
                s.event(1, afternoon(), advance(CaseEvent::RejectFoc, Role::Admin, why));
                s.event(1, morning(), [this, &id, focAt](const QDateTime &) {
                    EventArgs again;
                    again.focAt = localTime(
                        BusinessCalendar::addBusinessDays(localDate(focAt()), 5), kFocMinutes);
                    return check(m_service.cases.advance(id, CaseEvent::SetFoc, Role::Support, again));
                });
            } else {
                s.event(1, morning(), [this, &id, focAt](const QDateTime &) {
                    EventArgs foc;
                    foc.focAt = focAt();
                    return check(m_service.cases.advance(id, CaseEvent::SetFoc, Role::Support, foc));
                });
            }
        }
        if (stage != Stage::Cancelled && reaches(stage, Stage::FocConfirmed)) {
            s.event(1, afternoon(), advance(CaseEvent::ConfirmFoc, Role::Admin, EventArgs()));
            if (index % 2 == 0)
                s.then(8,
                    note(Role::Admin, false, "Confirmed; our IT team will be on site at the FOC."));
        }
        if (stage == Stage::InInventory) {
            // The clock moves the numbers into the inventory a day before the FOC.
            s.event(1, 0, [this](const QDateTime &) { return tick(); });
        }
        if (complete) {
            // The requested date, when the steps leave time for it (counted
            // from the confirmation: the business days since the submit);
            // the clock adds the numbers to the inventory a day before the
            // FOC, then activates them at it.
            const int sinceSubmit = 9 + 3 * plan.rounds;
            activateStep = s.event(
                std::max(2, 15 - sinceSubmit), kFocMinutes + 3, [this](const QDateTime &at) {
                    const QDateTime foc = localTime(localDate(at), kFocMinutes);
                    const QDate dayBefore = foc.addDays(-1).date();
                    m_clock.set(BusinessCalendar::isBusinessDay(dayBefore)
                            ? foc.addDays(-1).addSecs(4 * kMinute)
                            : foc.addSecs(-90 * kMinute));
                    if (!tick())
                        return false;
                    m_clock.set(at);
                    return tick();
                });
        }
        if (plan.followUp)
            s.other(2, plan.followUpBy == Role::Admin ? afternoon() : morning(),
                note(plan.followUpBy, plan.followUpInternal, plan.followUp));

        if (soonFoc.isValid()) {
            const QDateTime inventoryAt = soonFoc.addDays(-1).addSecs(5 * kMinute);
            s.plan(m_now, 0, inventoryAt);
        } else {
            s.plan(m_now, plan.lag);
        }
        s.run(m_clock);
    }

    void portOut(PortOutStage stage, int lag)
    {
        if (failed())
            return;
        // Numbers of a completed port-in leave again.
        StoreStatus status;
        InventoryFilter filter;
        filter.hasStatus = true;
        filter.status = NumberStatus::Unassigned;
        const QList<InventoryNumber> free = m_service.inventory.listInventory(filter, &status);
        if (free.isEmpty()) {
            m_error = status.ok() ? QCoreApplication::translate(
                          "SampleStore", "No completed port-in has numbers left to port out.")
                                  : status.message;
            return;
        }
        const int index = m_made;
        PortOutRequest r;
        r.productType = free.first().productType;
        r.adminEmail = QStringLiteral("it@northwind.example.com");
        r.numbers = { free.first().e164 };
        qint64 id = 0;
        Script s;
        s.event(0, 14 * 60 + (index * 23) % 120, [this, &r, &id](const QDateTime &) {
            const ChangeResult submitted = m_service.cases.submitPortOut(r, Role::Admin);
            if (!check(submitted))
                return false;
            id = submitted.id;
            ++m_made;
            return true;
        });
        s.then(7, [this, &r, &id](const QDateTime &) {
            return comment(id, Role::Admin, r.adminEmail, false,
                "We are moving this line to our new provider; they need the account ID and PIN.");
        });
        if (stage == PortOutStage::Cancelled) {
            s.event(1, 11 * 60 + 20, [this, &id](const QDateTime &) {
                EventArgs why;
                why.reason = QStringLiteral("We keep this line after all.");
                return check(m_service.cases.advance(id, CaseEvent::Cancel, Role::Admin, why));
            });
        }
        if (stage != PortOutStage::Cancelled && stage != PortOutStage::Submitted) {
            s.event(1, 9 * 60 + 40 + (index * 17) % 90, [this, &id](const QDateTime &) {
                EventArgs pin;
                pin.accountId = QStringLiteral("PD-%1").arg(id * 1009);
                pin.pin = samplePortOutPin(id);
                return check(m_service.cases.advance(id, CaseEvent::IssuePin, Role::Support, pin));
            });
            s.then(6, [this, &id, index](const QDateTime &) {
                return comment(id, Role::Support, supportAgent(index), true,
                    "Account ID and PIN sent by phone as well, as the admin asked.");
            });
        }
        if (stage == PortOutStage::PortedOut || stage == PortOutStage::Closed) {
            s.event(3 + int(stage == PortOutStage::Closed), 10 * 60 + 15,
                [this, &id](const QDateTime &) {
                    return check(
                        m_service.cases.advance(id, CaseEvent::PortedOut, Role::Support, EventArgs()));
                });
        }
        if (stage == PortOutStage::Closed) {
            // The admin deletes the number; the clock then closes the case.
            s.event(1, 15 * 60 + 30, [this, &r](const QDateTime &at) {
                if (!check(m_service.inventory.deleteNumbers(r.numbers)))
                    return false;
                m_clock.set(at.addSecs(3 * kMinute));
                return tick();
            });
        }
        s.plan(m_now, lag);
        s.run(m_clock);
    }

    // Lets the clock apply what came due (the deletion queue) just before now.
    void tickToNow()
    {
        m_clock.set(m_now.addSecs(-60));
        tick();
    }

private:
    // A FOC within the next day, so that the clock has moved the case into
    // the inventory, with that move on a business day at a business hour;
    // invalid when there is no such time (a weekend, a holiday).
    QDateTime focWithinADay() const
    {
        const QDate today = localDate(m_now);
        for (int ahead = 0; ahead <= 1; ++ahead) {
            const QDate day = today.addDays(ahead);
            if (!BusinessCalendar::isBusinessDay(day)
                || !BusinessCalendar::isBusinessDay(day.addDays(-1)))
                continue;
            for (int hour = 8; hour <= 17; ++hour) {
                QDateTime foc = localTime(day, hour * 60);
                if (foc > m_now.addSecs(60 * kMinute)
                    && foc.addDays(-1).addSecs(30 * kMinute) < m_now)
                    return foc;
            }
        }
        return {};
    }

    // A FOC for an open case: the requested date, unless it is less than two
    // days ahead (the numbers would already be in the inventory).
    QDateTime focAhead(const QDateTime &requested) const
    {
        if (requested.addDays(-2) > m_now)
            return requested;
        return localTime(BusinessCalendar::addBusinessDays(localDate(m_now), 3), kFocMinutes);
    }

    bool tick()
    {
        StoreStatus status;
        m_service.clock.tick(&status);
        if (!status.ok())
            m_error = status.message;
        return status.ok();
    }

    // Each carrier group's LOA signed by its authorizing person as `request`
    // shows it (pending: a correction not yet submitted), a few minutes apart.
    bool signLoas(qint64 caseId, const PortInRequest &request, const PortInRequest *pending)
    {
        for (int group = 0; group < request.carriers.size() && !failed(); ++group) {
            if (group > 0)
                m_clock.advanceSeconds(4 * kMinute);
            const CarrierGroup &g = request.carriers.at(group);
            const LoaSigner signer { g.authorizingPerson, g.authorizingTitle, QByteArray() };
            if (!check(m_service.loas.signLoa(caseId, group, signer, Role::Admin, pending)))
                return false;
        }
        return !failed();
    }

    static QString supportAgent(int index)
    {
        static const char *const agents[] = { "Priya Nair", "Sam Okafor", "Lena Fischer" };
        return QString::fromLatin1(agents[size_t(index) % std::size(agents)]);
    }

    bool comment(qint64 caseId, Role role, const QString &author, bool internal, const char *body)
    {
        return !failed()
            && check(
                m_service.comments.addComment(caseId, role, author, internal, QString::fromLatin1(body)));
    }

    bool check(const ChangeResult &result)
    {
        if (result.ok())
            return true;
        m_error = result.status.ok() && !result.violations.isEmpty()
            ? result.violations.first().field + QStringLiteral(": ")
                + result.violations.first().message
            : result.status.message;
        return false;
    }

    Services &m_service;
    QDateTime m_now;
    FixedClock m_clock;
    int m_made = 0;
    int m_numberSeq = 100;
    QString m_error;
};

PortInPlan plan(Stage stage, int lag, int rounds = 0)
{
    PortInPlan p;
    p.stage = stage;
    p.lag = lag;
    p.rounds = rounds;
    return p;
}

} // namespace

int SampleStore::populate(Services &service, const QDateTime &now, QString *error)
{
    if (!now.isValid()) {
        *error = QCoreApplication::translate(
            "SampleStore", "The sample store needs the current time.");
        return -1;
    }
    if (!service.cases.listCases().isEmpty()) {
        *error = QCoreApplication::translate("SampleStore", "The sample store must start empty.");
        return -1;
    }
    service.directory.createVoiceConnector(QStringLiteral("pbx-east"), QStringLiteral("us-east-1"), true);
    Builder b(service, now);
    using E = CaseTimeline::Estimate;
    // Completed ports first (lag: business days since the activation), so
    // that port-outs have numbers to take.
    b.portIn(plan(Stage::Completed, 22));
    b.portIn(plan(Stage::Completed, 20, 1));
    {
        PortInPlan tollFree = plan(Stage::Completed, 17);
        tollFree.tollFree = true;
        b.portIn(tollFree);
    }
    b.portIn(plan(Stage::Completed, 13));
    b.portIn(plan(Stage::Completed, 11, 1));
    // Every state of a port-out.
    b.portOut(PortOutStage::Closed, 3);
    b.portOut(PortOutStage::PortedOut, E::closed - 1);
    b.portOut(PortOutStage::PinIssued, 2);
    b.portOut(PortOutStage::Submitted, 0);
    b.portOut(PortOutStage::Cancelled, 2);
    // Every state of a port-in. Open cases are on schedule (lag below the
    // estimate of their next milestone) but three, overdue on purpose.
    b.portIn(plan(Stage::Submitted, 0));
    {
        PortInPlan unanswered = plan(Stage::Submitted, E::portable + 2); // overdue: support is late
        unanswered.followUp = "Any news on this request? We have not heard back yet.";
        b.portIn(unanswered);
    }
    b.portIn(plan(Stage::Portable, 0));
    b.portIn(plan(Stage::NotPortable, 2));
    b.portIn(plan(Stage::LoaRequested, 1));
    {
        PortInPlan unsigned_
            = plan(Stage::LoaRequested, E::loaSubmitted + 4); // overdue: the admin is late
        unsigned_.followUp = "A reminder: the LOA still needs the authorizing person's signature "
                             "before we can send it to the carrier.";
        unsigned_.followUpBy = Role::Support;
        b.portIn(unsigned_);
    }
    {
        PortInPlan twoCarriers = plan(Stage::LoaRequested, 0); // one LOA per carrier
        twoCarriers.groups = 2;
        b.portIn(twoCarriers);
    }
    b.portIn(plan(Stage::LoaSubmitted, 2));
    b.portIn(plan(Stage::ChangeRequested, 1, 1)); // change requested, round 1
    b.portIn(plan(Stage::ChangeRequested, 0, 2)); // change requested again, round 2
    b.portIn(plan(Stage::LoaSubmitted, 3, 2)); // resubmitted after two rounds
    {
        PortInPlan twoCarriers = plan(Stage::LoaSubmitted, 1); // two LOAs submitted
        twoCarriers.groups = 2;
        b.portIn(twoCarriers);
    }
    b.portIn(plan(Stage::Approved, 1));
    b.portIn(plan(Stage::FocReceived, 0));
    b.portIn(plan(Stage::FocReceived, 0, 1));
    {
        PortInPlan unconfirmed
            = plan(Stage::FocReceived, E::focConfirmed + 2); // overdue: not confirmed
        unconfirmed.followUp = "Called the admin about confirming the FOC; left a voicemail.";
        unconfirmed.followUpBy = Role::Support;
        unconfirmed.followUpInternal = true;
        b.portIn(unconfirmed);
    }
    {
        PortInPlan rejected
            = plan(Stage::FocReceived, 0); // again, after the admin asked for another date
        rejected.rejectFoc = true;
        b.portIn(rejected);
    }
    b.portIn(plan(Stage::FocConfirmed, 1));
    {
        PortInPlan tollFree = plan(Stage::FocConfirmed, 2);
        tollFree.tollFree = true;
        b.portIn(tollFree);
    }
    b.portIn(plan(Stage::InInventory, 0)); // FOC within a day (a weekend: confirmed)
    b.portIn(plan(Stage::Cancelled, 3));
    b.tickToNow();
    if (b.failed()) {
        *error = b.error();
        return -1;
    }
    return b.made();
}

QString SampleStore::defaultPath()
{
    const QString folder = AppSettings::dataFolder();
    return QDir(folder).filePath(QStringLiteral("sample.sqlite"));
}

} // namespace portdesk
