// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Bulwark::Luks {

// A LUKS header backup copied from the host to the workstation. A value type.
struct LuksHeaderCopy
{
    QString hostPath;  // "/etc/luks-keys/data.header"
    QString localPath; // ".../luks-headers/<host>/data-<uuid>.header"
    QString uuid;      // the LUKS UUID read from the copy's own header
    QByteArray sha256; // lowercase hex; the host's sha256sum gave the same
    qint64 size = 0;
    bool alreadyThere = false; // an identical copy was there already; nothing was written
};

// Copies the header backup a LUKS plan leaves on the host (cryptsetup luksHeaderBackup, /etc/luks-keys/NAME.header)
// to the workstation, after a successful apply: one elevated read of the file, written to a new file of mode 0600 in
// a folder of mode 0700, then the host's own sha256sum of the file (read-only) compared with the local copy's. With
// the key file or passphrase, that copy is what reopens the device after its header is damaged; kept offline.
// An existing copy with the same name is never overwritten: identical, it is kept (alreadyThere); different (the
// header changed, e.g. a key slot was added), the new copy gets a time stamp in its name.
// Thread: fetch() blocks on the network and runs on the Session's thread; the rest is pure or local.
class LuksHeaderBackup
{
public:
    static constexpr qint64 maxHeaderBytes = 64 * 1024 * 1024; // LUKS2 headers are 16 MiB by default

    // The journal entry the console and the CLI append after a fetch (Journal::append(kindFetched(), host,
    // journalPayload(...))): transaction, hostPath, localPath, uuid, sha256, size.
    static QString kindFetched() { return QStringLiteral("luks-header-fetched"); }
    static QJsonObject journalPayload(const LuksHeaderCopy &copy, const QString &transactionId);

    // AppDataLocation + "/luks-headers".
    static QString defaultRoot();
    // <root>/<host>, the host's display name made safe as one folder name ("admin@db1:22" -> "admin@db1_22").
    static QString hostDirectory(const QString &root, const QString &hostDisplayName);

    static Result<LuksHeaderCopy> fetch(Transport::Session &session, const QString &hostPath, const QString &localDir,
                                        const CancelToken &cancel);

    // The header backups `plan` writes on the host (the --header-backup-file of its luksHeaderBackup steps).
    static QStringList hostPathsIn(const Plan::ChangePlan &plan);
    // The UUID in a LUKS1 or LUKS2 binary header (both keep it at byte 168); empty when `header` is not LUKS.
    static QString uuidOf(const QByteArray &header);
};

} // namespace Bulwark::Luks
