#include "LoaRepository.h"

#include "SqlSupport.h"
#include "Store.h"

namespace portdesk {

namespace {

const char kVersionColumns[] = "id, case_id, carrier_index, version, content, signer_name, "
                               "signer_title, signature, signed_at";
const char kAttachmentColumns[]
    = "id, case_id, kind, file_name, mime_type, size_bytes, added_at, removed_at";

LoaVersion readVersion(const sql::Query &q)
{
    LoaVersion v;
    v.id = q.value(0).toLongLong();
    v.caseId = q.value(1).toLongLong();
    v.carrierIndex = q.value(2).toInt();
    v.version = q.value(3).toInt();
    v.content = sql::jsonObjectFrom(q.value(4).toString());
    v.signer.name = q.value(5).toString();
    v.signer.title = q.value(6).toString();
    v.signer.drawing = q.value(7).isNull() ? QByteArray() : q.value(7).toByteArray();
    v.signedAt = sql::timeFrom(q.value(8));
    return v;
}

CaseAttachment readAttachment(const sql::Query &q)
{
    CaseAttachment a;
    a.id = q.value(0).toLongLong();
    a.caseId = q.value(1).toLongLong();
    // An unknown kind (a newer PortDesk's) still lists, as an invoice.
    attachmentKindFromString(q.value(2).toString(), &a.kind);
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.sizeBytes = q.value(5).toLongLong();
    a.addedAt = sql::timeFrom(q.value(6));
    a.removedAt = sql::timeFrom(q.value(7));
    return a;
}

QVariant blobValue(const QByteArray &data)
{
    if (data.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    return QVariant(data);
}

} // namespace

LoaRepository::LoaRepository(const Store &store) : m_store(store) { }

bool LoaRepository::versions(qint64 caseId, QList<LoaVersion> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT %1 FROM loa_versions WHERE case_id = ? "
                       "ORDER BY carrier_index, version")
            .arg(QLatin1String(kVersionColumns)));
    q << qlonglong(caseId);
    if (!q.exec(status))
        return false;
    while (q.next())
        out->append(readVersion(q));
    return q.done(status);
}

bool LoaRepository::addVersion(LoaVersion *version, StoreStatus *status)
{
    int last = 0;
    {
        sql::Query q(m_store,
            QStringLiteral("SELECT MAX(version) FROM loa_versions "
                           "WHERE case_id = ? AND carrier_index = ?"));
        q << qlonglong(version->caseId) << version->carrierIndex;
        if (!q.exec(status))
            return false;
        if (q.next())
            last = q.value(0).toInt(); // NULL (no version yet) reads as 0
        if (!q.done(status))
            return false;
    }
    version->version = last + 1;
    // The UNIQUE (case_id, carrier_index, version) guard refuses a second
    // writer that read the same MAX outside our transaction.
    sql::Query q(m_store,
        QStringLiteral("INSERT INTO loa_versions (case_id, carrier_index, version, "
                       "content, signer_name, signer_title, signature, signed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q << qlonglong(version->caseId) << version->carrierIndex << version->version
      << sql::jsonText(version->content) << sql::text(version->signer.name)
      << sql::text(version->signer.title) << blobValue(version->signer.drawing)
      << sql::timeValue(version->signedAt);
    if (!q.exec(status) || !q.single(status))
        return false;
    version->id = q.value(0).toLongLong();
    q.finish();
    return true;
}

bool LoaRepository::attachments(
    qint64 caseId, QList<CaseAttachment> *out, StoreStatus *status, bool removed) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT %1 FROM case_attachments WHERE case_id = ? AND removed_at IS %2 "
                       "ORDER BY id")
            .arg(QLatin1String(kAttachmentColumns),
                removed ? QLatin1String("NOT NULL") : QLatin1String("NULL")));
    q << qlonglong(caseId);
    if (!q.exec(status))
        return false;
    while (q.next())
        out->append(readAttachment(q));
    return q.done(status);
}

bool LoaRepository::attachment(
    qint64 id, CaseAttachment *meta, QByteArray *data, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store,
        QStringLiteral("SELECT %1, data FROM case_attachments WHERE id = ? AND removed_at IS NULL")
            .arg(QLatin1String(kAttachmentColumns)));
    q << qlonglong(id);
    if (!q.exec(status))
        return false;
    if (q.next()) {
        *found = true;
        if (meta)
            *meta = readAttachment(q);
        if (data)
            *data = q.value(8).toByteArray();
    }
    return q.done(status);
}

bool LoaRepository::addAttachment(
    CaseAttachment *attachment, const QByteArray &data, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("INSERT INTO case_attachments (case_id, kind, file_name, "
                       "mime_type, size_bytes, data, added_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q << qlonglong(attachment->caseId) << toString(attachment->kind)
      << sql::text(attachment->fileName) << sql::text(attachment->mimeType)
      << qlonglong(data.size()) << QVariant(data) << sql::timeValue(attachment->addedAt);
    if (!q.exec(status) || !q.single(status))
        return false;
    attachment->id = q.value(0).toLongLong();
    attachment->sizeBytes = data.size();
    q.finish();
    return true;
}

bool LoaRepository::removeAttachment(
    qint64 caseId, qint64 id, const QDateTime &at, bool *found, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("UPDATE case_attachments SET removed_at = ? "
                       "WHERE id = ? AND case_id = ? AND removed_at IS NULL"));
    q << sql::timeValue(at) << qlonglong(id) << qlonglong(caseId);
    if (!q.exec(status))
        return false;
    *found = q.numRowsAffected() > 0;
    return true;
}

bool LoaRepository::restoreAttachment(qint64 caseId, qint64 id, bool *found, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("UPDATE case_attachments SET removed_at = NULL "
                       "WHERE id = ? AND case_id = ? AND removed_at IS NOT NULL"));
    q << qlonglong(id) << qlonglong(caseId);
    if (!q.exec(status))
        return false;
    *found = q.numRowsAffected() > 0;
    return true;
}

} // namespace portdesk
