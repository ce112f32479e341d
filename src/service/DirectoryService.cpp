// SPDX-License-Identifier: Apache-2.0
#include "DirectoryService.h"

#include "ServiceSupport.h"

#include "core/Clock.h"
#include "core/RequestValidator.h"
#include "store/InventoryRepository.h"
#include "store/Transaction.h"
#include "store/VoiceConnectorRepository.h"

namespace portdesk {

using namespace service;

QStringList DirectoryService::voiceConnectorRegions()
{
    // The regions where the calling service offers Voice Connectors.
    return { QStringLiteral("us-east-1"), QStringLiteral("us-west-2"),
        QStringLiteral("ca-central-1"), QStringLiteral("eu-central-1"), QStringLiteral("eu-west-1"),
        QStringLiteral("eu-west-2"), QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"), QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2") };
}

namespace {

constexpr int maxUserNameLength = 200;

Violations userRefusals(const QString &email, const QString &name)
{
    Violations out;
    if (email.isEmpty()) {
        out.append(refusal(QStringLiteral("email"), "email.required",
            DirectoryService::tr("Give the email address of the user.")));
    } else if (!RequestValidator::isValidEmail(email)) {
        out.append(refusal(QStringLiteral("email"), "email.invalid",
            DirectoryService::tr("\"%1\" is not a valid email address.").arg(email)));
    }
    if (name.size() > maxUserNameLength) {
        out.append(refusal(QStringLiteral("name"), "user.name-too-long",
            DirectoryService::tr("The name is too long: at most %1 characters.")
                .arg(maxUserNameLength)));
    }
    return out;
}

// A user's email is unique: refused (user.email-taken) when another has it.
// False when the store failed.
bool checkEmailFree(const InventoryRepository &inventory, const QString &email, ChangeResult *result)
{
    User existing;
    bool found = false;
    if (!inventory.findUser(email, &existing, &found, &result->status))
        return false;
    if (found) {
        result->violations.append(refusal(QStringLiteral("email"), "user.email-taken",
            DirectoryService::tr("A user with the email address %1 already exists.").arg(email)));
    }
    return true;
}

} // namespace

