// SPDX-License-Identifier: Apache-2.0
#include "CaseOutput.h"

#include "CliOutput.h"

#include "core/CaseSecrets.h"
#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "core/CustomerTime.h"
#include "core/UsTimeZones.h"
#include "core/Secret.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace portdesk::cli {

namespace {

// A port-in's times in the customer's zone (ISO 8601 with its offset at
// that time); a port-out's in UTC.
QDateTime inCaseTime(const CaseRecord &c, const QDateTime &at)
{
    return c.kind == CaseKind::PortIn ? inCustomerTime(at, c.portIn) : at;
}

// The requested port time with the customer's own offset.
QDateTime requestedAt(const CaseRecord &c)
{
    return c.portIn.requestedPortAt.isValid() ? inCaseTime(c, c.portIn.requestedPortAt)
                                              : c.requestedPortAt;
}

const QString kPortOutPin = QStringLiteral("portOut.pin");
const QString kPortOutAccountId = QStringLiteral("portOut.accountId");

// An event's arguments as shown: the PIN and account ID masked unless revealed.
QJsonObject argsShown(const RecordedEvent &event, const QSet<QString> &revealed)
{
    QJsonObject args = event.args.toJson();
    if (args.contains(QStringLiteral("pin")))
        args.insert(QStringLiteral("pin"),
            Secret::pin(event.args.pin).shown(revealed.contains(kPortOutPin)));
    if (args.contains(QStringLiteral("accountId")))
        args.insert(QStringLiteral("accountId"),
            Secret::accountNumber(event.args.accountId).shown(revealed.contains(kPortOutAccountId)));
    return args;
}

// A carrier group's secret as shown.
QString groupSecret(const Secret &secret, qsizetype group, const char *field, const QSet<QString> &revealed)
{
    return secret.shown(
        revealed.contains(QStringLiteral("carriers[%1].%2").arg(group).arg(QLatin1String(field))));
}

// The case's timeline; projections count business days in the customer's offset.
QList<Milestone> timelineOf(const CaseRecord &c)
{
    QList<RecordedEvent> history;
    for (const CaseEventRecord &e : c.events)
        history.append(e.event);
    return CaseTimeline::build(c.kind, history, requestedAt(c), Clock::now());
}

} // namespace

