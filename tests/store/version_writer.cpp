// SPDX-License-Identifier: Apache-2.0
// Helper of tst_versions: one person changing the same case again and
// again. Each round reads the case, then records a new FOC (set-foc, which
// a case in foc-received can take again) naming the version it read, with
// its own store connection:
//   version_writer STORE_URL CASE_ID NAME ROUNDS OFFSET_SECONDS
// Round i's FOC is the tests' FOC plus OFFSET_SECONDS + i seconds, so that
// each applied change is known by its payload. One line per round:
//   applied I VERSION_READ   (the event then has seq VERSION_READ + 1)
//   conflict I VERSION_READ  (refused: case.changed)
//   error I MESSAGE          (anything else: a failure of the test)

#include "core/Clock.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace portdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: version_writer STORE_URL CASE_ID NAME ROUNDS OFFSET\n");
        return 2;
    }
    const qint64 caseId = args.at(2).toLongLong();
    const QString name = args.at(3);
    const int rounds = args.at(4).toInt();
    const int offset = args.at(5).toInt();
    FixedClock clock(QDateTime::fromString(QStringLiteral("2026-03-02T15:00:00Z"), Qt::ISODate));
    Clock::setInstance(&clock);
    const QDateTime foc
        = QDateTime::fromString(QStringLiteral("2026-03-27T14:00:00Z"), Qt::ISODate);

    StoreStatus status;
    auto store = Store::open(args.at(1), &status);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(status.message));
        return 3;
    }
    Services service(*store);
    int errors = 0;
    for (int i = 0; i < rounds; ++i) {
        CaseRecord record;
        StoreStatus read;
        if (!service.cases.loadCase(caseId, &record, &read)) {
            std::printf("error %d %s\n", i, qPrintable(read.message));
            ++errors;
            continue;
        }
        EventArgs stepArgs;
        stepArgs.focAt = foc.addSecs(offset + i);
        ChangeBasis basis = ChangeBasis::atVersion(record.version);
        basis.requestKey = QStringLiteral("%1-%2").arg(name).arg(i);
        const ChangeResult result
            = service.cases.advance(caseId, CaseEvent::SetFoc, Role::Support, stepArgs, basis);
        if (result.ok()) {
            std::printf("applied %d %d\n", i, record.version);
        } else if (result.refused() && result.violations.size() == 1
            && result.violations.first().rule == QLatin1String("case.changed")) {
            std::printf("conflict %d %d\n", i, record.version);
        } else {
            const QString why = result.status.ok() ? result.violations.value(0).rule
                    + QLatin1Char(' ') + result.violations.value(0).message
                                                   : result.status.message;
            std::printf("error %d %s\n", i, qPrintable(why));
            ++errors;
        }
        std::fflush(stdout);
    }
    return errors == 0 ? 0 : 1;
}
