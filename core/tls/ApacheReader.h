// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/ApacheHostState.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayList>

namespace Bulwark::Tls {

// Reads a host's Apache httpd configuration for the TLS planner, read-only. Thread: the Session's.
//
// read(): one elevated command, a constant sh script with the boundary as its only parameter: apache2ctl (or
// apachectl) -v, -S (for ServerRoot), -M (loaded modules), the systemd unit, `-t -D DUMP_INCLUDES` (whether the
// configuration passes the syntax check now, and the files it reads), then the bytes of each of those files by its
// real path, with the name httpd's Include used for it (a sites-enabled/ link: ApacheHostState::listedAs). Every part
// is framed by a random boundary passed in argv; output that is cut, forged or not understood is refused whole. A file
// Bulwark cannot parse strictly is left out and named in `problems`: the planner then refuses only plans that touch
// it. A host without Apache answers installed = false. The version comes only from httpd's "Server version:
// Apache/X.Y.Z (...)" line; without one the control program did not run (Debian's apache2ctl stops before httpd when
// it cannot create /var/lock/apache2): controlRuns = false and a problem in plain words, not a failed configtest.
class ApacheReader
{
public:
    static Result<ApacheHostState> read(Transport::Session &session, const CancelToken &cancel);

    // The pure parser of the command's answer, for tests. `boundary` is the one the command was given.
    static Result<ApacheHostState> parse(const QByteArray &output, const QByteArray &boundary);
    // The argv of the command (without elevation), for tests.
    static QByteArrayList argv(const QByteArray &boundary);
};

} // namespace Bulwark::Tls
