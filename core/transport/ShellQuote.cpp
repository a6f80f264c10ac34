// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/ShellQuote.h"

#include <QCoreApplication>

namespace Bulwark::Transport::ShellQuote {

namespace {

bool isBareSafe(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@' ||
           c == '+' || c == ':' || c == ',' || c == '.' || c == '/' || c == '-';
}

} // namespace

Result<QByteArray> quote(const QByteArray &argument)
{
    if (argument.contains('\0'))
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("ShellQuote", "A command argument contains a NUL byte, which no "
                                                               "program can receive; the command was not sent."));
    if (argument.isEmpty())
        return QByteArray("''");

    bool bare = true;
    for (char c : argument) {
        if (!isBareSafe(c)) {
            bare = false;
            break;
        }
    }
    // '=' and '%' are never bare: a leading '=' expands to a path in zsh and NAME=value as the first word is an
    // assignment in every POSIX shell; '%' names jobs.
    if (bare)
        return argument;

    QByteArray out;
    out.reserve(argument.size() + 8);
    out += '\'';
    for (char c : argument) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    out += '\'';
    return out;
}

Result<QByteArray> render(const QByteArrayList &argv)
{
    if (argv.isEmpty() || argv.constFirst().isEmpty())
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("ShellQuote", "A remote command needs a program name."));
    QByteArray line;
    for (const QByteArray &argument : argv) {
        auto quoted = quote(argument);
        if (!quoted)
            return quoted.error();
        if (!line.isEmpty())
            line += ' ';
        line += *quoted;
    }
    return line;
}

QByteArrayList toArgv(const QStringList &arguments)
{
    QByteArrayList argv;
    argv.reserve(arguments.size());
    for (const QString &argument : arguments)
        argv.append(argument.toUtf8());
    return argv;
}

} // namespace Bulwark::Transport::ShellQuote
