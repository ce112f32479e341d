// SPDX-License-Identifier: Apache-2.0
#pragma once

// A real SMTP server on loopback for a test: tests/support/smtp_sink.py
// (Debian's python3-aiosmtpd) run by the system's python3, each message it
// accepts a file in its folder. Stopped by the destructor.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#ifndef PORTDESK_SMTP_SINK
#error "PORTDESK_SMTP_SINK names tests/support/smtp_sink.py"
#endif
#ifndef PORTDESK_SYSTEM_PYTHON
#define PORTDESK_SYSTEM_PYTHON "/usr/bin/python3"
#endif

class SmtpSink {
public:
    SmtpSink() = default;
    ~SmtpSink() { stop(); }
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    // Starts listening (port 0: a free one; else that port, e.g. the one of
    // an earlier start). With user: AUTH required, password from
    // passwordFile. Empty when it listens, else why not.
    QString start(int port = 0, const QString &user = QString(),
        const QString &passwordFile = QString())
    {
        stop();
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QFile::remove(m_dir.filePath(QStringLiteral("port")));
        QStringList args { QStringLiteral(PORTDESK_SMTP_SINK), QStringLiteral("--dir"),
            m_dir.path(), QStringLiteral("--port"), QString::number(port) };
        if (!user.isEmpty())
            args << QStringLiteral("--user") << user << QStringLiteral("--password-file")
                 << passwordFile;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(PORTDESK_SYSTEM_PYTHON), args);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("python3 did not start: ") + m_process.errorString();
        const QDeadlineTimer deadline(20000);
        QFile portFile(m_dir.filePath(QStringLiteral("port")));
        while (!portFile.exists()) {
            if (m_process.state() != QProcess::Running)
                return QStringLiteral("the SMTP sink ended (is python3-aiosmtpd installed?)");
            if (deadline.hasExpired())
                return QStringLiteral("the SMTP sink did not listen within 20 s");
            QThread::msleep(50);
        }
        if (!portFile.open(QIODevice::ReadOnly))
            return QStringLiteral("no port file");
        m_port = portFile.readAll().trimmed().toInt();
        return QString();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    int port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }

    // The messages received so far, in order, each as received (envelope
    // lines first).
    QStringList messages() const
    {
        QStringList out;
        const QDir dir(m_dir.path());
        const QStringList names
            = dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << QString::fromUtf8(f.readAll());
        }
        return out;
    }

    // Forgets the messages received so far.
    void clear()
    {
        const QDir dir(m_dir.path());
        for (const QString &name :
            dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name))
            QFile::remove(dir.filePath(name));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
