// PortingService: signing the LOAs, their versions and the case attachments.

#include "PortingService.h"

#include "CaseRepository.h"
#include "LoaRepository.h"
#include "SqlSupport.h"
#include "Store.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace portdesk {

// ---------------------------------------------------------------------------
// Names

QString toString(LoaState state)
{
    switch (state) {
    case LoaState::Unsigned:
        return QStringLiteral("unsigned");
    case LoaState::Signed:
        return QStringLiteral("signed");
    case LoaState::Expired:
        return QStringLiteral("expired");
    case LoaState::NeedsResigning:
        return QStringLiteral("needs-resigning");
    }
    return QString();
}

QString toString(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::CarrierInvoice:
        return QStringLiteral("carrier-invoice");
    case AttachmentKind::CustomerServiceRecord:
        return QStringLiteral("customer-service-record");
    }
    return QString();
}

bool attachmentKindFromString(const QString &text, AttachmentKind *out)
{
    for (const AttachmentKind kind :
        { AttachmentKind::CarrierInvoice, AttachmentKind::CustomerServiceRecord }) {
        if (text == toString(kind)) {
            *out = kind;
            return true;
        }
    }
    return false;
}

QString displayName(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::CarrierInvoice:
        return QCoreApplication::translate("PortingService", "Carrier invoice");
    case AttachmentKind::CustomerServiceRecord:
        return QCoreApplication::translate("PortingService", "Customer service record");
    }
    return QString();
}

