// SPDX-License-Identifier: Apache-2.0
// InventoryExchange's import: a ListPhoneNumbers file read as a stream,
// judged in batches, all or nothing, run once for good after a lost
// PostgreSQL connection.
#include "InventoryExchange.h"

#include "DirectoryService.h"
#include "InventoryService.h"
#include "JsonStream.h"
#include "ServiceSupport.h"

#include "store/CaseRepository.h"
#include "store/InventoryRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "store/VoiceConnectorRepository.h"

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "core/RequestValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace portdesk {

using service::AfterFailure;
using service::afterFailure;
using service::failedWith;
using service::forgetConnectionLoss;
using service::JsonStream;
using service::keyText;
using service::newRequestKey;
using service::RequestKeyScope;

namespace {

// Rows judged per batch.
constexpr int importBatch = 2000;

// ---------------------------------------------------------------------------
// Import: one row judged against the file's own rules.

struct ImportRow {
    int index = 0;
    InventoryNumber number;
    QString given; // E164PhoneNumber as given
};

class Importer {
public:
    Importer(Store &store, const InventoryExchange::ImportOptions &options, ImportResult *result)
        : m_store(store), m_options(options), m_result(result), m_now(Clock::now())
    {
    }

    // Judges one row and queues it; false when the store failed.
    bool add(int index, const QByteArray &raw)
    {
        ++m_result->rows;
        ImportRow row;
        row.index = index;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            refuse(row, "import.row-not-object",
                InventoryExchange::tr("The row is not a JSON object."));
            return true;
        }
        if (!readRow(doc.object(), &row))
            return true;
        m_batch.append(row);
        if (m_batch.size() >= importBatch)
            return flush();
        return true;
    }

    // Checks the queued rows against the store and writes them while no row
    // was refused; false when the store failed.
    bool flush()
    {
        if (m_batch.isEmpty())
            return true;
        QStringList e164;
        e164.reserve(m_batch.size());
        for (const ImportRow &row : std::as_const(m_batch))
            e164 << row.number.e164;
        QSet<QString> inInventory;
        QHash<QString, qint64> inPortIn;
        StoreStatus *status = &m_result->status;
        if (!InventoryRepository(m_store).existing(e164, &inInventory, status)
            || !CaseRepository(m_store).numbersInOpenPortIn(e164, 0, &inPortIn, status))
            return false;

        QList<InventoryNumber> accepted;
        accepted.reserve(m_batch.size());
        for (const ImportRow &row : std::as_const(m_batch)) {
            const QString &n = row.number.e164;
            if (inInventory.contains(n)) {
                refuse(row, "import.in-inventory",
                    InventoryExchange::tr("%1 is already in the inventory.")
                        .arg(PhoneNumbers::formatNational(n)));
                continue;
            }
            if (inPortIn.contains(n)) {
                refuse(row, "import.in-open-port-in",
                    InventoryExchange::tr("%1 is in open port-in %2.")
                        .arg(PhoneNumbers::formatNational(n))
                        .arg(inPortIn.value(n)));
                continue;
            }
            if (!resolveAssignee(row))
                return false;
            accepted.append(row.number);
        }
        m_batch.clear();
        // Once a row is refused nothing will be kept: only the checks go on.
        if (!m_result->refused.isEmpty())
            return true;
        if (!InventoryRepository(m_store).insertImported(
                accepted, m_userIds, m_connectorIds, m_now, status))
            return false;
        m_result->imported += int(accepted.size());
        return true;
    }

private:
    void refuse(const ImportRow &row, const char *rule, const QString &reason)
    {
        m_result->refused.append(
            ImportRefusal { row.index, row.given, QLatin1String(rule), reason });
    }

