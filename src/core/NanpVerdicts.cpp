// SPDX-License-Identifier: Apache-2.0
#include "NanpVerdicts.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <list>
#include <map>
#include <memory>
#include <utility>

#include <dlfcn.h>

// libphonenumber exports its compiled-in metadata (what PhoneNumberUtil
// parses at start-up) as i18n::phonenumbers::metadata_get()/metadata_size(),
// declared in a header it does not install. They are looked up at run time,
// so that a build of the library without them still links and PortDesk
// falls back to plain libphonenumber calls.
namespace {
struct MetadataBlob
{
    const void *data = nullptr;
    int size = 0;
};

MetadataBlob libraryMetadata()
{
    using GetFn = const void *(*)();
    using SizeFn = int (*)();
    void *get = dlsym(RTLD_DEFAULT, "_ZN4i18n12phonenumbers12metadata_getEv");
    void *size = dlsym(RTLD_DEFAULT, "_ZN4i18n12phonenumbers13metadata_sizeEv");
    if (!get || !size)
        return {};
    return {reinterpret_cast<GetFn>(get)(), reinterpret_cast<SizeFn>(size)()};
}
} // namespace

namespace portdesk::nanp {

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int nationalLength = 10;

// A recursive-descent reader of the pattern subset. Each part of the pattern
// becomes the set of digit sequences it matches; sequences longer than the
// longest wanted are dropped as soon as they appear (lengths only add up).
class PatternParser {
public:
    using Sequences = std::vector<DigitSequence>;

    PatternParser(std::string_view text, int maxLength, size_t limit)
        : m_text(text), m_maxLength(maxLength), m_limit(limit)
    {
    }

    std::optional<Sequences> parse()
    {
        Sequences result = alternation();
        if (!m_ok || m_pos != m_text.size())
            return std::nullopt;
        return result;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    Sequences fail()
    {
        m_ok = false;
        return {};
    }

    Sequences alternation()
    {
        Sequences result = concatenation();
        while (m_ok && peek() == '|') {
            ++m_pos;
            Sequences more = concatenation();
            result.insert(result.end(), more.begin(), more.end());
            if (result.size() > m_limit)
                return fail();
        }
        return result;
    }

    Sequences concatenation()
    {
        Sequences result(1); // the empty sequence
        while (m_ok && !atEnd() && peek() != '|' && peek() != ')') {
            Sequences item = atom();
            if (m_ok)
                item = quantified(item);
            if (m_ok)
                result = concatenate(result, item);
        }
        return result;
    }

    static Sequences single(quint16 allowed)
    {
        DigitSequence sequence;
        sequence.length = 1;
        sequence.allowed[0] = allowed;
        return { sequence };
    }

    Sequences atom()
    {
        const char c = peek();
        if (isDigit(c)) {
            ++m_pos;
            return single(quint16(1U << (c - '0')));
        }
        if (c == '\\') {
            ++m_pos;
            if (peek() != 'd')
                return fail();
            ++m_pos;
            return single(anyDigit);
        }
        if (c == '[')
            return digitClass();
        if (c == '(') {
            ++m_pos;
            // Capturing or not, a group matches the same strings.
            if (peek() == '?') {
                if (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != ':')
                    return fail(); // look-arounds and flags are outside the subset
                m_pos += 2;
            }
            Sequences inner = alternation();
            if (!m_ok || peek() != ')')
                return fail();
            ++m_pos;
            return inner;
        }
        return fail();
    }

    Sequences digitClass()
    {
        ++m_pos; // '['
        quint16 allowed = 0;
        bool empty = true;
        while (!atEnd() && peek() != ']') {
            const char c = peek();
            if (c == '\\') {
                if (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != 'd')
                    return fail();
                allowed |= anyDigit;
                m_pos += 2;
            } else if (isDigit(c)) {
                char last = c;
                ++m_pos;
                if (peek() == '-' && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1])) {
                    last = m_text[m_pos + 1];
                    m_pos += 2;
                    if (last < c)
                        return fail();
                }
                for (char d = c; d <= last; ++d)
                    allowed |= quint16(1U << (d - '0'));
            } else {
                return fail(); // negation, letters, anything else
            }
            empty = false;
        }
        if (atEnd() || empty)
            return fail();
        ++m_pos; // ']'
        return single(allowed);
    }

    bool readCount(int &value)
    {
        if (!isDigit(peek()))
            return false;
        value = 0;
        while (isDigit(peek())) {
            value = value * 10 + (peek() - '0');
            if (value > 100)
                return false;
            ++m_pos;
        }
        return true;
    }

