// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/RuleCatalog.h"
#include "core/scan/ScanRecord.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"

namespace Bulwark::Scan {

// Scans one host: ONE remote command (the platform's probe: LinuxFacts over SSH, WindowsFacts over WinRM), then
// pure evaluation of the catalog's rules for that platform.
// Runs on the host's worker thread (HostConnection::submit); the catalog is read-only and may be shared.
class Scanner
{
public:
    struct Options
    {
        bool elevate = true; // run the probe through sudo; without it, root-only facts stay unknown. Ignored on
                             // Windows, where the record's `elevated` is the probe's own probe.elevated
        QString hostName;    // the user's name for the host, recorded in the scan
    };

    static Result<ScanRecord> run(Transport::Session &session, const Rules::RuleCatalog &catalog,
                                  const Options &options, const CancelToken &cancel);

    // A short fingerprint of the catalog's rules, so a scan records which rule set judged it.
    static QString catalogId(const Rules::RuleCatalog &catalog);
};

} // namespace Bulwark::Scan
