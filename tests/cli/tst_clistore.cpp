// SPDX-License-Identifier: Apache-2.0
// portdesk-cli on the store itself, through the real binary: store check
// (clean and damaged), --read-only (and a store the user cannot write, which
// opens read-only by itself), case list --limit, and the full check after a
// PortDesk ended with the store open. On the engine PORTDESK_TEST_ENGINE names.

#include "ProgramRun.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>

#include <unistd.h>

namespace {

using Run = ProgramRun;

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

// A port-in of one Seattle number whose FOC comes due on 2026-12-14.
QByteArray request(int n)
{
    return QStringLiteral(R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com",
  "requestedPortAt": "2026-12-15T10:00:00-05:00", "btnOption": "eachNumberOwnBtn",
  "carriers": [{"carrier": "Example Telecom", "btn": "+1206444%1",
    "authorizingPerson": "Jane Roe", "accountNumber": "12345678", "pin": "9876",
    "authorizingTitle": "Office Manager", "authorizingPhone": "+12064449911",
    "customerType": "business", "portType": "full",
    "customerName": "Example Corp",
    "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
    "numbers": ["+1206444%1"]}]})")
        .arg(1000 + n)
        .toUtf8();
}

} // namespace

class TestCliStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    std::unique_ptr<TestDatabase> m_db;

    // One run of portdesk-cli on the test's store; `prefix` goes before it
    // (runuser, to run as another user).
    Run cli(const QStringList &args, const QStringList &prefix = {},
        const QHash<QString, QString> &env = {})
    {
        QStringList all = prefix;
        if (!prefix.isEmpty())
            all << QStringLiteral(PORTDESK_CLI_PATH);
        all << QStringLiteral("--db") << m_db->url() << QStringLiteral("--now")
            << QStringLiteral("2026-12-01T15:00:00Z") << args;
        QHash<QString, QString> environment = env;
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_files.path());
        return runProgram(
            prefix.isEmpty() ? QStringLiteral(PORTDESK_CLI_PATH) : all.takeFirst(), all,
            environment);
    }

    // Submits `count` port-ins; true when each printed its id.
    bool submit(int count, int first = 0)
    {
        for (int i = first; i < first + count; ++i) {
            const QString file = m_files.filePath(QStringLiteral("request-%1.json").arg(i));
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(request(i)) < 0)
                return false;
            f.close();
            const Run r = cli({ QStringLiteral("port-in"), QStringLiteral("submit"), file });
            if (r.exitCode != 0) {
                qWarning("%s", qPrintable(describe(r)));
                return false;
            }
        }
        return true;
    }

    static int caseCount(const Run &r) { return int(r.json().array().size()); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        QVERIFY(submit(3));
    }

    void cleanup() { m_db.reset(); }

    void storeCheckOfAHealthyStore()
    {
        const Run text = cli({ QStringLiteral("store"), QStringLiteral("check") });
        QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
        QVERIFY2(text.out.contains(QLatin1String("no damage found")), qPrintable(text.out));
        const Run json = cli({ QStringLiteral("--json"), QStringLiteral("store"),
            QStringLiteral("check"), QStringLiteral("--quick") });
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        QCOMPARE(json.json().object().value(QStringLiteral("ok")).toBool(), true);
        const Run bad
            = cli({ QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("x") });
        QCOMPARE(bad.exitCode, 2);
    }

    // Damage in the middle of the file: the store opens (only its header
    // and schema are read), the check finds it and exits 3.
    // Secrets at rest (issue 15): with another person's key the store opens,
    // lists and shows each secret as unreadable; store keys says so (exit 1);
    // a new port-in is refused; on PostgreSQL the other key asks for access
    // and reads the secrets once store grant-keys gave it the store's key.
    void storeKeysAndAnotherKey()
    {
        const QHash<QString, QString> other { { QStringLiteral("PORTDESK_STORE_KEY"),
            QString::fromLatin1(QByteArray(32, 'B').toBase64()) } };
        const Run mine = cli({ QStringLiteral("--json"), QStringLiteral("store"),
            QStringLiteral("keys") });
        QVERIFY2(mine.exitCode == 0, qPrintable(describe(mine)));
        QCOMPARE(mine.json().object().value(QStringLiteral("readable")).toBool(), true);
        QCOMPARE(mine.json().object().value(QStringLiteral("keys")).toArray().size(), 1);

        const Run keys = cli({ QStringLiteral("store"), QStringLiteral("keys") }, {}, other);
        QVERIFY2(keys.exitCode == 1, qPrintable(describe(keys)));
        QVERIFY2(keys.err.contains(QLatin1String("store.key-unavailable")), qPrintable(keys.err));
        const Run list = cli({ QStringLiteral("--json"), QStringLiteral("case"),
            QStringLiteral("list") }, {}, other);
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        QCOMPARE(caseCount(list), 3);
        // The case shows, its secrets masked; a reveal is refused (nothing
        // can be read, and nothing is recorded as revealed).
        const Run show = cli({ QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1") },
            {}, other);
        QVERIFY2(show.exitCode == 0, qPrintable(describe(show)));
        QVERIFY2(show.out.contains(QStringLiteral("\u2022\u2022\u2022")), qPrintable(show.out));
        QVERIFY2(!show.out.contains(QLatin1String("pdsealed")), qPrintable(show.out));
        const Run reveal = cli({ QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1"),
            QStringLiteral("--reveal") }, {}, other);
        QVERIFY2(reveal.exitCode == 1, qPrintable(describe(reveal)));
        QVERIFY2(reveal.err.contains(QLatin1String("store.key-unavailable")), qPrintable(reveal.err));
        QVERIFY2(!reveal.out.contains(QLatin1String("12345678")), qPrintable(reveal.out));
        const QString file = m_files.filePath(QStringLiteral("request-9.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(request(9)) > 0);
        f.close();
        const Run refused = cli({ QStringLiteral("port-in"), QStringLiteral("submit"), file }, {}, other);
        QVERIFY2(refused.exitCode == 1, qPrintable(describe(refused)));
        QVERIFY2(refused.err.contains(QLatin1String("store.key-unavailable")), qPrintable(refused.err));
        const Run grantedNothing = cli({ QStringLiteral("store"), QStringLiteral("grant-keys") }, {}, other);
        QCOMPARE(grantedNothing.exitCode, 1);

        if (!TestDatabase::isPostgres())
            return; // a SQLite file has one owner: nobody asks for its key
        const Run grant = cli({ QStringLiteral("store"), QStringLiteral("grant-keys") });
        QVERIFY2(grant.exitCode == 0, qPrintable(describe(grant)));
        QVERIFY2(grant.out.contains(QLatin1String("Granted")), qPrintable(grant.out));
        const Run revealed = cli({ QStringLiteral("case"), QStringLiteral("show"),
            QStringLiteral("1"), QStringLiteral("--reveal") }, {}, other);
        QVERIFY2(revealed.out.contains(QLatin1String("12345678")), qPrintable(revealed.out));
    }

    void storeCheckFindsDamage()
    {
        if (TestDatabase::isPostgres())
            QSKIP("A damaged file is a SQLite matter");
        QVERIFY(submit(60, 10)); // enough pages to damage one in the middle
        QFile file(m_db->sqlitePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        QVERIFY(bytes.size() / pageSize > 12);
        for (int i = 9 * pageSize; i < 10 * pageSize; ++i)
            bytes[i] = char(0x5a ^ (i & 0xff));
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        const Run r
            = cli({ QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("--quick") });
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
    }

    // A file cut off (shorter than its header says, no write-ahead log
    // pending): refused at open, left as it is, exit 3.
    void cutOffStoreIsRefusedAtOpen()
    {
        if (TestDatabase::isPostgres())
            QSKIP("A cut-off file is a SQLite matter");
        QVERIFY(submit(60, 10));
        const QString path = m_db->sqlitePath();
        // Every program has ended: the log is in the file and removed.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QFile file(path);
        const qint64 whole = file.size();
        QVERIFY(file.resize(whole - 4 * 4096));
        const qint64 cut = file.size();
        const Run r = cli({ QStringLiteral("case"), QStringLiteral("list") });
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("shorter than its own header")), qPrintable(r.err));
        QCOMPARE(QFileInfo(path).size(), cut); // untouched
    }

    // --read-only: lists and shows work, a change is refused (exit 3, the
    // reason named), and what the clock made due is said, not applied.
    void readOnlyListsAndRefusesChanges()
    {
        const QStringList late = { QStringLiteral("--read-only"), QStringLiteral("--now"),
            QStringLiteral("2027-02-01T15:00:00Z") };
        const Run list = cli(late
            + QStringList {
                QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list") });
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        QCOMPARE(caseCount(list), 3);
        const Run show = cli(late
            + QStringList { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1") });
        QVERIFY2(show.exitCode == 0, qPrintable(describe(show)));
        const Run advance = cli(late
            + QStringList { QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("1"),
                QStringLiteral("portable"), QStringLiteral("--as"), QStringLiteral("support") });
        QVERIFY2(advance.exitCode == 3, qPrintable(describe(advance)));
        QVERIFY2(advance.err.contains(QLatin1String("read-only")), qPrintable(advance.err));
        // The state is unchanged: read again without --read-only at the old time.
        const Run after = cli({ QStringLiteral("--json"), QStringLiteral("case"),
            QStringLiteral("show"), QStringLiteral("1") });
        QCOMPARE(after.json().object().value(QStringLiteral("state")).toString(),
            QStringLiteral("submitted"));
    }

    // A number deleted more than 7 days ago is due to be purged: read-only,
    // it stays, and the run says that the clock's steps were not applied.
    void readOnlySaysWhatTheClockDidNotApply()
    {
        const QString file = m_files.filePath(QStringLiteral("inventory.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"PhoneNumbers": [{"PhoneNumberId": "+12064445101",
            "E164PhoneNumber": "+12064445101", "Country": "US", "Type": "Local",
            "ProductType": "BusinessCalling", "Status": "Unassigned", "Associations": [],
            "CreatedTimestamp": "2026-10-01T12:00:00.000Z",
            "UpdatedTimestamp": "2026-10-02T12:00:00.000Z"}]})");
        f.close();
        Run r = cli({ QStringLiteral("inventory"), QStringLiteral("import"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = cli({ QStringLiteral("inventory"), QStringLiteral("delete"),
            QStringLiteral("+12064445101") });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QStringList later = { QStringLiteral("--now"), QStringLiteral("2026-12-20T15:00:00Z"),
            QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list") };
        r = cli(QStringList { QStringLiteral("--read-only") } + later);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().array().size(), 1);
        QVERIFY2(r.err.contains(QLatin1String("not applied")), qPrintable(r.err));
        // Without --read-only the purge happens and nothing is said.
        r = cli(later);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().array().size(), 0);
        QVERIFY2(!r.err.contains(QLatin1String("not applied")), qPrintable(r.err));
    }

    // A store file the user cannot write opens read-only by itself. Run as
    // another user when the tests run as root (root may write any file).
    void unwritableStoreOpensReadOnly()
    {
        if (TestDatabase::isPostgres())
            QSKIP("File modes are a SQLite matter");
        QStringList prefix;
        const QString path = m_db->sqlitePath();
        if (::geteuid() == 0) {
            // Another user reads the store through a folder it may enter
            // but not write.
            const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
            if (runuser.isEmpty())
                QSKIP("runuser is not installed");
            prefix
                = { runuser, QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--") };
            for (QString dir = QFileInfo(path).absolutePath(); dir != QLatin1String("/");
                 dir = QFileInfo(dir).absolutePath())
                QFile::setPermissions(dir, QFile::permissions(dir) | QFile::ExeOther);
            QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadOther);
            QFile::setPermissions(m_files.path(),
                QFile::permissions(m_files.path()) | QFile::ExeOther | QFile::WriteOther
                    | QFile::ReadOther);
        } else {
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        }
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run list = cli(
            { QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list") }, prefix);
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        QCOMPARE(caseCount(list), 3);
        const Run change = cli({ QStringLiteral("voice-connector"), QStringLiteral("create"),
                                   QStringLiteral("pbx-west") },
            prefix);
        QVERIFY2(change.exitCode == 3, qPrintable(describe(change)));
        QVERIFY2(change.err.contains(QLatin1String("read-only for you")), qPrintable(change.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void caseListLimit()
    {
        const Run two = cli({ QStringLiteral("--json"), QStringLiteral("case"),
            QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2") });
        QVERIFY2(two.exitCode == 0, qPrintable(describe(two)));
        const QJsonArray rows = two.json().array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("id")).toInt(), 2);
        const Run bad = cli({ QStringLiteral("case"), QStringLiteral("list"),
            QStringLiteral("--limit"), QStringLiteral("0") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--limit")), qPrintable(bad.err));
    }

    // A PortDesk killed with the store open: the next run checks every page
    // first and says so, once.
    void killedProgramLeadsToAFullCheck()
    {
        if (TestDatabase::isPostgres())
            QSKIP("The session marks are for SQLite stores");
        // 3,000 numbers: their CSV is more than a pipe holds.
        QByteArray json = "{\"PhoneNumbers\": [";
        for (int i = 0; i < 3000; ++i)
            json += QStringLiteral(
                "%1{\"E164PhoneNumber\": \"+1503444%2\", \"Type\": \"Local\", "
                "\"ProductType\": \"BusinessCalling\", \"Status\": \"Unassigned\"}")
                        .arg(i ? QStringLiteral(",") : QString())
                        .arg(2000 + i)
                        .toUtf8();
        json += "]}";
        const QString file = m_files.filePath(QStringLiteral("many.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const Run imported = cli({ QStringLiteral("inventory"), QStringLiteral("import"), file });
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));

        // An export whose output nobody reads: it waits on the full pipe
        // with the store open (no event loop runs here to drain it).
        QProcess stuck;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_files.path());
        stuck.setProcessEnvironment(env);
        stuck.start(QStringLiteral(PORTDESK_CLI_PATH),
            { QStringLiteral("--db"), m_db->url(), QStringLiteral("--now"),
                QStringLiteral("2026-12-01T15:00:00Z"), QStringLiteral("inventory"),
                QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY(stuck.waitForStarted());
        const QDir marks(m_files.filePath(QStringLiteral("PortDesk/sessions")));
        QElapsedTimer waited;
        waited.start();
        while (marks.entryList(QDir::Files).isEmpty() && waited.elapsed() < 20000)
            QThread::msleep(20);
        QVERIFY2(!marks.entryList(QDir::Files).isEmpty(), "no session mark appeared");
        QThread::msleep(200);
        QCOMPARE(stuck.state(), QProcess::Running);
        stuck.kill();
        QVERIFY(stuck.waitForFinished());

        const Run next = cli({ QStringLiteral("case"), QStringLiteral("list") });
        QVERIFY2(next.exitCode == 0, qPrintable(describe(next)));
        QVERIFY2(
            next.err.contains(QLatin1String("without closing this store")), qPrintable(next.err));
        QVERIFY2(next.err.contains(QLatin1String("no damage found")), qPrintable(next.err));
        const Run again = cli({ QStringLiteral("case"), QStringLiteral("list") });
        QVERIFY2(!again.err.contains(QLatin1String("without closing")), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_clistore.moc"
