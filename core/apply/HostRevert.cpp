// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/HostRevert.h"

#include "core/transport/ShellQuote.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Bulwark::Apply {

namespace {

const char *const context = "Bulwark::Apply::HostRevert";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

// The undo itself, run on the host by the timer or the watchdog as `/bin/sh <folder>/revert.sh <folder>`; $1 is the
// folder. It works from the folder as it is when it fires (see HostRevert.h), so a transaction cut off at any point
// is undone as far as it got. Idempotent: the lock lets it run once, and neither disarm() nor a second firing can
// overlap it. Never half-writes a file: an original goes back through a staged copy in the target's directory and a
// rename.
//
// The undo-* files hold commands as data: each is ONE argv rendered by Transport::ShellQuote::render on the
// workstation (every argument single-quoted or bare-safe), and `eval` of that text runs exactly that argv. This is
// the one place Bulwark evaluates a command passed as data; nothing else is ever evaluated, and values reach the
// script only through the folder's files and $1.
const char *const revertScript = R"sh(f=$1
mkdir -- "$f/revert.lock" 2>/dev/null || exit 0
umask 077
log=$f/revert.log
failed=0
for o in "$f"/*.origin; do
[ -f "$o" ] || continue
b=${o%.origin}
[ -f "$b" ] || continue
t=$(cat -- "$o") || { failed=$((failed+1)); continue; }
case $t in /*) ;; *) failed=$((failed+1)); continue;; esac
s=${t%/*}/.${t##*/}.bulwark-revert
rm -f -- "$s"
if cp -p -- "$b" "$s"; then
if [ -e "$t" ] && command -v selinuxenabled >/dev/null 2>&1 && selinuxenabled; then chcon --reference="$t" -- "$s" 2>/dev/null || :; fi
sync -- "$s" 2>/dev/null || :
if mv -f -- "$s" "$t"; then
sync -- "${t%/*}" 2>/dev/null || :
echo "restored $t" >> "$log"
continue
fi
fi
rm -f -- "$s"
failed=$((failed+1))
echo "could not restore $t" >> "$log"
done
for m in "$f"/*.created; do
[ -f "$m" ] || continue
h=$(head -n 1 < "$m")
t=$(tail -n +2 < "$m")
case $t in /*) ;; *) continue;; esac
if [ -L "$t" ] || [ ! -f "$t" ]; then continue; fi
c=$(sha256sum < "$t") || { failed=$((failed+1)); continue; }
if [ "${c%% *}" = "$h" ]; then
rm -f -- "$t" && sync -- "${t%/*}" 2>/dev/null
echo "removed $t" >> "$log"
else
echo "left $t: it changed since Bulwark created it" >> "$log"
fi
done
for u in "$f"/undo-*; do
[ -f "$u" ] || continue
i=${u##*-}
ran=
if [ -e "$f/$i.started" ] || [ -e "$f/$i.created" ]; then ran=1; fi
for o in "$f/$i-"*.origin; do if [ -e "$o" ]; then ran=1; fi; done
[ -n "$ran" ] || continue
c=$(cat -- "$u") || { failed=$((failed+1)); continue; }
if (eval "$c") </dev/null >> "$log" 2>&1; then echo "ran ${u##*/}" >> "$log"; else failed=$((failed+1)); echo "failed ${u##*/}" >> "$log"; fi
done
printf '%s\nfailed %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$failed" > "$f/reverted.tmp"
mv -f -- "$f/reverted.tmp" "$f/reverted"
sync -- "$f" 2>/dev/null || :)sh";

