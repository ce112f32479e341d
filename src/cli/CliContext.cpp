// SPDX-License-Identifier: Apache-2.0
#include "CliContext.h"

#include "CliOutput.h"

#include "core/Clock.h"
#include "notify/NotifySettings.h"
#include "service/NotificationService.h"
#include "service/Services.h"
#include "store/Store.h"
#include "store/StoreCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace portdesk::cli {

CliContext::CliContext(QTextStream &o, QTextStream &e, bool asJson)
    : m_gatheredStream(&m_gathered)
    , out(o)
    , err(asJson ? m_gatheredStream : e)
    , terminal(e)
    , json(asJson)
{
}

CliContext::~CliContext() = default;

namespace {

QString storeRule(StoreStatus::Code code)
{
    switch (code) {
    case StoreStatus::Code::Damaged: return QStringLiteral("store.damaged");
    case StoreStatus::Code::TooNew: return QStringLiteral("store.too-new");
    case StoreStatus::Code::Failed: return QStringLiteral("store.failed");
    case StoreStatus::Code::ReadOnly: return QStringLiteral("store.read-only");
    case StoreStatus::Code::Ok:
    case StoreStatus::Code::Unavailable: break;
    }
    return QStringLiteral("store.unavailable");
}

QJsonObject itemJson(const Violation &v)
{
    return QJsonObject { { QStringLiteral("rule"), v.rule }, { QStringLiteral("field"), v.field },
        { QStringLiteral("message"), v.message } };
}

} // namespace

void CliContext::takeGathered()
{
    if (!json)
        return;
    m_gatheredStream.flush();
    const QString warning = QCoreApplication::translate("CliApp", "warning: ");
    // "field: message [rule]" (violationLine) read back; a line without a
    // rule is kept whole, to be judged by the exit status.
    static const QRegularExpression ruled(
        QStringLiteral("^(?:(\\S+): )?(.*) \\[([A-Za-z0-9][A-Za-z0-9._-]*)\\]$"));
    for (QString line : m_gathered.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const bool isWarning = line.startsWith(warning);
        if (isWarning)
            line = line.mid(warning.size());
        const QRegularExpressionMatch m = ruled.match(line);
        if (m.hasMatch())
            m_items.append({ isWarning ? Item::Warning : Item::Error,
                Violation { m.captured(1), m.captured(3), m.captured(2) } });
        else
            m_items.append({ isWarning ? Item::Warning : Item::Line, Violation { {}, {}, line } });
    }
    m_gathered.clear();
}

void CliContext::report(const Violation &v)
{
    if (!json) {
        if (!v.isError())
            err << QCoreApplication::translate("CliApp", "warning: ");
        err << violationLine(v) << '\n';
        return;
    }
    takeGathered();
    m_items.append({ v.isError() ? Item::Error : Item::Warning, v });
}

void CliContext::note(const QString &text)
{
    if (!json) {
        err << text << '\n';
        return;
    }
    takeGathered();
    m_items.append({ Item::Note, Violation { {}, {}, text } });
}

int CliContext::refuse(const Violation &violation)
{
    report(violation);
    return Refused;
}

int CliContext::usage(const QString &message, const QString &help, const QString &field)
{
    if (json) {
        report(Violation { field, QStringLiteral("cli.usage"), message });
        return BadUsage;
    }
    if (!message.isEmpty())
        err << message << '\n';
    if (!help.isEmpty())
        err << help;
    err.flush();
    return BadUsage;
}

int CliContext::storeFailure(const QString &message)
{
    StoreStatus status;
    status.code = StoreStatus::Code::Unavailable;
    status.message = message;
    return storeFailure(status);
}

int CliContext::storeFailure(const StoreStatus &status)
{
    if (json) {
        report(Violation { QString(), storeRule(status.code), status.message });
        return StoreUnavailable;
    }
    err << status.message << '\n';
    err.flush();
    return StoreUnavailable;
}

