// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>

// sshd: `sshd -T` (or `sshd -T -C ...` when plain -T fails) as lower-case keys.
namespace Bulwark::Facts::SshdParser {

// Empty when the probe did not get that far.
QJsonObject parse(const ProbeSections &sections);

} // namespace Bulwark::Facts::SshdParser
