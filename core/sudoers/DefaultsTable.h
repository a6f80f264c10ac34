// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/DefaultsEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Bulwark::Sudoers {

// The Defaults options sudo 1.9.13 (Debian 12) knows and the values each accepts. The table was measured against
// the real visudo; values are checked strictly (a value visudo might take but we cannot vouch for is refused).
class DefaultsTable
{
public:
    enum class Type
    {
        Unknown,
        Flag,     // name or !name
        String,   // name=value
        Path,     // name=/absolute
        Uint,     // name=digits
        Int,      // name=-digits
        Mode,     // name=octal <= 0777
        Float,    // name=[-]digits[.digits]
        Timeout,  // name=digits or 1d2h3m4s
        List,     // name=, +=, -= with a space separated list
        Rlimit,   // name=n, infinity, or soft,hard
        Tuple,    // one of a fixed set of words
        Facility, // syslog facility
        Priority, // syslog priority
    };

    static Type type(const QByteArray &name);
    // Every option name, sorted.
    static QList<QByteArray> names();
    // Whether "!name" is allowed.
    static bool negatable(const QByteArray &name);
    // Whether the bare "name" is allowed.
    static bool bareAllowed(const QByteArray &name);
    // Empty when the entry is valid, else a plain-language reason.
    static QString check(const DefaultsEntry &entry);
};

} // namespace Bulwark::Sudoers
