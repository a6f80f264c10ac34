// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/plan/SudoAccess.h"
#include "core/plan/SudoersChoice.h"
#include "core/sudoers/SudoersTree.h"
#include "core/util/Result.h"

namespace Bulwark::Plan {

// Turns the sudoers wizard's choice into a ChangePlan. Pure: the current configuration (read from the host by
// SudoersReader) and the operator's identity are inputs.
//
// Every edit is a FileEdit with mode 0440, owner root, group root, validator {"visudo", "-cf", "{staged}"} and
// verify {"visudo", "-c"}; text is changed through Sudoers::SudoersFile so untouched bytes stay as they were (a
// minimal diff). Grants go to a drop-in in /etc/sudoers.d rather than the main file. Each new or edited file is
// parsed again by the strict parser; a result it cannot parse is refused.
//
// Refused (Error names why):
// - the lockout pre-flight: SudoAccess::preflight for `identity` on the configuration before and after fails;
// - a rule the choice names that is not there (file/line), or that is not a user specification;
// - principals, users, runas and commands that are not valid sudoers tokens, commands that are not absolute paths,
//   "ALL" without allowAll;
// - a drop-in name sudo would skip (it contains '.' or ends in '~').
// Warnings (in the plan): the new rule's lint findings (SudoersLinter), e.g. a command that can start a shell.
class SudoersPlanner
{
public:
    static Result<ChangePlan> plan(const Sudoers::SudoersTree &current, const SudoersChoice &choice,
                                   const SudoIdentity &identity);
    // "/etc/sudoers.d/50-bulwark-alice", "/etc/sudoers.d/50-bulwark-group-dbadmins".
    static QString dropInPathFor(const QString &principal);
    // The rule line a Grant writes: "alice ALL=(root) NOPASSWD: /usr/bin/systemctl restart nginx".
    static Result<QByteArray> ruleText(const SudoersChoice &choice, const QString &principal);
};

} // namespace Bulwark::Plan