    // A member's time: absent gives `fallback`; anything but ISO 8601 is refused.
    bool readTime(const QJsonObject &o, const char *member, const QDateTime &fallback,
        QDateTime *out, ImportRow &row)
    {
        const QJsonValue value = o.value(QLatin1String(member));
        if (value.isUndefined() || value.isNull()) {
            *out = fallback;
            return true;
        }
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !at.isValid()) {
            refuse(row, "import.time-invalid",
                InventoryExchange::tr("%1 is not a date and time in ISO 8601 form.")
                    .arg(QLatin1String(member)));
            return false;
        }
        *out = at.toUTC();
        return true;
    }

    bool readRow(const QJsonObject &o, ImportRow *rowOut)
    {
        ImportRow &row = *rowOut;
        InventoryNumber &n = row.number;
        row.given = o.value(QLatin1String("E164PhoneNumber")).toString();
        if (row.given.trimmed().isEmpty()) {
            refuse(row, "import.number-required",
                InventoryExchange::tr("E164PhoneNumber is missing."));
            return false;
        }
        const NumberCheck check = PhoneNumbers::checkAll({ row.given }).constFirst();
        if (!check.ok) {
            refuse(row, "import.number-invalid",
                InventoryExchange::tr("E164PhoneNumber: %1").arg(check.message));
            return false;
        }
        n.e164 = check.e164;
        n.tollFree = check.tollFree;
        if (m_seen.contains(n.e164)) {
            refuse(row, "import.duplicate",
                InventoryExchange::tr("%1 is already in row %2 of the file.")
                    .arg(PhoneNumbers::formatNational(n.e164))
                    .arg(m_seen.value(n.e164)));
            return false;
        }
        m_seen.insert(n.e164, row.index);

        const QJsonValue country = o.value(QLatin1String("Country"));
        if (!country.isUndefined() && country.toString() != QLatin1String("US")) {
            refuse(row, "import.country",
                InventoryExchange::tr("Country must be \"US\", not \"%1\".")
                    .arg(country.toVariant().toString()));
            return false;
        }
        const QString type = o.value(QLatin1String("Type")).toString();
        if (type != QLatin1String("Local") && type != QLatin1String("TollFree")) {
            refuse(row, "import.type-invalid",
                InventoryExchange::tr("Type must be Local or TollFree, not \"%1\".").arg(type));
            return false;
        }
        if ((type == QLatin1String("TollFree")) != n.tollFree) {
            refuse(row, "import.type-mismatch",
                n.tollFree ? InventoryExchange::tr("%1 is toll-free, but Type says Local.")
                                 .arg(PhoneNumbers::formatNational(n.e164))
                           : InventoryExchange::tr("%1 is not toll-free, but Type says TollFree.")
                                 .arg(PhoneNumbers::formatNational(n.e164)));
            return false;
        }
        const QString product = o.value(QLatin1String("ProductType")).toString();
        if (!productTypeFromString(product, &n.productType)) {
            refuse(row, "import.product-type-invalid",
                InventoryExchange::tr(
                    "ProductType must be BusinessCalling or VoiceConnector, not \"%1\".")
                    .arg(product));
            return false;
        }
        if (n.tollFree && n.productType != ProductType::VoiceConnector) {
            refuse(row, "import.toll-free-business-calling",
                InventoryExchange::tr("%1 is toll-free: toll-free numbers are Voice Connector "
                                      "numbers, never Business Calling.")
                    .arg(PhoneNumbers::formatNational(n.e164)));
            return false;
        }
        const QString status = o.value(QLatin1String("Status")).toString();
        if (status == QLatin1String("PortinInProgress")) {
            refuse(row, "import.status-porting-in",
                InventoryExchange::tr("%1 is still being ported in: import it once its port-in "
                                      "has completed.")
                    .arg(PhoneNumbers::formatNational(n.e164)));
            return false;
        }
        if (!numberStatusFromString(status, &n.status)
            || n.status == NumberStatus::PortoutInProgress) {
            refuse(row, "import.status-unsupported",
                InventoryExchange::tr("Status \"%1\" cannot be imported: use Unassigned, Assigned "
                                      "or DeleteInProgress.")
                    .arg(status));
            return false;
        }

        if (!readTime(o, "CreatedTimestamp", m_now, &n.createdAt, row)
            || !readTime(o, "UpdatedTimestamp", n.createdAt, &n.updatedAt, row))
            return false;
        const QJsonValue deletion = o.value(QLatin1String("DeletionTimestamp"));
        if (n.status == NumberStatus::DeleteInProgress) {
            if (!readTime(o, "DeletionTimestamp", m_now, &n.deletedAt, row))
                return false;
        } else if (!deletion.isUndefined() && !deletion.isNull()) {
            refuse(row, "import.deletion-unexpected",
                InventoryExchange::tr("DeletionTimestamp is set, but Status is %1.").arg(status));
            return false;
        }

        const QJsonValue assocValue = o.value(QLatin1String("Associations"));
        if (!assocValue.isUndefined() && !assocValue.isNull() && !assocValue.isArray()) {
            refuse(row, "import.associations-invalid",
                InventoryExchange::tr("Associations must be a list."));
            return false;
        }
        const QJsonArray associations = assocValue.toArray();
        if (n.status != NumberStatus::Assigned) {
            if (!associations.isEmpty()) {
                refuse(row, "import.association-unexpected",
                    InventoryExchange::tr("Status is %1, but Associations names an assignee.")
                        .arg(status));
                return false;
            }
            return true;
        }
        if (associations.size() != 1) {
            refuse(row, "import.association-required",
                InventoryExchange::tr("Status is Assigned: Associations must name exactly one "
                                      "user or Voice Connector."));
            return false;
        }
        const QJsonObject a = associations.first().toObject();
        const QString name = a.value(QLatin1String("Name")).toString();
        const QString value = a.value(QLatin1String("Value")).toString().trimmed();
        const char *expected
            = n.productType == ProductType::BusinessCalling ? "UserId" : "VoiceConnectorId";
        if (name != QLatin1String(expected)) {
            refuse(row, "import.association-name",
                InventoryExchange::tr("A %1 number's association is %2, not \"%3\".")
                    .arg(product, QLatin1String(expected), name));
            return false;
        }
        if (value.isEmpty()) {
            refuse(row, "import.association-value",
                InventoryExchange::tr("The association has no Value."));
            return false;
        }
        if (n.productType == ProductType::BusinessCalling) {
            if (!RequestValidator::isValidEmail(value)) {
                refuse(row, "import.user-email-invalid",
                    InventoryExchange::tr("UserId \"%1\" is not a valid email address.")
                        .arg(value));
                return false;
            }
            n.assignedUser = value.toLower();
        } else {
            n.assignedVoiceConnector = value;
        }
        return readTime(o, "AssociatedTimestamp", n.updatedAt, &n.assignedAt, row);
    }

    // The user (created when new) or connector the row is assigned to;
    // false only when the store failed.
    bool resolveAssignee(const ImportRow &row)
    {
        StoreStatus *status = &m_result->status;
        const InventoryNumber &n = row.number;
        if (!n.assignedUser.isEmpty() && !m_userIds.contains(n.assignedUser)) {
            qint64 id = 0;
            bool created = false;
            if (!InventoryRepository(m_store).ensureUser(
                    n.assignedUser, m_now, &id, status, &created))
                return false;
            m_userIds.insert(n.assignedUser, id);
            if (created)
                m_result->usersCreated << n.assignedUser;
        }
        if (!n.assignedVoiceConnector.isEmpty()) {
            const QString &name = n.assignedVoiceConnector;
            if (!m_connectorIds.contains(name) && !m_missingConnectors.contains(name)) {
                VoiceConnectorRepository connectors(m_store);
                VoiceConnector c;
                bool found = false;
                if (!connectors.find(name, &c, &found, status))
                    return false;
                if (!found && m_options.createMissingVoiceConnectors) {
                    c.name = name;
                    c.region = DirectoryService::voiceConnectorRegions().first();
                    c.createdAt = m_now;
                    if (!connectors.create(&c, status))
                        return false;
                    m_result->voiceConnectorsCreated << name;
                    found = true;
                }
                if (found)
                    m_connectorIds.insert(name, c.id);
                else
                    m_missingConnectors.insert(name);
            }
            if (m_missingConnectors.contains(name)) {
                refuse(row, "import.voice-connector-missing",
                    InventoryExchange::tr("There is no Voice Connector named \"%1\": create it "
                                          "first (or import with missing connectors created).")
                        .arg(name));
            }
        }
        return true;
    }

    Store &m_store;
    const InventoryExchange::ImportOptions &m_options;
    ImportResult *m_result;
    QDateTime m_now;
    QList<ImportRow> m_batch;
    QHash<QString, int> m_seen; // e164 -> first row
    QHash<QString, qint64> m_userIds;
    QHash<QString, qint64> m_connectorIds;
    QSet<QString> m_missingConnectors;
};

