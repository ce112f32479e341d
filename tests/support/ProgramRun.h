// SPDX-License-Identifier: Apache-2.0
#pragma once

// One run of a PortDesk program (portdesk-cli, usually) as the tests run
// it: PORTDESK_DB removed from its environment, so that a developer's own
// store is never used, and the variables given set (XDG_DATA_HOME and
// XDG_CONFIG_HOME keep the machine's per-user store and settings out).
// A program still running after two minutes is killed (exit code -1).

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject object() const { return json().object(); }
};

// input: what the program reads on standard input (then closed; by default
// nothing).
inline ProgramRun runProgram(const QString &program, const QStringList &args,
    const QHash<QString, QString> &env = {}, const QByteArray &input = QByteArray())
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PORTDESK_DB"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    p.setProcessEnvironment(environment);
    p.start(program, args);
    if (!input.isEmpty() && p.waitForStarted(120000))
        p.write(input);
    p.closeWriteChannel();
    ProgramRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
