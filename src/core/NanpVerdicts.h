// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// libphonenumber's verdicts on ten-digit +1 numbers, read from a table instead
// of its regular expressions. The table is built once from libphonenumber's own
// compiled-in metadata (the same bytes it loads), and is exact by construction:
//
// For a +1 number libphonenumber's IsValidNumber, GetNumberType and
// GetRegionCodeForNumber depend only on the length of the national number (ten
// here) and on whether its digits match each NANP region's patterns: the
// number-type patterns (full match) and the leading_digits (match at the
// start). Those patterns use a small regular-expression subset, which is
// expanded below into sequences of allowed digits. Walking the ten digits, a
// prefix is a leaf of the table once every pattern is decided for all ten-digit
// numbers starting with it: no sequence fits the prefix (no match), or one fits
// and allows any digit in every later position (match). Each leaf's verdict is
// computed by the same walk that libphonenumber 8.12 does over those matches.
// The tests compare every leaf with libphonenumber itself.
namespace portdesk::nanp {

// One way through a pattern: the digits allowed at each position, as masks
// (bit d set when digit d is allowed).
struct DigitSequence {
    int length = 0;
    std::array<quint16, 10> allowed {};
};

constexpr quint16 anyDigit = 0x3FF;

// Expands a pattern of the regular-expression subset used by the NANP metadata
// (digits, [classes] of digits and ranges, \d, (?:...) and (...), |, {n},
// {n,m} and ?) into every sequence of at most `maxLength` digits it matches.
// Returns nothing when the pattern uses anything else, is malformed, or would
// expand to more than `limit` sequences.
std::optional<std::vector<DigitSequence>> expandDigitPattern(
    std::string_view pattern, int maxLength = 10, size_t limit = 50000);

// How many leading digits decide whether a number fits `sequence`: every
// position from there on allows any digit. 0 when no position is constrained.
int determiningDepth(const DigitSequence &sequence);

// The determining depth of a whole pattern for ten-digit numbers: a full match
// when `atStart` is false (number-type patterns), a match of the start when it
// is true (leading_digits). Whether a ten-digit number matches depends on its
// first that many digits only. -1 when the pattern cannot be expanded.
int patternDepth(std::string_view pattern, bool atStart);

class NanpVerdicts {
public:
    // libphonenumber's three verdicts on one number.
    struct Verdict {
        QString region; // GetRegionCodeForNumber: "US", "CA", ..., or "ZZ"
        int type = 0; // GetNumberType (a PhoneNumberUtil::PhoneNumberType)
        bool valid = false; // IsValidNumber
    };

    // A pattern that libphonenumber consults for a +1 number.
    struct Pattern {
        std::string text;
        bool atStart = false; // leading_digits (else a full-match number type)
        int depth = 0; // its determining depth for ten-digit numbers
    };

    // The table, built on first use (thread-safe); nullptr when it could not be
    // built (the metadata could not be read, a pattern is outside the subset,
    // the depth is beyond the bound, or a self-check against libphonenumber
    // failed) or when disabled: callers then ask libphonenumber itself.
    static const NanpVerdicts *instance();

    // Why instance() is nullptr (empty when it is not).
    static QString unavailableReason();

    // For tests and measurements: a disabled table makes instance() return
    // nullptr. Enabled by default.
    static void setEnabled(bool enabled);

    // The verdict on +1 and the ten-digit national number `national`
    // (1000000000 to 9999999999; anything else is a programming error).
    Verdict lookup(quint64 national) const;

    // The proof's figures: every consulted pattern with its determining depth,
    // and the largest of them (no leaf is deeper).
    const std::vector<Pattern> &patterns() const { return m_patterns; }
    int provenDepth() const { return m_provenDepth; }

    // The table's leaves: each is a prefix of `digits` digits whose ten-digit
    // numbers all get the same verdict.
    int leafCount() const { return m_leafCount; }
    int deepestLeaf() const { return m_deepestLeaf; }
    void forEachLeaf(
        const std::function<void(quint64 prefix, int digits, const Verdict &)> &visit) const;

    // The NANP regions in libphonenumber's order for calling code 1.
    const std::vector<QString> &regions() const { return m_regions; }

    // The bound on the determining depth that the table accepts.
    static constexpr int maxDepth = 8;

private:
    NanpVerdicts() = default;
    friend class NanpVerdictsBuilder;

    Verdict verdictOf(qint32 leaf) const;
    void visitLeaves(qint32 node, quint64 prefix, int depth,
        const std::function<void(quint64, int, const Verdict &)> &visit) const;

    // m_nodes[n][d]: the entry for digit d after the prefix of node n: > 0 a
    // further node, <= 0 a leaf whose verdict is -entry (region slot * 16 +
    // type; slot 0 is "ZZ", slot i the region m_regions[i - 1]).
    std::vector<std::array<qint32, 10>> m_nodes;
    std::vector<QString> m_regions;
    std::vector<QString> m_regionBySlot; // "ZZ" then m_regions
    std::vector<Pattern> m_patterns;
    int m_provenDepth = 0;
    int m_leafCount = 0;
    int m_deepestLeaf = 0;
};

} // namespace portdesk::nanp
