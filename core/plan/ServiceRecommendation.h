// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Bulwark::Plan {

// A service a failed BW-LNX-SVC-* rule points at, with what it is for in plain language.
struct ServiceRecommendation
{
    QString ruleId;         // BW-LNX-SVC-002
    QString unit;           // cups.service; empty for an inetd entry
    QString inetdService;   // telnet; empty for a systemd unit
    QString purpose;        // "Printing: ..." (translated)
    bool running = false;   // from the facts
    bool listening = false; // a process of this service listens on the network (facts.listening)
};

} // namespace Bulwark::Plan
