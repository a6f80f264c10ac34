// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/LinuxContext.h"
#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>

// logging: rsyslog/syslog-ng, journald storage, remote forwarding, and whether sudo's log is durable.
namespace Bulwark::Facts::LoggingParser {

// sudoers: the already-parsed "sudoers" fact (for logfile/syslog); may be empty.
QJsonObject parse(const ProbeSections &sections, const LinuxContext &context, const QJsonObject &sudoers);

// rsyslog configuration (comments already stripped) forwards to another host: "@host", "@@host", omfwd, omrelp.
bool rsyslogForwards(const QString &text);
// syslog-ng configuration has a network destination.
bool syslogNgForwards(const QString &text);

} // namespace Bulwark::Facts::LoggingParser
