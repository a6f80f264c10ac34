// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Bulwark::Apply {

// What a path on the host is, as inspect() found it.
struct RemoteFileState
{
    enum class Kind
    {
        Absent,
        File,
        Symlink, // refused: editing through a link would change a file the preview did not name
        Other,   // directory, device, fifo ...: refused
    };
    Kind kind = Kind::Absent;
    QString mode; // octal, "644"
    uint uid = 0;
    uint gid = 0;
    QString selinuxContext; // empty without SELinux
    QByteArray content;
    QByteArray sha256; // lowercase hex of content; "absent" for Kind::Absent
};

// The host-side half of the Applier's file transaction. Each operation is ONE remote command: a constant POSIX sh
// script (no value is ever pasted into it) with every path, hash and mode passed as a positional parameter. Each
// checks its own result on the host and prints a hash the Applier compares, so a half-transferred or changed file
// is caught where it is.
//
// Content reaches a target only by rename(2) of a fully written, fsynced and hash-checked staged copy in the same
// directory; that is what keeps a file "old or new, never half" when the connection drops at any point.
//
// Thread: that of the Session it wraps.
class RemoteFiles
{
public:
    // The hash the scripts print for a path that does not exist.
    static QByteArray absentHash() { return QByteArrayLiteral("absent"); }
    // Largest file the Applier edits (the preview must show it all).
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024;

    RemoteFiles(Transport::Session &session, bool elevate);

    // Kind, mode, owner, SELinux context and content of path. A file over maxFileBytes is an error.
    Result<RemoteFileState> inspect(const QString &path, const CancelToken &cancel);
    // The current hash of path, or absentHash().
    Result<QByteArray> hash(const QString &path, const CancelToken &cancel);
    // Copies target to backupFile (creating its folder 0700), next to it "<backupFile>.origin" naming the target;
    // returns the copy's hash.
    Result<QByteArray> backup(const QString &target, const QString &backupFile, const CancelToken &cancel);
    // Writes content to staged (mode 0600 while written, never following an existing file or link), gives it
    // target's owner, group, mode and SELinux context (or the explicit ones), fsyncs it, returns its hash.
    Result<QByteArray> stage(const QString &target, const QString &staged, const QByteArray &content,
                             const QString &mode, const QString &owner, const QString &group,
                             const CancelToken &cancel);
    // Renames staged over target, only if target still has expectedTargetHash (absentHash() for a new file) and
    // staged has expectedStagedHash; fsyncs the directory. Error code RemoteFailure with a message naming which
    // hash differed.
    Result<void> swap(const QString &target, const QString &staged, const QByteArray &expectedTargetHash,
                      const QByteArray &expectedStagedHash, const CancelToken &cancel);
    // Puts backupFile's content back on target through a staged copy and a rename; refuses if the backup's hash is
    // not expectedHash.
    Result<void> restore(const QString &target, const QString &backupFile, const QString &staged,
                         const QByteArray &expectedHash, const CancelToken &cancel);
    // Removes target if it still has expectedHash (undoing a created file).
    Result<void> removeIf(const QString &target, const QByteArray &expectedHash, const CancelToken &cancel);
    // Removes a staged copy if one is there.
    Result<void> discard(const QString &staged, const CancelToken &cancel);
    // Runs argv (elevated when the step asks and this object elevates), with `stdinData` on its stdin (after sudo's
    // password, which the session answers first). stdinData may be a secret: it is never logged.
    Result<Transport::CommandResult> run(const QStringList &argv, bool elevate, const CancelToken &cancel,
                                         const QByteArray &stdinData = {});

    // ".<name>.bulwark-<tag>" in target's directory: hidden, with dots, so sudoers.d, cron.d, nginx's "*.conf"
    // globs and systemd ignore it while it exists.
    static QString stagedPathFor(const QString &target, const QString &tag);

private:
    Result<Transport::CommandResult> script(const char *script, const QStringList &arguments,
                                            const QByteArray &stdinData, qint64 maxOutput, const CancelToken &cancel);

    Transport::Session &m_session;
    bool m_elevate;
};

} // namespace Bulwark::Apply
