#pragma once

#include "core/CaseStateMachine.h"
#include "core/CaseRecord.h"

#include <QStringList>
#include <QTextStream>

namespace portdesk {

class Store;

// portdesk-cli: the command line contract of DESIGN.md. Parses the global
// options, opens the store, applies the transitions the clock has made due,
// and runs one command. run() returns the process exit status.
class CliApp
{
public:
    enum ExitCode { Done = 0, Refused = 1, BadUsage = 2, StoreUnavailable = 3 };

    CliApp(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);   // arguments without the program name

    // True when the command line asks for a command that needs QtGui (PDF
    // output), so that main() can create a QGuiApplication for it.
    static bool needsGui(const QStringList &arguments);

private:
    struct Context;
    int dispatch(Context &ctx, const QStringList &words);
    int cmdValidate(Context &ctx, const QStringList &args);
    int cmdPortIn(Context &ctx, const QStringList &args);
    int cmdPortOut(Context &ctx, const QStringList &args);
    int cmdSubmit(Context &ctx, const QStringList &args, CaseKind kind);
    int cmdCase(Context &ctx, const QStringList &args);
    int cmdLoa(Context &ctx, const QStringList &args);
    int cmdLoaSign(Context &ctx, const QStringList &args); // loa sign, loa status
    int cmdLoaFiles(Context &ctx, const QStringList &args); // loa files, attach, delete-file, restore-file
    int cmdInventory(Context &ctx, const QStringList &args);
    int cmdVoiceConnector(Context &ctx, const QStringList &args);
    int cmdUser(Context &ctx, const QStringList &args);
    int cmdClock(Context &ctx, const QStringList &args);

    // Opens the store and applies what the clock has made due (the steps
    // applied go to *applied when given).
    int openStore(Context &ctx, QList<AppliedStep> *applied = nullptr);
    // Loads a case, or says why not (no such case: 1; store failure: 3).
    int loadCase(Context &ctx, qint64 id, CaseRecord *record);
    int usage(const QString &message, const QString &help);
    int storeFailure(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portdesk
