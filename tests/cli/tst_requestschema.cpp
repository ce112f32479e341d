// SPDX-License-Identifier: Apache-2.0
// Issue 16 item 7: docs/request.schema.json against the request reader
// (PortInRequest::fromJson) and the rules (RequestValidator): the members
// each names, the required ones, the length limits of core/TextLimits.h, and
// the sample request validated by a small validator of the schema's subset.
#include "core/PortRequest.h"
#include "core/RequestValidator.h"
#include "core/TextLimits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <functional>

using namespace portdesk;

namespace {

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject schema()
{
    static const QJsonObject s
        = readObject(QStringLiteral(PORTDESK_SOURCE_DIR "/docs/request.schema.json"));
    return s;
}

// A "$ref": "#/$defs/NAME" followed; any other node as it is.
QJsonObject resolved(const QJsonObject &node)
{
    const QString ref = node.value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(QLatin1String("#/$defs/")))
        return node;
    return resolved(schema()
            .value(QStringLiteral("$defs"))
            .toObject()
            .value(ref.mid(8))
            .toObject());
}

// The schema of a member by its path: "carriers[].serviceAddress.zip".
QJsonObject schemaAt(const QString &path)
{
    QJsonObject node = schema();
    for (QString part : path.split(QLatin1Char('.'))) {
        const bool item = part.endsWith(QLatin1String("[]"));
        part.chop(item ? 2 : 0);
        node = resolved(node.value(QStringLiteral("properties")).toObject().value(part).toObject());
        if (item)
            node = resolved(node.value(QStringLiteral("items")).toObject());
    }
    return node;
}

// Sets a member by its path ("carriers[].pin": the first group's; "numbers[]":
// the first number).
void setAt(QJsonObject &object, const QStringList &parts, const QJsonValue &value)
{
    QString key = parts.first();
    const bool item = key.endsWith(QLatin1String("[]"));
    key.chop(item ? 2 : 0);
    if (parts.size() == 1 && !item) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return;
    }
    if (!item) {
        QJsonObject inner = object.value(key).toObject();
        setAt(inner, parts.mid(1), value);
        object.insert(key, inner);
        return;
    }
    QJsonArray array = object.value(key).toArray();
    if (parts.size() == 1) {
        array[0] = value;
    } else {
        QJsonObject inner = array.at(0).toObject();
        setAt(inner, parts.mid(1), value);
        array[0] = inner;
    }
    object.insert(key, array);
}

// The sample request (docs/examples): every rule passes on 2 November 2026.
QJsonObject validRequest()
{
    return readObject(QStringLiteral(PORTDESK_SOURCE_DIR "/docs/examples/port-in.json"));
}

class NoStore : public PortingContext {
public:
    bool voiceConnectorExists(const QString &) const override { return true; }
    QSet<QString> numbersInInventory(const QStringList &) const override { return {}; }
    QHash<QString, qint64> numbersInOpenPortIn(const QStringList &) const override { return {}; }
};

// What the reader and every rule say of a request file.
Violations check(const QJsonObject &json)
{
    Violations out;
    const PortInRequest request = PortInRequest::fromJson(json, &out);
    const NoStore store;
    return out
        + RequestValidator::validate(
            request, QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC), &store);
}

bool says(const Violations &vs, const QString &rule, const QString &fieldStart = QString())
{
    return std::any_of(vs.cbegin(), vs.cend(), [&](const Violation &v) {
        return v.rule == rule && v.field.startsWith(fieldStart);
    });
}

// The members of each object of the schema: the root, a carrier group, its address.
QStringList schemaMembers(const QJsonObject &object, const QString &prefix = QString())
{
    QStringList out;
    const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        out << prefix + it.key();
        QJsonObject inner = resolved(it.value().toObject());
        QString innerPrefix = prefix + it.key() + QLatin1Char('.');
        if (inner.contains(QStringLiteral("items"))) {
            inner = resolved(inner.value(QStringLiteral("items")).toObject());
            innerPrefix = prefix + it.key() + QStringLiteral("[].");
        }
        out += schemaMembers(inner, innerPrefix);
    }
    return out;
}

