// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/LinuxContext.h"
#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>

// packages (names of installed packages) and updates (pending updates from cached metadata).
namespace Bulwark::Facts::PackagesParser {

// Fills context.packages/packagesKnown; writes "packages" into facts.
void parsePackages(const ProbeSections &sections, LinuxContext &context, QJsonObject &facts);
// Needs the context from parsePackages and ServicesParser; writes "updates" into facts.
void parseUpdates(const ProbeSections &sections, const LinuxContext &context, QJsonObject &facts);

} // namespace Bulwark::Facts::PackagesParser
