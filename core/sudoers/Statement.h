// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/CmndSpec.h"
#include "core/sudoers/DefaultsEntry.h"
#include "core/sudoers/Member.h"

#include <QByteArray>
#include <QList>

namespace Bulwark::Sudoers {

// One logical line of a sudoers file and the exact bytes it came from (continuation lines and the newline included).
// The statements of a file cover its bytes without gap or overlap, so untouched statements re-emit byte for byte.
struct Statement
{
    enum class Kind
    {
        Blank,
        Comment,
        Defaults,
        Alias,
        UserSpec,
        Include,
    };
    enum class Binding
    {
        Global,  // Defaults
        User,    // Defaults:user_list
        Host,    // Defaults@host_list
        Command, // Defaults!cmnd_list
        Runas,   // Defaults>runas_list
    };
    enum class AliasType
    {
        User,
        Runas,
        Host,
        Command,
    };
    struct AliasDefinition
    {
        QByteArray name;
        MemberList members;
        int line = 0;
        int column = 0;
    };

    Kind kind = Kind::Blank;
    qsizetype offset = 0; // byte range in the file
    qsizetype length = 0;
    int firstLine = 0; // 1-based physical lines
    int lastLine = 0;
    QByteArray text; // the exact bytes

    // Defaults
    Binding binding = Binding::Global;
    MemberList bindingMembers;
    QList<DefaultsEntry> defaults;

    // Alias lines (one or more definitions joined with ':')
    AliasType aliasType = AliasType::User;
    QList<AliasDefinition> aliases;

    // User specification
    MemberList users;
    QList<HostSection> sections;

    // @include / @includedir / #include / #includedir
    bool includeDirectory = false;
    bool legacyInclude = false;        // the '#include' spelling
    QByteArray includePath;            // as written (unquoted)
    bool includeHostExpansion = false; // contains %h, which sudo replaces by the short host name

    bool isRule() const { return kind == Kind::Defaults || kind == Kind::Alias || kind == Kind::UserSpec; }
};

} // namespace Bulwark::Sudoers