QJsonObject caseJson(const CaseRecord &c, const QSet<QString> &revealed)
{
    QJsonObject o { { QStringLiteral("id"), c.id }, { QStringLiteral("kind"), toString(c.kind) },
        { QStringLiteral("state"), toString(c.state) },
        { QStringLiteral("stateLabel"), displayName(c.state) },
        { QStringLiteral("orderStatus"), orderStatus(c.state) },
        { QStringLiteral("productType"), toString(c.productType) },
        { QStringLiteral("adminEmail"), c.adminEmail },
        { QStringLiteral("focAt"), isoOrNull(inCaseTime(c, c.focAt)) },
        { QStringLiteral("createdAt"), isoOrNull(inCaseTime(c, c.createdAt)) },
        { QStringLiteral("updatedAt"), isoOrNull(inCaseTime(c, c.updatedAt)) },
        { QStringLiteral("version"), c.version } };
    QJsonArray numbers;
    for (const QString &n : c.numbers)
        numbers.append(n);
    o.insert(QStringLiteral("numbers"), numbers);
    // Each number with its status (numbers stays the plain list: a contract).
    QJsonArray numberStatus;
    for (const PortNumber &n : c.numberStatus) {
        const bool rejected = n.state == PortNumberState::Rejected;
        numberStatus.append(QJsonObject { { QStringLiteral("e164"), n.e164 },
            { QStringLiteral("status"), toString(n.state) },
            { QStringLiteral("reasonCode"),
                rejected ? QJsonValue(n.reasonCode) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("reason"),
                rejected ? QJsonValue(n.reason) : QJsonValue(QJsonValue::Null) } });
    }
    o.insert(QStringLiteral("numberStatus"), numberStatus);
    if (c.kind == CaseKind::PortIn) {
        QJsonObject request = c.portIn.toJson();
        QJsonArray groups = request.value(QStringLiteral("carriers")).toArray();
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QJsonObject g = groups.at(i).toObject();
            const CarrierGroup &src = c.portIn.carriers.at(i);
            g.insert(QStringLiteral("accountNumber"),
                groupSecret(Secret::accountNumber(src.accountNumber), i, "accountNumber", revealed));
            g.insert(QStringLiteral("pin"), groupSecret(Secret::pin(src.pin), i, "pin", revealed));
            groups.replace(i, g);
        }
        o.insert(QStringLiteral("requestedPortAt"), isoOrNull(requestedAt(c)));
        // The customer's IANA zone (null when only an offset is known).
        o.insert(QStringLiteral("timeZone"),
            orNull(QString::fromLatin1(customerTimeZoneId(c.portIn))));
        o.insert(QStringLiteral("voiceConnector"), request.value(QStringLiteral("voiceConnector")));
        o.insert(QStringLiteral("btnOption"), request.value(QStringLiteral("btnOption")));
        o.insert(QStringLiteral("newBtn"), request.value(QStringLiteral("newBtn")));
        o.insert(QStringLiteral("carriers"), groups);
    } else {
        o.insert(QStringLiteral("portOutAccountId"),
            c.portOutAccountId.isEmpty()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(Secret::accountNumber(c.portOutAccountId)
                          .shown(revealed.contains(kPortOutAccountId))));
        o.insert(QStringLiteral("portOutPin"),
            c.portOutPin.isEmpty() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(Secret::pin(c.portOutPin)
                                                    .shown(revealed.contains(kPortOutPin))));
    }
    QJsonArray events;
    for (const CaseEventRecord &e : c.events) {
        QJsonObject event { { QStringLiteral("seq"), e.seq },
            { QStringLiteral("event"), toString(e.event.event) },
            { QStringLiteral("at"), iso(inCaseTime(c, e.event.at)) },
            { QStringLiteral("actor"), toString(e.event.actor) },
            { QStringLiteral("args"), argsShown(e.event, revealed) } };
        // Who wrote it: the store's login (a team store's member).
        if (!e.login.isEmpty())
            event.insert(QStringLiteral("login"), e.login);
        if (e.event.event == CaseEvent::Reveal)
            event.insert(QStringLiteral("text"), CaseSecrets::revealedText(e.event.args.revealed));
        events.append(event);
    }
    o.insert(QStringLiteral("events"), events);
    QJsonArray timeline;
    for (const Milestone &m : timelineOf(c)) {
        QJsonObject mj { { QStringLiteral("milestone"), m.key },
            { QStringLiteral("label"), m.label }, { QStringLiteral("at"), isoOrNull(inCaseTime(c, m.at)) },
            { QStringLiteral("projected"), m.projected },
            { QStringLiteral("overdue"), m.overdue } };
        if (m.round > 0)
            mj.insert(QStringLiteral("round"), m.round);
        timeline.append(mj);
    }
    o.insert(QStringLiteral("timeline"), timeline);
    return o;
}

