// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/LinuxContext.h"
#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>

// probe, os, host, kernel and time facts of the Linux probe (see resources/rules/FACTS.md).
namespace Bulwark::Facts::SystemParser {

QJsonObject probe(const ProbeSections &sections);
// Absent (empty object) when os-release could not be read.
QJsonObject os(const ProbeSections &sections);
QJsonObject host(const ProbeSections &sections);
QJsonObject kernel(const ProbeSections &sections);
QJsonObject time(const ProbeSections &sections, const LinuxContext &context);
// Fills now, elevated and systemd.
void fillContext(const ProbeSections &sections, LinuxContext &context);

// A value from os-release text (KEY=value, quoted or not).
QString osReleaseValue(const QString &text, QStringView key);

} // namespace Bulwark::Facts::SystemParser
