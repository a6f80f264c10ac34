// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/RemoteFiles.h"

#include "core/plan/FileEdit.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Bulwark::Apply {

namespace {

const char *const context = "Bulwark::Apply::RemoteFiles";

// Every script below is a constant. Values reach it only as positional parameters ($1, $2 ...), which the shell
// never parses as code; ShellQuote renders the whole argv. Each prints one status line the caller checks.

// $1 path. Prints "symlink", "absent", "other", or "file MODE UID GID SIZE [CONTEXT]" and then the content.
const char *const inspectScript = R"sh(p=$1
if [ -L "$p" ]; then echo symlink; exit 0; fi
if [ ! -e "$p" ]; then echo absent; exit 0; fi
if [ ! -f "$p" ]; then echo other; exit 0; fi
s=$(stat -c '%a %u %g %s' -- "$p") || exit 1
c=$(stat -c %C -- "$p" 2>/dev/null) || c=
printf 'file %s %s\n' "$s" "$c"
exec cat -- "$p")sh";

// $1 path. Prints the SHA-256 of its content, or "absent".
const char *const hashScript = R"sh(if [ -e "$1" ] || [ -L "$1" ]; then
h=$(sha256sum < "$1") || exit 1
echo "${h%% *}"
else echo absent; fi)sh";

// $1 target, $2 backup folder, $3 backup file. Copies through a temporary name, so a backup is whole or absent.
const char *const backupScript = R"sh(set -e
umask 077
mkdir -p -- "$2"
rm -f -- "$3.tmp"
cp -p -- "$1" "$3.tmp"
sync -- "$3.tmp" 2>/dev/null || :
mv -f -- "$3.tmp" "$3"
printf '%s\n' "$1" > "$3.origin"
h=$(sha256sum < "$3")
echo "${h%% *}")sh";

// $1 target, $2 staged, $3 mode, $4 owner, $5 group; the content on stdin. noclobber (set -C) makes the shell
// create the staged file with O_EXCL, so a link planted at that name is never followed.
const char *const stageScript = R"sh(set -e
umask 077
rm -f -- "$2"
set -C
cat > "$2"
set +C
if [ -e "$1" ]; then
chown --reference="$1" -- "$2"
chmod --reference="$1" -- "$2"
if command -v selinuxenabled >/dev/null 2>&1 && selinuxenabled; then chcon --reference="$1" -- "$2"; fi
fi
if [ -n "$3" ]; then chmod -- "$3" "$2"; fi
if [ -n "$4" ]; then chown -- "$4" "$2"; fi
if [ -n "$5" ]; then chgrp -- "$5" "$2"; fi
sync -- "$2" 2>/dev/null || :
h=$(sha256sum < "$2")
echo "${h%% *}")sh";

// $1 target, $2 staged, $3 expected target hash ("absent" for a new file), $4 expected staged hash.
// Both hashes are checked on the host right before the rename; exit 3: target changed, 4: staged copy wrong.
const char *const swapScript = R"sh(t=$1
s=$2
if [ -L "$t" ]; then echo target-symlink; exit 3; fi
if [ -e "$t" ]; then c=$(sha256sum < "$t") || exit 1; c=${c%% *}; else c=absent; fi
if [ "$c" != "$3" ]; then echo "target-changed $c"; exit 3; fi
if [ -L "$s" ] || [ ! -f "$s" ]; then echo staged-missing; exit 4; fi
n=$(sha256sum < "$s") || exit 1
n=${n%% *}
if [ "$n" != "$4" ]; then echo "staged-changed $n"; exit 4; fi
mv -f -- "$s" "$t" || exit 1
sync -- "$(dirname -- "$t")" 2>/dev/null || :
echo swapped)sh";

// $1 target, $2 backup file, $3 staged, $4 expected hash of the backup.
const char *const restoreScript = R"sh(set -e
umask 077
rm -f -- "$3"
cp -p -- "$2" "$3"
n=$(sha256sum < "$3")
n=${n%% *}
if [ "$n" != "$4" ]; then rm -f -- "$3"; echo "backup-changed $n"; exit 4; fi
if [ -e "$1" ] && command -v selinuxenabled >/dev/null 2>&1 && selinuxenabled; then chcon --reference="$1" -- "$3"; fi
sync -- "$3" 2>/dev/null || :
mv -f -- "$3" "$1"
sync -- "$(dirname -- "$1")" 2>/dev/null || :
echo restored)sh";

