// SPDX-License-Identifier: Apache-2.0
#include "SecretInput.h"

#include "CliOutput.h"
#include "CommandCall.h"

#include "core/Violation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace portdesk::cli {

namespace {

// Standard input, read a line at a time by every secret of the run (one
// stream: two secrets from stdin are its first and second lines).
QTextStream &standardInput()
{
    static QTextStream in(stdin);
    return in;
}

void warn(CliContext &ctx, const QString &field, const QString &rule, const QString &message)
{
    ctx.report(Violation { field, rule, message, Violation::Severity::Warning });
}

// One line typed at the terminal, not echoed.
QString promptHidden(const QString &prompt, QTextStream &err)
{
    err << prompt;
    err.flush();
    termios before {};
    const bool terminal = tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString line = standardInput().readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
    return line;
}

} // namespace

bool readSecret(const CommandCall &call, const SecretOption &option, CliContext &ctx,
    QString *value, bool *given, QString *error)
{
    value->clear();
    *given = false;
    const QString name = QString::fromLatin1(option.name);
    const QString fileName = QString::fromLatin1(option.fileOption);
    const bool inline_ = call.isSet(option.name);
    const bool fromFile = call.isSet(option.fileOption);
    if (inline_ && fromFile) {
        *error = QCoreApplication::translate("CliApp", "Give --%1 or --%2, not both.")
                     .arg(name, fileName);
        return false;
    }
    if (fromFile && call.value(option.fileOption) == QLatin1String("-")) {
        *value = standardInput().readLine().trimmed();
    } else if (fromFile) {
        const QString path = call.value(option.fileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("CliApp", "--%1: cannot read %2: %3")
                         .arg(fileName, path, file.errorString());
            return false;
        }
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (QFileInfo(path).permissions() & others)
            warn(ctx, fileName, fileName + QStringLiteral(".readable-by-others"),
                QCoreApplication::translate("CliApp",
                    "%1 may be read by its group or by others; keep the %2 in a file only "
                    "you can read (chmod 600 %1).")
                    .arg(path, option.label));
        *value = QString::fromUtf8(file.readLine()).trimmed();
    } else if (inline_ && call.value(option.name) == QLatin1String("-")) {
        *value = standardInput().readLine().trimmed();
    } else if (inline_) {
        *value = call.value(option.name);
        warn(ctx, name, name + QStringLiteral(".on-command-line"),
            QCoreApplication::translate("CliApp",
                "The %1 given with --%2 is visible to other users of this machine (in ps) and "
                "stays in your shell history; use --%3 FILE or --%2 - (standard input) instead.")
                .arg(option.label, name, fileName));
        *given = true;
        return true;
    } else if (!option.prompt.isEmpty() && isatty(STDIN_FILENO)) {
        *value = promptHidden(option.prompt, ctx.terminal).trimmed();
    } else {
        return true;
    }
    if (value->isEmpty()) {
        *error = fromFile && call.value(option.fileOption) != QLatin1String("-")
            ? QCoreApplication::translate("CliApp", "--%1: the first line of %2 is empty; it "
                                                    "must hold the %3.")
                  .arg(fileName, call.value(option.fileOption), option.label)
            : QCoreApplication::translate("CliApp", "No %1 was read from standard input.")
                  .arg(option.label);
        return false;
    }
    *given = true;
    return true;
}

} // namespace portdesk::cli
