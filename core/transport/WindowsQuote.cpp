// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/WindowsQuote.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <algorithm>

namespace Bulwark::Transport::WindowsQuote {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WindowsQuote", text);
}

bool isBare(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == ':' || c == '\\' || c == '/' || c == '@' || c == '+' || c == '-';
}

Result<void> checkCmdSafe(const QByteArray &argument)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(argument);
    if (decoder.hasError())
        return Error(Error::Code::InvalidArgument, tr("An argument for a Windows command is not valid UTF-8."));
    for (const char c : argument) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '%' || c == '!' || c == '"')
            return Error(Error::Code::InvalidArgument,
                         tr("An argument for a Windows command contains %, ! or \", which cmd.exe would interpret; "
                            "pass such values to PowerShell as data instead."),
                         text);
        if (u < 0x20 && c != '\t')
            return Error(Error::Code::InvalidArgument,
                         tr("An argument for a Windows command contains a line break or a control character."));
        if (u == 0x7f)
            return Error(Error::Code::InvalidArgument,
                         tr("An argument for a Windows command contains a control character."));
    }
    return {};
}

} // namespace

Result<QByteArray> cmdArgument(const QByteArray &argument)
{
    if (auto safe = checkCmdSafe(argument); !safe)
        return safe.error();
    if (!argument.isEmpty() && std::all_of(argument.begin(), argument.end(), isBare))
        return argument;
    // CommandLineToArgvW: backslashes are literal unless they precede a quote; the closing quote follows the
    // argument, so trailing backslashes are doubled. There is no quote inside (refused above).
    QByteArray out = "\"";
    out += argument;
    qsizetype trailing = 0;
    while (trailing < argument.size() && argument.at(argument.size() - 1 - trailing) == '\\')
        ++trailing;
    out += QByteArray(trailing, '\\');
    out += '"';
    return out;
}

Result<QByteArray> cmdProgram(const QByteArray &program)
{
    if (program.isEmpty() || !std::all_of(program.begin(), program.end(), isBare))
        return Error(Error::Code::InvalidArgument,
                     tr("A Windows program must be named without blanks or special characters (cmd.exe would "
                        "strip the quotes around it); run it through PowerShell instead."),
                     QString::fromUtf8(program));
    return program;
}

Result<QByteArray> cmdLine(const QByteArrayList &argv)
{
    if (argv.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No command was given."));
    auto line = cmdProgram(argv.first());
    if (!line)
        return line;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        auto argument = cmdArgument(argv.at(i));
        if (!argument)
            return argument;
        *line += ' ';
        *line += *argument;
    }
    return line;
}

QString powershellLiteral(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'\'';
    for (const QChar c : value) {
        out += c;
        // PowerShell treats the typographic single quotes as quotes too (its tokenizer's IsSingleQuote).
        if (c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B))
            out += c;
    }
    out += u'\'';
    return out;
}

QByteArray powershellEncoded(const QString &script)
{
    QByteArray utf16;
    utf16.reserve(script.size() * 2);
    for (const QChar c : script) {
        const char16_t u = c.unicode();
        utf16 += char(u & 0xff);
        utf16 += char(u >> 8);
    }
    return utf16.toBase64();
}

} // namespace Bulwark::Transport::WindowsQuote