QJsonObject CliContext::diagnostics(int exitCode)
{
    takeGathered();
    if (exitCode == Done && m_items.isEmpty())
        return QJsonObject();
    const QString lineRule = exitCode == BadUsage ? QStringLiteral("cli.usage")
        : exitCode == StoreUnavailable            ? QStringLiteral("store.unavailable")
                                                  : QStringLiteral("cli.refused");
    QJsonArray errors;
    QJsonArray warnings;
    QJsonArray notes;
    for (Item item : std::as_const(m_items)) {
        if (item.kind == Item::Line && exitCode == Done)
            item.kind = Item::Note;
        if (item.kind == Item::Line)
            item.violation.rule = lineRule;
        if (item.kind == Item::Note)
            notes.append(QJsonObject { { QStringLiteral("message"), item.violation.message } });
        else
            (item.kind == Item::Warning ? warnings : errors).append(itemJson(item.violation));
    }
    QJsonObject o { { QStringLiteral("exit"), exitCode }, { QStringLiteral("errors"), errors },
        { QStringLiteral("warnings"), warnings } };
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), notes);
    return o;
}

int CliContext::openStore(QList<AppliedStep> *applied)
{
    StoreStatus status;
    // Support's address for the notifications of this run's events, where
    // the store has no support member (notify settings --support-address).
    NotificationService::setSupportFallback(NotifySettings::load().supportAddress);
    const QString url = dbUrl.isEmpty() ? Store::defaultUrl() : dbUrl;
    QString problem;
    if (!Store::isStoreAddress(url, &problem))
        return usage(problem, QString()); // a malformed address is bad usage, not an outage
    store = Store::open(url, &status, readOnly ? StoreAccess::ReadOnly : StoreAccess::ReadWrite);
    if (!store) {
        if (status.message.isEmpty())
            status.message
                = QCoreApplication::translate("CliApp", "The store %1 cannot be opened.").arg(url);
        return storeFailure(status);
    }
    if (store->previousSessionEndedAbruptly()) {
        // Opening checks the header and the schema only; after a PortDesk
        // ended with the store open, every page is checked before any use.
        QString summary;
        const StoreStatus check = StoreCheck::run(*store, StoreCheck::Depth::Pages, &summary);
        if (!check.ok())
            return storeFailure(check);
        note(QCoreApplication::translate(
            "CliApp", "PortDesk ended the last time without closing this store. %1")
                 .arg(summary));
    }
    service = std::make_unique<Services>(*store);
    if (store->isReadOnly()) {
        // Nothing is written: what the clock would apply is only said.
        StoreStatus dueStatus;
        const ClockService::Due due = service->clock.due(&dueStatus);
        if (!dueStatus.ok())
            return storeFailure(dueStatus);
        if (due.any())
            note(QCoreApplication::translate("CliApp",
                "The store is open read-only (%1): steps the clock has made due were "
                "not applied (%n case(s) wait for one; purges: %2).",
                nullptr, due.cases)
                       .arg(store->readOnlyReason(),
                           due.purges ? QCoreApplication::translate("CliApp", "due")
                                      : QCoreApplication::translate("CliApp", "none")));
        return Done;
    }
    // Whenever PortDesk runs it applies every transition that has come due.
    StoreStatus tickStatus;
    const QList<AppliedStep> steps = service->clock.tick(&tickStatus);
    if (!tickStatus.ok())
        return storeFailure(tickStatus);
    if (applied)
        *applied = steps;
    return Done;
}

Role CliContext::actingRole(Role chosen) const
{
    if (store && store->team().roleFromLogin())
        return store->team().role;
    return chosen;
}

int CliContext::loadCase(qint64 id, CaseRecord *record)
{
    StoreStatus status;
    if (service->cases.loadCase(id, record, &status))
        return Done;
    if (!status.ok())
        return storeFailure(status);
    // As before: the sentence alone on a line (scripts read it); under --json
    // of rule case.unknown.
    if (!json) {
        err << QCoreApplication::translate("CliApp", "Case %1 does not exist.").arg(id) << '\n';
        return Refused;
    }
    return refuse(Violation { QStringLiteral("id"), QStringLiteral("case.unknown"),
        QCoreApplication::translate("CliApp", "Case %1 does not exist.").arg(id) });
}

} // namespace portdesk::cli
