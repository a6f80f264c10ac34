// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/ProbeSections.h"

#include <QDateTime>
#include <QJsonObject>

// accounts (passwd + reduced shadow + last logins), groups (sudo/wheel/adm) and login (login.defs + PAM).
namespace Bulwark::Facts::AccountsParser {

void parse(const ProbeSections &sections, QJsonObject &facts);

// "Tue Nov 25 17:30:00 +0000 2025" or "Tue Nov 25 17:30:00 2025" (UTC) anywhere in a line of lastlog/last.
QDateTime lastLoginTime(const QString &line);

} // namespace Bulwark::Facts::AccountsParser
