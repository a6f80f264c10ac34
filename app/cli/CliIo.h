// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdio>

// The CLI's terminal and file output: standard streams, questions on /dev/tty, files written atomically.
// Stateless; callable from any thread (stdio locks each call).
class CliIo
{
    Q_DECLARE_TR_FUNCTIONS(CliIo)

public:
    // text + '\n' to standard error, flushed.
    static void printErr(const QString &text);
    // text as is to `stream` (stdout or stderr), flushed.
    static void print(const QString &text, FILE *stream = stdout);
    static void writeBytes(const QByteArray &bytes, FILE *stream);

    // One line from `in`, without its line ending.
    static QByteArray readLine(FILE *in);
    // Reads a secret from the terminal without echo; the secret never touches argv or the environment.
    static QByteArray askSecret(const QString &prompt);
    // Asks on the terminal; true only for "yes" or "y". False when there is no terminal.
    static bool askYesNo(const QString &question);

    // `bytes` to `path` ('-': standard output); prints why on failure.
    static bool writeOutput(const QString &path, const QByteArray &bytes);
};
