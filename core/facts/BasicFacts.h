// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/RemoteCommand.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Bulwark::Facts {

// The first facts about a host: what it is and how long it has been up. A Windows host (a session whose platform()
// is Windows) answers resources/probes/basic.ps1 instead: osId "windows", osVersionId "10.0.17763", osPrettyName the
// caption ("Microsoft Windows Server 2019 Standard"), kernelName "Windows", kernelRelease the full build
// ("10.0.17763.5206"), machine the processor architecture ("AMD64").
struct BasicFacts
{
    QString osId;         // os-release ID ("debian")
    QString osVersionId;  // os-release VERSION_ID ("12")
    QString osPrettyName; // os-release PRETTY_NAME
    QString hostname;
    QString kernelName;    // uname -s
    QString kernelRelease; // uname -r
    QString machine;       // uname -m
    qint64 uptimeSeconds = -1;
    QString remoteUser;    // the account the session runs as
    bool complete = false; // the probe reached its end marker

    QJsonObject toJson() const;

    // Pure parser of the probe's output; `boundary` is the per-run section marker. Never fails: what it cannot
    // read stays empty, and complete says whether the output was whole.
    static BasicFacts parse(const QByteArray &output, const QByteArray &boundary);
    // The probe script (resources/probes/basic.sh) and its argv for one run with `boundary`.
    static QByteArrayList probeArgv(const QByteArray &boundary);
    // Runs the probe over `session` in one remote command and parses the answer (basic.ps1 on Windows).
    static Result<BasicFacts> probe(Transport::Session &session, const CancelToken &cancel);

    // Pure parser of basic.ps1's JSON line. Never fails: complete is false unless the JSON is whole.
    static BasicFacts parseWindows(const QByteArray &output);
    // The Windows probe as one PowerShell command (WinRmSession::powershell).
    static Transport::RemoteCommand windowsProbeCommand();
    // The same fields from the fact tree of a Windows scan (FACTS-windows.md: os, host, probe).
    static BasicFacts fromWindowsFacts(const QJsonObject &facts);
};

} // namespace Bulwark::Facts

Q_DECLARE_METATYPE(Bulwark::Facts::BasicFacts)