// The subset of JSON Schema the request schema uses: $ref, type, enum,
// required, properties, additionalProperties false, items, minItems,
// maxItems, maxLength, pattern. Each problem: "path: keyword".
void validate(const QJsonValue &value, QJsonObject node, const QString &path, QStringList *out)
{
    node = resolved(node);
    const auto fail = [&](const char *keyword) { *out << path + QStringLiteral(": ") + QLatin1String(keyword); };
    static const QHash<QString, QJsonValue::Type> types { { QStringLiteral("string"), QJsonValue::String },
        { QStringLiteral("null"), QJsonValue::Null }, { QStringLiteral("array"), QJsonValue::Array },
        { QStringLiteral("object"), QJsonValue::Object } };
    if (node.contains(QStringLiteral("type"))) {
        const QJsonValue type = node.value(QStringLiteral("type"));
        const QJsonArray allowed = type.isArray() ? type.toArray() : QJsonArray { type };
        if (!std::any_of(allowed.begin(), allowed.end(),
                [&](const QJsonValue &t) { return types.value(t.toString()) == value.type(); }))
            return fail("type");
    }
    if (node.contains(QStringLiteral("enum")) && !node.value(QStringLiteral("enum")).toArray().contains(value))
        fail("enum");
    if (value.isString()) {
        const QString text = value.toString();
        if (node.contains(QStringLiteral("maxLength")) && text.size() > node.value(QStringLiteral("maxLength")).toInt())
            fail("maxLength");
        if (node.contains(QStringLiteral("pattern"))
            && !QRegularExpression(node.value(QStringLiteral("pattern")).toString()).match(text).hasMatch())
            fail("pattern");
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() < node.value(QStringLiteral("minItems")).toInt(0))
            fail("minItems");
        if (array.size() > node.value(QStringLiteral("maxItems")).toInt(INT_MAX))
            fail("maxItems");
        for (qsizetype i = 0; i < array.size(); ++i)
            validate(array.at(i), node.value(QStringLiteral("items")).toObject(),
                path + QStringLiteral("[%1]").arg(i), out);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
        const auto member = [&path](const QString &name) {
            return path.isEmpty() ? name : path + QLatin1Char('.') + name;
        };
        for (const QJsonValue &name : node.value(QStringLiteral("required")).toArray())
            if (!object.contains(name.toString()))
                *out << member(name.toString()) + QStringLiteral(": required");
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString inner = member(it.key());
            if (properties.contains(it.key()))
                validate(it.value(), properties.value(it.key()).toObject(), inner, out);
            else if (node.value(QStringLiteral("additionalProperties")) == QJsonValue(false))
                *out << inner + QStringLiteral(": additionalProperties");
        }
    }
}

QStringList validated(const QJsonObject &json)
{
    QStringList problems;
    validate(json, schema(), QString(), &problems);
    return problems;
}

} // namespace

class TestRequestSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isDraft202012();
    void membersAreTheReaders();
    void readersMembersAreInTheSchema();
    void unknownMembersWarnWhereTheSchemaForbidsThem_data();
    void unknownMembersWarnWhereTheSchemaForbidsThem();
    void limits_data();
    void limits();
    void required_data();
    void required();
    void requiredByTheRulesIsRequiredInTheSchema();
    void samples_data();
    void samples();
};

