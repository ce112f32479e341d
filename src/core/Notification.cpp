// SPDX-License-Identifier: Apache-2.0
#include "Notification.h"

#include "CustomerTime.h"

namespace portdesk {

namespace {

struct KindText {
    const char *id;
    const char *title; // the subject's words
    const char *next; // what the recipient should do next
};

// In flow order; the titles and the next steps are translated at use.
const KindText kKinds[] = {
    { "portable", QT_TRANSLATE_NOOP("Notifications", "the numbers are portable"),
        QT_TRANSLATE_NOOP("Notifications",
            "Nothing yet: support requests the Letter of Authorization (LOA) next, and you will "
            "hear when it is yours to sign.") },
    { "not-portable", QT_TRANSLATE_NOOP("Notifications", "the numbers are not portable"),
        QT_TRANSLATE_NOOP("Notifications",
            "Read support's reason in PortDesk; the case is closed. File a new request once "
            "what stood in the way is fixed.") },
    { "loa-requested", QT_TRANSLATE_NOOP("Notifications", "please sign the LOA"),
        QT_TRANSLATE_NOOP("Notifications",
            "Open the case in PortDesk, sign the Letter of Authorization (LOA) of each carrier "
            "group and submit it.") },
    { "change-requested", QT_TRANSLATE_NOOP("Notifications", "the carrier asks for a change"),
        QT_TRANSLATE_NOOP("Notifications",
            "The carrier's records differ from the request. Open the case in PortDesk, correct "
            "the fields it names and resubmit the LOA.") },
    { "foc-set", QT_TRANSLATE_NOOP("Notifications", "the FOC date is set"),
        QT_TRANSLATE_NOOP("Notifications",
            "Confirm the FOC date in PortDesk, or ask for another date if it does not work for "
            "you.") },
    { "in-inventory", QT_TRANSLATE_NOOP("Notifications", "the numbers are in the inventory"),
        QT_TRANSLATE_NOOP("Notifications",
            "Assign the numbers to users or a Voice Connector in PortDesk; they go live at the "
            "FOC.") },
    { "completed", QT_TRANSLATE_NOOP("Notifications", "the port is completed"),
        QT_TRANSLATE_NOOP("Notifications",
            "The numbers are active. Call one of them to check that it rings where it should.") },
    { "pin-issued", QT_TRANSLATE_NOOP("Notifications", "the port-out PIN is issued"),
        QT_TRANSLATE_NOOP("Notifications",
            "Open the case in PortDesk to read the account ID and PIN (they are never sent by "
            "email) and give them to the new carrier.") },
    { "port-out-requested", QT_TRANSLATE_NOOP("Notifications", "a port-out was requested"),
        QT_TRANSLATE_NOOP("Notifications",
            "Numbers of your account are to leave. If nobody of your organization asked for "
            "this, cancel the case in PortDesk now.") },
    { "submitted", QT_TRANSLATE_NOOP("Notifications", "a new request"),
        QT_TRANSLATE_NOOP("Notifications", "Answer the request in PortDesk.") },
    { "loa-submitted", QT_TRANSLATE_NOOP("Notifications", "the LOA is submitted"),
        QT_TRANSLATE_NOOP("Notifications",
            "Send the signed LOA to the carrier and record its answer (approval or a change "
            "request) in PortDesk.") },
    { "foc-confirmed", QT_TRANSLATE_NOOP("Notifications", "the admin confirmed the FOC date"),
        QT_TRANSLATE_NOOP("Notifications",
            "Nothing more: the numbers enter the inventory one day before the FOC and are "
            "activated at the FOC.") },
};

const KindText *find(const QString &kind)
{
    for (const KindText &k : kKinds) {
        if (kind == QLatin1String(k.id))
            return &k;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Notifications", text);
}

} // namespace

QStringList Notifications::kinds()
{
    QStringList out;
    for (const KindText &k : kKinds)
        out << QLatin1String(k.id);
    return out;
}

bool Notifications::isKind(const QString &kind)
{
    return find(kind) != nullptr;
}

QList<RaisedNotification> Notifications::raisedBy(CaseKind caseKind, CaseEvent event)
{
    const auto one = [](const char *kind, NotificationAudience audience) {
        return RaisedNotification { QLatin1String(kind), audience };
    };
    using A = NotificationAudience;
    switch (event) {
    case CaseEvent::Submit:
        if (caseKind == CaseKind::PortOut)
            return { one("port-out-requested", A::AccountAdmins), one("submitted", A::Support) };
        return { one("submitted", A::Support) };
    case CaseEvent::Portable:
        return { one("portable", A::CaseAdmin) };
    case CaseEvent::NotPortable:
        return { one("not-portable", A::CaseAdmin) };
    case CaseEvent::RequestLoa:
        return { one("loa-requested", A::CaseAdmin) };
    case CaseEvent::SubmitLoa:
        return { one("loa-submitted", A::Support) };
    case CaseEvent::RequestChange:
        return { one("change-requested", A::CaseAdmin) };
    case CaseEvent::SetFoc:
        return { one("foc-set", A::CaseAdmin) };
    case CaseEvent::ConfirmFoc:
        return { one("foc-confirmed", A::Support) };
    case CaseEvent::Inventory:
        return { one("in-inventory", A::CaseAdmin) };
    case CaseEvent::Activate:
        return { one("completed", A::CaseAdmin) };
    case CaseEvent::IssuePin:
        return { one("pin-issued", A::CaseAdmin) };
    default:
        return {};
    }
}

NotificationAudience Notifications::audienceOf(const QString &kind)
{
    if (kind == QLatin1String("submitted") || kind == QLatin1String("loa-submitted")
        || kind == QLatin1String("foc-confirmed"))
        return NotificationAudience::Support;
    if (kind == QLatin1String("port-out-requested"))
        return NotificationAudience::AccountAdmins;
    return NotificationAudience::CaseAdmin;
}

QString Notifications::title(const QString &kind)
{
    const KindText *text = find(kind);
    return text ? translated(text->title) : kind;
}

NotificationMessage Notifications::compose(const QString &kind, const NotificationFacts &facts)
{
    const KindText *text = find(kind);
    const QString title = text ? translated(text->title) : kind;
    const QString caseKind = facts.caseKind == CaseKind::PortIn ? Notifications::tr("port-in")
                                                                : Notifications::tr("port-out");
    NotificationMessage m;
    m.subject = Notifications::tr("[PortDesk] Case %1 (%2): %3")
                    .arg(facts.caseId)
                    .arg(caseKind, title);
    QStringList lines;
    lines << (facts.customerName.isEmpty()
            ? Notifications::tr("Case %1, a %2.").arg(facts.caseId).arg(caseKind)
            : Notifications::tr("Case %1, a %2 for %3.")
                  .arg(facts.caseId)
                  .arg(caseKind, facts.customerName));
    lines << Notifications::tr("State: %1.").arg(displayName(facts.state));
    if (facts.focAt.isValid()) {
        const QTimeZone zone = facts.zone.isValid() ? facts.zone : QTimeZone::utc();
        const QDateTime local = inTimeZone(facts.focAt, zone);
        lines << Notifications::tr("FOC: %1 %2 (the customer's time).")
                     .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         zoneAbbreviation(local, zone));
    }
    const qsizetype count = facts.numbers.size();
    QString numbers = facts.numbers.mid(0, numbersShown).join(QStringLiteral(", "));
    if (count > numbersShown)
        numbers = Notifications::tr("%1 and %n more", "", int(count - numbersShown)).arg(numbers);
    lines << Notifications::tr("Numbers: %n (%1).", "", int(count)).arg(numbers);
    lines << QString();
    lines << Notifications::tr("What to do next: %1")
                 .arg(text ? translated(text->next) : Notifications::tr("open the case in PortDesk."));
    lines << QString();
    lines << Notifications::tr("-- \nPortDesk sent this because you are named on the case or "
                               "work on its account. To stop this kind of message: "
                               "portdesk-cli notify opt-out %1 --email YOUR-ADDRESS")
                 .arg(kind);
    m.body = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return m;
}

} // namespace portdesk
