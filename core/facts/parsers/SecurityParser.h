// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/LinuxContext.h"
#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>

// mac (SELinux/AppArmor), audit, antivirus (ClamAV), legacy servers, ids tools and files (world-writable, SUID).
namespace Bulwark::Facts::SecurityParser {

// Each returns an empty object when the probe did not get that far or did not know.
QJsonObject mac(const ProbeSections &sections);
QJsonObject audit(const ProbeSections &sections, const LinuxContext &context);
QJsonObject antivirus(const ProbeSections &sections, const LinuxContext &context);
QJsonObject legacy(const LinuxContext &context);
QJsonObject ids(const LinuxContext &context);
QJsonObject files(const ProbeSections &sections);

// SUID binaries every distribution ships (paths with /bin, /sbin, /lib folded into /usr).
bool isUsualSuid(const QString &path);

} // namespace Bulwark::Facts::SecurityParser
