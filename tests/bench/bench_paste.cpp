// SPDX-License-Identifier: Apache-2.0
// bench_paste: the longest the GUI thread is away from its event loop while
// 20,000 numbers are pasted into the port-in wizard's numbers page and
// checked (target: never over 50 ms), on an empty store and on the full
// store (1,000,000 numbers, 100,000 cases, half open). A 2 ms timer on the
// GUI thread measures the gaps; the time until every verdict is in is shown
// beside it.
//   bench_paste   (PORTDESK_BENCH_DIR: where the stores go; the full store is
//   built there once, or copied from /work/fullstore if that exists)

#include "FullStore.h"

#include "core/Clock.h"
#include "service/Services.h"
#include "store/Store.h"
#include "wizard/NumbersPage.h"
#include "wizard/PasteEdit.h"
#include "wizard/PortInWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace portdesk;

namespace {

struct Figures {
    bool ok = false;
    qint64 longestStall = 0; // ms
    qint64 allVerdicts = 0; // ms from the paste, the 300 ms pause after typing included
};

QString pastedText()
{
    QStringList numbers;
    for (int i = 0; i < 10000; ++i)
        numbers << QStringLiteral("(206) 444-%1").arg(i, 4, 10, QLatin1Char('0'));
    for (int i = 0; i < 9000; ++i)
        numbers << QStringLiteral("425.444.%1").arg(i, 4, 10, QLatin1Char('0'));
    for (int i = 0; i < 1000; ++i)
        numbers << QStringLiteral("+1 416 444 %1").arg(i, 4, 10, QLatin1Char('0'));
    return numbers.join(QLatin1Char('\n'));
}

Figures pasteInto(const QString &url)
{
    Figures f;
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(url, &status);
    if (!store) {
        std::printf("  cannot open %s: %s\n", qPrintable(url), qPrintable(status.message));
        return f;
    }
    Services services(*store);
    auto wizard = std::make_unique<PortInWizard>(services);
    wizard->show();
    auto *page = qobject_cast<NumbersPage *>(wizard->page(PortInWizard::NumbersPageId));
    auto *edit = page->findChild<PasteEdit *>(QStringLiteral("pasteEdit"));
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QApplication::processEvents();

    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout,
        [&]() { f.longestStall = qMax(f.longestStall, sinceTick.restart()); });
    const QString text = pastedText();
    QApplication::clipboard()->setText(text);
    edit->setFocus();
    ticker.start();
    sinceTick.start();
    QElapsedTimer clock;
    clock.start();
    edit->paste(); // as Ctrl+V does
    while (page->isValidating() && clock.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    f.allVerdicts = clock.elapsed();
    // The last gap, up to the first tick after the last verdict.
    sinceTick.restart();
    QElapsedTimer tail;
    tail.start();
    while (tail.elapsed() < 100)
        QApplication::processEvents();
    ticker.stop();
    const NumberLinesModel::Counts c = page->lines()->counts();
    f.ok = c.total == 20000 && c.pending == 0 && c.refused >= 1000;
    std::printf("  %d lines: %d valid, %d refused, %d duplicates; all verdicts in %lld ms; "
                "longest stall %lld ms\n",
        c.total, c.valid, c.refused, c.duplicates, f.allVerdicts, f.longestStall);
    wizard.reset();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    FixedClock clock(inventorybench::benchNow());
    Clock::setInstance(&clock);

    const QString base = qEnvironmentVariable("PORTDESK_BENCH_DIR");
    const QString dirPath
        = base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_paste") : base;
    QDir().mkpath(dirPath);
    QTemporaryDir work(dirPath + QStringLiteral("/paste-XXXXXX"));

    std::printf("empty store:\n");
    const Figures empty
        = pasteInto(QStringLiteral("sqlite:") + work.filePath(QStringLiteral("empty.sqlite")));

    // The full store, copied: the wizard saves drafts into it.
    QString full = QStringLiteral("/work/fullstore/full-store.sqlite");
    if (!QFileInfo::exists(full))
        full = fullstore::ensure(dirPath);
    const QString copy = work.filePath(QStringLiteral("full.sqlite"));
    std::printf("full store (%s, copied):\n", qPrintable(full));
    Figures fullFigures;
    if (!full.isEmpty() && QFile::copy(full, copy))
        fullFigures = pasteInto(QStringLiteral("sqlite:") + copy);
    else
        std::printf("  no full store\n");

    const bool pass
        = empty.ok && fullFigures.ok && empty.longestStall <= 50 && fullFigures.longestStall <= 50;
    std::printf("bench_paste: empty=%lld ms full=%lld ms target=50 %s\n", empty.longestStall,
        fullFigures.longestStall, pass ? "PASS" : "FAIL");
    Clock::setInstance(nullptr);
    return pass ? 0 : 1;
}
