// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QTextStream>

namespace portdesk {

// portdesk-cli: the command line contract of DESIGN.md. Parses the global
// options and runs one command through the command table (CommandTable:
// one row a command, each family's rows in its own file, see Commands.h;
// CliOutput: how results are written). The store is opened, and what the
// clock has made due applied, by the commands that need it (CliContext). run() returns the process
// exit status (cli::ExitCode).
class CliApp {
public:
    CliApp(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments); // arguments without the program name

    // True when the command line asks for a command that needs QtGui (PDF
    // output), so that main() can create a QGuiApplication for it.
    static bool needsGui(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portdesk