// What a rolled-back import reports: nothing imported or created.
ImportResult rolledBack(ImportResult result)
{
    result.imported = 0;
    result.usersCreated.clear();
    result.voiceConnectorsCreated.clear();
    return result;
}

} // namespace

ImportResult InventoryExchange::importJson(QIODevice *in, const ImportOptions &options)
{
    // Run once for good (as service::runChange): a lost PostgreSQL
    // connection is retried once, from the start of the file; an import
    // whose commit reached the server is not imported again.
    const QString key = newRequestKey();
    const RequestKeyScope scope(m_store, key);
    forgetConnectionLoss(m_store);
    ImportResult asCommitted;
    const ImportResult first = importJsonOnce(in, options, &asCommitted);
    if (first.status.ok())
        return first;
    StoreStatus status;
    switch (afterFailure(m_store, key, &status)) {
    case AfterFailure::Failed:
        if (!status.ok()) {
            ImportResult failed = rolledBack(first);
            failed.status = failedWith(status).status;
            return failed;
        }
        return first;
    case AfterFailure::Committed:
        return asCommitted; // every row imported: all or nothing
    case AfterFailure::TryAgain:
        break;
    }
    if (in->isSequential() || !in->seek(0))
        return first; // a stream read once cannot be read again
    return importJsonOnce(in, options, &asCommitted);
}

