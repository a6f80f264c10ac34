// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Bulwark::Apply {

// The phase of one change the Applier is in; journaled by key ("backup", "stage", ...).
enum class Phase
{
    Check,    // read the target and compare its hash with the plan's
    Backup,   // copy the original into the host backup folder
    Stage,    // write the new content next to the target
    Validate, // run the validator on the staged copy
    Swap,     // rename the staged copy over the target
    Reload,   // make the file's daemon read it again
    Run,      // run a command step
    Verify,   // run the step's checks
    Arm,      // arm the automatic undo on the host (access-affecting plans)
    FinalVerify,
    Confirm, // a fresh login proves access and disarms the automatic undo
    Rollback,
    Recover,
};

QString phaseKey(Phase phase);
QString phaseDisplayName(Phase phase); // translated
// An automatic undo's deadline as the user reads it: local time, "14:32:05".
QString revertTimeText(const QDateTime &deadline);
// The confirmation window in words: "2 minutes", "90 seconds".
QString confirmWindowText(int seconds);
// What the user reads before applying an access-affecting plan (preview, CLI): the automatic undo and its window.
QString commitConfirmNote(int seconds);

// Reported before each phase starts. changeIndex is -1 for whole-plan phases (Check, FinalVerify).
struct ApplyProgress
{
    int changeIndex = -1;
    int changeCount = 0;
    Phase phase = Phase::Check;
    QString message; // "Staging /etc/sudoers.d/90-labadmin"
    // From Phase::Arm on, while the automatic undo is armed: when the host undoes the plan by itself (UTC).
    QDateTime revertDeadline;
};

// What became of one change of the plan.
struct ChangeOutcome
{
    enum class State
    {
        NotStarted,
        Applied,    // done and verified
        Failed,     // this change failed (detail says how); rolled back with the others
        RolledBack, // was done, then undone
        Old,        // after recovery: the host has the original
        New,        // after recovery: the host has the new content
        Unknown,    // after recovery: neither (someone else changed it) or the check could not run
    };
    int index = -1;
    QString title;
    State state = State::NotStarted;
    QString detail;
    // An irreversible step (luksFormat, mkfs, wipefs) that ran: a rollback leaves what it did in place.
    bool irreversibleRan = false;
};

QString stateKey(ChangeOutcome::State state);

// The result of Applier::apply() or recover().
struct ApplyReport
{
    enum class Outcome
    {
        Applied,        // every change applied and verified
        RolledBack,     // a change failed or was canceled; everything done was undone
        Refused,        // nothing ran: the plan, a file's before-hash or the journal said no
        Interrupted,    // the connection dropped; see recover()
        RollbackFailed, // a change failed and undoing it failed too: the host needs a human (details per change)
        Recovered,      // recover() found out the state of every change
    };
    QString transactionId;
    Outcome outcome = Outcome::Refused;
    QList<ChangeOutcome> changes;
    Error error; // why it did not apply; none for Applied/Recovered
    // Access-affecting plans (commit-confirmed): when the automatic undo armed on the host fires unless a fresh login
    // disarms it (UTC); invalid when none was armed.
    QDateTime revertDeadline;
    // The automatic undo fired: the host put the originals back by itself (the confirmation came too late, or the
    // console was gone).
    bool hostReverted = false;
    // The automatic undo is still armed on the host (the connection dropped, or recover() before the deadline): the
    // host undoes the plan by itself at revertDeadline.
    bool revertPending = false;

    bool succeeded() const { return outcome == Outcome::Applied; }
    // One plain-language paragraph for the console and the CLI.
    QString summary() const;
    QJsonObject toJson() const;
};

QString outcomeKey(ApplyReport::Outcome outcome);

} // namespace Bulwark::Apply
