// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <array>
#include <memory>
#include <vector>

// Today's numbering plan for +1 numbers, from resources/nanp-numbering.json:
// the NANP part of Google's current numbering metadata (libphonenumber-js's
// metadata.max.json, made by tools/make-numbering-data and compiled into the
// program as the resource :/numbering/nanp-numbering.json). Debian's
// libphonenumber carries the plan of its release (8.12.57: 2022), which does
// not know the area codes opened since; this data does. libphonenumber keeps
// reading and formatting numbers.
//
// The table is built once from the file: an entry per area code 200-999 and,
// for the few area codes whose exchanges differ, an entry per exchange, so a
// look-up is two array reads.
namespace portdesk::nanp {

class NumberingData {
public:
    // What the data says a number is, as far as PortDesk cares.
    enum class Kind : quint8 {
        Unassigned, // no country has the number (an area code or exchange not in service)
        NoType, // the country's area code, but no number type matches the exchange
        Local, // fixed line and/or mobile
        TollFree,
        PremiumRate, // 900
        Personal, // 5XX personal communications services
        Other, // VoIP, UAN, pager, voicemail, shared cost
    };

    struct Verdict {
        Kind kind = Kind::Unassigned;
        quint8 region = 0; // index into regionCodes(): 0 is "ZZ" (none)
    };

    // Where the data comes from, as the file's header says.
    struct Source {
        QString source; // "libphonenumber-js"
        QString version; // the npm package's version, "1.13.18"
        QString metadataVersion; // Google's metadata version in it, "9.0.45"
        QString published; // the package's release date, "2026-12-03"
        QString generated; // when tools/make-numbering-data wrote the file
    };

    // The compiled-in data, read on first use (thread-safe); nullptr when the
    // resource is missing or unreadable (a broken build): callers then judge
    // by libphonenumber's own, older, verdicts.
    static const NumberingData *instance();
    static QString unavailableReason();

    // Reads a data file's text; nullptr and `error` set when it is not one.
    static std::unique_ptr<NumberingData> fromJson(const QByteArray &json, QString *error);

    // The verdict on numbers NPA-NXX-XXXX. Area codes outside 200-999 and
    // exchanges 0XX and 1XX hold no numbers: Unassigned.
    Verdict lookup(int npa, int nxx) const
    {
        if (npa < 200 || npa > 999 || nxx < 200 || nxx > 999)
            return {};
        const AreaCode &area = m_areaCodes[size_t(npa - 200)];
        if (area.exchanges < 0)
            return area.verdict;
        return m_exchanges[size_t(area.exchanges)][size_t(nxx - 200)];
    }

    // The verdict on the area code as a whole: its country (region 0 when no
    // exchange of it has one) and the kind of its numbers (of its main
    // exchanges, when they differ).
    Verdict areaCode(int npa) const
    {
        if (npa < 200 || npa > 999)
            return {};
        return m_areaCodes[size_t(npa - 200)].verdict;
    }

    // "ZZ" then the file's regions in the metadata's order ("US", "AG", ...).
    QString regionCode(const Verdict &verdict) const { return m_regions.at(verdict.region); }

    const Source &source() const { return m_source; }

private:
    NumberingData() = default;

    struct AreaCode {
        Verdict verdict; // of every exchange, when `exchanges` < 0
        qint16 exchanges = -1; // index into m_exchanges
    };

    std::array<AreaCode, 800> m_areaCodes {};
    std::vector<std::array<Verdict, 800>> m_exchanges;
    QStringList m_regions;
    Source m_source;
};

} // namespace portdesk::nanp