void TestRequestSchema::isDraft202012()
{
    QVERIFY2(!schema().isEmpty(), "docs/request.schema.json is missing or not a JSON object");
    QCOMPARE(schema().value(QStringLiteral("$schema")).toString(),
        QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    QCOMPARE(schema().value(QStringLiteral("type")).toString(), QStringLiteral("object"));
    QVERIFY2(!validRequest().isEmpty(), "docs/examples/port-in.json is missing or not a JSON object");
}

void TestRequestSchema::membersAreTheReaders()
{
    // Every member of the schema, given, is one the reader knows: no
    // json.unknown-field warning on any of them.
    QJsonObject all = validRequest();
    for (const QString &member : schemaMembers(schema())) {
        const QJsonObject node = schemaAt(member);
        const QJsonArray choices = node.value(QStringLiteral("enum")).toArray();
        const QString type = node.value(QStringLiteral("type")).isArray()
            ? node.value(QStringLiteral("type")).toArray().first().toString()
            : node.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("object") || member.endsWith(QLatin1String("carriers")))
            continue; // given through their members
        const QJsonValue value = !choices.isEmpty() ? choices.first()
            : type == QLatin1String("array")        ? QJsonValue(QJsonArray { QStringLiteral("+12064440303") })
                                                    : QJsonValue(QStringLiteral("x"));
        if (member.contains(QLatin1Char('.')) || !all.contains(member))
            setAt(all, member.split(QLatin1Char('.')), value);
    }
    Violations problems;
    PortInRequest::fromJson(all, &problems);
    for (const Violation &v : std::as_const(problems))
        QVERIFY2(v.rule != QLatin1String("json.unknown-field"), qPrintable(v.field));
    QVERIFY(schemaMembers(schema()).size() > 25);
}

void TestRequestSchema::readersMembersAreInTheSchema()
{
    // What the request writes (every member given) and the fields a change
    // request may name are each a member of the schema.
    QJsonObject json = validRequest();
    setAt(json, { QStringLiteral("voiceConnector") }, QStringLiteral("pbx-east"));
    setAt(json, { QStringLiteral("newBtn") }, QStringLiteral("+12064440199"));
    setAt(json, { QStringLiteral("carriers[]"), QStringLiteral("authorizingEmail") }, QStringLiteral("j@example.com"));
    setAt(json, { QStringLiteral("carriers[]"), QStringLiteral("remainingNumbers") }, QJsonArray { QStringLiteral("+12064440150") });
    setAt(json, { QStringLiteral("carriers[]"), QStringLiteral("currentRespOrg") }, QStringLiteral("ABC01"));
    setAt(json, { QStringLiteral("carriers[]"), QStringLiteral("targetRespOrgId") }, QStringLiteral("JYT01"));
    const QJsonObject written = PortInRequest::fromJson(json, nullptr).toJson();
    const QStringList members = schemaMembers(schema());
    QStringList names;
    for (const QString &m : members)
        names << m.section(QLatin1Char('.'), -1);
    const std::function<void(const QJsonObject &, const QString &)> walk
        = [&](const QJsonObject &o, const QString &prefix) {
              for (auto it = o.begin(); it != o.end(); ++it) {
                  const QString path = prefix + it.key();
                  QVERIFY2(members.contains(path), qPrintable(path + QStringLiteral(" is not in the schema")));
                  if (it.value().isObject())
                      walk(it.value().toObject(), path + QLatin1Char('.'));
                  if (it.value().isArray() && it.value().toArray().first().isObject())
                      walk(it.value().toArray().first().toObject(), path + QStringLiteral("[]."));
              }
          };
    walk(written, QString());
    QVERIFY(written.value(QStringLiteral("carriers")).toArray().first().toObject().size() >= 16);
    for (const QString &field : changeableFieldNames())
        QVERIFY2(names.contains(field), qPrintable(field));
}

void TestRequestSchema::unknownMembersWarnWhereTheSchemaForbidsThem_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << QStringLiteral("acountNumber");
    QTest::newRow("carrier group") << QStringLiteral("carriers[].acountNumber");
    QTest::newRow("service address") << QStringLiteral("carriers[].serviceAddress.postcode");
}

