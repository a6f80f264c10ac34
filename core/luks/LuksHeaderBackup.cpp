// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/luks/LuksHeaderBackup.h"

#include "core/plan/CommandStep.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Bulwark::Luks {

namespace {

const char *const context = "Bulwark::Luks::LuksHeaderBackup";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A path under /etc/luks-keys (or any clean absolute path) ending in ".header": nothing else is fetched.
bool isHeaderPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(/[A-Za-z0-9._+@-]+)+\\.header$"));
    return re.match(path).hasMatch() && QDir::cleanPath(path) == path && !path.contains(QLatin1String("/../")) &&
           !path.contains(QLatin1String("/./"));
}

Result<void> writeNew(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Cannot write the LUKS header copy %1.").arg(path), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size() || !file.commit())
        return Error(Error::Code::Io, tr("Cannot write the LUKS header copy %1.").arg(path), file.errorString());
    return {};
}

} // namespace

QString LuksHeaderBackup::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/luks-headers");
}

QString LuksHeaderBackup::hostDirectory(const QString &root, const QString &hostDisplayName)
{
    QString name;
    for (const QChar c : hostDisplayName) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                           c == u'.' || c == u'-' || c == u'_' || c == u'@';
        name += plain ? c : u'_';
    }
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u'_');
    return root + u'/' + name.left(120);
}

QString LuksHeaderBackup::uuidOf(const QByteArray &header)
{
    // LUKS1 and LUKS2 share the first bytes: magic "LUKS\xba\xbe", a big-endian version, and the UUID as a
    // NUL-padded string of 40 bytes at offset 168.
    static const QByteArray magic("LUKS\xba\xbe", 6);
    if (header.size() < 208 || !header.startsWith(magic))
        return {};
    const int version = (uchar(header.at(6)) << 8) | uchar(header.at(7));
    if (version != 1 && version != 2)
        return {};
    QByteArray uuid = header.mid(168, 40);
    const qsizetype nul = uuid.indexOf('\0');
    if (nul >= 0)
        uuid.truncate(nul);
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F-]{36}$"));
    const QString text = QString::fromLatin1(uuid);
    return re.match(text).hasMatch() ? text.toLower() : QString();
}

QJsonObject LuksHeaderBackup::journalPayload(const LuksHeaderCopy &copy, const QString &transactionId)
{
    return {{QStringLiteral("transaction"), transactionId},
            {QStringLiteral("hostPath"), copy.hostPath},
            {QStringLiteral("localPath"), copy.localPath},
            {QStringLiteral("uuid"), copy.uuid},
            {QStringLiteral("sha256"), QString::fromLatin1(copy.sha256)},
            {QStringLiteral("size"), copy.size},
            {QStringLiteral("alreadyThere"), copy.alreadyThere}};
}

QStringList LuksHeaderBackup::hostPathsIn(const Plan::ChangePlan &plan)
{
    QStringList paths;
    for (const Plan::Change &change : plan.changes()) {
        const Plan::CommandStep *step = change.command();
        if (!step)
            continue;
        const QStringList argv = step->argv();
        if (argv.size() < 2 || argv.at(0) != u"cryptsetup" || argv.at(1) != u"luksHeaderBackup")
            continue;
        const qsizetype at = argv.indexOf(QStringLiteral("--header-backup-file"));
        if (at > 0 && at + 1 < argv.size() && !paths.contains(argv.at(at + 1)))
            paths.append(argv.at(at + 1));
    }
    return paths;
}

Result<LuksHeaderCopy> LuksHeaderBackup::fetch(Transport::Session &session, const QString &hostPath,
                                               const QString &localDir, const CancelToken &cancel)
{
    if (!isHeaderPath(hostPath))
        return Error(Error::Code::InvalidArgument,
                     tr("%1 is not the path of a LUKS header backup (an absolute path ending in .header).")
                         .arg(hostPath.left(200)));

    // 1. The header, through sudo: /etc/luks-keys is root's only.
    auto content = session.readFile(hostPath.toUtf8(), maxHeaderBytes, true, cancel);
    if (!content)
        return content.error();
    LuksHeaderCopy copy;
    copy.hostPath = hostPath;
    copy.size = content->size();
    copy.uuid = uuidOf(*content);
    if (copy.uuid.isEmpty())
        return Error(Error::Code::ParseError,
                     tr("%1 on the host is not a LUKS header backup (no LUKS magic or UUID at its start); nothing "
                        "was copied.")
                         .arg(hostPath));
    copy.sha256 = sha256Hex(*content);

    // 2. The host's own hash of the file, so a transfer that changed a byte is caught.
    Transport::RemoteCommand sum;
    sum.argv = {"sha256sum", "--", hostPath.toUtf8()};
    sum.elevate = true;
    sum.maxOutputBytes = 4096;
    auto summed = session.run(sum, cancel);
    if (!summed)
        return summed.error();
    if (summed->exitStatus != 0)
        return Error(Error::Code::RemoteFailure, tr("sha256sum of %1 failed on the host.").arg(hostPath),
                     QString::fromUtf8(summed->stdErr).trimmed().left(2000));
    const QByteArray hostHash = summed->stdOut.trimmed().split(' ').value(0).toLower();
    if (hostHash != copy.sha256)
        return Error(Error::Code::RemoteFailure,
                     tr("The copy of %1 does not match the host's file (sha256 %2 here, %3 on the host); nothing was "
                        "kept. Fetch it again.")
                         .arg(hostPath, QString::fromLatin1(copy.sha256), QString::fromLatin1(hostHash.left(64))));

    // 3. The local copy: 0700 folder, 0600 file, never over a different one.
    if (!QDir().mkpath(localDir))
        return Error(Error::Code::Io, tr("Cannot create %1 for the LUKS header copies.").arg(localDir));
    QFile::setPermissions(localDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString name = QFileInfo(hostPath).completeBaseName();
    const QString base = localDir + u'/' + name + u'-' + copy.uuid;
    copy.localPath = base + QStringLiteral(".header");
    if (QFileInfo::exists(copy.localPath)) {
        QFile existing(copy.localPath);
        if (existing.open(QIODevice::ReadOnly) && sha256Hex(existing.readAll()) == copy.sha256) {
            copy.alreadyThere = true;
            return copy;
        }
        copy.localPath = base + u'-' +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
                         QStringLiteral(".header");
        if (QFileInfo::exists(copy.localPath))
            return Error(Error::Code::Io, tr("%1 exists already; nothing was overwritten.").arg(copy.localPath));
    }
    if (auto written = writeNew(copy.localPath, *content); !written)
        return written.error();
    // Read back what landed on the disk.
    QFile check(copy.localPath);
    if (!check.open(QIODevice::ReadOnly) || sha256Hex(check.readAll()) != copy.sha256)
        return Error(Error::Code::Io, tr("The LUKS header copy %1 does not read back as written.").arg(copy.localPath));
    return copy;
}

} // namespace Bulwark::Luks
