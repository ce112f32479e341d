// SPDX-License-Identifier: Apache-2.0
#include "InventoryExchange.h"

#include "DirectoryService.h"
#include "InventoryService.h"
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
using service::newRequestKey;
using service::RequestKeyScope;

namespace {

// Rows read per page on export, and judged per batch on import.
constexpr int exportPage = 2000;
constexpr int importBatch = 2000;

QString apiTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The API's Status: PortDesk's PortoutInProgress is its own; the service
// still shows such a number as Assigned or Unassigned.
QString apiStatus(const InventoryNumber &n)
{
    if (n.status == NumberStatus::PortoutInProgress) {
        return toString(n.assignedUser.isEmpty() && n.assignedVoiceConnector.isEmpty()
                ? NumberStatus::Unassigned
                : NumberStatus::Assigned);
    }
    return toString(n.status);
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool writeAll(QIODevice *out, const QByteArray &bytes, StoreStatus *status)
{
    if (out->write(bytes) == bytes.size())
        return true;
    if (status && status->ok()) {
        status->code = StoreStatus::Code::Failed;
        status->message
            = InventoryExchange::tr("The export could not be written: %1.").arg(out->errorString());
    }
    return false;
}

// ---------------------------------------------------------------------------
// A JSON reader that hands out one array element at a time, so that a file
// of a million numbers is never held as one document.

class JsonStream {
public:
    explicit JsonStream(QIODevice *in) : m_in(in) { }

    qint64 offset() const { return m_consumed + m_pos; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The next character that is not white space (0 at the end), not consumed.
    char peek()
    {
        for (;;) {
            if (m_pos >= m_buf.size() && !fill())
                return 0;
            const char c = m_buf.at(m_pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_pos;
                continue;
            }
            return c;
        }
    }

    // After a member or an element: true when a comma says another follows
    // (consumed), false at the closing `close` (consumed, or a failure).
    bool another(char close)
    {
        if (peek() == ',') {
            expect(',');
            return true;
        }
        expect(close);
        return false;
    }

    bool expect(char c)
    {
        if (peek() == c) {
            ++m_pos;
            return true;
        }
        fail(InventoryExchange::tr("expected \"%1\"").arg(QLatin1Char(c)));
        return false;
    }

    // One JSON value, as its raw text.
    bool capture(QByteArray *raw)
    {
        raw->clear();
        const char first = peek();
        if (first == 0) {
            fail(InventoryExchange::tr("the file ends too early"));
            return false;
        }
        if (first == '"')
            return captureString(raw);
        if (first == '{' || first == '[') {
            int depth = 0;
            for (;;) {
                if (m_pos >= m_buf.size() && !fill()) {
                    fail(InventoryExchange::tr("the file ends too early"));
                    return false;
                }
                const char c = m_buf.at(m_pos);
                if (c == '"') {
                    QByteArray text;
                    if (!captureString(&text))
                        return false;
                    raw->append(text);
                    continue;
                }
                raw->append(c);
                ++m_pos;
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return true;
                }
            }
        }
        // A number, true, false or null: up to the next delimiter.
        for (;;) {
            if (m_pos >= m_buf.size() && !fill())
                return !raw->isEmpty();
            const char c = m_buf.at(m_pos);
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                return true;
            raw->append(c);
            ++m_pos;
        }
    }

    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = InventoryExchange::tr("at byte %1: %2").arg(offset()).arg(why);
    }

private:
    bool fill()
    {
        // Keeps the buffer small: what was consumed goes.
        if (m_pos > 0) {
            m_consumed += m_pos;
            m_buf.remove(0, m_pos);
            m_pos = 0;
        }
        const QByteArray more = m_in->read(1 << 16);
        if (more.isEmpty())
            return false;
        m_buf.append(more);
        return true;
    }

    bool captureString(QByteArray *raw)
    {
        // At the opening quote.
        raw->append('"');
        ++m_pos;
        bool escaped = false;
        for (;;) {
            if (m_pos >= m_buf.size() && !fill()) {
                fail(InventoryExchange::tr("a text never ends"));
                return false;
            }
            const char c = m_buf.at(m_pos++);
            raw->append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                return true;
        }
    }

    QIODevice *m_in;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    QString m_error;
};

QString keyText(const QByteArray &raw)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + raw + "]");
    return doc.array().at(0).toString();
}

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

InventoryExchange::InventoryExchange(Store &store) : m_store(store) { }

