// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/NginxReader.h"

namespace Bulwark::Tls {

QList<Plan::TlsPlanner::Site> TlsHostState::sites() const
{
    QList<Plan::TlsPlanner::Site> out;
    for (const NginxConfig &config : files)
        out += Plan::TlsPlanner::sites(config);
    return out;
}

const NginxConfig *TlsHostState::file(const QString &path) const
{
    const QString resolved = resolvedPath(path);
    for (const NginxConfig &config : files) {
        if (config.path() == resolved)
            return &config;
    }
    return nullptr;
}

QString TlsHostState::resolvedPath(const QString &path) const
{
    for (auto it = listedAs.cbegin(); it != listedAs.cend(); ++it) {
        if (it.value() == path)
            return it.key();
    }
    return path;
}

QByteArray NginxReader::script()
{
    return {};
}

Result<TlsHostState> NginxReader::parse(const QByteArray &, const QByteArray &)
{
    return TlsHostState();
}

Result<TlsHostState> NginxReader::read(Transport::Session &, const CancelToken &)
{
    return TlsHostState();
}

} // namespace Bulwark::Tls
