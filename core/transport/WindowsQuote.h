// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace Bulwark::Transport {

// The one place where values become text for a Windows host: a WinRS command line (run by cmd.exe, then split
// by the program with CommandLineToArgvW rules) and PowerShell string literals. Nothing else in Bulwark joins
// arguments for Windows or pastes a value into a PowerShell script.
//
// cmd: an argument made only of [A-Za-z0-9_.:\/@+-] stays bare; anything else is wrapped in double quotes, with
// backslashes doubled where they precede a quote (CommandLineToArgvW). Inside double quotes cmd.exe takes
// & | < > ( ) ^ , ; = and blanks literally, but it still expands %VAR% and (with delayed expansion) !VAR!, ends
// the line at CR/LF, and toggles its own quote state on every ", so arguments holding % ! " CR LF NUL, control
// characters or invalid UTF-8 are refused, never "escaped": values like these travel to PowerShell as data (base64
// or stdin) instead. The program (argv[0]) must be bare, because cmd /c strips the quotes around a line that
// starts with one.
//
// PowerShell: a single-quoted literal expands nothing; every quote character PowerShell accepts as a single quote
// (' and U+2018..U+201B) is doubled.
namespace WindowsQuote {

Result<QByteArray> cmdArgument(const QByteArray &argument);
// The program: bare only (see above).
Result<QByteArray> cmdProgram(const QByteArray &program);
// argv[0] and the arguments joined by blanks; argv must not be empty.
Result<QByteArray> cmdLine(const QByteArrayList &argv);

QString powershellLiteral(const QString &value);

// The -EncodedCommand form of a script: base64 of its UTF-16LE bytes.
QByteArray powershellEncoded(const QString &script);

} // namespace WindowsQuote
} // namespace Bulwark::Transport
