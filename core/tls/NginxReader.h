// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/TlsHostState.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>

namespace Bulwark::Tls {

// Reads a host's nginx configuration, read-only, in one elevated command. Thread: the Session's.
//
// The command is a constant `sh -c` script; its only value, a random boundary that frames every section, is a
// positional parameter, so no file content can fake a section. It prints `nginx -v` (the version), the conf path
// from `nginx -V`, and the list of files `nginx -T` names ("# configuration file PATH:"). nginx -T's copy of a file
// is not byte-exact (it is what nginx read then, not what the Applier will read), so the script reads every listed
// file itself with cat, resolved with readlink -f, only when it is a regular file under nginx's configuration
// directory and at most 1 MiB; everything else is reported in a section of its own and ends up in
// TlsHostState::problems. No nginx on the host is not an error: nginxInstalled is then false.
class NginxReader
{
public:
    static Result<TlsHostState> read(Transport::Session &session, const CancelToken &cancel);

    // The fixed script of that command; argv is {"sh", "-c", script(), "sh", BOUNDARY}.
    static QByteArray script();
    // Parses the command's whole output (pure). An Error only when the answer is cut, forged or not understood;
    // a file that cannot be read or parsed is a problem in the state.
    static Result<TlsHostState> parse(const QByteArray &output, const QByteArray &boundary);

    static constexpr qint64 maxFileBytes = 1024 * 1024;
    static constexpr int maxFiles = 500;
};

} // namespace Bulwark::Tls
