// SPDX-License-Identifier: Apache-2.0
#include "NumberingData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace portdesk::nanp {

namespace {

using Kind = NumberingData::Kind;

// The kind of numbers that get these types, in libphonenumber's order of
// precedence (GetNumberTypeHelper tries the special types before fixed line).
std::optional<Kind> kindOf(const QStringList &types)
{
    static const QStringList known = { QStringLiteral("fixedLine"), QStringLiteral("mobile"),
        QStringLiteral("fixedLineOrMobile"), QStringLiteral("tollFree"),
        QStringLiteral("premiumRate"), QStringLiteral("personalNumber"), QStringLiteral("voip"),
        QStringLiteral("uan"), QStringLiteral("pager"), QStringLiteral("voicemail"),
        QStringLiteral("sharedCost") };
    for (const QString &type : types) {
        if (!known.contains(type))
            return std::nullopt;
    }
    if (types.isEmpty())
        return Kind::NoType;
    if (types.contains(QLatin1String("premiumRate")))
        return Kind::PremiumRate;
    if (types.contains(QLatin1String("tollFree")))
        return Kind::TollFree;
    if (types.contains(QLatin1String("personalNumber")))
        return Kind::Personal;
    if (types.contains(QLatin1String("fixedLine")) || types.contains(QLatin1String("mobile"))
        || types.contains(QLatin1String("fixedLineOrMobile")))
        return Kind::Local;
    return Kind::Other;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

// "200-210,220" -> the exchanges 200..210 and 220; false when malformed.
bool readRanges(const QString &text, std::vector<int> &exchanges)
{
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const qsizetype dash = part.indexOf(u'-');
        bool okFrom = false;
        bool okTo = false;
        const int from = (dash < 0 ? part : part.left(dash)).toInt(&okFrom);
        const int to = dash < 0 ? from : part.mid(dash + 1).toInt(&okTo);
        if (!okFrom || (dash >= 0 && !okTo) || from < 200 || to > 999 || to < from)
            return false;
        for (int nxx = from; nxx <= to; ++nxx)
            exchanges.push_back(nxx);
    }
    return true;
}

struct Loaded {
    std::unique_ptr<NumberingData> data;
    QString reason;
};

const Loaded &loaded()
{
    static const Loaded once = [] {
        Loaded result;
        QFile file(QStringLiteral(":/numbering/nanp-numbering.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            result.reason = QStringLiteral("the resource %1 is missing").arg(file.fileName());
            return result;
        }
        result.data = NumberingData::fromJson(file.readAll(), &result.reason);
        return result;
    }();
    return once;
}

} // namespace

const NumberingData *NumberingData::instance()
{
    return loaded().data.get();
}

QString NumberingData::unavailableReason()
{
    return loaded().reason;
}

std::unique_ptr<NumberingData> NumberingData::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::unique_ptr<NumberingData>();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    std::unique_ptr<NumberingData> data(new NumberingData);
    data->m_source.source = root.value(QLatin1String("source")).toString();
    data->m_source.version = root.value(QLatin1String("version")).toString();
    data->m_source.metadataVersion = root.value(QLatin1String("metadataVersion")).toString();
    data->m_source.published = root.value(QLatin1String("published")).toString();
    data->m_source.generated = root.value(QLatin1String("generated")).toString();
    if (data->m_source.source.isEmpty() || data->m_source.version.isEmpty())
        return fail(QStringLiteral("no source or version"));

    data->m_regions
        = QStringList { QStringLiteral("ZZ") } + stringsOf(root.value(QLatin1String("regions")));
    if (data->m_regions.size() < 2 || data->m_regions.size() > 255)
        return fail(QStringLiteral("no NANP regions"));

    const QJsonObject areaCodes = root.value(QLatin1String("areaCodes")).toObject();
    for (int npa = 200; npa <= 999; ++npa) {
        const QString key = QString::number(npa);
        const QJsonObject entry = areaCodes.value(key).toObject();
        if (entry.isEmpty())
            return fail(QStringLiteral("area code %1 is missing").arg(key));
        AreaCode &area = data->m_areaCodes[size_t(npa - 200)];
        const QString country = entry.value(QLatin1String("country")).toString();
        Verdict verdict;
        if (country != QLatin1String("unassigned")) {
            const qsizetype slot = data->m_regions.indexOf(country);
            if (slot <= 0)
                return fail(QStringLiteral("area code %1: unknown country %2").arg(key, country));
            const auto kind = kindOf(stringsOf(entry.value(QLatin1String("types"))));
            if (!kind)
                return fail(QStringLiteral("area code %1: an unknown number type").arg(key));
            verdict = { *kind, quint8(slot) };
        }
        area.verdict = verdict;

        const QJsonObject exchanges = entry.value(QLatin1String("exchanges")).toObject();
        if (exchanges.isEmpty())
            continue;
        std::array<Verdict, 800> cells {};
        std::array<bool, 800> seen {};
        for (auto it = exchanges.constBegin(); it != exchanges.constEnd(); ++it) {
            Verdict cell;
            if (it.key() == QLatin1String("unassigned")) {
                cell = {};
            } else if (it.key() == QLatin1String("none")) {
                cell = { Kind::NoType, verdict.region };
            } else {
                const auto kind = kindOf(it.key().split(u'+'));
                if (!kind)
                    return fail(QStringLiteral("area code %1: unknown exchange verdict %2")
                                    .arg(key, it.key()));
                cell = { *kind, verdict.region };
            }
            if (cell.kind != Kind::Unassigned && verdict.region == 0)
                return fail(QStringLiteral("area code %1: exchanges of no country").arg(key));
            std::vector<int> list;
            if (!readRanges(it.value().toString(), list))
                return fail(QStringLiteral("area code %1: bad exchanges %2")
                                .arg(key, it.value().toString()));
            for (int nxx : list) {
                if (seen[size_t(nxx - 200)])
                    return fail(
                        QStringLiteral("area code %1: exchange %2 twice").arg(key).arg(nxx));
                seen[size_t(nxx - 200)] = true;
                cells[size_t(nxx - 200)] = cell;
            }
        }
        for (size_t i = 0; i < seen.size(); ++i) {
            if (!seen[i])
                return fail(
                    QStringLiteral("area code %1: exchange %2 missing").arg(key).arg(i + 200));
        }
        area.exchanges = qint16(data->m_exchanges.size());
        data->m_exchanges.push_back(cells);
    }
    return data;
}

} // namespace portdesk::nanp
