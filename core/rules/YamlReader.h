// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Bulwark::Rules {

// The one place that talks to yaml-cpp: turns one YAML document into a JSON value, so the rest of the rules code
// works on Qt types. Never throws; every yaml-cpp exception becomes an Error naming the file, line and column.
//
// Scalars: unquoted true/false become booleans, unquoted null/~/nothing becomes null, unquoted decimal numbers
// become numbers (except those with a leading zero such as 022 or 0440, which stay text), everything else and every
// quoted scalar is text. YAML 1.1 words such as yes/no/on/off stay text ("yes" is what sshd prints).
// Refused: more than one document, duplicate or non-text keys, nesting deeper than 64 levels, more than 200000
// nodes after alias expansion (a "billion laughs" file), input larger than 4 MiB.
class YamlReader
{
public:
    static Result<QJsonValue> parse(const QByteArray &bytes, const QString &fileName);
};

} // namespace Bulwark::Rules
