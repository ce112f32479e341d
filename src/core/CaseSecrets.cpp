// SPDX-License-Identifier: Apache-2.0
#include "CaseSecrets.h"

#include <QJsonObject>

#include <algorithm>

namespace portdesk {

namespace {

struct Span {
    qsizetype from = 0;
    qsizetype to = 0; // one past the end
};

// A group of digits of a text and where it stands.
struct Group {
    QString digits;
    qsizetype from = 0;
    qsizetype to = 0;
};

// Where `secret` stands in `text` as a token of its own: not inside a
// longer run of letters or digits.
QList<Span> tokenSpans(const QString &text, const QString &secret)
{
    QList<Span> spans;
    for (qsizetype from = text.indexOf(secret, 0, Qt::CaseInsensitive); from >= 0;
         from = text.indexOf(secret, from + 1, Qt::CaseInsensitive)) {
        const qsizetype end = from + secret.size();
        if ((from == 0 || !text.at(from - 1).isLetterOrNumber())
            && (end >= text.size() || !text.at(end).isLetterOrNumber()))
            spans.append({ from, end });
    }
    return spans;
}

// The numbers written in `text`, each as its groups of digits: groups that
// one or two of space, dash, dot or parenthesis join ("8304 1799 2615",
// "(206) 444-0101") are one number; anything else ends it.
QList<QList<Group>> numbersIn(const QString &text)
{
    const auto joins = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('(') || c == QLatin1Char(')');
    };
    QList<QList<Group>> numbers;
    QList<Group> groups;
    Group group;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isDigit()) {
            if (group.digits.isEmpty())
                group.from = i;
            group.digits += text.at(i++);
            group.to = i;
            continue;
        }
        if (!group.digits.isEmpty()) {
            groups << group;
            group = Group();
        }
        qsizetype gap = 0;
        while (i + gap < text.size() && joins(text.at(i + gap)))
            ++gap;
        const bool sameNumber
            = !groups.isEmpty() && gap >= 1 && gap <= 2 && i + gap < text.size() && text.at(i + gap).isDigit();
        if (!sameNumber && !groups.isEmpty()) {
            numbers << groups;
            groups.clear();
        }
        i += std::max<qsizetype>(gap, 1);
    }
    if (!group.digits.isEmpty())
        groups << group;
    if (!groups.isEmpty())
        numbers << groups;
    return numbers;
}

// Where text repeats secret (see CaseSecrets::repeats).
QList<Span> spansOf(const QString &text, const QString &secret)
{
    QString digits;
    for (const QChar c : secret) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return tokenSpans(text, secret);
    }
    QList<Span> spans;
    if (digits.isEmpty())
        return spans;
    for (const QList<Group> &groups : numbersIn(text)) {
        QString whole;
        for (const Group &g : groups)
            whole += g.digits;
        if (whole == digits) {
            spans.append({ groups.first().from, groups.last().to });
            continue;
        }
        const bool phoneNumber = whole.size() == 10 || (whole.size() == 11 && whole.startsWith(QLatin1Char('1')));
        if (phoneNumber)
            continue;
        for (qsizetype first = 0; first < groups.size(); ++first) {
            QString run;
            for (qsizetype last = first; last < groups.size() && run.size() < digits.size(); ++last) {
                run += groups.at(last).digits;
                if (run == digits) {
                    spans.append({ groups.at(first).from, groups.at(last).to });
                    break;
                }
            }
        }
    }
    return spans;
}

struct FieldName {
    CaseSecret::Field field;
    const char *text;
};

constexpr FieldName fieldNames[] = {
    { CaseSecret::Field::AccountNumber, "accountNumber" },
    { CaseSecret::Field::Pin, "pin" },
    { CaseSecret::Field::PortOutAccountId, "portOutAccountId" },
    { CaseSecret::Field::PortOutPin, "portOutPin" },
};

} // namespace

QString toString(CaseSecret::Field field)
{
    for (const FieldName &n : fieldNames) {
        if (n.field == field)
            return QLatin1String(n.text);
    }
    return {};
}

Secret CaseSecret::secret() const
{
    const bool pin = field == Field::Pin || field == Field::PortOutPin;
    return pin ? Secret::pin(value) : Secret::accountNumber(value);
}

QString CaseSecret::name() const
{
    const QString g = carrier.trimmed().isEmpty()
        ? CaseSecrets::tr("carrier group %1").arg(group)
        : CaseSecrets::tr("carrier group %1 (%2)").arg(group).arg(carrier.trimmed());
    switch (field) {
    case Field::AccountNumber:
        return CaseSecrets::tr("the account number of %1").arg(g);
    case Field::Pin:
        return CaseSecrets::tr("the PIN of %1").arg(g);
    case Field::PortOutAccountId:
        return CaseSecrets::tr("the port-out account ID");
    case Field::PortOutPin:
        break;
    }
    return CaseSecrets::tr("the port-out PIN");
}

QString CaseSecret::key() const
{
    switch (field) {
    case Field::AccountNumber:
        return QStringLiteral("carriers[%1].accountNumber").arg(group - 1);
    case Field::Pin:
        return QStringLiteral("carriers[%1].pin").arg(group - 1);
    case Field::PortOutAccountId:
        return QStringLiteral("portOut.accountId");
    case Field::PortOutPin:
        break;
    }
    return QStringLiteral("portOut.pin");
}

