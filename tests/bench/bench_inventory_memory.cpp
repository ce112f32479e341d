// SPDX-License-Identifier: Apache-2.0
// bench_inventory_memory: peak memory (VmHWM) of PortDesk's main window with
// a 1,000,000-number inventory open in the Inventory tab and scrolled to the
// end (then to the middle, down a few pages, the last number selected with
// its details). Target: under 150 MiB for the whole process.
//
// The store is bulk-loaded first by this program; the window then runs in a
// child process of its own (this program again, with --measure), so that
// the load does not count in its peak. For comparison, a child that keeps
// every row of the inventory in memory (what QSqlQueryModel does once
// scrolled to the end) is measured too, on the inventory store.
// Both stores, same target: the 1,000,000-number inventory store of
// InventoryBenchStore.h (no cases) and a copy of the full store of
// FullStore.h (the same numbers with 100,000 cases). Exits 1 when the target
// is missed on either.
//   bench_inventory_memory            (PORTDESK_BENCH_DIR: where the stores go,
//                                      the full store kept there)
//   bench_inventory_memory --measure STORE [--keep-all]

#include "FullStore.h"
#include "InventoryBenchStore.h"

#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "models/InventoryModel.h"
#include "service/Services.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace portdesk;

namespace {

// A line of /proc/self/status in KiB (VmHWM: the peak resident set).
qint64 procStatusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

int measure(const QString &path, bool keepAll)
{
    FixedClock clock(inventorybench::benchNow());
    Clock::setInstance(&clock);
    const qint64 startKiB = procStatusKiB("VmHWM");
    StoreStatus status;
    auto store = Store::open(path, &status);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
        return 1;
    }
    if (keepAll) {
        // Every row in memory, as a keep-everything model ends up once scrolled to the end.
        Services service(*store);
        QElapsedTimer timer;
        timer.start();
        const QList<InventoryNumber> all = service.inventory.listInventory(InventoryFilter(), &status);
        std::printf("keep-all rows=%lld ms=%lld hwm_kib=%lld\n", qlonglong(all.size()),
            timer.elapsed(), procStatusKiB("VmHWM"));
        return status.ok() ? 0 : 1;
    }

    QElapsedTimer timer;
    timer.start();
    MainWindow window(*store);
    window.resize(1280, 800);
    window.show();
    window.showView(MainWindow::InventoryViewIndex);
    settle();
    const qint64 openMs = timer.restart();
    auto *table = window.findChild<QTableView *>(QStringLiteral("inventoryTable"));
    auto *model = table ? qobject_cast<InventoryModel *>(table->model()) : nullptr;
    if (!model) {
        std::fprintf(stderr, "no inventory table\n");
        return 1;
    }
    table->scrollToBottom();
    settle();
    const qint64 bottomMs = timer.restart();
    // The last number current: its details and history are read.
    table->setCurrentIndex(model->index(model->rowCount() - 1, 0));
    settle();
    const qint64 selectMs = timer.restart();
    // A drag of the scroll bar to the middle, then a few pages down.
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    settle();
    const qint64 middleMs = timer.restart();
    for (int i = 0; i < 20; ++i) {
        table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        settle();
    }
    const qint64 pagesMs = timer.restart();
    table->scrollToBottom();
    settle();
    const QString last = model->e164At(model->rowCount() - 1);
    std::printf(
        "window rows=%d last=%s open_ms=%lld bottom_ms=%lld select_ms=%lld middle_ms=%lld "
        "pages20_ms=%lld queries=%d cached_pages=%d start_kib=%lld rss_kib=%lld hwm_kib=%lld\n",
        model->rowCount(), qPrintable(last), openMs, bottomMs, selectMs, middleMs, pagesMs,
        model->queryCount(), model->cachedPageCount(), startKiB, procStatusKiB("VmRSS"),
        procStatusKiB("VmHWM"));
    return 0;
}

QHash<QString, QString> runChild(const QString &path, bool keepAll, bool *ok)
{
    QProcess child;
    QStringList args { QStringLiteral("--measure"), path };
    if (keepAll)
        args << QStringLiteral("--keep-all");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    *ok = child.waitForFinished(10 * 60 * 1000) && child.exitStatus() == QProcess::NormalExit
        && child.exitCode() == 0;
    QHash<QString, QString> out;
    const QString line = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    for (const QString &part : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int eq = int(part.indexOf(QLatin1Char('=')));
        if (eq > 0)
            out.insert(part.left(eq), part.mid(eq + 1));
    }
    if (out.isEmpty())
        *ok = false;
    return out;
}

} // namespace

