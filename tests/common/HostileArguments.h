// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayList>

// Arguments that break naive command lines: quotes, substitutions, separators, globs, newlines, control bytes,
// non-UTF-8 and long words. Each must reach the remote program byte for byte. Those that would run a command
// touch `pwned`, so a test can also check that nothing was executed.
inline QByteArrayList hostileArguments(const QByteArray &pwned)
{
    return {
        "plain",
        "",
        " ",
        "two words",
        "it's",
        "'",
        "''",
        "\"double\"",
        "$(touch " + pwned + ")",
        "`touch " + pwned + "`",
        "${HOME}",
        "$HOME",
        "a;b",
        "a&&b",
        "a|b",
        "a>b",
        "<b",
        "new\nline",
        "\r\n",
        "tab\there",
        "back\\slash",
        "\\'",
        "*",
        "?",
        "[a-z]",
        "~",
        "~root",
        "!bang",
        "!!",
        "#comment",
        "-n",
        "--",
        "=cmd",
        "VAR=value",
        "%1",
        "{a,b}",
        "\xff\xfe not utf-8 \x80",
        "\xc3\xa9t\xc3\xa9 utf-8",
        "\x01\x02\x1b[31m control",
        QByteArray(4096, 'x') + "'" + QByteArray(10, '"'),
        "; touch " + pwned,
        "' ; touch " + pwned + " ; '",
        "\" ; touch " + pwned + " ; \"",
        "%s%n",
        QByteArray(8192, 'x') + "'" + QByteArray(10, '"'),
    };
}