namespace {

// The request-file names of the fields two LOA contents differ in, in order.
QString changedFieldsText(const QJsonObject &older, const QJsonObject &newer)
{
    QStringList fields;
    for (const LoaFieldChange &c : PortingService::loaDiff(older, newer)) {
        if (!fields.contains(c.field))
            fields << c.field;
    }
    return fields.join(QStringLiteral(", "));
}


Violation refusal(const QString &field, const char *rule, const QString &message)
{
    return Violation { field, QLatin1String(rule), message, Violation::Severity::Error };
}

ChangeResult failedWith(const StoreStatus &status)
{
    ChangeResult result;
    result.status = status;
    if (result.status.ok()) {
        result.status.code = StoreStatus::Code::Failed;
        result.status.message = PortingService::tr("The store could not complete the change.");
    }
    return result;
}

ChangeResult refused(qint64 caseId, const Violation &violation)
{
    ChangeResult result;
    result.id = caseId;
    result.violations.append(violation);
    return result;
}

Violation caseNotFound(qint64 caseId)
{
    return refusal(QStringLiteral("case"), "case.not-found",
        PortingService::tr("There is no case %1.").arg(caseId));
}

// The status a read reports into: the caller's (cleared first) or our own.
class StatusOut {
public:
    explicit StatusOut(StoreStatus *status) : m_status(status ? status : &m_own)
    {
        *m_status = StoreStatus();
    }
    StatusOut(const StatusOut &) = delete;
    StatusOut &operator=(const StatusOut &) = delete;
    operator StoreStatus *() const { return m_status; }
    StoreStatus &operator*() const { return *m_status; }

private:
    StoreStatus m_own;
    StoreStatus *m_status;
};

// The LOA's fields in the order the document shows them; serviceAddress is
// an object, numbers an array, the rest text.
const char *const kContentKeys[] = { "customerName", "serviceAddress", "btn", "carrier",
    "accountNumber", "pin", "authorizingPerson", "authorizingTitle", "productType",
    "requestedPortAt", "btnOption", "newBtn", "numbers" };
const char *const kAddressKeys[] = { "street", "city", "state", "zip" };

bool isSecretField(const QString &field)
{
    return field == QLatin1String("accountNumber") || field == QLatin1String("pin");
}

// Numbers compare as a set: the same numbers in another order are the same
// authorization.
QJsonObject canonical(QJsonObject content)
{
    QStringList numbers;
    const QJsonArray array = content.value(QLatin1String("numbers")).toArray();
    for (const QJsonValue &n : array)
        numbers << n.toString();
    numbers.sort();
    content.insert(QStringLiteral("numbers"), QJsonArray::fromStringList(numbers));
    return content;
}

bool sameContent(const QJsonObject &a, const QJsonObject &b)
{
    return canonical(a) == canonical(b);
}

QString groupLabel(const PortInRequest &request, int index)
{
    const QString carrier = request.carriers.at(index).carrier.trimmed();
    return carrier.isEmpty()
        ? PortingService::tr("carrier group %1").arg(index + 1)
        : PortingService::tr("carrier group %1 (%2)").arg(index + 1).arg(carrier);
}

QList<LoaGroupStatus> statusesFor(
    const PortInRequest &request, const QList<LoaVersion> &versions, const QDateTime &now)
{
    QList<LoaGroupStatus> out;
    for (int i = 0; i < request.carriers.size(); ++i) {
        LoaGroupStatus group;
        group.carrierIndex = i;
        group.carrier = request.carriers.at(i).carrier;
        group.content = PortingService::loaContent(request, i);
        for (const LoaVersion &v : versions) {
            if (v.carrierIndex == i)
                group.versions.append(v);
        }
        // The newest version showing the request as it is now decides; an
        // older version never outranks it, a newer one for other content
        // (a correction that was not submitted) does not hide it.
        const LoaVersion *matching = nullptr;
        for (auto it = group.versions.crbegin(); it != group.versions.crend() && !matching; ++it) {
            if (sameContent(it->content, group.content))
                matching = &*it;
        }
        if (matching) {
            group.version = *matching;
            group.state = matching->isExpired(now) ? LoaState::Expired : LoaState::Signed;
        } else if (!group.versions.isEmpty()) {
            group.version = group.versions.constLast();
            group.state = LoaState::NeedsResigning;
        }
        out.append(group);
    }
    return out;
}

Violations blockersFor(
    const PortInRequest &request, const QList<LoaVersion> &versions, const QDateTime &now)
{
    Violations out;
    const QList<LoaGroupStatus> groups = statusesFor(request, versions, now);
    for (const LoaGroupStatus &g : groups) {
        const QString field = QStringLiteral("carriers[%1]").arg(g.carrierIndex);
        const QString label = groupLabel(request, g.carrierIndex);
        switch (g.state) {
        case LoaState::Signed:
            break;
        case LoaState::Unsigned:
            out.append(refusal(field, "loa.unsigned",
                PortingService::tr("The LOA for %1 is not signed: sign it before submitting.")
                    .arg(label)));
            break;
        case LoaState::Expired:
            out.append(refusal(field, "loa.expired",
                PortingService::tr("The LOA for %1 was signed on %2, more than %3 days ago: "
                                   "sign it again before submitting.")
                    .arg(label, g.version.signedAt.date().toString(Qt::ISODate))
                    .arg(LoaVersion::validityDays)));
            break;
        case LoaState::NeedsResigning:
            out.append(refusal(field, "loa.changed",
                PortingService::tr("The LOA for %1 was signed (version %2) before the request "
                                   "changed (%3): sign the new version before submitting.")
                    .arg(label)
                    .arg(g.version.version)
                    .arg(changedFieldsText(g.version.content, g.content))));
            break;
        }
    }
    return out;
}

// Reads a case's request and LOA versions, without a transaction of its own
// (safe inside the caller's).
bool readCase(const Store &store, qint64 caseId, CaseRow *row, bool *found,
    QList<LoaVersion> *versions, StoreStatus *status)
{
    if (!CaseRepository(store).load(caseId, false, row, found, status))
        return false;
    if (!*found || row->kind != CaseKind::PortIn)
        return true;
    return LoaRepository(store).versions(caseId, versions, status);
}

enum class FileType { Unknown, Pdf, Png, Jpeg };

FileType typeOfContent(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return FileType::Pdf;
    if (head.startsWith(QByteArray::fromRawData("\x89PNG\r\n\x1a\n", 8)))
        return FileType::Png;
    if (head.startsWith(QByteArray::fromRawData("\xff\xd8\xff", 3)))
        return FileType::Jpeg;
    return FileType::Unknown;
}

FileType typeOfName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return FileType::Pdf;
    if (suffix == QLatin1String("png"))
        return FileType::Png;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return FileType::Jpeg;
    return FileType::Unknown;
}

