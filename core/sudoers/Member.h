// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>

namespace Bulwark::Sudoers {

// One item of a user, host, runas or command list, as written.
struct Member
{
    enum class Kind
    {
        All,          // ALL
        Alias,        // an upper-case alias name
        Name,         // user name, group name (in a runas group list) or host name
        Uid,          // #uid
        Group,        // %group
        Gid,          // %#gid
        NonUnixGroup, // %:group or %:#gid
        Netgroup,     // +netgroup
        Network,      // IPv4 address with an optional /mask
        Command,      // absolute path, with arguments
        Sudoedit,     // sudoedit with arguments
        List,         // the "list" pseudo-command
    };
    Kind kind = Kind::Name;
    bool negated = false;
    QByteArray name; // name, alias, path, without '!' and prefixes

    // Commands only.
    bool hasArgs = false;       // arguments were given (possibly "" = none allowed)
    QByteArray args;            // as written after the path, escapes kept; "" when only "" was given
    QByteArray digestAlgorithm; // sha224/sha256/sha384/sha512 or empty
    QByteArray digest;          // hex or base64, as written

    int line = 0;
    int column = 0;

    bool isDirectory() const { return kind == Kind::Command && name.endsWith('/'); }
    // A shell wildcard in the path or the arguments (sudo matches those with fnmatch).
    bool hasWildcard() const
    {
        for (const QByteArray *part : {&name, &args}) {
            for (qsizetype i = 0; i < part->size(); ++i) {
                const char c = part->at(i);
                if (c == '\\') {
                    ++i;
                    continue;
                }
                if (c == '*' || c == '?' || c == '[')
                    return true;
            }
        }
        return false;
    }
};

using MemberList = QList<Member>;

} // namespace Bulwark::Sudoers