QJsonObject CaseSecret::toJson() const
{
    QJsonObject json { { QStringLiteral("secret"), toString(field) } };
    if (group > 0) {
        json.insert(QStringLiteral("group"), group);
        if (!carrier.trimmed().isEmpty())
            json.insert(QStringLiteral("carrier"), carrier.trimmed());
    }
    return json;
}

bool CaseSecret::fromJson(const QJsonObject &json, CaseSecret *out)
{
    const QString name = json.value(QStringLiteral("secret")).toString();
    for (const FieldName &n : fieldNames) {
        if (name == QLatin1String(n.text)) {
            *out = CaseSecret();
            out->field = n.field;
            out->group = json.value(QStringLiteral("group")).toInt();
            out->carrier = json.value(QStringLiteral("carrier")).toString();
            return true;
        }
    }
    return false;
}

QList<CaseSecret> CaseSecrets::of(const CaseRecord &record)
{
    QList<CaseSecret> secrets;
    const auto add = [&secrets](CaseSecret::Field field, int group, const QString &carrier,
                         const QString &value) {
        if (!value.trimmed().isEmpty())
            secrets.append({ field, group, carrier, value.trimmed() });
    };
    if (record.kind == CaseKind::PortIn) {
        const QList<CarrierGroup> &groups = record.portIn.carriers;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const CarrierGroup &g = groups.at(i);
            add(CaseSecret::Field::AccountNumber, int(i + 1), g.carrier, g.accountNumber);
            add(CaseSecret::Field::Pin, int(i + 1), g.carrier, g.pin);
        }
    } else {
        add(CaseSecret::Field::PortOutAccountId, 0, QString(), record.portOutAccountId);
        add(CaseSecret::Field::PortOutPin, 0, QString(), record.portOutPin);
    }
    return secrets;
}

QList<CaseSecret> CaseSecrets::guarded(const CaseRecord &record)
{
    QList<CaseSecret> secrets = of(record);
    secrets.removeIf([](const CaseSecret &s) { return s.value.size() < minGuardedLength; });
    return secrets;
}

bool CaseSecrets::mayReveal(Role role, CaseSecret::Field field)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Support:
        return field != CaseSecret::Field::Pin;
    case Role::System:
        break;
    }
    return false;
}

QString CaseSecrets::whyNot(Role role, const CaseSecret &secret)
{
    if (mayReveal(role, secret.field))
        return {};
    if (role == Role::Support)
        return tr("Support may not reveal %1: a port-in's PIN is for the losing carrier, on "
                  "the LOA; only the case's admin reveals it.")
            .arg(secret.name());
    return tr("Only the admin or support reveals %1.").arg(secret.name());
}

bool CaseSecrets::repeats(const QString &text, const QString &value)
{
    return !spansOf(text, value).isEmpty();
}

QList<CaseSecret> CaseSecrets::foundIn(const QString &text, const QList<CaseSecret> &secrets)
{
    QList<CaseSecret> found;
    for (const CaseSecret &s : secrets) {
        if (s.value.size() >= minGuardedLength && repeats(text, s.value))
            found.append(s);
    }
    return found;
}

QString CaseSecrets::masked(const QString &text, const QList<CaseSecret> &secrets)
{
    if (text.isEmpty())
        return text;
    // Every span to mask with its mask, replaced from the end so that the
    // earlier positions hold; overlapping spans merge into the first.
    QList<QPair<Span, QString>> spans;
    for (const CaseSecret &s : secrets) {
        if (s.value.size() < minGuardedLength)
            continue;
        for (const Span &span : spansOf(text, s.value))
            spans.append({ span, s.secret().masked() });
    }
    if (spans.isEmpty())
        return text;
    std::sort(spans.begin(), spans.end(),
        [](const auto &a, const auto &b) { return a.first.from < b.first.from; });
    QString out;
    qsizetype at = 0;
    for (const auto &[span, mask] : std::as_const(spans)) {
        if (span.from < at)
            continue;
        out += QStringView(text).mid(at, span.from - at);
        out += mask;
        at = span.to;
    }
    out += QStringView(text).mid(at);
    return out;
}

QJsonArray CaseSecrets::toJson(const QList<CaseSecret> &secrets)
{
    QJsonArray json;
    for (const CaseSecret &s : secrets)
        json.append(s.toJson());
    return json;
}

QList<CaseSecret> CaseSecrets::fromJson(const QJsonArray &json)
{
    QList<CaseSecret> secrets;
    for (const QJsonValue &v : json) {
        CaseSecret s;
        if (CaseSecret::fromJson(v.toObject(), &s))
            secrets.append(s);
    }
    return secrets;
}

QString CaseSecrets::names(const QList<CaseSecret> &secrets)
{
    QStringList names;
    for (const CaseSecret &s : secrets)
        names << s.name();
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

QString CaseSecrets::revealedText(const QJsonArray &revealed)
{
    const QList<CaseSecret> secrets = fromJson(revealed);
    return secrets.isEmpty() ? tr("Revealed a secret.") : tr("Revealed %1.").arg(names(secrets));
}

} // namespace portdesk