// $1 target, $2 expected hash. Exit 3: the file has other content (left alone).
const char *const removeScript = R"sh(if [ -L "$1" ]; then echo target-symlink; exit 3; fi
if [ ! -e "$1" ]; then echo absent; exit 0; fi
c=$(sha256sum < "$1") || exit 1
c=${c%% *}
if [ "$c" != "$2" ]; then echo "target-changed $c"; exit 3; fi
rm -f -- "$1"
sync -- "$(dirname -- "$1")" 2>/dev/null || :
echo removed)sh";

QString firstLine(const QByteArray &bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    return QString::fromUtf8(newline < 0 ? bytes : bytes.left(newline)).trimmed();
}

bool isHexHash(const QByteArray &hash)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(QString::fromLatin1(hash)).hasMatch();
}

Error failure(const QString &message, const Transport::CommandResult &result)
{
    QString detail = QString::fromUtf8(result.stdErr).trimmed();
    if (detail.isEmpty())
        detail = firstLine(result.stdOut);
    return Error(Error::Code::RemoteFailure, message, detail.left(2000));
}

// The hash a script printed as its last line.
Result<QByteArray> printedHash(const Transport::CommandResult &result, const QString &what)
{
    const QByteArray hash = result.stdOut.trimmed().split('\n').constLast().trimmed();
    if (result.exitStatus != 0 || !isHexHash(hash))
        return failure(what, result);
    return hash;
}

} // namespace

RemoteFiles::RemoteFiles(Transport::Session &session, bool elevate)
    : m_session(session)
    , m_elevate(elevate)
{}

QString RemoteFiles::stagedPathFor(const QString &target, const QString &tag)
{
    const qsizetype slash = target.lastIndexOf(u'/');
    const QString directory = target.left(slash + 1);
    // Leave room in the 255-byte name limit for the prefix and tag.
    const QString name = target.mid(slash + 1).left(180);
    return directory + u'.' + name + QStringLiteral(".bulwark-") + tag;
}

Result<Transport::CommandResult> RemoteFiles::script(const char *script, const QStringList &arguments,
                                                     const QByteArray &stdinData, qint64 maxOutput,
                                                     const CancelToken &cancel)
{
    Transport::RemoteCommand command;
    command.argv = {"sh", "-c", script, "bulwark"};
    for (const QString &argument : arguments)
        command.argv.append(argument.toUtf8());
    command.stdinData = stdinData;
    command.elevate = m_elevate;
    command.maxOutputBytes = maxOutput;
    return m_session.run(command, cancel);
}

Result<Transport::CommandResult> RemoteFiles::run(const QStringList &argv, bool elevate, const CancelToken &cancel,
                                                  const QByteArray &stdinData)
{
    Transport::RemoteCommand command = Transport::RemoteCommand::fromArgs(argv);
    command.elevate = elevate && m_elevate;
    command.maxOutputBytes = 4 * 1024 * 1024;
    command.stdinData = stdinData;
    return m_session.run(command, cancel);
}

Result<RemoteFileState> RemoteFiles::inspect(const QString &path, const CancelToken &cancel)
{
    auto result = script(inspectScript, {path}, {}, maxFileBytes + 4096, cancel);
    if (!result)
        return result.error();
    if (result->stdOutTruncated)
        return Error(Error::Code::OutputLimit,
                     QCoreApplication::translate(context, "%1 is larger than %2 MiB; Bulwark does not edit it.")
                         .arg(path)
                         .arg(maxFileBytes / (1024 * 1024)));
    if (result->exitStatus != 0)
        return failure(QCoreApplication::translate(context, "Could not read %1.").arg(path), *result);
    const QByteArray &out = result->stdOut;
    const qsizetype newline = out.indexOf('\n');
    const QByteArray header = newline < 0 ? out.trimmed() : out.left(newline);
    RemoteFileState state;
    if (header == "absent") {
        state.kind = RemoteFileState::Kind::Absent;
        state.sha256 = absentHash();
        return state;
    }
    if (header == "symlink" || header == "other") {
        state.kind = header == "symlink" ? RemoteFileState::Kind::Symlink : RemoteFileState::Kind::Other;
        return state;
    }
    const QList<QByteArray> fields = header.split(' ');
    bool uidOk = false;
    bool gidOk = false;
    bool sizeOk = false;
    if (newline < 0 || fields.size() < 5 || fields.at(0) != "file")
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate(context, "Unexpected answer while reading %1.").arg(path),
                     QString::fromUtf8(header.left(200)));
    state.kind = RemoteFileState::Kind::File;
    state.mode = QString::fromLatin1(fields.at(1));
    state.uid = fields.at(2).toUInt(&uidOk);
    state.gid = fields.at(3).toUInt(&gidOk);
    const qint64 size = fields.at(4).toLongLong(&sizeOk);
    if (fields.size() > 5 && fields.at(5) != "?")
        state.selinuxContext = QString::fromUtf8(fields.at(5));
    state.content = out.mid(newline + 1);
    if (!uidOk || !gidOk || !sizeOk)
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate(context, "Unexpected answer while reading %1.").arg(path),
                     QString::fromUtf8(header.left(200)));
    if (size > maxFileBytes)
        return Error(Error::Code::OutputLimit,
                     QCoreApplication::translate(context, "%1 is larger than %2 MiB; Bulwark does not edit it.")
                         .arg(path)
                         .arg(maxFileBytes / (1024 * 1024)));
    // The file can change between stat and cat; the content read is what the hash describes.
    state.sha256 = Plan::FileEdit::sha256Hex(state.content);
    return state;
}