    Sequences quantified(const Sequences &item)
    {
        int low = 1;
        int high = 1;
        if (peek() == '?') {
            ++m_pos;
            low = 0;
        } else if (peek() == '{') {
            ++m_pos;
            if (!readCount(low))
                return fail();
            high = low;
            if (peek() == ',') {
                ++m_pos;
                if (!readCount(high) || high < low) // {n,} is unbounded: outside the subset
                    return fail();
            }
            if (peek() != '}')
                return fail();
            ++m_pos;
        } else if (peek() == '*' || peek() == '+') {
            return fail();
        } else {
            return item;
        }
        if (peek() == '?' || peek() == '+' || peek() == '{' || peek() == '*')
            return fail(); // lazy or possessive forms, stacked quantifiers
        Sequences result(1);
        for (int i = 0; i < low && m_ok; ++i)
            result = concatenate(result, item);
        Sequences all = result;
        for (int i = low; i < high && m_ok; ++i) {
            result = concatenate(result, item);
            all.insert(all.end(), result.begin(), result.end());
        }
        if (all.size() > m_limit)
            return fail();
        return all;
    }

    Sequences concatenate(const Sequences &first, const Sequences &second)
    {
        Sequences result;
        for (const DigitSequence &a : first) {
            for (const DigitSequence &b : second) {
                if (a.length + b.length > m_maxLength)
                    continue;
                DigitSequence joined = a;
                for (int i = 0; i < b.length; ++i)
                    joined.allowed[size_t(a.length + i)] = b.allowed[size_t(i)];
                joined.length = a.length + b.length;
                result.push_back(joined);
                if (result.size() > m_limit)
                    return fail();
            }
        }
        return result;
    }

    std::string_view m_text;
    size_t m_pos = 0;
    int m_maxLength;
    size_t m_limit;
    bool m_ok = true;
};

// The ten-digit sequences that decide a match: those of a full-match pattern
// that are exactly ten digits long, or for a match at the start, every
// sequence followed by any digits up to ten.
std::optional<std::vector<DigitSequence>> tenDigitSequences(std::string_view pattern, bool atStart)
{
    auto sequences = expandDigitPattern(pattern, nationalLength);
    if (!sequences)
        return std::nullopt;
    std::vector<DigitSequence> result;
    for (DigitSequence sequence : *sequences) {
        if (atStart) {
            for (int i = sequence.length; i < nationalLength; ++i)
                sequence.allowed[size_t(i)] = anyDigit;
            sequence.length = nationalLength;
        }
        if (sequence.length == nationalLength)
            result.push_back(sequence);
    }
    return result;
}

// The number types in the order GetNumberTypeHelper tries them.
enum Desc {
    General,
    Premium,
    TollFree,
    SharedCost,
    Voip,
    Personal,
    Pager,
    Uan,
    Voicemail,
    FixedLine,
    Mobile,
    DescCount
};

const PhoneNumberDesc &descOf(const PhoneMetadata &metadata, int desc)
{
    switch (desc) {
    case General:
        return metadata.general_desc();
    case Premium:
        return metadata.premium_rate();
    case TollFree:
        return metadata.toll_free();
    case SharedCost:
        return metadata.shared_cost();
    case Voip:
        return metadata.voip();
    case Personal:
        return metadata.personal_number();
    case Pager:
        return metadata.pager();
    case Uan:
        return metadata.uan();
    case Voicemail:
        return metadata.voicemail();
    case FixedLine:
        return metadata.fixed_line();
    default:
        return metadata.mobile();
    }
}

// What libphonenumber reads of one region for a ten-digit number.
struct RegionRules {
    QString code;
    int leading = -1; // pattern index of leading_digits, -1 when it has none
    std::array<int, DescCount> pattern {}; // -1: no pattern, which never matches
    std::array<bool, DescCount> lengthFits {}; // possible_length empty or holding 10
    bool sameMobileAndFixedLine = false;
};

struct Built {
    std::unique_ptr<NanpVerdicts> table;
    QString reason;
};

std::atomic<bool> enabledFlag { true };

} // namespace

std::optional<std::vector<DigitSequence>> expandDigitPattern(
    std::string_view pattern, int maxLength, size_t limit)
{
    if (maxLength < 0 || maxLength > int(std::tuple_size<decltype(DigitSequence::allowed)>::value))
        return std::nullopt;
    return PatternParser(pattern, maxLength, limit).parse();
}