// $1 folder, $2 seconds, $3 unit name, $4 the undo script, then pairs of (file name, content) for the undo-*
// files. Writes everything through temporary names, then arms: systemd-run's argv holds only the folder (checked
// against a safe character set, since systemd expands "$" and "%" in a service's command line) and constants.
// Without systemd, or not as root, a watchdog in its own session with no terminal and no inherited descriptors
// sleeps and then runs the undo; it records its process id, which is also its process group.
// Prints "armed systemd UNIT" or "armed watchdog PID".
const char *const armScript = R"sh(set -e
umask 077
f=$1 n=$2 u=$3 r=$4
shift 4
case $f in /*) ;; *) echo bad-folder; exit 2;; esac
case $f in *[!A-Za-z0-9/._-]*) echo bad-folder; exit 2;; esac
case $n in ''|*[!0-9]*) echo bad-seconds; exit 2;; esac
mkdir -p -- "$f"
if [ -e "$f/revert.sh" ]; then echo already-armed; exit 3; fi
while [ $# -ge 2 ]; do
case $1 in undo-[0-9]*-[0-9]*) ;; *) echo bad-name; exit 2;; esac
case $1 in *[!a-z0-9-]*) echo bad-name; exit 2;; esac
printf '%s\n' "$2" > "$f/$1.tmp"
mv -f -- "$f/$1.tmp" "$f/$1"
shift 2
done
printf '%s\n' "$r" > "$f/revert.sh.tmp"
mv -f -- "$f/revert.sh.tmp" "$f/revert.sh"
if [ -d /run/systemd/system ] && [ "$(id -u)" = 0 ] && command -v systemd-run >/dev/null 2>&1 &&
systemd-run --quiet --unit="$u" --description="Bulwark automatic undo" --on-active="${n}s" \
--timer-property=AccuracySec=1s --collect -- /bin/sh "$f/revert.sh" "$f" </dev/null >&2; then
printf '%s\n' "$u" > "$f/revert.unit"
echo "armed systemd $u"
exit 0
fi
command -v setsid >/dev/null 2>&1 || { echo no-setsid; exit 4; }
command -v nohup >/dev/null 2>&1 || { echo no-nohup; exit 4; }
rm -f -- "$f/revert.pid"
setsid nohup /bin/sh -c 'echo $$ > "$2/revert.pid.tmp" && mv -f -- "$2/revert.pid.tmp" "$2/revert.pid"; sleep "$1"; exec /bin/sh "$2/revert.sh" "$2"' bulwark-watchdog "$n" "$f" </dev/null >/dev/null 2>&1 &
i=0
while [ ! -s "$f/revert.pid" ]; do
i=$((i+1))
if [ "$i" -gt 100 ]; then echo watchdog-did-not-start; exit 4; fi
sleep 0.05 2>/dev/null || sleep 1
done
echo "armed watchdog $(cat -- "$f/revert.pid")")sh";

// $1 folder. Prints "disarmed", "reverted" (and the time), "reverting" or "not-armed".
const char *const disarmScript = R"sh(f=$1
if [ ! -e "$f/revert.sh" ]; then echo not-armed; exit 0; fi
if mkdir -- "$f/revert.lock" 2>/dev/null; then
date -u +%Y-%m-%dT%H:%M:%SZ > "$f/disarmed"
if [ -s "$f/revert.unit" ]; then
u=$(cat -- "$f/revert.unit")
systemctl stop -- "$u.timer" >/dev/null 2>&1 || :
fi
if [ -s "$f/revert.pid" ]; then
p=$(cat -- "$f/revert.pid")
case $p in ''|*[!0-9]*) ;; *) kill -TERM "-$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null || :;; esac
fi
echo disarmed
exit 0
fi
if [ -e "$f/disarmed" ]; then echo disarmed; exit 0; fi
i=0
while [ ! -e "$f/reverted" ] && [ "$i" -lt 30 ]; do sleep 1; i=$((i+1)); done
if [ -e "$f/reverted" ]; then echo reverted; head -n 1 < "$f/reverted"; else echo reverting; fi)sh";

// $1 folder, $2 seconds to wait. Runs the undo NOW, detached from the SSH session (a transient systemd service when
// the undo was armed as a systemd timer, else setsid/nohup), so it finishes even when the connection drops while this
// waits; the undo's own lock keeps it to one run however many times it is started. Then stops the timer or watchdog,
// which have nothing left to do. Prints "reverted" (and the time and "failed N"), "reverting" when the wait ran out,
// "disarmed" or "not-armed".
const char *const revertNowScript = R"sh(f=$1 n=$2
case $n in ''|*[!0-9]*) echo bad-seconds; exit 2;; esac
if [ ! -e "$f/revert.sh" ]; then echo not-armed; exit 0; fi
if [ -e "$f/disarmed" ]; then echo disarmed; exit 0; fi
if [ ! -e "$f/reverted" ] && [ ! -d "$f/revert.lock" ]; then
if [ -s "$f/revert.unit" ] && command -v systemd-run >/dev/null 2>&1 &&
systemd-run --quiet --unit="$(cat -- "$f/revert.unit")-now" --description="Bulwark undo" --collect \
-- /bin/sh "$f/revert.sh" "$f" </dev/null >/dev/null 2>&1; then :
else
setsid nohup /bin/sh "$f/revert.sh" "$f" </dev/null >/dev/null 2>&1 &
fi
fi
i=0
while [ ! -e "$f/reverted" ] && [ "$i" -lt "$n" ]; do sleep 1; i=$((i+1)); done
if [ ! -e "$f/reverted" ]; then echo reverting; exit 0; fi
if [ -s "$f/revert.unit" ]; then systemctl stop -- "$(cat -- "$f/revert.unit").timer" >/dev/null 2>&1 || :; fi
if [ -s "$f/revert.pid" ]; then
p=$(cat -- "$f/revert.pid")
case $p in ''|*[!0-9]*) ;; *) kill -TERM "-$p" 2>/dev/null || :;; esac
fi
echo reverted
cat -- "$f/reverted")sh";

// $1 folder. Prints the state (stateKey) and, for "reverted", the time and "failed N".
const char *const statusScript = R"sh(f=$1
if [ -e "$f/reverted" ]; then echo reverted; cat -- "$f/reverted"; exit 0; fi
if [ -e "$f/disarmed" ]; then echo disarmed; exit 0; fi
if [ -d "$f/revert.lock" ]; then echo reverting; exit 0; fi
if [ ! -e "$f/revert.sh" ]; then echo not-armed; exit 0; fi
if [ -s "$f/revert.unit" ]; then
u=$(cat -- "$f/revert.unit")
if systemctl is-active --quiet -- "$u.timer" 2>/dev/null; then echo pending; else echo lost; fi
exit 0
fi
if [ -s "$f/revert.pid" ]; then
p=$(cat -- "$f/revert.pid")
case $p in ''|*[!0-9]*) ;; *) if kill -0 "$p" 2>/dev/null; then echo pending; exit 0; fi;; esac
fi
echo lost)sh";

// $1 marker file; its content on stdin. Creates the folder (0700) if needed; whole or absent.
const char *const markScript = R"sh(set -e
umask 077
mkdir -p -- "${1%/*}"
cat > "$1.tmp"
mv -f -- "$1.tmp" "$1"
echo marked)sh";

QString firstLine(const QByteArray &bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    return QString::fromUtf8(newline < 0 ? bytes : bytes.left(newline)).trimmed();
}

Error failure(const QString &message, const Transport::CommandResult &result)
{
    QString detail = QString::fromUtf8(result.stdErr).trimmed();
    if (detail.isEmpty())
        detail = firstLine(result.stdOut);
    return Error(Error::Code::RemoteFailure, message, detail.left(2000));
}

} // namespace

HostRevert::HostRevert(Transport::Session &session, bool elevate, QString folder, QString unitName)
    : m_session(session)
    , m_elevate(elevate)
    , m_folder(std::move(folder))
    , m_unitName(std::move(unitName))
{}

QString HostRevert::unitNameFor(const QString &transactionId)
{
    return QStringLiteral("bulwark-revert-") + transactionId.left(8);
}

bool HostRevert::isUsableFolder(const QString &folder)
{
    static const QRegularExpression pattern(QStringLiteral("^/[A-Za-z0-9/._-]+$"));
    return pattern.match(folder).hasMatch();
}

QString HostRevert::stateKey(State state)
{
    switch (state) {
    case State::NotArmed:
        return QStringLiteral("not-armed");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Lost:
        return QStringLiteral("lost");
    case State::Reverting:
        return QStringLiteral("reverting");
    case State::Reverted:
        return QStringLiteral("reverted");
    case State::Disarmed:
        return QStringLiteral("disarmed");
    }
    return {};
}

Result<Transport::CommandResult> HostRevert::script(const char *script, const QList<QByteArray> &arguments,
                                                    const QByteArray &stdinData, const CancelToken &cancel)
{
    Transport::RemoteCommand command;
    command.argv = {"sh", "-c", script, "bulwark"};
    command.argv.append(arguments);
    command.stdinData = stdinData;
    command.elevate = m_elevate;
    command.maxOutputBytes = 64 * 1024;
    return m_session.run(command, cancel);
}

Result<HostRevert::Arming> HostRevert::arm(int seconds, const QList<Undo> &undo, const CancelToken &cancel)
{
    if (!isUsableFolder(m_folder))
        return Error(Error::Code::InvalidArgument,
                     tr("The host backup folder %1 has characters the automatic undo cannot pass to systemd; use "
                        "letters, digits, \"/\", \".\", \"_\" and \"-\" only.")
                         .arg(m_folder));
    QList<QByteArray> arguments = {m_folder.toUtf8(), QByteArray::number(seconds), m_unitName.toUtf8(),
                                   QByteArray(revertScript)};
    for (qsizetype i = 0; i < undo.size(); ++i) {
        auto rendered = Transport::ShellQuote::render(Transport::ShellQuote::toArgv(undo.at(i).argv));
        if (!rendered)
            return rendered.error();
        arguments.append(
            QStringLiteral("undo-%1-%2").arg(i + 1, 4, 10, QLatin1Char('0')).arg(undo.at(i).changeIndex).toLatin1());
        arguments.append(*rendered);
    }
    auto result = script(armScript, arguments, {}, cancel);
    if (!result)
        return result.error();
    const QStringList words = firstLine(result->stdOut.trimmed().split('\n').constLast()).split(u' ');
    if (result->exitStatus != 0 || words.size() != 3 || words.at(0) != QLatin1String("armed"))
        return failure(tr("Could not arm the automatic undo on the host."), *result);
    return Arming{words.at(1), words.at(2)};
}

Result<HostRevert::State> HostRevert::disarm(const CancelToken &cancel)
{
    auto result = script(disarmScript, {m_folder.toUtf8()}, {}, cancel);
    if (!result)
        return result.error();
    const QString answer = firstLine(result->stdOut);
    if (result->exitStatus == 0) {
        if (answer == QLatin1String("disarmed"))
            return State::Disarmed;
        if (answer == QLatin1String("reverted"))
            return State::Reverted;
        if (answer == QLatin1String("reverting"))
            return State::Reverting;
        if (answer == QLatin1String("not-armed"))
            return State::NotArmed;
    }
    return failure(tr("Could not remove the automatic undo armed on the host."), *result);
}

Result<HostRevert::Status> HostRevert::status(const CancelToken &cancel)
{
    auto result = script(statusScript, {m_folder.toUtf8()}, {}, cancel);
    if (!result)
        return result.error();
    return parseStatus(*result, tr("Could not check the automatic undo on the host."));
}

Result<HostRevert::Status> HostRevert::parseStatus(const Transport::CommandResult &result, const QString &failed)
{
    const QStringList lines = QString::fromUtf8(result.stdOut).trimmed().split(u'\n');
    if (result.exitStatus != 0 || lines.isEmpty())
        return failure(failed, result);
    Status status;
    const QString state = lines.constFirst().trimmed();
    static const State states[] = {State::NotArmed,  State::Pending,  State::Lost,
                                   State::Reverting, State::Reverted, State::Disarmed};
    bool known = false;
    for (State candidate : states) {
        if (stateKey(candidate) == state) {
            status.state = candidate;
            known = true;
        }
    }
    if (!known)
        return failure(failed, result);
    if (status.state == State::Reverted) {
        status.revertedAt = lines.value(1).trimmed();
        status.failedSteps = lines.value(2).section(u' ', 1).toInt();
    }
    return status;
}

Result<HostRevert::Status> HostRevert::revertNow(int waitSeconds, const CancelToken &cancel)
{
    auto result = script(revertNowScript, {m_folder.toUtf8(), QByteArray::number(waitSeconds)}, {}, cancel);
    if (!result)
        return result.error();
    return parseStatus(*result, tr("Could not start the automatic undo on the host."));
}

Result<void> HostRevert::mark(const QString &file, const QByteArray &content, const CancelToken &cancel)
{
    auto result = script(markScript, {file.toUtf8()}, content, cancel);
    if (!result)
        return result.error();
    if (result->exitStatus != 0 || !result->stdOut.trimmed().endsWith("marked"))
        return failure(tr("Could not record the change for the automatic undo in %1.").arg(file), *result);
    return {};
}

Result<void> HostRevert::markStarted(int changeIndex, const CancelToken &cancel)
{
    return mark(m_folder + u'/' + QString::number(changeIndex) + QStringLiteral(".started"), "started\n", cancel);
}

Result<void> HostRevert::markCreated(int changeIndex, const QString &target, const QByteArray &sha256,
                                     const CancelToken &cancel)
{
    return mark(m_folder + u'/' + QString::number(changeIndex) + QStringLiteral(".created"),
                sha256 + '\n' + target.toUtf8() + '\n', cancel);
}

} // namespace Bulwark::Apply