Result<QByteArray> RemoteFiles::hash(const QString &path, const CancelToken &cancel)
{
    auto result = script(hashScript, {path}, {}, 4096, cancel);
    if (!result)
        return result.error();
    const QByteArray printed = result->stdOut.trimmed();
    if (result->exitStatus == 0 && printed == absentHash())
        return printed;
    return printedHash(*result, QCoreApplication::translate(context, "Could not check %1.").arg(path));
}

Result<QByteArray> RemoteFiles::backup(const QString &target, const QString &backupFile, const CancelToken &cancel)
{
    const QString folder = backupFile.left(backupFile.lastIndexOf(u'/'));
    auto result = script(backupScript, {target, folder, backupFile}, {}, 64 * 1024, cancel);
    if (!result)
        return result.error();
    return printedHash(*result,
                       QCoreApplication::translate(context, "Could not back up %1 to %2.").arg(target, backupFile));
}

Result<QByteArray> RemoteFiles::stage(const QString &target, const QString &staged, const QByteArray &content,
                                      const QString &mode, const QString &owner, const QString &group,
                                      const CancelToken &cancel)
{
    auto result = script(stageScript, {target, staged, mode, owner, group}, content, 64 * 1024, cancel);
    if (!result)
        return result.error();
    return printedHash(*result,
                       QCoreApplication::translate(context, "Could not write the new %1 next to it.").arg(target));
}

Result<void> RemoteFiles::swap(const QString &target, const QString &staged, const QByteArray &expectedTargetHash,
                               const QByteArray &expectedStagedHash, const CancelToken &cancel)
{
    auto result = script(
        swapScript, {target, staged, QString::fromLatin1(expectedTargetHash), QString::fromLatin1(expectedStagedHash)},
        {}, 64 * 1024, cancel);
    if (!result)
        return result.error();
    if (result->exitStatus == 0 && result->stdOut.trimmed().endsWith("swapped"))
        return {};
    if (result->exitStatus == 3)
        return failure(
            QCoreApplication::translate(context, "%1 changed on the host after it was read; it was left as it is.")
                .arg(target),
            *result);
    if (result->exitStatus == 4)
        return failure(
            QCoreApplication::translate(context, "The staged copy of %1 is not what Bulwark wrote; it was not used.")
                .arg(target),
            *result);
    return failure(QCoreApplication::translate(context, "Could not put the new %1 in place.").arg(target), *result);
}

Result<void> RemoteFiles::restore(const QString &target, const QString &backupFile, const QString &staged,
                                  const QByteArray &expectedHash, const CancelToken &cancel)
{
    auto result =
        script(restoreScript, {target, backupFile, staged, QString::fromLatin1(expectedHash)}, {}, 64 * 1024, cancel);
    if (!result)
        return result.error();
    if (result->exitStatus == 0 && result->stdOut.trimmed().endsWith("restored"))
        return {};
    return failure(QCoreApplication::translate(context, "Could not restore %1 from %2.").arg(target, backupFile),
                   *result);
}

Result<void> RemoteFiles::removeIf(const QString &target, const QByteArray &expectedHash, const CancelToken &cancel)
{
    auto result = script(removeScript, {target, QString::fromLatin1(expectedHash)}, {}, 64 * 1024, cancel);
    if (!result)
        return result.error();
    const QByteArray printed = result->stdOut.trimmed();
    if (result->exitStatus == 0 && (printed.endsWith("removed") || printed.endsWith("absent")))
        return {};
    return failure(QCoreApplication::translate(context, "Could not remove %1.").arg(target), *result);
}

Result<void> RemoteFiles::discard(const QString &staged, const CancelToken &cancel)
{
    auto result = run({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), staged}, true, cancel);
    if (!result)
        return result.error();
    if (result->exitStatus != 0)
        return failure(QCoreApplication::translate(context, "Could not remove %1.").arg(staged), *result);
    return {};
}

} // namespace Bulwark::Apply