int determiningDepth(const DigitSequence &sequence)
{
    for (int i = sequence.length; i > 0; --i) {
        if (sequence.allowed[size_t(i - 1)] != anyDigit)
            return i;
    }
    return 0;
}

int patternDepth(std::string_view pattern, bool atStart)
{
    const auto sequences = tenDigitSequences(pattern, atStart);
    if (!sequences)
        return -1;
    int depth = 0;
    for (const DigitSequence &sequence : *sequences)
        depth = std::max(depth, determiningDepth(sequence));
    return depth;
}

class NanpVerdictsBuilder {
public:
    Built build()
    {
        Built built;
        m_table.reset(new NanpVerdicts);
        built.reason = readRules();
        if (built.reason.isEmpty())
            built.reason = buildTable();
        if (built.reason.isEmpty())
            built.reason = selfCheck();
        if (built.reason.isEmpty())
            built.table = std::move(m_table);
        return built;
    }

private:
    int patternIndex(const std::string &text, bool atStart)
    {
        const auto key = std::make_pair(text, atStart);
        const auto found = m_patternIds.find(key);
        if (found != m_patternIds.end())
            return found->second;
        const auto sequences = tenDigitSequences(text, atStart);
        if (!sequences)
            return -1;
        const int index = int(m_table->m_patterns.size());
        NanpVerdicts::Pattern pattern;
        pattern.text = text;
        pattern.atStart = atStart;
        for (const DigitSequence &sequence : *sequences) {
            pattern.depth = std::max(pattern.depth, determiningDepth(sequence));
            m_sequences.push_back(sequence);
            m_sequencePattern.push_back(index);
            m_sequenceDepth.push_back(determiningDepth(sequence));
        }
        m_table->m_patterns.push_back(pattern);
        m_patternIds.emplace(key, index);
        return index;
    }

    QString readRules()
    {
        const MetadataBlob blob = libraryMetadata();
        if (!blob.data || !m_collection.ParseFromArray(blob.data, blob.size))
            return QStringLiteral("libphonenumber's metadata could not be read");
        std::map<std::string, const PhoneMetadata *> byRegion;
        for (const PhoneMetadata &metadata : m_collection.metadata()) {
            if (metadata.country_code() == 1)
                byRegion.emplace(metadata.id(), &metadata);
        }
        std::list<std::string> regionCodes;
        PhoneNumberUtil::GetInstance()->GetRegionCodesForCountryCallingCode(1, &regionCodes);
        if (regionCodes.empty())
            return QStringLiteral("libphonenumber lists no region for +1");
        for (const std::string &code : regionCodes) {
            const auto found = byRegion.find(code);
            if (found == byRegion.end())
                return QStringLiteral("no metadata for region %1")
                    .arg(QString::fromStdString(code));
            const PhoneMetadata &metadata = *found->second;
            RegionRules rules;
            rules.code = QString::fromStdString(code);
            if (metadata.has_leading_digits()) {
                rules.leading = patternIndex(metadata.leading_digits(), true);
                if (rules.leading < 0)
                    return QStringLiteral("leading digits of %1 outside the pattern subset")
                        .arg(rules.code);
            }
            for (int desc = 0; desc < DescCount; ++desc) {
                const PhoneNumberDesc &d = descOf(metadata, desc);
                const auto &lengths = d.possible_length();
                rules.lengthFits[size_t(desc)] = lengths.empty()
                    || std::find(lengths.begin(), lengths.end(), nationalLength) != lengths.end();
                rules.pattern[size_t(desc)] = -1;
                if (!d.national_number_pattern().empty()) {
                    rules.pattern[size_t(desc)] = patternIndex(d.national_number_pattern(), false);
                    if (rules.pattern[size_t(desc)] < 0)
                        return QStringLiteral("a pattern of %1 outside the pattern subset: %2")
                            .arg(rules.code, QString::fromStdString(d.national_number_pattern()));
                }
            }
            rules.sameMobileAndFixedLine = metadata.same_mobile_and_fixed_line_pattern();
            m_regions.push_back(rules);
            m_table->m_regions.push_back(rules.code);
        }
        for (const NanpVerdicts::Pattern &pattern : m_table->m_patterns)
            m_table->m_provenDepth = std::max(m_table->m_provenDepth, pattern.depth);
        if (m_table->m_provenDepth > NanpVerdicts::maxDepth)
            return QStringLiteral("a pattern is decided only after %1 digits (bound %2)")
                .arg(m_table->m_provenDepth)
                .arg(NanpVerdicts::maxDepth);
        m_table->m_regionBySlot.push_back(QStringLiteral("ZZ"));
        for (const QString &code : m_table->m_regions)
            m_table->m_regionBySlot.push_back(code);
        return QString();
    }