void writeCase(QTextStream &out, const CaseRecord &record, const QSet<QString> &revealed)
{
    out << QCoreApplication::translate("CliApp", "Case %1 (%2): %3 [order status %4]")
               .arg(record.id)
               .arg(toString(record.kind), displayName(record.state), orderStatus(record.state))
        << '\n';
    out << QCoreApplication::translate("CliApp", "Product type: %1")
               .arg(toString(record.productType))
        << '\n';
    out << QCoreApplication::translate("CliApp", "Admin email: %1").arg(record.adminEmail) << '\n';
    if (record.kind == CaseKind::PortIn) {
        const PortInRequest &r = record.portIn;
        if (!r.voiceConnector.isEmpty())
            out << QCoreApplication::translate("CliApp", "Voice Connector: %1")
                       .arg(r.voiceConnector)
                << '\n';
        out << QCoreApplication::translate("CliApp", "Requested port: %1")
                   .arg(iso(requestedAt(record)))
            << '\n';
        const QTimeZone zone = customerTimeZone(r);
        out << QCoreApplication::translate("CliApp", "Time zone: %1")
                   .arg(customerTimeZoneId(r).isEmpty()
                           ? QString::fromLatin1(zone.id())
                           : UsTimeZones::displayName(customerTimeZoneId(r)))
            << '\n';
        out << QCoreApplication::translate("CliApp", "BTN option: %1").arg(toString(r.btnOption));
        if (!r.newBtn.isEmpty())
            out << QCoreApplication::translate("CliApp", " (new BTN %1)").arg(r.newBtn);
        out << '\n';
        for (qsizetype i = 0; i < r.carriers.size(); ++i) {
            const CarrierGroup &g = r.carriers.at(i);
            const ServiceAddress &a = g.serviceAddress;
            out << QCoreApplication::translate("CliApp", "Carrier group %1: %2")
                       .arg(i + 1)
                       .arg(g.carrier)
                << '\n'
                << QCoreApplication::translate("CliApp", "  BTN: %1").arg(g.btn) << '\n'
                << QCoreApplication::translate("CliApp", "  Authorizing person: %1")
                       .arg(g.authorizingPerson)
                << '\n'
                << QCoreApplication::translate("CliApp", "  Account number: %1  PIN: %2")
                       .arg(groupSecret(Secret::accountNumber(g.accountNumber), i,
                                "accountNumber", revealed),
                           groupSecret(Secret::pin(g.pin), i, "pin", revealed))
                << '\n'
                << QCoreApplication::translate("CliApp", "  Customer name: %1").arg(g.customerName)
                << '\n'
                << QCoreApplication::translate("CliApp", "  Service address: %1, %2, %3 %4")
                       .arg(a.street, a.city, a.state, a.zip)
                << '\n';
            out << QCoreApplication::translate("CliApp", "  Numbers (%1): %2")
                       .arg(g.numbers.size())
                       .arg(g.numbers.join(QStringLiteral(", ")))
                << '\n';
        }
    } else {
        out << QCoreApplication::translate("CliApp", "Numbers (%1): %2")
                   .arg(record.numbers.size())
                   .arg(record.numbers.join(QStringLiteral(", ")))
            << '\n';
        if (!record.portOutAccountId.isEmpty())
            out << QCoreApplication::translate("CliApp", "Port-out account ID: %1  PIN: %2")
                       .arg(Secret::accountNumber(record.portOutAccountId)
                                .shown(revealed.contains(kPortOutAccountId)),
                           Secret::pin(record.portOutPin).shown(revealed.contains(kPortOutPin)))
                << '\n';
    }
    // The numbers that do not follow the case, and why.
    for (const PortNumber &n : record.numberStatus) {
        if (n.state == PortNumberState::Rejected)
            out << QCoreApplication::translate("CliApp", "Rejected: %1 [%2] %3")
                       .arg(n.e164, n.reasonCode, n.reason)
                << '\n';
    }
    out << QCoreApplication::translate("CliApp", "FOC: %1")
               .arg(record.focAt.isValid() ? iso(inCaseTime(record, record.focAt)) : QStringLiteral("-"))
        << '\n';
    out << QCoreApplication::translate("CliApp", "Events:") << '\n';
    for (const CaseEventRecord &e : record.events) {
        out << "  " << e.seq << '\t' << iso(inCaseTime(record, e.event.at)) << '\t' << toString(e.event.actor) << '\t'
            << toString(e.event.event);
        const QJsonObject args = argsShown(e.event, revealed);
        if (e.event.event == CaseEvent::Reveal)
            out << '\t' << CaseSecrets::revealedText(e.event.args.revealed)
                << (e.login.isEmpty() ? QString()
                                      : QCoreApplication::translate("CliApp", " (login %1)").arg(e.login));
        else if (!args.isEmpty())
            out << '\t' << QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
        out << '\n';
    }
    out << QCoreApplication::translate("CliApp", "Timeline:") << '\n';
    for (const Milestone &m : timelineOf(record)) {
        out << "  "
            << (m.projected ? QCoreApplication::translate("CliApp", "projected")
                            : QCoreApplication::translate("CliApp", "done     "))
            << '\t' << (m.at.isValid() ? iso(inCaseTime(record, m.at)) : QStringLiteral("-")) << '\t' << m.label
            << (m.overdue ? QCoreApplication::translate("CliApp", "  (overdue)") : QString())
            << '\n';
    }
}

} // namespace portdesk::cli
