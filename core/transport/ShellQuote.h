// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QStringList>

namespace Bulwark::Transport {

// The one place where an argv becomes a string for a remote POSIX shell. Every remote command goes through
// render(); nothing else in Bulwark joins arguments into a command line.
//
// Each argument is emitted byte for byte: words made only of [A-Za-z0-9_@+:,./-] stay bare, anything else is
// wrapped in single quotes, with an embedded ' written as '\''. Inside single quotes a POSIX shell expands
// nothing ($, `, \, !, newlines and non-UTF-8 bytes are literal), so the remote program receives exactly the
// bytes given. NUL cannot travel in an argv at all and is refused, as is an empty argv.
//
// The rendering targets a POSIX login shell (sh, bash, dash, zsh, ksh), which sshd uses to run the line.
// csh-family login shells reject newlines inside quotes; Bulwark requires a POSIX login shell for the account it
// connects as (checked without an extra round trip by the facts probe, which reports the account's shell).
namespace ShellQuote {

Result<QByteArray> quote(const QByteArray &argument);
Result<QByteArray> render(const QByteArrayList &argv);

// UTF-8 encodes each element; a convenience for argv built from text.
QByteArrayList toArgv(const QStringList &arguments);

} // namespace ShellQuote
} // namespace Bulwark::Transport