    // GetNumberTypeHelper over known matches.
    static int typeIn(const RegionRules &rules, const std::vector<char> &matches)
    {
        auto fits = [&](int desc) {
            const int pattern = rules.pattern[size_t(desc)];
            return rules.lengthFits[size_t(desc)] && pattern >= 0 && matches[size_t(pattern)];
        };
        if (!fits(General))
            return PhoneNumberUtil::UNKNOWN;
        static const std::pair<Desc, PhoneNumberUtil::PhoneNumberType> specials[] = {
            { Premium, PhoneNumberUtil::PREMIUM_RATE },
            { TollFree, PhoneNumberUtil::TOLL_FREE },
            { SharedCost, PhoneNumberUtil::SHARED_COST },
            { Voip, PhoneNumberUtil::VOIP },
            { Personal, PhoneNumberUtil::PERSONAL_NUMBER },
            { Pager, PhoneNumberUtil::PAGER },
            { Uan, PhoneNumberUtil::UAN },
            { Voicemail, PhoneNumberUtil::VOICEMAIL },
        };
        for (const auto &special : specials) {
            if (fits(special.first))
                return special.second;
        }
        if (fits(FixedLine)) {
            if (rules.sameMobileAndFixedLine || fits(Mobile))
                return PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
            return PhoneNumberUtil::FIXED_LINE;
        }
        if (!rules.sameMobileAndFixedLine && fits(Mobile))
            return PhoneNumberUtil::MOBILE;
        return PhoneNumberUtil::UNKNOWN;
    }

    // GetRegionCodeForNumberFromRegionList, then GetNumberType for that
    // region, as a leaf entry.
    qint32 leafEntry(const std::vector<char> &matches) const
    {
        for (size_t i = 0; i < m_regions.size(); ++i) {
            const RegionRules &rules = m_regions[i];
            const int type = typeIn(rules, matches);
            const bool chosen = rules.leading >= 0 ? matches[size_t(rules.leading)] != 0
                                                   : type != PhoneNumberUtil::UNKNOWN;
            if (chosen)
                return -qint32((i + 1) * 16 + size_t(type));
        }
        return -qint32(PhoneNumberUtil::UNKNOWN);
    }

