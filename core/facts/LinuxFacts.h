// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>

namespace Bulwark::Facts {

// The Linux fact tree of resources/rules/FACTS.md, from one run of resources/probes/linux.sh.
class LinuxFacts
{
public:
    // Pure parser of the probe's output; `boundary` is the per-run section marker. Never fails: what it cannot
    // read is absent from the tree (rules then evaluate to unknown), and probe.complete says whether the output
    // was whole.
    static QJsonObject parse(const QByteArray &output, const QByteArray &boundary);
    // The probe script and its argv for one run with `boundary`: {"sh", "-c", script, "bulwark-probe", boundary}.
    static QByteArrayList probeArgv(const QByteArray &boundary);
    // Runs the probe over `session` in one remote command (through sudo when `elevate`) and parses the answer.
    // Fails when the command could not run or printed no probe output at all; a cut-short answer still yields
    // facts, with probe.complete false.
    static Result<QJsonObject> probe(Transport::Session &session, const CancelToken &cancel, bool elevate = true);
};

} // namespace Bulwark::Facts
