// SPDX-License-Identifier: Apache-2.0
// bench_startup: PortDesk's start to first paint (the main window on a store,
// the clock's tick, the queue's first page) against a Qt Widgets hello-world
// built with the same Qt, on an empty store and on the full store (a year of
// a busy team: tests/bench/FullStore.h). CPU time (user + system) of the
// whole process, median of the rounds, run paired round by round.
// Target: full store at most 2x the hello-world.
//   bench_startup [ROUNDS]   (PORTDESK_BENCH_DIR: where the stores go)

#include "ChildRun.h"
#include "FullStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const QString base = qEnvironmentVariable("PORTDESK_BENCH_DIR", QDir::tempPath());
    QDir().mkpath(base);
    const QString full = fullstore::ensure(base);
    if (full.isEmpty())
        return 1;
    QTemporaryDir dir(base + QStringLiteral("/bench_startup-XXXXXX"));
    // PortDesk writes to a store it opens (the clock's steps): copies.
    const QString fullCopy = dir.filePath(QStringLiteral("full.sqlite"));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    if (!fullstore::copyTo(full, fullCopy))
        return 1;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
        env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")));
    env.insert(QStringLiteral("PORTDESK_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const QString portdesk = QStringLiteral(PORTDESK_APP_PATH);
    const QString hello = QStringLiteral(HELLO_WIDGETS_PATH);

    // Once each first, not counted: the store created or upgraded, the
    // clock's steps due on the full store applied, the files in the cache.
    for (const QString &store : { empty, fullCopy }) {
        const childrun::Result warm
            = childrun::run(portdesk, { QStringLiteral("--db"), store }, env);
        if (warm.exitCode != 0) {
            std::fprintf(stderr, "portdesk failed: %s\n", warm.err.constData());
            return 1;
        }
    }
    childrun::run(hello, {}, env);

    std::vector<double> helloCpu, helloWall, emptyCpu, emptyWall, fullCpu, fullWall;
    for (int round = 0; round < rounds; ++round) {
        const childrun::Result h = childrun::run(hello, {}, env);
        const childrun::Result e = childrun::run(portdesk, { QStringLiteral("--db"), empty }, env);
        const childrun::Result f
            = childrun::run(portdesk, { QStringLiteral("--db"), fullCopy }, env);
        if (h.exitCode != 0 || e.exitCode != 0 || f.exitCode != 0) {
            std::fprintf(stderr, "a run failed\n");
            return 1;
        }
        helloCpu.push_back(h.cpuMs);
        helloWall.push_back(h.wallMs);
        emptyCpu.push_back(e.cpuMs);
        emptyWall.push_back(e.wallMs);
        fullCpu.push_back(f.cpuMs);
        fullWall.push_back(f.wallMs);
    }
    const double hc = childrun::median(helloCpu), ec = childrun::median(emptyCpu),
                 fc = childrun::median(fullCpu);
    std::printf(
        "bench_startup: start to first paint, median of %d rounds (CPU = user + system)\n", rounds);
    std::printf(
        "  hello-world           CPU %7.1f ms   wall %7.1f ms\n", hc, childrun::median(helloWall));
    std::printf("  PortDesk, empty store CPU %7.1f ms   wall %7.1f ms   %.2fx\n", ec,
        childrun::median(emptyWall), ec / hc);
    std::printf("  PortDesk, full store  CPU %7.1f ms   wall %7.1f ms   %.2fx (target <= 2.00)\n",
        fc, childrun::median(fullWall), fc / hc);
    const bool met = fc / hc <= 2.0;
    std::printf(
        "bench_startup: hello=%.1f ms empty=%.1f ms full=%.1f ms ratio=%.2f target=2.0 %s\n", hc,
        ec, fc, fc / hc, met ? "PASS" : "FAIL");
    return met ? 0 : 1;
}