    // States: 0 no match, 1 match, 2 undecided (some of `candidates` fit).
    qint32 grow(int depth, const std::vector<char> &state, const std::vector<int> &candidates)
    {
        if (std::find(state.begin(), state.end(), char(2)) == state.end()) {
            ++m_table->m_leafCount;
            m_table->m_deepestLeaf = std::max(m_table->m_deepestLeaf, depth);
            return leafEntry(state);
        }
        const qint32 node = qint32(m_table->m_nodes.size());
        m_table->m_nodes.emplace_back();
        for (int digit = 0; digit <= 9; ++digit) {
            const quint16 bit = quint16(1U << digit);
            std::vector<char> next = state;
            std::vector<int> fitting;
            std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(fitting),
                [&](int candidate) {
                    return m_sequences[size_t(candidate)].allowed[size_t(depth)] & bit;
                });
            settle(next, fitting, depth + 1);
            const qint32 entry = grow(depth + 1, next, fitting);
            m_table->m_nodes[size_t(node)][size_t(digit)] = entry;
        }
        return node;
    }

    // Decides the undecided patterns whose fitting sequences settle them after
    // `depth` digits, and drops those patterns' sequences.
    void settle(std::vector<char> &state, std::vector<int> &fitting, int depth) const
    {
        // An undecided pattern that no sequence fits any more does not match.
        std::replace(state.begin(), state.end(), char(2), char(0));
        for (int candidate : fitting) {
            const int pattern = m_sequencePattern[size_t(candidate)];
            if (m_sequenceDepth[size_t(candidate)] <= depth)
                state[size_t(pattern)] = 1; // any remaining digits match
            else if (state[size_t(pattern)] == 0)
                state[size_t(pattern)] = 2;
        }
        fitting.erase(std::remove_if(fitting.begin(), fitting.end(),
                          [&](int candidate) {
                              return state[size_t(m_sequencePattern[size_t(candidate)])] != 2;
                          }),
            fitting.end());
    }

    QString buildTable()
    {
        std::vector<char> state(m_table->m_patterns.size(), char(2));
        std::vector<int> all(m_sequences.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = int(i);
        settle(state, all, 0);
        const qint32 root = grow(0, state, all);
        if (root != 0)
            return QStringLiteral("every number gets the same verdict: not NANP metadata");
        if (m_table->m_deepestLeaf > m_table->m_provenDepth)
            return QStringLiteral("the table is deeper than the proof allows");
        return QString();
    }

    // Compares the table with libphonenumber on the regions' example numbers,
    // so that a libphonenumber whose logic differs from the walk above (a
    // newer version installed later) is noticed at start-up.
    QString selfCheck() const
    {
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        for (const PhoneMetadata &metadata : m_collection.metadata()) {
            if (metadata.country_code() != 1)
                continue;
            for (int desc = 0; desc < DescCount; ++desc) {
                const std::string &example = descOf(metadata, desc).example_number();
                if (example.size() != size_t(nationalLength) || example[0] == '0'
                    || !std::all_of(example.begin(), example.end(),
                        [](char c) { return c >= '0' && c <= '9'; }))
                    continue;
                const quint64 national = std::stoull(example);
                i18n::phonenumbers::PhoneNumber number;
                number.set_country_code(1);
                number.set_national_number(national);
                std::string region;
                util.GetRegionCodeForNumber(number, &region);
                const NanpVerdicts::Verdict verdict = m_table->lookup(national);
                if (verdict.region != QString::fromStdString(region)
                    || verdict.type != util.GetNumberType(number)
                    || verdict.valid != util.IsValidNumber(number))
                    return QStringLiteral("the table and libphonenumber differ on +1 %1")
                        .arg(QString::fromStdString(example));
            }
        }
        return QString();
    }

    std::unique_ptr<NanpVerdicts> m_table;
    PhoneMetadataCollection m_collection;
    std::vector<RegionRules> m_regions;
    std::map<std::pair<std::string, bool>, int> m_patternIds;
    std::vector<DigitSequence> m_sequences;
    std::vector<int> m_sequencePattern;
    std::vector<int> m_sequenceDepth;
};

namespace {

const Built &built()
{
    // Built once, by the first caller; C++ makes the other callers wait.
    static const Built table = NanpVerdictsBuilder().build();
    return table;
}

} // namespace

const NanpVerdicts *NanpVerdicts::instance()
{
    if (!enabledFlag.load(std::memory_order_relaxed))
        return nullptr;
    return built().table.get();
}

QString NanpVerdicts::unavailableReason()
{
    if (!enabledFlag.load(std::memory_order_relaxed))
        return QStringLiteral("disabled");
    return built().reason;
}

void NanpVerdicts::setEnabled(bool enabled)
{
    enabledFlag.store(enabled, std::memory_order_relaxed);
}

NanpVerdicts::Verdict NanpVerdicts::verdictOf(qint32 leaf) const
{
    const qint32 code = -leaf;
    Verdict verdict;
    verdict.region = m_regionBySlot[size_t(code / 16)];
    verdict.type = code % 16;
    verdict.valid = verdict.type != PhoneNumberUtil::UNKNOWN;
    return verdict;
}

NanpVerdicts::Verdict NanpVerdicts::lookup(quint64 national) const
{
    Q_ASSERT(national >= 1000000000ULL && national <= 9999999999ULL);
    quint64 scale = 1000000000ULL;
    qint32 entry = 0;
    for (int depth = 0; depth < nationalLength; ++depth) {
        entry = m_nodes[size_t(entry)][size_t(national / scale % 10)];
        if (entry <= 0)
            break;
        scale /= 10;
    }
    return verdictOf(entry);
}

void NanpVerdicts::visitLeaves(qint32 node, quint64 prefix, int depth,
    const std::function<void(quint64, int, const Verdict &)> &visit) const
{
    for (int digit = 0; digit <= 9; ++digit) {
        const qint32 entry = m_nodes[size_t(node)][size_t(digit)];
        const quint64 next = prefix * 10 + quint64(digit);
        if (entry <= 0)
            visit(next, depth + 1, verdictOf(entry));
        else
            visitLeaves(entry, next, depth + 1, visit);
    }
}

void NanpVerdicts::forEachLeaf(
    const std::function<void(quint64 prefix, int digits, const Verdict &)> &visit) const
{
    visitLeaves(0, 0, 0, visit);
}

} // namespace portdesk::nanp
