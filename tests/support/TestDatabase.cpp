// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

struct TestDatabase::TempDir
{
    QTemporaryDir dir;
};

namespace {

// The admin URL of the test server: PORTDESK_TEST_PG_URL, else the file the
// test cluster wrote when it started (PORTDESK_TEST_PG_URL_FILE).
QString adminUrl()
{
    const QString url = qEnvironmentVariable("PORTDESK_TEST_PG_URL");
    if (!url.isEmpty())
        return url;
    QFile file(qEnvironmentVariable("PORTDESK_TEST_PG_URL_FILE"));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Runs one statement on the admin database of the test server.
bool adminExec(const QString &statement, QString *error)
{
    const QUrl admin(adminUrl());
    const QString name = QStringLiteral("portdesk-test-admin-%1").arg(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1).isEmpty() ? QStringLiteral("postgres") : admin.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString TestDatabase::engine()
{
    const QString e = qEnvironmentVariable("PORTDESK_TEST_ENGINE");
    return e.isEmpty() ? QStringLiteral("sqlite") : e;
}

TestDatabase::TestDatabase(const QString &tag)
    : m_dir(new TempDir)
{
    if (!isPostgres()) {
        m_path = m_dir->dir.filePath((tag.isEmpty() ? QStringLiteral("store") : tag) + QStringLiteral(".sqlite"));
        m_url = QStringLiteral("sqlite:") + m_path;
        return;
    }
    const QString admin = adminUrl();
    if (admin.isEmpty()) {
        m_error = QStringLiteral("No PostgreSQL test server (PORTDESK_TEST_PG_URL, or the file of "
                                 "PORTDESK_TEST_PG_URL_FILE): the PostgreSQL tests need the "
                                 "test cluster that ctest's postgres fixture starts.");
        return;
    }
    m_database = QStringLiteral("pdtest_%1").arg(QRandomGenerator::global()->generate());
    if (!adminExec(QStringLiteral("CREATE DATABASE ") + m_database, &m_error))
        return;
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + m_database);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_database.isEmpty()) {
        // Connections of the test are closed by now; FORCE ends any stragglers.
        QString error;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_database + QStringLiteral(" WITH (FORCE)"), &error);
    }
    delete m_dir;
}

QString TestDatabase::folder() const
{
    return m_dir->dir.path();
}
