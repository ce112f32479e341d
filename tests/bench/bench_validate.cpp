// SPDX-License-Identifier: Apache-2.0
// bench_validate: how fast PhoneNumbers::checkAll judges a large batch,
// compared with a plain libphonenumber loop on the same input in the same run
// (Parse(input, "US"), IsValidNumber, GetNumberType, GetRegionCodeForNumber
// per number). The target is 4x the plain loop's throughput.
//
// Usage: bench_validate [COUNT [ROUNDS]]   (defaults 100000 and 5)
// Each round times both on the whole input; the best round of each counts,
// and the spread over the rounds is printed. Both are warmed up first on 2000
// numbers (libphonenumber compiles its patterns on first use; checkAll builds
// its NANP table once per process): that first call is timed and printed too.
// checkAll keeps libphonenumber's verdicts in NumberCheck's lib* fields (its
// own verdict follows today's numbering data, which libphonenumber 8.12
// does not know), and those are what is compared.
// Exit status: 0 when every verdict (valid, type, region) is identical and
// the target is met, 1 when a verdict differs or the ratio is under 4. The
// last line says which:
//   bench_validate: plain=N/s checkAll=N/s ratio=R target=4 PASS|FAIL
// No store: checkAll judges numbers on their own (the NANP table and
// libphonenumber), so the full store has nothing to add here; the checks
// against a store are in bench_submit and bench_paste, on both stores.

#include "core/PhoneNumber.h"

#include <QFile>
#include <QSet>
#include <QString>
#include <QStringList>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using i18n::phonenumbers::PhoneNumberUtil;