void TestRequestSchema::unknownMembersWarnWhereTheSchemaForbidsThem()
{
    QFETCH(QString, path);
    QJsonObject json = validRequest();
    setAt(json, path.split(QLatin1Char('.')), QStringLiteral("12345"));
    const QString field = QString(path).replace(QLatin1String("[]"), QLatin1String("[0]"));
    QVERIFY(says(check(json), QStringLiteral("json.unknown-field"), field));
    QVERIFY(validated(json).contains(field + QStringLiteral(": additionalProperties")));
    QVERIFY(validated(validRequest()).isEmpty());
}

void TestRequestSchema::limits_data()
{
    using namespace textlimits;
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("rule");
    const auto row = [](const char *path, int limit, const char *rule) {
        QTest::newRow(path) << QString::fromLatin1(path) << limit << QString::fromLatin1(rule);
    };
    row("adminEmail", maxEmail, "adminEmail.too-long");
    row("voiceConnector", maxConnectorName, "voiceConnector.too-long");
    row("timeZone", maxTimeZone, "timeZone.too-long");
    row("newBtn", maxNumberInput, "number.too-long");
    row("carriers[].carrier", maxName, "carrier.too-long");
    row("carriers[].btn", maxNumberInput, "number.too-long");
    row("carriers[].authorizingPerson", maxName, "authorizingPerson.too-long");
    row("carriers[].authorizingTitle", maxName, "authorizingTitle.too-long");
    row("carriers[].authorizingPhone", maxNumberInput, "");
    row("carriers[].authorizingEmail", maxEmail, "authorizingEmail.too-long");
    row("carriers[].accountNumber", maxAccountNumber, "accountNumber.too-long");
    row("carriers[].pin", maxPin, "pin.too-long");
    row("carriers[].customerName", maxCustomerName, "customerName.too-long");
    row("carriers[].serviceAddress.street", maxStreet, "serviceAddress.street.too-long");
    row("carriers[].serviceAddress.city", maxName, "serviceAddress.city.too-long");
    row("carriers[].serviceAddress.state", maxName, "serviceAddress.state.too-long");
    row("carriers[].serviceAddress.zip", maxName, "serviceAddress.zip.too-long");
    row("carriers[].numbers[]", maxNumberInput, "number.too-long");
    row("carriers[].remainingNumbers[]", maxNumberInput, "");
    row("carriers[].currentRespOrg", maxRespOrg, "currentRespOrg.too-long");
    row("carriers[].targetRespOrgId", maxRespOrg, "targetRespOrgId.too-long");
}

void TestRequestSchema::limits()
{
    QFETCH(QString, path);
    QFETCH(int, limit);
    QFETCH(QString, rule);
    QCOMPARE(schemaAt(path).value(QStringLiteral("maxLength")).toInt(-1), limit);
    if (rule.isEmpty())
        return; // judged as a number whose rule names the field, not the length
    // The rules refuse one character more than the schema allows, and not the limit itself.
    const QString field = QString(path).replace(QLatin1String("[]"), QLatin1String("[0]"));
    for (const int length : { limit + 1, limit }) {
        QJsonObject json = validRequest();
        if (path == QLatin1String("newBtn"))
            json.insert(QStringLiteral("btnOption"), QStringLiteral("replace"));
        setAt(json, path.split(QLatin1Char('.')), QString(length, QLatin1Char('7')));
        const Violations found = check(json);
        QVERIFY2(says(found, rule, field) == (length > limit),
            qPrintable(QStringLiteral("%1 characters").arg(length)));
    }
}

void TestRequestSchema::required_data()
{
    QTest::addColumn<QString>("path");
    const std::function<void(const QJsonObject &, const QString &)> rows
        = [&](const QJsonObject &node, const QString &prefix) {
              for (const QJsonValue &name : node.value(QStringLiteral("required")).toArray()) {
                  const QString path = prefix + name.toString();
                  QTest::newRow(qPrintable(path)) << path;
                  const QJsonObject inner = resolved(node.value(QStringLiteral("properties")).toObject().value(name.toString()).toObject());
                  if (inner.contains(QStringLiteral("items")))
                      rows(resolved(inner.value(QStringLiteral("items")).toObject()), path + QStringLiteral("[]."));
                  else if (inner.contains(QStringLiteral("properties")))
                      rows(inner, path + QLatin1Char('.'));
              }
          };
    rows(schema(), QString());
}