QString typeName(FileType type)
{
    switch (type) {
    case FileType::Pdf:
        return QStringLiteral("PDF");
    case FileType::Png:
        return QStringLiteral("PNG");
    case FileType::Jpeg:
        return QStringLiteral("JPEG");
    case FileType::Unknown:
        break;
    }
    return QString();
}

QString mimeTypeOf(FileType type)
{
    switch (type) {
    case FileType::Pdf:
        return QStringLiteral("application/pdf");
    case FileType::Png:
        return QStringLiteral("image/png");
    case FileType::Jpeg:
        return QStringLiteral("image/jpeg");
    case FileType::Unknown:
        break;
    }
    return QString();
}

// Sizes in messages: the same text in every locale, binary units.
QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return PortingService::tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return PortingService::tr("%1 KiB").arg(QString::number(double(bytes) / 1024.0, 'f', 1));
    return PortingService::tr("%1 MiB").arg(
        QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QString limitText()
{
    return PortingService::tr("%1 MiB").arg(PortingService::attachmentMaxBytes / (1024 * 1024));
}

constexpr qint64 kSignatureMaxBytes = 1024 * 1024;

} // namespace

// ---------------------------------------------------------------------------
// LOA content and differences

QJsonObject PortingService::loaContent(const PortInRequest &request, int carrierIndex)
{
    if (carrierIndex < 0 || carrierIndex >= request.carriers.size())
        return {};
    const CarrierGroup &g = request.carriers.at(carrierIndex);
    const bool replace = request.btnOption == BtnOption::Replace;
    QStringList typed { g.btn, replace ? request.newBtn : QString() };
    typed << g.numbers;
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(typed);
    QStringList e164;
    e164.reserve(typed.size());
    for (qsizetype i = 0; i < typed.size(); ++i)
        e164 << (checks.at(i).e164.isEmpty() ? typed.at(i).trimmed() : checks.at(i).e164);

    const ServiceAddress &a = g.serviceAddress;
    return QJsonObject {
        { QStringLiteral("customerName"), g.customerName.trimmed() },
        { QStringLiteral("serviceAddress"),
            QJsonObject { { QStringLiteral("street"), a.street.trimmed() },
                { QStringLiteral("city"), a.city.trimmed() },
                { QStringLiteral("state"), a.state.trimmed() },
                { QStringLiteral("zip"), a.zip.trimmed() } } },
        { QStringLiteral("btn"), e164.at(0) },
        { QStringLiteral("carrier"), g.carrier.trimmed() },
        { QStringLiteral("accountNumber"), g.accountNumber.trimmed() },
        { QStringLiteral("pin"), g.pin.trimmed() },
        { QStringLiteral("authorizingPerson"), g.authorizingPerson.trimmed() },
        { QStringLiteral("authorizingTitle"), g.authorizingTitle.trimmed() },
        { QStringLiteral("productType"), toString(request.productType) },
        { QStringLiteral("requestedPortAt"),
            request.requestedPortAt.isValid() ? request.requestedPortAt.toString(Qt::ISODate)
                                              : QString() },
        { QStringLiteral("btnOption"), toString(request.btnOption) },
        { QStringLiteral("newBtn"), e164.at(1) },
        { QStringLiteral("numbers"), QJsonArray::fromStringList(e164.mid(2)) },
    };
}

