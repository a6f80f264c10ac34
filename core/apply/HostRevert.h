// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Apply {

// The host-side half of commit-confirmed applying: an automatic undo armed on the host before an access-affecting
// change, which fires by itself after a timeout unless a fresh login disarms it. Like RemoteFiles, every operation
// is ONE remote command running a constant POSIX sh script with values only as positional parameters.
//
// Everything lives in the transaction's host backup folder <hostBackupRoot>/<transaction>/, and the undo works
// from that folder as it is when it fires:
//   N-name + N-name.origin   originals kept by RemoteFiles::backup(): each is put back (staged copy + rename)
//   N.created                 "hash\npath" of a file the transaction creates, written before its content is staged:
//                             removed if it still has that hash
//   N.started                 command step N was started: its undo commands run
//   undo-SEQ-N                one command (ShellQuote-rendered argv) to run, in SEQ order, if change N started
//                             (N.started, N.created or an N-*.origin exists): inverses of command steps; for file
//                             edits, removing the staged copy and the reload
//   revert.sh                 the constant undo script (revertScript in HostRevert.cpp)
//   revert.unit / revert.pid  the transient systemd timer's unit, or the fallback watchdog's process group
//   revert.lock/              taken (mkdir, atomic) by whichever comes first: the undo firing, or disarm()
//   disarmed / reverted       the outcome, with the UTC time
// The lock makes disarm() and the undo mutually exclusive without trusting the timer mechanism: once disarm() holds
// it, the undo can no longer start; once the undo holds it, disarm() reports that the host reverted.
//
// Thread: that of the Session it wraps.
class HostRevert
{
public:
    // One command the undo runs if change `changeIndex` started, in the order given.
    struct Undo
    {
        int changeIndex = -1;
        QStringList argv;
    };

    // How the undo waits on the host.
    struct Arming
    {
        QString mechanism; // "systemd" (transient timer) or "watchdog" (detached sleep, no systemd)
        QString handle;    // the timer's unit name, or the watchdog's process id
    };

    enum class State
    {
        NotArmed,  // the folder has no armed undo
        Pending,   // armed and still waiting
        Lost,      // armed, neither fired nor disarmed, and nothing waits any more (the host restarted?)
        Reverting, // the undo is running now
        Reverted,  // the undo ran: the host undid the transaction by itself
        Disarmed,  // a confirmed login removed it
    };

    struct Status
    {
        State state = State::NotArmed;
        QString revertedAt;  // UTC ISO time the undo finished, for Reverted
        int failedSteps = 0; // undo steps that failed, for Reverted
    };

    // folder: the transaction's host backup folder; unitName: unitNameFor(transaction).
    HostRevert(Transport::Session &session, bool elevate, QString folder, QString unitName);

    // "bulwark-revert-<first 8 characters of the transaction id>".
    static QString unitNameFor(const QString &transactionId);
    // The folder reaches systemd-run as an argument, where "$", "%" and blanks have meanings: only
    // [A-Za-z0-9/._-] absolute paths are used.
    static bool isUsableFolder(const QString &folder);
    static QString stateKey(State state);

    // Writes the undo script and `undo` into the folder and arms it to fire after `seconds`: a transient systemd
    // timer when the host runs systemd and the command runs as root, else a watchdog detached from the SSH session
    // (setsid, nohup) that survives the connection.
    Result<Arming> arm(int seconds, const QList<Undo> &undo, const CancelToken &cancel);
    // Takes the lock so the undo can never start, then stops the timer or watchdog. Returns Disarmed, or Reverted
    // (or Reverting, after waiting up to 30 s) when the undo got there first, or NotArmed.
    Result<State> disarm(const CancelToken &cancel);
    // What became of the armed undo; changes nothing.
    Result<Status> status(const CancelToken &cancel);
    // Runs the armed undo at once instead of disarming it (the console's own rollback of an access-affecting
    // transaction): started detached on the host, so it completes even if the connection drops now, and exactly once
    // (its lock). Waits up to waitSeconds for it to finish: Reverted with its time and failed steps, Reverting when
    // the wait ran out, Disarmed or NotArmed when there was nothing to run.
    Result<Status> revertNow(int waitSeconds, const CancelToken &cancel);
    // <folder>/N.started, written before command step N runs.
    Result<void> markStarted(int changeIndex, const CancelToken &cancel);
    // <folder>/N.created, written before the content of a file the change creates is staged.
    Result<void> markCreated(int changeIndex, const QString &target, const QByteArray &sha256,
                             const CancelToken &cancel);

private:
    Result<Transport::CommandResult> script(const char *script, const QList<QByteArray> &arguments,
                                            const QByteArray &stdinData, const CancelToken &cancel);
    Result<void> mark(const QString &file, const QByteArray &content, const CancelToken &cancel);
    static Result<Status> parseStatus(const Transport::CommandResult &result, const QString &failed);

    Transport::Session &m_session;
    bool m_elevate;
    QString m_folder;
    QString m_unitName;
};

} // namespace Bulwark::Apply