namespace {

constexpr double target = 4.0;

struct Verdict {
    bool valid = false;
    int type = -1;
    std::string region = "ZZ";
};

template<size_t N> int pick(std::mt19937 &random, const int (&values)[N])
{
    return values[random() % N];
}

QString digits(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

QString notation(int style, int npa, int nxx, int line)
{
    const QString a = digits(npa, 3);
    const QString b = digits(nxx, 3);
    const QString c = digits(line, 4);
    switch (style) {
    case 0:
        return u"+1" + a + b + c;
    case 1:
        return u'(' + a + u") " + b + u'-' + c;
    case 2:
        return a + u'.' + b + u'.' + c;
    case 3:
        return u"1-" + a + u'-' + b + u'-' + c;
    case 4:
        return a + u' ' + b + u' ' + c;
    case 5:
        return u"+1 " + a + u' ' + b + u' ' + c;
    case 6:
        return a + b + c;
    case 7:
        return u"+1 (" + a + u") " + b + u'-' + c;
    default:
        return a + u'-' + b + u'-' + c;
    }
}

// A deterministic batch shaped like real port requests: mostly US numbers of
// many area codes, some toll-free, some Canadian and Caribbean, some US
// territories, some invalid; in every notation people type. Numbers are
// drawn at random, so repeats are as rare as in real batches.
QStringList generate(int count)
{
    static const int usAreaCodes[] = { 201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214,
        215, 216, 217, 218, 219, 224, 225, 228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254,
        256, 260, 262, 267, 269, 270, 276, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 312,
        313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 325, 330, 331, 334, 336, 337, 339, 347,
        351, 352, 360, 361, 385, 386, 401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414,
        415, 417, 419, 423, 424, 425, 430, 432, 434, 435, 440, 443, 469, 470, 475, 478, 479, 480,
        484, 501, 502, 503, 504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517, 518, 520, 530,
        540, 541, 551, 559, 561, 562, 563, 567, 570, 571, 573, 574, 575, 580, 585, 586, 601, 602,
        603, 605, 606, 607, 608, 609, 610, 612, 614, 615, 616, 617, 618, 619, 620, 623, 626, 630,
        631, 636, 641, 646, 650, 651, 657, 660, 661, 662, 678, 682, 701, 702, 703, 704, 706, 707,
        708, 712, 713, 714, 715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 740, 754, 757,
        760, 762, 763, 765, 769, 770, 772, 773, 774, 775, 779, 781, 785, 786, 801, 802, 803, 804,
        805, 806, 808, 810, 812, 813, 814, 815, 816, 817, 818, 828, 830, 831, 832, 843, 845, 847,
        848, 850, 856, 857, 858, 859, 860, 862, 863, 864, 865, 870, 878, 901, 903, 904, 906, 907,
        908, 909, 910, 912, 913, 914, 915, 916, 917, 918, 919, 920, 925, 928, 931, 936, 937, 940,
        941, 947, 949, 951, 952, 954, 956, 970, 971, 972, 973, 978, 979, 980, 985, 989 };
    static const int tollFree[] = { 800, 833, 844, 855, 866, 877, 888 };
    static const int canada[] = { 204, 226, 236, 250, 289, 306, 403, 416, 418, 438, 450, 506, 514,
        519, 587, 604, 613, 647, 705, 709, 778, 780, 807, 819, 867, 902, 905 };
    static const int caribbean[] = { 242, 246, 264, 268, 284, 345, 441, 473, 649, 664, 721, 758,
        767, 784, 809, 829, 849, 868, 869, 876 };
    static const int territories[] = { 340, 670, 671, 684, 787, 939 };
    static const int unassigned[] = { 211, 311, 411, 911, 370, 374, 960, 965, 106, 199 };

    std::mt19937 random(20240611);
    QStringList inputs;
    inputs.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int style = int(random() % 9);
        int nxx = 200 + int(random() % 800);
        int line = int(random() % 10000);
        const int kind = int(random() % 100);
        int npa;
        if (kind < 76) {
            npa = pick(random, usAreaCodes);
        } else if (kind < 82) {
            npa = pick(random, tollFree);
        } else if (kind < 88) {
            npa = pick(random, canada);
        } else if (kind < 91) {
            npa = pick(random, caribbean);
        } else if (kind < 94) {
            npa = pick(random, territories);
        } else if (kind < 96) {
            npa = pick(random, unassigned);
        } else if (kind < 97) {
            npa = pick(random, usAreaCodes); // fictional
            nxx = 555;
            line = 100 + int(random() % 100);
        } else if (kind < 98) {
            // Short, or with an extension: through Parse.
            const QString number = notation(style, pick(random, usAreaCodes), nxx, line);
            inputs.append(random() % 2 ? number.chopped(1) : number + u" ext " + digits(line, 3));
            continue;
        } else if (kind < 99) {
            inputs.append(u"+44 20 7946 " + digits(line, 4));
            continue;
        } else {
            inputs.append(QStringLiteral("call me"));
            continue;
        }
        inputs.append(notation(style, npa, nxx, line));
    }
    return inputs;
}

std::vector<Verdict> plainLoop(const std::vector<std::string> &inputs)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::vector<Verdict> verdicts(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) {
        i18n::phonenumbers::PhoneNumber number;
        if (util.Parse(inputs[i], "US", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
            continue;
        Verdict &v = verdicts[i];
        v.valid = util.IsValidNumber(number);
        v.type = util.GetNumberType(number);
        util.GetRegionCodeForNumber(number, &v.region);
    }
    return verdicts;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Other work on the machine skews the figures: say how busy it was.
QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return "unknown";
    return file.readLine().trimmed();
}

} // namespace

int main(int argc, char **argv)
{
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100000;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
#ifndef NDEBUG
    std::printf("warning: not an optimised build; figures mean little\n");
#endif

    const QStringList inputs = generate(count);
    std::printf("input: %d numbers drawn at random (fixed seed), %d distinct strings: 76%% US area "
                "codes, 6%% toll-free, 6%% Canadian, 3%% Caribbean, 3%% US territories, 2%% N11, "
                "reserved or 0XX/1XX area codes, 1%% fictional 555-01XX, 1%% short or with an "
                "extension, 1%% London, 1%% not a number; in 9 notations\n",
        count, int(QSet<QString>(inputs.begin(), inputs.end()).size()));
    std::printf("load average before: %s\n", loadAverage().constData());
    std::vector<std::string> utf8;
    utf8.reserve(size_t(inputs.size()));
    for (const QString &input : inputs)
        utf8.push_back(input.toStdString());

    // Warm both up (libphonenumber compiles its patterns on first use; the
    // first checkAll also builds the NANP table).
    {
        const std::vector<std::string> few(utf8.begin(), utf8.begin() + std::min(count, 2000));
        auto start = std::chrono::steady_clock::now();
        plainLoop(few);
        const double plainFirst = secondsSince(start);
        start = std::chrono::steady_clock::now();
        portdesk::PhoneNumbers::checkAll(inputs.mid(0, 2000));
        const double fastFirst = secondsSince(start);
        std::printf("first call on %d numbers: plain loop %.1f ms, checkAll %.1f ms (set-up "
                    "included)\n",
            int(few.size()), plainFirst * 1000, fastFirst * 1000);
    }

    double bestPlain = 1e100;
    double bestFast = 1e100;
    double lowRatio = 1e100;
    double highRatio = 0;
    std::vector<Verdict> plain;
    QList<portdesk::NumberCheck> fast;
    for (int round = 1; round <= rounds; ++round) {
        auto start = std::chrono::steady_clock::now();
        plain = plainLoop(utf8);
        const double plainSeconds = secondsSince(start);
        start = std::chrono::steady_clock::now();
        fast = portdesk::PhoneNumbers::checkAll(inputs);
        const double fastSeconds = secondsSince(start);
        bestPlain = std::min(bestPlain, plainSeconds);
        bestFast = std::min(bestFast, fastSeconds);
        lowRatio = std::min(lowRatio, plainSeconds / fastSeconds);
        highRatio = std::max(highRatio, plainSeconds / fastSeconds);
        std::printf("round %d: plain loop %.3f s, checkAll %.3f s, ratio %.2f\n", round,
            plainSeconds, fastSeconds, plainSeconds / fastSeconds);
    }

    int mismatches = 0;
    int valid = 0;
    int tollFree = 0;
    int accepted = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const Verdict &p = plain[size_t(i)];
        const portdesk::NumberCheck &f = fast.at(i);
        if (p.valid != f.libValid || p.type != f.libType
            || QString::fromStdString(p.region) != f.libRegion) {
            if (++mismatches <= 10)
                std::printf("MISMATCH %s: plain valid=%d type=%d region=%s; checkAll valid=%d "
                            "type=%d region=%s\n",
                    utf8[size_t(i)].c_str(), p.valid, p.type, p.region.c_str(), f.libValid,
                    f.libType, qPrintable(f.libRegion));
        }
        valid += p.valid;
        tollFree += f.tollFree;
        accepted += f.ok;
    }

    const double plainRate = count / bestPlain;
    const double fastRate = count / bestFast;
    const double ratio = fastRate / plainRate;
    std::printf("%d numbers: %d valid for libphonenumber, %d accepted, %d toll-free\n", count,
        valid, accepted, tollFree);
    std::printf("plain loop: %.0f numbers/s (best of %d)\n", plainRate, rounds);
    std::printf("checkAll:   %.0f numbers/s (best of %d)\n", fastRate, rounds);
    std::printf("ratio per round: %.2f to %.2f; load average after: %s\n", lowRatio, highRatio,
        loadAverage().constData());
    std::printf("verdicts: %s (%d differ)\n", mismatches ? "DIFFER" : "identical", mismatches);
    const bool pass = mismatches == 0 && ratio >= target;
    std::printf("bench_validate: plain=%.0f/s checkAll=%.0f/s ratio=%.2f target=%.0f %s\n",
        plainRate, fastRate, ratio, target, pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