ImportResult InventoryExchange::importJsonOnce(
    QIODevice *in, const ImportOptions &options, ImportResult *asCommitted)
{
    ImportResult result;
    const auto fileRefused = [&result](const char *rule, const QString &message) {
        result.violations.append(Violation {
            QStringLiteral("file"), QLatin1String(rule), message, Violation::Severity::Error });
        return result;
    };
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;

    Importer importer(m_store, options, &result);
    JsonStream json(in);
    const qint64 size = in->isSequential() ? 0 : in->size();
    bool sawNumbers = false;
    if (!json.expect('{'))
        return fileRefused("import.unreadable",
            tr("The file is not an inventory in the ListPhoneNumbers shape (%1).")
                .arg(json.error()));
    if (json.peek() == '}') {
        json.expect('}');
    } else {
        for (;;) {
            QByteArray key;
            if (json.peek() != '"' || !json.capture(&key)) {
                json.fail(tr("expected a member name"));
                break;
            }
            if (!json.expect(':'))
                break;
            if (keyText(key) == QLatin1String("PhoneNumbers")) {
                sawNumbers = true;
                if (!json.expect('['))
                    break;
                int index = 0;
                if (json.peek() == ']') {
                    json.expect(']');
                } else {
                    for (;;) {
                        QByteArray raw;
                        if (!json.capture(&raw))
                            break;
                        if (!importer.add(index++, raw))
                            return rolledBack(result); // the store failed
                        if (options.progress && index % 1000 == 0
                            && !options.progress(int(json.offset() / 1024), int(size / 1024))) {
                            result.cancelled = true;
                            return rolledBack(result);
                        }
                        if (!json.another(']'))
                            break;
                    }
                }
            } else {
                QByteArray skipped;
                json.capture(&skipped);
            }
            if (json.failed())
                break;
            if (!json.another('}'))
                break;
        }
    }
    if (json.failed()) {
        return fileRefused("import.unreadable",
            tr("The file is not valid JSON (%1); nothing was imported.").arg(json.error()));
    }
    if (!sawNumbers) {
        return fileRefused("import.no-phone-numbers",
            tr("The file has no \"PhoneNumbers\" list: it is not a ListPhoneNumbers response."));
    }
    // All or nothing: with a refused row, the rows written so far go with the rollback.
    if (!importer.flush() || !result.refused.isEmpty())
        return rolledBack(result);
    *asCommitted = result; // what the commit makes true, if its answer is lost
    if (!transaction.commit(&result.status))
        return rolledBack(result);
    if (options.progress)
        options.progress(int(size / 1024), int(size / 1024));
    return result;
}

ImportResult InventoryExchange::importJsonFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.violations.append(Violation { QStringLiteral("file"),
            QStringLiteral("import.file-unreadable"),
            tr("Cannot read %1: %2.").arg(path, file.errorString()), Violation::Severity::Error });
        return result;
    }
    return importJson(&file, options);
}

} // namespace portdesk
