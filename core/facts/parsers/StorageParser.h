// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>

// storage: block devices (lsblk -J, or lsblk -P), /etc/crypttab, and what follows from them.
namespace Bulwark::Facts::StorageParser {

// Empty when lsblk did not answer.
QJsonObject parse(const ProbeSections &sections);

} // namespace Bulwark::Facts::StorageParser
