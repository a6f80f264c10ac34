// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>

// listening sockets: `ss -H -tulpn`, or `netstat -tulpn` where ss is missing.
namespace Bulwark::Facts::NetworkParser {

// Writes "listening" (and "listeningTruncated") into facts; nothing when neither tool answered.
void parse(const ProbeSections &sections, QJsonObject &facts);

// True for loopback addresses (127/8, ::1, v4-mapped loopback); "*", "0.0.0.0", "::" and others are public.
bool isLoopback(const QString &address);

} // namespace Bulwark::Facts::NetworkParser