QList<LoaFieldChange> PortingService::loaDiff(const QJsonObject &older, const QJsonObject &newer)
{
    QList<LoaFieldChange> out;
    // The LOA's own order first, then anything a newer PortDesk added.
    QStringList keys;
    for (const char *key : kContentKeys)
        keys << QLatin1String(key);
    QStringList extra = older.keys() + newer.keys();
    extra.sort();
    extra.removeDuplicates();
    for (const QString &key : std::as_const(extra)) {
        if (!keys.contains(key))
            keys << key;
    }

    const auto textOf = [](const QJsonValue &v) {
        return v.isString()                 ? v.toString()
            : v.isNull() || v.isUndefined() ? QString()
            : v.isDouble()                  ? QString::number(v.toDouble())
            : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                         : QString::fromUtf8(QJsonDocument(
                             v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                                 .toJson(QJsonDocument::Compact));
    };
    const auto changed = [&](const QString &field, const QJsonValue &was, const QJsonValue &is) {
        const QString a = textOf(was);
        const QString b = textOf(is);
        if (a != b)
            out.append({ field, LoaFieldChange::Kind::Changed, a, b, isSecretField(field) });
    };

    for (const QString &key : std::as_const(keys)) {
        const QJsonValue was = older.value(key);
        const QJsonValue is = newer.value(key);
        if (key == QLatin1String("serviceAddress") && (was.isObject() || is.isObject())) {
            QStringList parts;
            for (const char *part : kAddressKeys)
                parts << QLatin1String(part);
            const QStringList more = was.toObject().keys() + is.toObject().keys();
            for (const QString &part : more) {
                if (!parts.contains(part))
                    parts << part;
            }
            for (const QString &part : std::as_const(parts))
                changed(key + QLatin1Char('.') + part, was.toObject().value(part),
                    is.toObject().value(part));
        } else if (key == QLatin1String("numbers") && (was.isArray() || is.isArray())) {
            QStringList before, after;
            for (const QJsonValue &n : was.toArray())
                before << n.toString();
            for (const QJsonValue &n : is.toArray())
                after << n.toString();
            const QSet<QString> beforeSet(before.cbegin(), before.cend());
            const QSet<QString> afterSet(after.cbegin(), after.cend());
            for (const QString &n : std::as_const(before)) {
                if (!afterSet.contains(n))
                    out.append({ key, LoaFieldChange::Kind::Removed, n, QString(), false });
            }
            for (const QString &n : std::as_const(after)) {
                if (!beforeSet.contains(n))
                    out.append({ key, LoaFieldChange::Kind::Added, QString(), n, false });
            }
        } else {
            changed(key, was, is);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// Signing

ChangeResult PortingService::signLoa(qint64 caseId, int carrierIndex, const LoaSigner &signer,
    Role actor, const PortInRequest *pending, const QJsonObject *shown)
{
    const QDateTime now = Clock::now();
    if (actor != Role::Admin) {
        return refused(caseId,
            refusal(QStringLiteral("actor"), "loa.wrong-role",
                tr("Only an admin can sign an LOA: support can read the LOAs and their "
                   "versions.")));
    }
    ChangeResult result;
    if (signer.name.trimmed().isEmpty()) {
        result.violations.append(refusal(QStringLiteral("signerName"), "loa.signer-name.required",
            tr("Type the signer's name: the authorizing person signs the LOA.")));
    }
    if (signer.title.trimmed().isEmpty()) {
        result.violations.append(refusal(QStringLiteral("signerTitle"), "loa.signer-title.required",
            tr("Type the signer's title, such as Office Manager: the carrier checks that the "
               "signer may authorize the port.")));
    }
    if (!signer.drawing.isEmpty()) {
        if (typeOfContent(signer.drawing) != FileType::Png) {
            result.violations.append(refusal(QStringLiteral("signature"), "loa.signature.not-png",
                tr("The drawn signature must be a PNG image.")));
        } else if (signer.drawing.size() > kSignatureMaxBytes) {
            result.violations.append(refusal(QStringLiteral("signature"), "loa.signature.too-large",
                tr("The drawn signature is %1; at most %2 is kept.")
                    .arg(sizeText(signer.drawing.size()), sizeText(kSignatureMaxBytes))));
        }
    }
    if (hasErrors(result.violations))
        return result;

    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    CaseRow row;
    bool found = false;
    if (!CaseRepository(m_store).load(caseId, true, &row, &found, &result.status))
        return failedWith(result.status);
    if (!found)
        return refused(caseId, caseNotFound(caseId));
    result.state = row.state;
    if (row.kind != CaseKind::PortIn) {
        result.violations.append(refusal(QStringLiteral("case"), "loa.port-out",
            tr("Case %1 is a port-out: LOAs belong to port-in cases.").arg(caseId)));
        return result;
    }
    if (CaseStateMachine::isTerminal(row.state)) {
        result.violations.append(refusal(QStringLiteral("case"), "loa.case-closed",
            tr("Case %1 is %2: its LOAs can no longer be signed.")
                .arg(caseId)
                .arg(displayName(row.state))));
        return result;
    }
    const PortInRequest request
        = pending ? *pending : PortInRequest::fromJson(row.request, nullptr);
    if (carrierIndex < 0 || carrierIndex >= request.carriers.size()) {
        result.violations.append(refusal(QStringLiteral("carrierIndex"), "loa.no-such-group",
            tr("Case %1 has no carrier group %2.").arg(caseId).arg(carrierIndex + 1)));
        return result;
    }
    const QString authorizing = request.carriers.at(carrierIndex).authorizingPerson.trimmed();
    if (!authorizing.isEmpty()
        && signer.name.trimmed().compare(authorizing, Qt::CaseInsensitive) != 0) {
        result.violations.append(Violation { QStringLiteral("signerName"),
            QStringLiteral("loa.signer-not-authorizing-person"),
            tr("%1 signs, but the request names %2 as the authorizing person: the carrier may "
               "refuse an LOA signed by someone else.")
                .arg(signer.name.trimmed(), authorizing),
            Violation::Severity::Warning });
    }

    LoaVersion version;
    version.caseId = caseId;
    version.carrierIndex = carrierIndex;
    version.content = loaContent(request, carrierIndex);
    if (shown && !sameContent(*shown, version.content)) {
        // Checked inside the write transaction: what is signed is what was read.
        result.violations.append(refusal(QStringLiteral("carriers[%1]").arg(carrierIndex),
            "loa.changed-while-signing",
            tr("Case %1's request changed while the LOA was open for signing (%2): nothing was "
               "signed. Look at the LOA as it is now and sign again.")
                .arg(caseId)
                .arg(changedFieldsText(*shown, version.content))));
        return result;
    }
    version.signer = LoaSigner { signer.name.trimmed(), signer.title.trimmed(), signer.drawing };
    version.signedAt = now;
    if (!LoaRepository(m_store).addVersion(&version, &result.status)
        || !transaction.commit(&result.status)) {
        ChangeResult failed = failedWith(result.status);
        failed.violations = result.violations;
        return failed;
    }
    result.id = version.version;
    return result;
}

bool PortingService::signatureFits(const LoaGroupStatus &g, const PortInRequest &request)
{
    return g.state == LoaState::Signed && g.carrierIndex >= 0 && g.carrierIndex < request.carriers.size()
        && sameContent(g.version.content, loaContent(request, g.carrierIndex));
}

QList<LoaVersion> PortingService::loaVersions(qint64 caseId, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<LoaVersion> out;
    if (!LoaRepository(m_store).versions(caseId, &out, st))
        out.clear();
    return out;
}

QList<LoaGroupStatus> PortingService::loaStatus(qint64 caseId, StoreStatus *status) const
{
    const StatusOut st(status);
    CaseRow row;
    bool found = false;
    QList<LoaVersion> versions;
    if (!readCase(m_store, caseId, &row, &found, &versions, st) || !found
        || row.kind != CaseKind::PortIn)
        return {};
    return statusesFor(PortInRequest::fromJson(row.request, nullptr), versions, Clock::now());
}

Violations PortingService::loaSubmitBlockers(qint64 caseId, StoreStatus *status) const
{
    const StatusOut st(status);
    CaseRow row;
    bool found = false;
    QList<LoaVersion> versions;
    if (!readCase(m_store, caseId, &row, &found, &versions, st))
        return {};
    if (!found)
        return { caseNotFound(caseId) };
    if (row.kind != CaseKind::PortIn)
        return {};
    return blockersFor(PortInRequest::fromJson(row.request, nullptr), versions, Clock::now());
}

Violations PortingService::loaSubmitBlockers(
    qint64 caseId, const PortInRequest &asSubmitted, StoreStatus *status) const
{
    const StatusOut st(status);
    CaseRow row;
    bool found = false;
    QList<LoaVersion> versions;
    if (!readCase(m_store, caseId, &row, &found, &versions, st))
        return {};
    if (!found)
        return { caseNotFound(caseId) };
    if (row.kind != CaseKind::PortIn)
        return {};
    return blockersFor(asSubmitted, versions, Clock::now());
}

// ---------------------------------------------------------------------------
// Attachments

Violations PortingService::checkAttachment(
    const QString &fileName, qint64 size, const QByteArray &head, QString *mimeType)
{
    Violations out;
    const QString name = QFileInfo(fileName).fileName();
    const QString field = QStringLiteral("attachment");
    if (size <= 0) {
        out.append(refusal(field, "attachment.empty",
            tr("%1 is empty: attach a carrier invoice or customer service record that has "
               "content.")
                .arg(name)));
        return out;
    }
    if (size > attachmentMaxBytes) {
        out.append(refusal(field, "attachment.too-large",
            tr("%1 is %2: attachments may be at most %3. Attach a smaller scan or only the "
               "pages that show the account.")
                .arg(name, sizeText(size), limitText())));
    }
    const FileType byName = typeOfName(name);
    const FileType byContent = typeOfContent(head);
    if (byContent == FileType::Unknown) {
        out.append(refusal(field, "attachment.type",
            tr("%1 is not a PDF, PNG or JPEG file (judged by its content): only these types "
               "can be attached.")
                .arg(name)));
    } else if (byName == FileType::Unknown) {
        out.append(refusal(field, "attachment.extension",
            tr("%1 holds a %2 but its name does not end in .pdf, .png, .jpg or .jpeg: rename "
               "it so that it opens with the right program.")
                .arg(name, typeName(byContent))));
    } else if (byName != byContent) {
        out.append(refusal(field, "attachment.mismatch",
            tr("%1 is named as a %2 file but its content is a %3: rename it to match.")
                .arg(name, typeName(byName), typeName(byContent))));
    }
    if (mimeType && !hasErrors(out))
        *mimeType = mimeTypeOf(byContent);
    return out;
}

ChangeResult PortingService::addAttachment(
    qint64 caseId, AttachmentKind kind, const QString &fileName, const QByteArray &data, Role actor)
{
    const QDateTime now = Clock::now();
    if (actor != Role::Admin) {
        return refused(caseId,
            refusal(QStringLiteral("actor"), "attachment.wrong-role",
                tr("Only an admin can attach files to a case: support can open them.")));
    }
    ChangeResult result;
    QString mimeType;
    result.violations = checkAttachment(fileName, data.size(), data.left(16), &mimeType);
    if (hasErrors(result.violations))
        return result;

    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    CaseRow row;
    bool found = false;
    if (!CaseRepository(m_store).load(caseId, true, &row, &found, &result.status))
        return failedWith(result.status);
    if (!found)
        return refused(caseId, caseNotFound(caseId));
    result.state = row.state;
    if (CaseStateMachine::isTerminal(row.state)) {
        result.violations.append(refusal(QStringLiteral("case"), "attachment.case-closed",
            tr("Case %1 is %2: nothing more can be attached to it.")
                .arg(caseId)
                .arg(displayName(row.state))));
        return result;
    }
    CaseAttachment attachment;
    attachment.caseId = caseId;
    attachment.kind = kind;
    attachment.fileName = QFileInfo(fileName).fileName();
    attachment.mimeType = mimeType;
    attachment.addedAt = now;
    if (!LoaRepository(m_store).addAttachment(&attachment, data, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = attachment.id;
    return result;
}

ChangeResult PortingService::addAttachmentFile(
    qint64 caseId, AttachmentKind kind, const QString &path, Role actor)
{
    if (actor != Role::Admin)
        return addAttachment(caseId, kind, path, QByteArray(), actor); // the role's refusal
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return refused(caseId,
            refusal(QStringLiteral("attachment"), "attachment.unreadable",
                tr("Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(path),
                        info.exists() && !info.isFile() ? tr("it is not a file.")
                                                        : file.errorString())));
    }
    // Size and type before reading a file that may be huge.
    ChangeResult result;
    result.violations = checkAttachment(info.fileName(), file.size(), file.peek(16));
    if (hasErrors(result.violations))
        return result;
    const QByteArray data = file.readAll();
    if (data.size() != file.size()) {
        return refused(caseId,
            refusal(QStringLiteral("attachment"), "attachment.unreadable",
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    }
    return addAttachment(caseId, kind, info.fileName(), data, actor);
}

QList<CaseAttachment> PortingService::listAttachments(
    qint64 caseId, StoreStatus *status, AttachmentScope scope) const
{
    const StatusOut st(status);
    QList<CaseAttachment> out;
    if (!LoaRepository(m_store).attachments(caseId, &out, st, scope))
        out.clear();
    return out;
}

bool PortingService::loadAttachment(
    qint64 attachmentId, CaseAttachment *meta, QByteArray *data, StoreStatus *status) const
{
    const StatusOut st(status);
    bool found = false;
    return LoaRepository(m_store).attachment(attachmentId, meta, data, &found, st) && found;
}

ChangeResult PortingService::removeAttachment(qint64 caseId, qint64 attachmentId, Role actor)
{
    return changeAttachment(caseId, attachmentId, actor, false);
}

ChangeResult PortingService::restoreAttachment(qint64 caseId, qint64 attachmentId, Role actor)
{
    return changeAttachment(caseId, attachmentId, actor, true);
}

ChangeResult PortingService::changeAttachment(qint64 caseId, qint64 attachmentId, Role actor, bool restore)
{
    if (actor != Role::Admin) {
        return refused(caseId,
            refusal(QStringLiteral("actor"), "attachment.wrong-role",
                restore ? tr("Only an admin can restore a case's attachments.")
                        : tr("Only an admin can remove a case's attachments.")));
    }
    ChangeResult result;
    result.id = attachmentId;
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    CaseRow row;
    bool found = false;
    if (!CaseRepository(m_store).load(caseId, true, &row, &found, &result.status))
        return failedWith(result.status);
    if (!found)
        return refused(caseId, caseNotFound(caseId));
    result.state = row.state;
    if (restore && CaseStateMachine::isTerminal(row.state)) {
        result.violations.append(refusal(QStringLiteral("case"), "attachment.case-closed",
            tr("Case %1 is %2: nothing more can be attached to it, so a deleted file stays deleted.")
                .arg(caseId)
                .arg(displayName(row.state))));
        return result;
    }
    LoaRepository files(m_store);
    const QDateTime now = Clock::now();
    if (!(restore ? files.restoreAttachment(caseId, attachmentId, now, &found, &result.status)
                  : files.removeAttachment(caseId, attachmentId, now, &found, &result.status)))
        return failedWith(result.status);
    if (!found) {
        result.violations.append(refusal(QStringLiteral("attachment"), "attachment.not-found",
            restore ? tr("Case %1 has no removed attachment %2 to restore.").arg(caseId).arg(attachmentId)
                    : tr("Case %1 has no attachment %2.").arg(caseId).arg(attachmentId)));
        return result;
    }
    if (!transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

QList<CaseFileEvent> PortingService::listFileEvents(qint64 caseId, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<CaseFileEvent> out;
    if (!LoaRepository(m_store).fileEvents(caseId, &out, st))
        out.clear();
    return out;
}

QStringList PortingService::attachmentNames(qint64 caseId, StoreStatus *status) const
{
    QStringList names;
    const QList<CaseAttachment> attachments = listAttachments(caseId, status);
    for (const CaseAttachment &a : attachments)
        names << a.fileName;
    return names;
}

} // namespace portdesk
