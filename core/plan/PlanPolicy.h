// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/util/Result.h"

namespace Bulwark::Plan {

// The rules every plan obeys before the Applier runs any of it, whoever wrote it. A plan saved to disk is
// untrusted input: it could have been edited by hand or by something else, so the checks the planners make are
// made again here.
//
// Refused:
// - an empty plan; a change that is neither a command nor a file edit;
// - a file edit whose path is not absolute and clean (no "..", "//", trailing "/", control characters), that
//   targets "/", or whose mode/owner/group is malformed;
// - a command (or an undo step) with an empty argv or a NUL byte in an argument;
// - systemctl stop/disable/mask/kill/... of a unit the session or the system depends on
//   (ServicesPlanner::sessionUnits(), essentialUnits()), and systemctl verbs that take the host down or away
//   (reboot, poweroff, halt, isolate, rescue, emergency, kexec, suspend, hibernate);
// - a PowerShell step (a Windows plan) that stops or reconfigures a service WindowsServicesPlanner protects (WinRM,
//   RpcSs, EventLog, ...), named as a literal next to Stop-Service, Set-Service, Suspend-Service or sc.exe.
class PlanPolicy
{
public:
    static Result<void> check(const ChangePlan &plan);
    static Result<void> checkCommand(const CommandStep &step);
    static Result<void> checkFileEdit(const FileEdit &edit);
};

} // namespace Bulwark::Plan
