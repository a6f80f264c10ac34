// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/RemoteCommand.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Bulwark::Facts {

// The Windows fact tree of resources/rules/FACTS-windows.md, from one run of resources/probes/windows.ps1 over
// WinRM (Windows PowerShell 5.1). Pure functions apart from probe(), which runs on the host's worker thread.
class WindowsFacts
{
public:
    // Pure parser of the probe's stdout (one JSON document). Never fails: every field is checked against the
    // contract's type (a wrong-typed field is dropped, strings are made valid UTF-8 without control characters and
    // cut at 4096 characters, lists are capped with a sibling `<list>Truncated: true`), and the parser's own fields
    // are added (services[].on, accounts[].rid/builtinAdministrator/builtinGuest/administrator,
    // schannel.protocols[].effectiveServerEnabled, listening[].public). Output that is cut short, not JSON or not
    // a JSON object yields probe.complete false and a line in probe.errors naming the problem.
    static QJsonObject parse(const QByteArray &stdOut);

    // The probe as one PowerShell command (WinRmSession::powershell: the script is long, so it travels on stdin),
    // with the blank lines of the script dropped so PowerShell's line-by-line stdin reader gets it as one block.
    static Transport::RemoteCommand probeCommand();

    // Runs probeCommand() over `session` (ONE remote command) and parses its output. Fails when the command could
    // not run, or printed no JSON (then the error carries PowerShell's error text); a cut-short answer still yields
    // facts, with probe.complete false.
    static Result<QJsonObject> probe(Transport::Session &session, const CancelToken &cancel);

    // The build's default for a SCHANNEL server protocol ("TLS 1.0") when no registry value decides it;
    // std::nullopt for an unknown protocol name.
    static std::optional<bool> defaultServerEnabled(const QString &protocol, qint64 build);
};

} // namespace Bulwark::Facts