ChangeResult DirectoryService::addUser(const QString &email, const QString &name)
{
    ChangeResult result;
    User user;
    user.email = email.trimmed().toLower();
    user.name = name.trimmed();
    user.createdAt = Clock::now();
    result.violations = userRefusals(user.email, user.name);
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    InventoryRepository inventory(m_store);
    if (!user.email.isEmpty() && !checkEmailFree(inventory, user.email, &result))
        return failedWith(result.status);
    if (hasErrors(result.violations))
        return result;
    if (!inventory.addUser(&user, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = user.id;
    return result;
}

ChangeResult DirectoryService::editUser(qint64 id, const QString &email, const QString &name)
{
    ChangeResult result;
    result.id = id;
    User user;
    user.id = id;
    user.email = email.trimmed().toLower();
    user.name = name.trimmed();
    result.violations = userRefusals(user.email, user.name);
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    InventoryRepository inventory(m_store);
    User current;
    bool found = false;
    if (!inventory.findUserById(id, &current, &found, &result.status))
        return failedWith(result.status);
    if (!found) {
        result.violations.append(refusal(QStringLiteral("user"), "user.not-found",
            DirectoryService::tr("The user no longer exists.")));
        return result;
    }
    if (!user.email.isEmpty() && user.email != current.email
        && !checkEmailFree(inventory, user.email, &result))
        return failedWith(result.status);
    if (hasErrors(result.violations))
        return result;
    if (!inventory.updateUser(user, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

QList<User> DirectoryService::listUsers(const QString &contains, StoreStatus *status) const
{
    return readList<User>(status, [&](QList<User> *out, StoreStatus *st) {
        return InventoryRepository(m_store).listUsers(contains, out, st);
    });
}

// ---------------------------------------------------------------------------
// Voice Connectors

namespace {

// The rules of a connector's name and region (the region already lower case).
Violations connectorRefusals(const VoiceConnector &connector)
{
    Violations out;
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$"));
    if (connector.name.isEmpty()) {
        out.append(refusal(QStringLiteral("name"), "voiceConnector.name-required",
            DirectoryService::tr("Give the Voice Connector a name.")));
    } else if (!allowed.match(connector.name).hasMatch()) {
        out.append(refusal(QStringLiteral("name"), "voiceConnector.name-invalid",
            DirectoryService::tr("\"%1\" is not a usable Voice Connector name: up to 100 "
                               "letters, digits, spaces, dots, dashes and underscores, "
                               "starting with a letter or digit.")
                .arg(connector.name)));
    }
    if (!DirectoryService::voiceConnectorRegions().contains(connector.region)) {
        out.append(refusal(QStringLiteral("region"), "voiceConnector.region-unknown",
            DirectoryService::tr("\"%1\" is not a Voice Connector region; use one of %2.")
                .arg(connector.region,
                    DirectoryService::voiceConnectorRegions().join(QStringLiteral(", ")))));
    }
    return out;
}

// A connector named `name` other than `exceptId`: the name is taken.
bool checkNameFree(
    const Store &store, const QString &name, qint64 exceptId, Violations *out, StoreStatus *status)
{
    if (name.isEmpty())
        return true;
    VoiceConnector existing;
    bool found = false;
    if (!VoiceConnectorRepository(store).find(name, &existing, &found, status))
        return false;
    if (found && existing.id != exceptId) {
        out->append(refusal(QStringLiteral("name"), "voiceConnector.name-taken",
            DirectoryService::tr("A Voice Connector named \"%1\" already exists.").arg(name)));
    }
    return true;
}

// The start of a change to one Voice Connector: begins `transaction` and
// reads it. False when the change stops there, with *result saying why.
bool openConnector(const VoiceConnectorRepository &connectors, WriteTransaction *transaction,
    qint64 id, VoiceConnector *current, ChangeResult *result)
{
    if (!transaction->begin(&result->status))
        return false;
    bool found = false;
    if (!connectors.findById(id, current, &found, &result->status)) {
        *result = failedWith(result->status);
        return false;
    }
    if (!found) {
        result->violations.append(
            refusal(QStringLiteral("voiceConnector"), "voiceConnector.not-found",
                DirectoryService::tr("The Voice Connector no longer exists.")));
        return false;
    }
    return true;
}

QString caseList(const QList<qint64> &ids)
{
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(QStringLiteral(", "));
}

} // namespace

ChangeResult DirectoryService::createVoiceConnector(
    const QString &name, const QString &region, bool encryption)
{
    ChangeResult result;
    VoiceConnector connector;
    connector.name = name.trimmed();
    connector.region
        = region.trimmed().isEmpty() ? voiceConnectorRegions().first() : region.trimmed().toLower();
    connector.encryption = encryption;
    connector.createdAt = Clock::now();
    result.violations = connectorRefusals(connector);
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    if (!checkNameFree(m_store, connector.name, 0, &result.violations, &result.status))
        return failedWith(result.status);
    if (hasErrors(result.violations))
        return result;
    if (!VoiceConnectorRepository(m_store).create(&connector, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = connector.id;
    return result;
}

ChangeResult DirectoryService::editVoiceConnector(
    qint64 id, const QString &name, const QString &region, bool encryption)
{
    ChangeResult result;
    result.id = id;
    VoiceConnector connector;
    connector.id = id;
    connector.name = name.trimmed();
    connector.region
        = region.trimmed().isEmpty() ? voiceConnectorRegions().first() : region.trimmed().toLower();
    connector.encryption = encryption;
    result.violations = connectorRefusals(connector);
    WriteTransaction transaction(m_store);
    VoiceConnectorRepository connectors(m_store);
    VoiceConnector current;
    if (!openConnector(connectors, &transaction, id, &current, &result))
        return result;
    if (connector.name != current.name) {
        if (!checkNameFree(m_store, connector.name, id, &result.violations, &result.status))
            return failedWith(result.status);
        // An open port-in finds its connector by name.
        QList<qint64> cases;
        if (!connectors.openPortInsNaming(current.name, &cases, &result.status))
            return failedWith(result.status);
        if (!cases.isEmpty()) {
            result.violations.append(refusal(QStringLiteral("name"), "voiceConnector.in-port-in",
                DirectoryService::tr("\"%1\" cannot be renamed while open port-ins name it "
                                   "(case %2).")
                    .arg(current.name, caseList(cases))));
        }
    }
    if (hasErrors(result.violations))
        return result;
    connector.createdAt = current.createdAt;
    if (!connectors.update(connector, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

ChangeResult DirectoryService::deleteVoiceConnector(qint64 id)
{
    ChangeResult result;
    result.id = id;
    WriteTransaction transaction(m_store);
    VoiceConnectorRepository connectors(m_store);
    VoiceConnector current;
    if (!openConnector(connectors, &transaction, id, &current, &result))
        return result;
    if (current.numberCount > 0) {
        result.violations.append(refusal(QStringLiteral("voiceConnector"), "voiceConnector.in-use",
            DirectoryService::tr("\"%1\" has %n number(s) assigned: unassign them before deleting "
                               "it.",
                nullptr, current.numberCount)
                .arg(current.name)));
    }
    QList<qint64> cases;
    if (!connectors.openPortInsNaming(current.name, &cases, &result.status))
        return failedWith(result.status);
    if (!cases.isEmpty()) {
        result.violations.append(refusal(QStringLiteral("voiceConnector"),
            "voiceConnector.in-port-in",
            DirectoryService::tr("\"%1\" cannot be deleted while open port-ins name it (case %2).")
                .arg(current.name, caseList(cases))));
    }
    if (hasErrors(result.violations))
        return result;
    if (!connectors.remove(id, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

bool DirectoryService::findVoiceConnector(
    const QString &name, VoiceConnector *out, StoreStatus *status) const
{
    const StatusOut st(status);
    bool found = false;
    return VoiceConnectorRepository(m_store).find(name.trimmed(), out, &found, st) && found;
}

QList<VoiceConnector> DirectoryService::listVoiceConnectors(StoreStatus *status) const
{
    return readList<VoiceConnector>(status, [&](QList<VoiceConnector> *out, StoreStatus *st) {
        return VoiceConnectorRepository(m_store).list(out, st);
    });
}

} // namespace portdesk
