// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/LinuxContext.h"
#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>

// services, sockets, timers (systemctl list-unit-files + list-units) and inetd/xinetd entries.
namespace Bulwark::Facts::ServicesParser {

// Fills context.units/unitsKnown and context.inetdEnabled/inetdKnown; writes "services", "sockets", "timers" and
// "inetd" (each with its ...Truncated sibling when cut) into facts.
void parse(const ProbeSections &sections, LinuxContext &context, QJsonObject &facts);

} // namespace Bulwark::Facts::ServicesParser
