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

// Rows read per page on export.
constexpr int exportPage = 2000;

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

} // namespace portdesk
