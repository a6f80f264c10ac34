// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace Bulwark::Sudoers {

// One setting of a Defaults line: flag, !flag, name=value, name+=value or name-=value.
struct DefaultsEntry
{
    enum class Operator
    {
        Set,    // flag, or name=value
        Negate, // !flag or !name
        Add,    // +=
        Remove, // -=
    };
    QByteArray name;
    Operator op = Operator::Set;
    bool hasValue = false;
    QByteArray value; // unquoted
    bool quoted = false;
    int line = 0;
    int column = 0;
};

} // namespace Bulwark::Sudoers
