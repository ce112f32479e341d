// SPDX-License-Identifier: Apache-2.0
// A writer killed with SIGKILL at random moments, again and again, on one
// SQLite store: after each kill the store opens, passes SQLite's integrity
// check, and holds every case the writer reported as submitted.

#include "TestDatabase.h"

#include "store/Store.h"
#include "store/StoreCheck.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace portdesk;

class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothing()
    {
        const QString writer = qEnvironmentVariable("PORTDESK_CRASH_WRITER");
        QVERIFY2(QFileInfo(writer).isExecutable(), "PORTDESK_CRASH_WRITER must name crash_writer");
        if (TestDatabase::isPostgres())
            QSKIP("SQLite only: a server outlives its clients");
        TestDatabase db;
        const int runs = 24;
        const int earlyRuns = 3;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed); // to replay a failing sequence of kill moments
        QRandomGenerator random(seed);
        int runsWithOutput = 0;
        qint64 reported = 0;

        for (int run = 0; run < runs; ++run) {
            QProcess process;
            process.setProcessChannelMode(QProcess::SeparateChannels);
            process.start(writer, { db.url(), QString::number(run) });
            QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
            // The first kills land at once, while the store is being created
            // or opened; the others once the writer is submitting, at a
            // random moment of its loop, however slow the machine is.
            const bool early = run < earlyRuns;
            QByteArray out;
            QElapsedTimer timer;
            timer.start();
            while (!early && !out.contains('\n') && timer.elapsed() < 20000
                && process.state() == QProcess::Running) {
                process.waitForReadyRead(100);
                out += process.readAllStandardOutput();
            }
            const int delayMs = random.bounded(early ? 0 : 1, early ? 30 : 300);
            timer.restart();
            while (timer.elapsed() < delayMs && process.state() == QProcess::Running) {
                process.waitForReadyRead(int(qMax<qint64>(1, delayMs - timer.elapsed())));
                out += process.readAllStandardOutput();
            }
            QVERIFY2(process.state() == QProcess::Running,
                qPrintable(QStringLiteral("the writer stopped by itself: ")
                    + QString::fromLocal8Bit(process.readAllStandardError())));
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(5000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            out += process.readAllStandardOutput();

            // Only whole lines count: a line cut short was never reported.
            QList<qint64> ids;
            const QList<QByteArray> lines = out.split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                ids << lines.at(i).toLongLong();
            reported += ids.size();
            runsWithOutput += ids.isEmpty() ? 0 : 1;

            StoreStatus status;
            auto store = Store::open(db.url(), &status);
            QVERIFY2(store, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(status.message)));
            // The writer had the store open when it was killed (it printed a
            // case): the open says so, and the store gets its full check.
            if (!ids.isEmpty())
                QVERIFY2(store->previousSessionEndedAbruptly(),
                    qPrintable(QStringLiteral("run %1: the crash went unnoticed").arg(run)));
            QString summary;
            const StoreStatus check = StoreCheck::run(*store, StoreCheck::Depth::Everything, &summary);
            QVERIFY2(check.ok(), qPrintable(check.message));
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            q.finish();
            QVERIFY(q.prepare(
                QStringLiteral("SELECT COUNT(*) FROM case_events e JOIN case_numbers n "
                               "ON n.case_id = e.case_id WHERE e.case_id = ? AND e.seq = 1")));
            for (qint64 id : std::as_const(ids)) {
                q.addBindValue(id);
                QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
                QVERIFY2(q.value(0).toInt() == 1,
                    qPrintable(QStringLiteral("run %1: case %2 was reported but is not whole")
                                   .arg(run)
                                   .arg(id)));
            }
        }
        qInfo(
            "%d kills, %d with cases reported, %lld cases checked", runs, runsWithOutput, reported);
        QVERIFY(runsWithOutput >= runs - earlyRuns);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
