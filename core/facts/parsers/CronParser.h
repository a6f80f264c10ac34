// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/ProbeSections.h"

#include <QJsonArray>
#include <QJsonObject>

// cron: entries of /etc/crontab, /etc/cron.d/* and user crontabs; cron files writable by others than root.
namespace Bulwark::Facts::CronParser {

// Empty when the probe did not get that far.
QJsonObject parse(const ProbeSections &sections);

// Entries of one crontab. systemFormat: /etc/crontab and /etc/cron.d have a user field; user crontabs do not and
// run as `user`.
QJsonArray entries(const QString &file, const QString &text, bool systemFormat, const QString &user, qsizetype max);

} // namespace Bulwark::Facts::CronParser