void TestRequestSchema::required()
{
    // A member the schema requires, left out: the reader or a rule refuses
    // the request with an error on that field.
    QFETCH(QString, path);
    QJsonObject json = validRequest();
    setAt(json, path.split(QLatin1Char('.')), QJsonValue(QJsonValue::Undefined));
    const QString field = QString(path).replace(QLatin1String("[]"), QLatin1String("[0]"));
    const Violations found = check(json);
    QVERIFY2(std::any_of(found.cbegin(), found.cend(),
                 [&](const Violation &v) { return v.isError() && v.field.startsWith(field); }),
        qPrintable(field));
    QVERIFY(validated(json).contains(field + QStringLiteral(": required")));
}

void TestRequestSchema::requiredByTheRulesIsRequiredInTheSchema()
{
    // A request with next to nothing: every member a rule says is required
    // (not only under a condition, such as a business's title) the schema
    // requires too.
    const QJsonObject json { { QStringLiteral("btnOption"), QStringLiteral("none") },
        { QStringLiteral("carriers"),
            QJsonArray { QJsonObject { { QStringLiteral("customerType"), QStringLiteral("residential") },
                { QStringLiteral("portType"), QStringLiteral("full") },
                { QStringLiteral("serviceAddress"), QJsonObject() } } } } };
    int checked = 0;
    for (const Violation &v : check(json)) {
        if (!v.rule.endsWith(QLatin1String(".required")))
            continue;
        QString path = v.field;
        path.replace(QLatin1String("[0]"), QLatin1String("[]"));
        const QString parent = path.contains(QLatin1Char('.')) ? path.section(QLatin1Char('.'), 0, -2) : QString();
        const QJsonObject node = parent.isEmpty() ? schema() : schemaAt(parent);
        QVERIFY2(node.value(QStringLiteral("required")).toArray().contains(path.section(QLatin1Char('.'), -1)),
            qPrintable(path + QStringLiteral(" (") + v.rule + QLatin1Char(')')));
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestRequestSchema::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem");
    const QString sample = QStringLiteral(PORTDESK_SOURCE_DIR "/docs/examples/port-in.json");
    QTest::newRow("sample as it is") << sample << QString() << QString();
    QTest::newRow("sample, PIN 21 digits") << sample << QStringLiteral("carriers[].pin=123456789012345678901")
                                           << QStringLiteral("carriers[0].pin: maxLength");
    QTest::newRow("sample, product type Fax") << sample << QStringLiteral("productType=Fax")
                                              << QStringLiteral("productType: enum");
    QTest::newRow("sample, ZIP 9810") << sample << QStringLiteral("carriers[].serviceAddress.zip=9810")
                                      << QStringLiteral("carriers[0].serviceAddress.zip: pattern");
    QTest::newRow("sample, date without time") << sample << QStringLiteral("requestedPortAt=2026-12-15")
                                               << QStringLiteral("requestedPortAt: pattern");
}

void TestRequestSchema::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(QString, problem);
    QJsonObject json = readObject(file);
    QVERIFY2(!json.isEmpty(), qPrintable(file));
    if (!change.isEmpty())
        setAt(json, change.section(QLatin1Char('='), 0, 0).split(QLatin1Char('.')),
            change.section(QLatin1Char('='), 1));
    const QStringList problems = validated(json);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The sample the schema accepts, the reader reads without a word.
        Violations read;
        PortInRequest::fromJson(json, &read);
        QVERIFY2(read.isEmpty(), qPrintable(read.value(0).field));
    } else {
        QVERIFY2(problems.contains(problem), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestRequestSchema)
#include "tst_requestschema.moc"
