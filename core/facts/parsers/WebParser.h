// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/LinuxContext.h"
#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>
#include <QStringList>

// web: nginx (`nginx -T`) and Apache (SSLProtocol/SSLEngine/ServerTokens lines of the enabled configuration).
namespace Bulwark::Facts::WebParser {

struct NginxConfig
{
    bool tls = false;         // a listen ... ssl/quic, or "ssl on"
    QStringList protocols;    // union of every ssl_protocols, in order of appearance
    QStringList serverTokens; // every server_tokens value
};
// `nginx -T` text: comments stripped, directives split on ; { }.
NginxConfig parseNginx(const QString &text);

// Protocols one Apache SSLProtocol line enables ("all -SSLv3 -TLSv1", "+TLSv1.2", "TLSv1.2 TLSv1.3").
QStringList apacheProtocols(const QString &arguments);

// Empty when the probe did not get that far.
QJsonObject parse(const ProbeSections &sections, const LinuxContext &context);

} // namespace Bulwark::Facts::WebParser