QJsonObject InventoryExchange::toApiJson(const InventoryNumber &n)
{
    QJsonObject o;
    o.insert(QStringLiteral("PhoneNumberId"), n.e164);
    o.insert(QStringLiteral("E164PhoneNumber"), n.e164);
    o.insert(QStringLiteral("Country"), QStringLiteral("US"));
    o.insert(
        QStringLiteral("Type"), n.tollFree ? QStringLiteral("TollFree") : QStringLiteral("Local"));
    o.insert(QStringLiteral("ProductType"), toString(n.productType));
    o.insert(QStringLiteral("Status"), apiStatus(n));
    QJsonArray associations;
    if (!n.assignedUser.isEmpty() || !n.assignedVoiceConnector.isEmpty()) {
        QJsonObject a;
        const bool user = !n.assignedUser.isEmpty();
        a.insert(QStringLiteral("Name"),
            user ? QStringLiteral("UserId") : QStringLiteral("VoiceConnectorId"));
        a.insert(QStringLiteral("Value"), user ? n.assignedUser : n.assignedVoiceConnector);
        if (n.assignedAt.isValid())
            a.insert(QStringLiteral("AssociatedTimestamp"), apiTime(n.assignedAt));
        associations.append(a);
    }
    o.insert(QStringLiteral("Associations"), associations);
    o.insert(QStringLiteral("CreatedTimestamp"), apiTime(n.createdAt));
    o.insert(QStringLiteral("UpdatedTimestamp"), apiTime(n.updatedAt));
    if (n.deletedAt.isValid())
        o.insert(QStringLiteral("DeletionTimestamp"), apiTime(n.deletedAt));
    return o;
}

QString InventoryExchange::csvHeader()
{
    return QStringLiteral("E164PhoneNumber,Number,Type,ProductType,Status,AssociationName,"
                          "AssociationValue,AssociatedTimestamp,CaseId,PortOutCaseId,PortedOut,"
                          "CreatedTimestamp,UpdatedTimestamp,DeletionTimestamp");
}

QString InventoryExchange::csvRow(const InventoryNumber &n)
{
    const bool user = !n.assignedUser.isEmpty();
    const bool connector = !n.assignedVoiceConnector.isEmpty();
    const QStringList fields {
        n.e164,
        PhoneNumbers::formatNational(n.e164),
        n.tollFree ? QStringLiteral("TollFree") : QStringLiteral("Local"),
        toString(n.productType),
        toString(n.status), // PortDesk's own, PortoutInProgress included
        user            ? QStringLiteral("UserId")
            : connector ? QStringLiteral("VoiceConnectorId")
                        : QString(),
        user ? n.assignedUser : n.assignedVoiceConnector,
        apiTime(n.assignedAt),
        n.caseId > 0 ? QString::number(n.caseId) : QString(),
        n.portOutCaseId > 0 ? QString::number(n.portOutCaseId) : QString(),
        n.portedOut ? QStringLiteral("true") : QStringLiteral("false"),
        apiTime(n.createdAt),
        apiTime(n.updatedAt),
        apiTime(n.deletedAt),
    };
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvField(fields.at(i));
    }
    return line;
}

bool InventoryExchange::exportTo(QIODevice *out, Format format, const InventoryFilter &filter,
    StoreStatus *status, const BulkProgress &progress) const
{
    StoreStatus own;
    StoreStatus *st = status ? status : &own;
    *st = StoreStatus();
    const InventoryService inventory(m_store);
    const int total = progress ? inventory.countInventory(filter, st) : 0;
    if (!st->ok())
        return false;

    // One read transaction: the pages show the store at one moment.
    const ReadTransaction reading(m_store);

    InventoryFilter page = filter;
    page.sort = InventorySort::Number;
    page.descending = false;
    page.before = false;
    page.afterE164.clear();
    page.afterKey = QVariant();
    page.limit = exportPage;

    QByteArray head = format == Format::Json ? QByteArray("{\"PhoneNumbers\": [")
                                             : csvHeader().toUtf8() + "\r\n";
    if (!writeAll(out, head, st))
        return false;
    int done = 0;
    for (;;) {
        const QList<InventoryNumber> rows = inventory.listInventory(page, st);
        if (!st->ok())
            return false;
        QByteArray chunk;
        chunk.reserve(rows.size() * 400);
        for (const InventoryNumber &n : rows) {
            if (format == Format::Json) {
                chunk += done == 0 ? "\n  " : ",\n  ";
                chunk += QJsonDocument(toApiJson(n)).toJson(QJsonDocument::Compact);
            } else {
                chunk += csvRow(n).toUtf8();
                chunk += "\r\n";
            }
            ++done;
        }
        if (!writeAll(out, chunk, st))
            return false;
        if (progress && !progress(done, std::max(total, done))) {
            st->code = StoreStatus::Code::Failed;
            st->message = tr("The export was cancelled.");
            return false;
        }
        if (rows.size() < page.limit)
            break;
        page.startAfter(rows.last());
    }
    if (format == Format::Json && !writeAll(out, done == 0 ? "]}\n" : "\n]}\n", st))
        return false;
    return true;
}

bool InventoryExchange::exportToFile(
    const QString &path, Format format, const InventoryFilter &filter, StoreStatus *status) const
{
    StoreStatus own;
    StoreStatus *st = status ? status : &own;
    *st = StoreStatus();
    // Written beside and renamed at the end: a failed export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        st->code = StoreStatus::Code::Failed;
        st->message = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    if (!exportTo(&file, format, filter, st))
        return false;
    if (!file.commit()) {
        st->code = StoreStatus::Code::Failed;
        st->message = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

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
