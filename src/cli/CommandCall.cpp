// SPDX-License-Identifier: Apache-2.0
#include "CommandCall.h"

#include "CliContext.h"

#include <QCoreApplication>

namespace portdesk::cli {

CommandCall::CommandCall(CliContext &ctx, const Command &command, const QStringList &arguments)
    : m_ctx(ctx), m_command(command), m_arguments(arguments)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption(QStringLiteral("help")));
    for (const Command::Option &option : command.options)
        m_parser.addOption(QCommandLineOption(QString::fromLatin1(option.name), QString(),
            option.value ? QString::fromLatin1(option.value) : QString()));
}

namespace {

// A negative number ("case show -1", "--limit -5") is an argument to judge,
// not an option named "1": it passes the parser in disguise.
const QString kNegative = QStringLiteral("\u0001negative:");

bool isNegativeNumber(const QString &argument)
{
    if (argument.size() < 2 || argument.at(0) != QLatin1Char('-'))
        return false;
    for (qsizetype i = 1; i < argument.size(); ++i)
        if (!argument.at(i).isDigit())
            return false;
    return true;
}

QString undisguised(QString text)
{
    if (text.startsWith(kNegative))
        text = QLatin1Char('-') + text.mid(kNegative.size());
    return text;
}

} // namespace

bool CommandCall::answered(int *status)
{
    bool help = false;
    if (m_command.arguments == Command::Arguments::AsGiven) {
        help = m_arguments.contains(QStringLiteral("--help"));
        m_positional = m_arguments;
    } else {
        // "portdesk-cli" stands for the argv[0] QCommandLineParser expects.
        QStringList disguised { QStringLiteral("portdesk-cli") };
        for (const QString &argument : std::as_const(m_arguments))
            disguised << (isNegativeNumber(argument) ? kNegative + argument.mid(1) : argument);
        if (!m_parser.parse(disguised)) {
            const QStringList unknown = m_parser.unknownOptionNames();
            *status = usage(m_parser.errorText(),
                unknown.isEmpty() ? QString() : QStringLiteral("--") + unknown.first());
            return true;
        }
        help = m_parser.isSet(QStringLiteral("help"));
        for (const QString &argument : m_parser.positionalArguments())
            m_positional << undisguised(argument);
        // An option of the family that this command does not take is bad
        // usage, never silently ignored ("case list --pin 999").
        for (const Command::Option &option : m_command.options) {
            const QString name = QString::fromLatin1(option.name);
            if (!help && option.takenBy && m_parser.isSet(name)
                && !QString::fromLatin1(option.takenBy)
                        .split(QLatin1Char(' '))
                        .contains(word())) {
                *status = usage(QCoreApplication::translate("CliApp", "%1 does not take --%2.")
                                    .arg(QLatin1String("portdesk-cli ")
                                            + QString::fromLatin1(m_command.words),
                                        name),
                    QStringLiteral("--") + name);
                return true;
            }
        }
    }
    if (help) {
        m_ctx.out << this->help();
        *status = Done;
    }
    return help;
}

QString CommandCall::word() const
{
    return QString::fromLatin1(m_command.words).section(QLatin1Char(' '), 1);
}

bool CommandCall::isSet(const char *option) const
{
    return m_parser.isSet(QString::fromLatin1(option));
}

QString CommandCall::value(const char *option) const
{
    return undisguised(m_parser.value(QString::fromLatin1(option)));
}

QString CommandCall::help() const
{
    return QCoreApplication::translate("CliApp", m_command.help);
}

int CommandCall::usage(const QString &message, const QString &field) const
{
    return m_ctx.usage(message, help(), field);
}

int CommandCall::openStore(qsizetype count, const QString &message) const
{
    if (m_positional.size() != count)
        return usage(message);
    return m_ctx.openStore();
}

} // namespace portdesk::cli
