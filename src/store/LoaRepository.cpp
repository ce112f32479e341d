// SPDX-License-Identifier: Apache-2.0
#include "LoaRepository.h"

#include "SecretFields.h"
#include "SqlSupport.h"
#include "Store.h"

namespace portdesk {

namespace {

const char kVersionColumns[] = "id, case_id, carrier_index, version, content, signer_name, "
                               "signer_title, signature, signed_at";
const char kAttachmentColumns[]
    = "id, case_id, kind, file_name, mime_type, size_bytes, added_at, removed_at";

LoaVersion readVersion(const SecretBox &box, const sql::Query &q)
{
    LoaVersion v;
    v.id = q.value(0).toLongLong();
    v.caseId = q.value(1).toLongLong();
    v.carrierIndex = q.value(2).toInt();
    v.version = q.value(3).toInt();
    v.content = secretfields::openedFrom(box, q.value(4).toString());
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
        out->append(readVersion(m_store.secretBox(), q));
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
    QString content;
    if (!secretfields::sealedJsonText(m_store, version->content, &content, status))
        return false;
    // The UNIQUE (case_id, carrier_index, version) guard refuses a second
    // writer that read the same MAX outside our transaction.
    sql::Query q(m_store,
        QStringLiteral("INSERT INTO loa_versions (case_id, carrier_index, version, "
                       "content, signer_name, signer_title, signature, signed_at, request_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q << qlonglong(version->caseId) << version->carrierIndex << version->version
      << content << sql::text(version->signer.name)
      << sql::text(version->signer.title) << blobValue(version->signer.drawing)
      << sql::timeValue(version->signedAt) << sql::requestKeyValue(m_store);
    if (!q.exec(status) || !q.single(status))
        return false;
    version->id = q.value(0).toLongLong();
    q.finish();
    return true;
}

bool LoaRepository::attachments(
    qint64 caseId, QList<CaseAttachment> *out, StoreStatus *status, AttachmentScope scope) const
{
    out->clear();
    const QLatin1String which = scope == AttachmentScope::Attached ? QLatin1String(" AND removed_at IS NULL")
        : scope == AttachmentScope::Deleted                        ? QLatin1String(" AND removed_at IS NOT NULL")
                                                                   : QLatin1String("");
    sql::Query q(m_store,
        QStringLiteral("SELECT %1 FROM case_attachments WHERE case_id = ?%2 ORDER BY id")
            .arg(QLatin1String(kAttachmentColumns), which));
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
    return appendFileEvent(*this, { 0, attachment->caseId, attachment->id, CaseFileEvent::What::Attached,
                                      attachment->addedAt, attachment->kind, attachment->fileName },
        status);
}

bool LoaRepository::removeAttachment(
    qint64 caseId, qint64 id, const QDateTime &at, bool *found, StoreStatus *status)
{
    return setRemoved(caseId, id, at, CaseFileEvent::What::Deleted, found, status);
}

bool LoaRepository::restoreAttachment(
    qint64 caseId, qint64 id, const QDateTime &at, bool *found, StoreStatus *status)
{
    return setRemoved(caseId, id, at, CaseFileEvent::What::Restored, found, status);
}

bool LoaRepository::setRemoved(qint64 caseId, qint64 id, const QDateTime &at, CaseFileEvent::What what,
    bool *found, StoreStatus *status)
{
    const bool restore = what == CaseFileEvent::What::Restored;
    sql::Query q(m_store,
        QStringLiteral("UPDATE case_attachments SET removed_at = ? "
                       "WHERE id = ? AND case_id = ? AND removed_at IS %1 RETURNING kind, file_name")
            .arg(restore ? QLatin1String("NOT NULL") : QLatin1String("NULL")));
    q << (restore ? sql::timeValue(QDateTime()) : sql::timeValue(at)) << qlonglong(id) << qlonglong(caseId);
    if (!q.exec(status))
        return false;
    *found = q.next();
    if (!q.done(status))
        return false;
    if (!*found)
        return true;
    CaseFileEvent event { 0, caseId, id, what, at, AttachmentKind::CarrierInvoice, q.value(1).toString() };
    attachmentKindFromString(q.value(0).toString(), &event.kind);
    q.finish();
    return appendFileEvent(*this, event, status);
}

bool LoaRepository::appendFileEvent(const LoaRepository &repository, const CaseFileEvent &event, StoreStatus *status)
{
    sql::Query q(repository.m_store,
        QStringLiteral("INSERT INTO case_file_events (case_id, attachment_id, what, at, kind, "
                       "file_name, request_key) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q << qlonglong(event.caseId) << qlonglong(event.attachmentId) << toString(event.what)
      << sql::timeValue(event.at) << toString(event.kind) << sql::text(event.fileName)
      << sql::requestKeyValue(repository.m_store);
    return q.exec(status);
}

bool LoaRepository::fileEvents(qint64 caseId, QList<CaseFileEvent> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT id, case_id, attachment_id, what, at, kind, file_name "
                       "FROM case_file_events WHERE case_id = ? ORDER BY id"));
    q << qlonglong(caseId);
    if (!q.exec(status))
        return false;
    while (q.next()) {
        CaseFileEvent e;
        e.id = q.value(0).toLongLong();
        e.caseId = q.value(1).toLongLong();
        e.attachmentId = q.value(2).toLongLong();
        const QString what = q.value(3).toString();
        bool known = false;
        for (const auto w : { CaseFileEvent::What::Attached, CaseFileEvent::What::Deleted,
                 CaseFileEvent::What::Restored, CaseFileEvent::What::Purged }) {
            if (toString(w) == what) {
                e.what = w;
                known = true;
            }
        }
        if (!known)
            continue; // a newer PortDesk's kind of line
        e.at = sql::timeFrom(q.value(4));
        attachmentKindFromString(q.value(5).toString(), &e.kind);
        e.fileName = q.value(6).toString();
        out->append(e);
    }
    return q.done(status);
}

bool LoaRepository::purgeDue(const QDateTime &cutoff, bool *due, StoreStatus *status) const
{
    *due = false;
    sql::Query q(m_store,
        QStringLiteral("SELECT 1 FROM case_attachments WHERE removed_at IS NOT NULL AND removed_at <= ? "
                       "LIMIT 1"));
    q << sql::timeValue(cutoff);
    if (!q.exec(status))
        return false;
    *due = q.next();
    return q.done(status);
}

bool LoaRepository::purge(
    const QDateTime &cutoff, const QDateTime &at, QList<CaseFileEvent> *purged, StoreStatus *status)
{
    purged->clear();
    {
        sql::Query q(m_store,
            QStringLiteral("SELECT id, case_id, kind, file_name FROM case_attachments "
                           "WHERE removed_at IS NOT NULL AND removed_at <= ? ORDER BY id"));
        q << sql::timeValue(cutoff);
        if (!q.exec(status))
            return false;
        while (q.next()) {
            CaseFileEvent e { 0, q.value(1).toLongLong(), q.value(0).toLongLong(), CaseFileEvent::What::Purged,
                at, AttachmentKind::CarrierInvoice, q.value(3).toString() };
            attachmentKindFromString(q.value(2).toString(), &e.kind);
            purged->append(e);
        }
        if (!q.done(status))
            return false;
    }
    const QList<CaseFileEvent> due = *purged;
    purged->clear();
    for (const CaseFileEvent &e : due) {
        sql::Query del(m_store,
            QStringLiteral("DELETE FROM case_attachments WHERE id = ? AND removed_at IS NOT NULL "
                           "AND removed_at <= ?"));
        del << qlonglong(e.attachmentId) << sql::timeValue(cutoff);
        if (!del.exec(status))
            return false;
        if (del.numRowsAffected() != 1)
            continue;
        if (!appendFileEvent(*this, e, status))
            return false;
        purged->append(e);
    }
    return true;
}

} // namespace portdesk
