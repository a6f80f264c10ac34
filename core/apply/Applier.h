// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/ApplyReport.h"
#include "core/apply/HostRevert.h"
#include "core/apply/Journal.h"
#include "core/plan/ChangePlan.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace Bulwark::Apply {

class RemoteFiles;

// Where the Applier keeps originals, and how it reaches the host.
struct ApplyOptions
{
    // Originals on the host, one folder per transaction: <hostBackupRoot>/<transaction id>/.
    QString hostBackupRoot = QStringLiteral("/var/backups/bulwark");
    // Originals on the workstation, one folder per transaction; empty: defaultLocalBackupRoot().
    QString localBackupRoot;
    // Run file operations and the plan's elevated commands through the session's elevation (sudo). Off only where
    // the files belong to the login user (tests against a user-owned tree).
    bool elevate = true;
    // Opens a NEW session to the same host for the final verification, so "it works" is proven by a login that
    // did not make the change. Empty: the final verification runs on the applying session.
    std::function<std::unique_ptr<Transport::Session>()> freshSession;
    // Access-affecting plans: seconds from arming the automatic undo on the host until it fires unless a fresh login
    // disarmed it (the commit-confirmed window the user is shown). 1 to 86400.
    int confirmSeconds = 120;
    // The secrets the plan's command steps read on their stdin, by slot (Plan::CommandStep::secretSlot(), e.g.
    // "luks-passphrase"), exactly the bytes the command gets (no newline is added). Given at apply time only: never
    // in a plan, the journal, an argv or a log. A plan naming a slot that is missing or empty here is Refused before
    // any change. The Applier zeroes its own copies after each command; the caller zeroes these.
    QHash<QString, QByteArray> secrets;
};

// Drops `secrets`, zeroing each value this holder is the last owner of. QByteArray shares its bytes between copies,
// and zeroing a shared one would only zero a fresh copy of it; so every holder of a copy (the wizard, the apply job,
// its worker, the CLI) calls this when done, and the last one to let go zeroes the bytes.
void wipeSecrets(QHash<QString, QByteArray> &secrets);

// Runs a ChangePlan on one host as a transaction, and undoes it. The only code that changes a host.
//
// apply():
//  1. Checks the plan (PlanPolicy): absolute paths, non-empty argv, no unit the session or the system depends on;
//     and that it fits the host (checkPlatform: Windows hosts take command-only plans, PowerShell steps run nowhere
//     else).
//  2. Reads every file the plan edits and refuses the whole plan if any differs from the content the user saw
//     (before-hash), or is a symlink or not a regular file. Keeps each original on the workstation.
//  3. For each change, in order:
//     file edit: copy the original into the host backup folder; stage the new content next to the target (a
//       hidden name that sudoers.d, cron.d, nginx and systemd ignore) with the target's owner, mode and SELinux
//       context; check the staged copy's hash; run the validator on it; rename it over the target (atomic: the
//       swap re-checks both hashes on the host first); reload the daemon if the edit says how; run its verify.
//     command: run the argv; run its checks.
//  4. Verifies everything again, through ApplyOptions::freshSession when set.
//  5. On any failure (or cancel) rolls back the changes already made, newest first: originals renamed back from the
//     host backup, command inverses run. Rollback ignores the cancel token.
//
// Commit-confirmed (a plan with an access-affecting change, Plan::ChangePlan::accessAffecting()): it needs
// freshSession (nothing else can prove access) or it is Refused. Before the first change the Applier arms an
// automatic undo on the host (HostRevert: a transient systemd timer, or a detached watchdog) that fires
// confirmSeconds later and restores what the transaction did, working from the host backup folder; markers written
// as the changes go tell it how far the transaction got. Only a successful final verification through the FRESH
// session disarms it ("revert-disarmed"). When the Applier must roll back (a check failed, the fresh login failed)
// and the connection is alive, it has the host run the armed undo at once (HostRevert::revertNow, journaled as
// "revert-disarmed" via "undo-now"): detached on the host, it completes even if the connection drops meanwhile, so
// an access change is never left half undone; the outcome is RolledBack with hostReverted set. When the connection
// drops, the undo stays armed: that is its purpose, and the report says when it fires. If disarming finds that the
// undo already fired, the outcome is RolledBack with hostReverted set as well.
// Every phase is journaled before it starts and when it ends (JournalEntry kinds below), so a journal whose
// transaction ends in "step-started" shows exactly where a dropped connection stopped it. When the connection
// drops, nothing can be rolled back: the report says Interrupted and recover() finishes the job later. Each file on
// the host is then either the original or the new content, never a mix: content only reaches a target by rename.
//
// Thread: blocks on the network; lives on the host's worker thread with its Session (see HostConnection).
class Applier
{
public:
    // Journal kinds this class writes (besides JournalEntry's step-* kinds).
    static QString kindApplyStarted() { return QStringLiteral("apply-started"); }
    static QString kindStepStarted() { return QStringLiteral("step-started"); }
    static QString kindApplyFinished() { return QStringLiteral("apply-finished"); }
    static QString kindRecovered() { return QStringLiteral("recovered"); }
    static QString kindOperatorCommand() { return QStringLiteral("operator-command"); }
    // Commit-confirmed: {"state": "arming"} before the arming command, {"state": "armed", mechanism, handle} after,
    // both with "deadline" (UTC ISO time) and "seconds".
    static QString kindRevertArmed() { return QStringLiteral("revert-armed"); }
    // {"via": "fresh-login"|"applying-session"|"undo-now", "result": HostRevert::stateKey()}.
    static QString kindRevertDisarmed() { return QStringLiteral("revert-disarmed"); }

