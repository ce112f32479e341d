// SPDX-License-Identifier: Apache-2.0
// Helper of tst_crashsafety: submits port-ins in a loop and prints each new
// case id on its own line once submitPortIn has returned (the commit is
// done), flushing stdout, until it is killed.
//   crash_writer STORE_URL RUN
// RUN picks the exchange of the numbers so that every run uses new ones.

#include "core/PortRequest.h"
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
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crash_writer STORE_URL RUN\n");
        return 2;
    }
    const int run = args.at(2).toInt();
    FixedClock clock(QDateTime::fromString(QStringLiteral("2026-03-02T15:00:00Z"), Qt::ISODate));
    Clock::setInstance(&clock);

    StoreStatus status;
    auto store = Store::open(args.at(1), &status);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(status.message));
        return 3;
    }
    Services service(*store);
    for (int i = 0; i < 10000; ++i) {
        PortInRequest request;
        request.productType = ProductType::BusinessCalling;
        request.adminEmail = QStringLiteral("admin@example.com");
        request.requestedPortAt
            = QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00-04:00"), Qt::ISODate);
        CarrierGroup group;
        group.btn = QStringLiteral("+12064449900");
        group.authorizingPerson = QStringLiteral("Jane Roe");
        group.authorizingTitle = QStringLiteral("Office Manager");
        group.authorizingPhone = QStringLiteral("+12064449911");
        group.customerType = CustomerType::Business;
        group.portScope = PortScope::Full;
        group.customerName = QStringLiteral("Example Corp");
        group.serviceAddress = ServiceAddress { QStringLiteral("1 Main St"),
            QStringLiteral("Seattle"), QStringLiteral("WA"), QStringLiteral("98101") };
        // Exchanges 320-369: none is an N11 code.
        group.numbers << QStringLiteral("+1206%1%2").arg(320 + run).arg(i, 4, 10, QLatin1Char('0'));
        request.carriers << group;
        const ChangeResult result = service.cases.submitPortIn(request);
        if (!result.ok()) {
            std::fprintf(stderr, "submit refused or failed: %s\n",
                qPrintable(result.status.ok() ? result.violations.value(0).message
                                              : result.status.message));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(result.id));
        std::fflush(stdout);
    }
    return 0;
}
