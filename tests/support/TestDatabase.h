// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// A fresh, empty store for one test, on the engine named by the environment:
// PORTDESK_TEST_ENGINE=sqlite (default: a file in a temporary folder) or
// postgresql (a new database on the test server: PORTDESK_TEST_PG_URL, else the URL in
// the file PORTDESK_TEST_PG_URL_FILE that the test cluster writes; dropped
// again by the destructor).
class TestDatabase
{
public:
    explicit TestDatabase(const QString &tag = QString());
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static QString engine();        // "sqlite" or "postgresql"
    static bool isPostgres() { return engine() == QLatin1String("postgresql"); }

    bool isValid() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    QString sqlitePath() const { return m_path; }   // empty on PostgreSQL
    QString folder() const;                          // a temporary folder for other files

private:
    QString m_url;
    QString m_path;
    QString m_database;
    QString m_error;
    struct TempDir;
    TempDir *m_dir;
};