    static QString defaultLocalBackupRoot(); // AppDataLocation + "/backups"
    // The secret slots `plan`'s command steps (and their inverses) read, sorted, each once: what apply() needs in
    // ApplyOptions::secrets. The CLI and the wizards ask the user for these.
    static QStringList requiredSecrets(const Plan::ChangePlan &plan);
    // Whether `plan` can run on a host of `platform`: a Windows host takes command-only plans that are not
    // access-affecting (file edits, host backup folders and the commit-confirmed undo are POSIX); a POSIX host takes
    // no PowerShell step. apply() refuses with this error before any change.
    static Result<void> checkPlatform(const Plan::ChangePlan &plan, Transport::Session::Platform platform);

    Applier(Transport::Session &session, Journal &journal, ApplyOptions options = {});
    ~Applier();
    Applier(const Applier &) = delete;
    Applier &operator=(const Applier &) = delete;

    // Called on the applier's thread before each phase; marshal to the GUI thread yourself.
    void setProgressCallback(std::function<void(const ApplyProgress &)> callback);

    // The plan exactly as apply() will run it: each FileEdit that needsRead() is read from the host now and its
    // transform applied, so the preview shows the real diff. Reads only; writes nothing.
    Result<Plan::ChangePlan> prepare(const Plan::ChangePlan &plan, const CancelToken &cancel);

    // Runs the plan as described above. The report's outcome says what happened; a plan refused before anything
    // ran is outcome Refused. The journal gets every step even when the report is a failure.
    ApplyReport apply(const Plan::ChangePlan &plan, const CancelToken &cancel);

    // After an Interrupted apply (or a console crash): finds out, for every file the transaction touched, whether
    // the host has the original or the new content, removes left-over staged copies, runs the commands' checks to
    // see which took effect, and journals the finding ("recovered"). Changes nothing else; to undo, preview and
    // apply rollbackPlan(). For a commit-confirmed transaction it also tells whether the host undid it by itself
    // (hostReverted; the outcome is then RolledBack unless something is still new) or the undo is still pending
    // (revertPending, revertDeadline).
    ApplyReport recover(const QString &transactionId, const CancelToken &cancel);

    // A command the operator typed (bulwark-cli exec): it may change anything, so it goes through here and the
    // journal gets its argv before it runs and its exit status after (never its output, which may hold secrets).
    // Not a transaction: it has no checks and no undo.
    Result<Transport::CommandResult> runOperatorCommand(const Transport::RemoteCommand &command,
                                                        const CancelToken &cancel);

    // The plan that undoes an applied (or recovered) transaction: its file edits back to the originals kept on
    // the workstation (each checked against the hash in the journal), and its commands' inverses, newest first.
    // Preview it as any plan, then apply() it; it is journaled as a transaction of its own with "rollbackOf" set.
    static Result<Plan::ChangePlan> rollbackPlan(const Journal &journal, const QString &transactionId,
                                                 const QString &localBackupRoot = {});

private:
    struct Transaction;
    void progress(const ApplyProgress &progress) const;
    Result<void> journal(const QString &kind, const QJsonObject &payload);
    bool applyFileEdit(Transaction &tx, int index, const CancelToken &cancel);
    bool applyCommand(Transaction &tx, int index, const CancelToken &cancel);
    bool verifyAll(Transaction &tx, const CancelToken &cancel);
    Result<void> runReload(const Plan::FileEdit &edit, const CancelToken &cancel);
    void rollback(Transaction &tx);
    bool armRevert(Transaction &tx, const CancelToken &cancel);
    // Disarms through `session`, journals the result and records it in tx (disarmed, hostReverted).
    Result<HostRevert::State> disarmRevert(Transaction &tx, Transport::Session &session, const QString &via);
    // The console's rollback of a commit-confirmed transaction: the host runs its armed undo now (HostRevert::
    // revertNow). True when the host took it over (tx.hostReverted, tx.interrupted or still running); false when
    // there was nothing armed to run and the console rolls back itself.
    bool revertOnHostNow(Transaction &tx);

    Transport::Session &m_session;
    Journal &m_journal;
    ApplyOptions m_options;
    std::unique_ptr<RemoteFiles> m_files;
    std::function<void(const ApplyProgress &)> m_progress;
    QDateTime m_revertDeadline; // copied into each progress report while an automatic undo is armed
};

} // namespace Bulwark::Apply