// The window on one store, in a child: 0 when the peak is under the target,
// 1 when it is not, 2 when the child failed. `compare`: also a child that
// keeps every row in memory, for comparison.
int report(const char *label, const QString &path, bool compare)
{
    std::printf("\n  on the %s:\n", label);
    bool ok = false;
    const QHash<QString, QString> window = runChild(path, false, &ok);
    if (!ok) {
        std::fprintf(stderr, "the measuring child failed\n");
        return 2;
    }
    const double peak = mib(window.value(QStringLiteral("hwm_kib")).toLongLong());
    std::printf(
        "  main window, Inventory tab, %s rows: opened in %s ms, scrolled to the end in %s ms "
        "(last row %s), details of the last number %s ms, dragged to the middle %s ms, 20 pages "
        "down %s ms\n",
        qPrintable(window.value(QStringLiteral("rows"))),
        qPrintable(window.value(QStringLiteral("open_ms"))),
        qPrintable(window.value(QStringLiteral("bottom_ms"))),
        qPrintable(window.value(QStringLiteral("last"))),
        qPrintable(window.value(QStringLiteral("select_ms"))),
        qPrintable(window.value(QStringLiteral("middle_ms"))),
        qPrintable(window.value(QStringLiteral("pages20_ms"))));
    std::printf(
        "  page queries %s, pages kept %s; resident at start %.1f MiB, at the end %.1f MiB\n",
        qPrintable(window.value(QStringLiteral("queries"))),
        qPrintable(window.value(QStringLiteral("cached_pages"))),
        mib(window.value(QStringLiteral("start_kib")).toLongLong()),
        mib(window.value(QStringLiteral("rss_kib")).toLongLong()));
    std::printf("  peak memory (VmHWM) of the whole process: %.1f MiB (target < 150 MiB) %s\n",
        peak, peak < 150 ? "OK" : "FAIL");

    if (!compare)
        return peak < 150 ? 0 : 1;
    const QHash<QString, QString> all = runChild(path, true, &ok);
    if (ok)
        std::printf(
            "  for comparison, every row kept in memory (%s rows read in %s ms): peak %.1f MiB\n",
            qPrintable(all.value(QStringLiteral("rows"))),
            qPrintable(all.value(QStringLiteral("ms"))),
            mib(all.value(QStringLiteral("hwm_kib")).toLongLong()));
    return peak < 150 ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && QByteArray(argv[1]) == "--measure") {
        QApplication app(argc, argv);
        return measure(
            QString::fromLocal8Bit(argv[2]), argc >= 4 && QByteArray(argv[3]) == "--keep-all");
    }
    QCoreApplication app(argc, argv);
    const QString base = qEnvironmentVariable("PORTDESK_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty()
            ? QDir::tempPath() + QStringLiteral("/bench_inventory_memory-XXXXXX")
            : base + QStringLiteral("/bench_inventory_memory-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
    double loadSeconds = 0;
    if (!inventorybench::bulkLoad(path, &loadSeconds))
        return 1;
    std::printf("bench_inventory_memory: %d numbers bulk-loaded in %.1f s; the main window runs in "
                "a child process\n",
        inventorybench::inventorySize, loadSeconds);

    // The full store: the same 1,000,000 numbers with 100,000 cases (the
    // queue and the clock's checks see them too). A copy: the window may write.
    const QString full = fullstore::ensure(base.isEmpty() ? QDir::tempPath() : base);
    const QString fullCopy = dir.filePath(QStringLiteral("full.sqlite"));
    if (full.isEmpty() || !QFile::copy(full, fullCopy)) {
        std::fprintf(stderr, "no copy of the full store\n");
        return 1;
    }
    const int onInventory = report("inventory store (1,000,000 numbers, no cases)", path, true);
    const int onFull = report("full store (1,000,000 numbers, 100,000 cases)", fullCopy, false);
    if (onInventory == 2 || onFull == 2)
        return 1;
    const bool met = onInventory == 0 && onFull == 0;
    std::printf("bench_inventory_memory: %s\n", met ? "target met (both stores)" : "target MISSED");
    return met ? 0 : 1;
}
