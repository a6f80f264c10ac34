// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A ChangePlan as the CLI shows it before anything runs: the summary, then each change with its argv, effect,
// checks and undo (a Windows PowerShell step as its script, its state change as a diff), or the file it edits with the
// unified diff. A pure function; any thread.
class PlanPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PlanPrinter)

public:
    // `facts` give the before-state of units for the effect lines (may be empty); `diffs` adds file diffs (state
    // changes are always shown).
    // `heading` is the first line, without its newline.
    // A step's state change (CommandStep::stateLabel) as a unified diff: "--- Service Spooler (now)", "+++ Service
    // Spooler (after the change)", then the changed "Key: value" lines. Empty when the step has none.
    static QString stateDiff(const Bulwark::Plan::CommandStep &step);
    static QString render(const Bulwark::Plan::ChangePlan &plan, const QString &heading, const QJsonObject &facts,
                          bool diffs);
};
