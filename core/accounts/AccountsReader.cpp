// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/AccountsReader.h"

#include "core/transport/SshSession.h"
#include "core/util/FramedAnswer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Bulwark::Facts {

namespace {

const char *const context = "Bulwark::Facts::AccountsReader";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

// Sections start with "BOUNDARY name"; the boundary is random per run, so no file content can fake one. shadow is
// reduced to name:inactive:expire on the host: no hash ever leaves it.
const char *const readScript = R"(b=$1
echo "$b shadow"
[ -r /etc/shadow ] && awk -F: 'NF >= 8 { print $1 ":" $7 ":" $8 }' /etc/shadow && echo "$b shadow-ok"
echo "$b group"
[ -r /etc/group ] && awk -F: 'NF >= 4 { print $1 ":" $3 ":" $4 }' /etc/group && echo "$b group-ok"
echo "$b cron"
for d in /var/spool/cron/crontabs /var/spool/cron/tabs /var/spool/cron; do
    [ -d "$d" ] || continue
    for f in "$d"/*; do [ -f "$f" ] && printf '%s\n' "$f"; done
done
echo "$b mail"
for d in /var/mail /var/spool/mail; do
    [ -d "$d" ] || continue
    for f in "$d"/*; do [ -s "$f" ] && printf '%s\n' "$f"; done
done
echo "$b processes"
ps -e -o uid= 2>/dev/null | sort -un && echo "$b processes-ok"
echo "$b shells"
for s in /usr/sbin/nologin /sbin/nologin; do [ -x "$s" ] && printf '%s\n' "$s"; done
echo "$b end"
)";

bool isName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c == u':' || c == u'/' || c.unicode() < 0x20)
            return false;
    }
    return true;
}

Error malformed(const QString &what)
{
    return Error(Error::Code::ParseError, tr("The host's account data could not be read: %1.").arg(what));
}

} // namespace

const GroupEntry *AccountsSnapshot::group(const QString &name) const
{
    for (const GroupEntry &entry : groups) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

const GroupEntry *AccountsSnapshot::groupById(qint64 gid) const
{
    for (const GroupEntry &entry : groups) {
        if (entry.gid == gid)
            return &entry;
    }
    return nullptr;
}

QByteArray AccountsReader::script()
{
    return QByteArray(readScript);
}

Result<void> AccountsReader::parse(const QByteArray &output, const QByteArray &boundary, AccountsSnapshot &into)
{
    QByteArray section;
    bool ended = false;
    const QByteArray prefix = boundary + ' ';
    for (const QByteArray &raw : output.split('\n')) {
        if (ended)
            break;
        if (raw.startsWith(prefix)) {
            const QByteArray name = raw.mid(prefix.size()).trimmed();
            if (name == "shadow-ok") {
                into.shadowRead = true;
            } else if (name == "group-ok") {
                into.groupsRead = true;
            } else if (name == "processes-ok") {
                into.processesRead = true;
            } else if (name == "end") {
                ended = true;
            } else if (name == "shadow" || name == "group" || name == "cron" || name == "mail" || name == "processes" ||
                       name == "shells") {
                section = name;
            } else {
                return malformed(tr("an unknown section"));
            }
            continue;
        }
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (section == "shadow") {
            const QStringList f = line.split(u':');
            if (f.size() == 3 && isName(f.at(0)) && !into.expiry.contains(f.at(0))) {
                static const QRegularExpression days(QStringLiteral("^-?[0-9]{0,9}$"));
                into.expiry.insert(f.at(0), days.match(f.at(2)).hasMatch() ? f.at(2) : QString());
            }
        } else if (section == "group") {
            const QStringList f = line.split(u':');
            bool ok = false;
            const qint64 gid = f.value(1).toLongLong(&ok);
            if (f.size() != 3 || !isName(f.at(0)) || !ok || gid < 0 || into.groups.size() >= 20000)
                continue;
            GroupEntry entry{f.at(0), gid, {}};
            for (const QString &member : f.at(2).split(u',', Qt::SkipEmptyParts)) {
                if (isName(member.trimmed()) && entry.members.size() < 5000)
                    entry.members.append(member.trimmed());
            }
            into.groups.append(entry);
        } else if (section == "cron" || section == "mail") {
            if (!line.startsWith(u'/') || line.size() > 4096)
                continue;
            QStringList &list = section == "cron" ? into.crontabs : into.mailSpools;
            if (list.size() < 20000)
                list.append(line);
        } else if (section == "processes") {
            bool ok = false;
            const qint64 uid = line.trimmed().toLongLong(&ok);
            if (ok && uid >= 0)
                into.processUids.insert(uid);
        } else if (section == "shells") {
            if (line == u"/usr/sbin/nologin" || line == u"/sbin/nologin")
                into.nologinShells.append(line);
        }
    }
    if (!ended)
        return malformed(tr("the answer is incomplete"));
    return {};
}

Result<AccountsSnapshot> AccountsReader::read(Transport::Session &session, bool sessionHasSudoPassword,
                                              const CancelToken &cancel)
{
    Result<SudoersSnapshot> sudoers = SudoersReader::read(session, sessionHasSudoPassword, cancel);
    if (!sudoers)
        return sudoers.error();
    AccountsSnapshot snapshot;
    snapshot.sudoers = std::move(*sudoers);
    if (const auto *ssh = dynamic_cast<const Transport::SshSession *>(&session))
        snapshot.loginMethod = ssh->authMethod();

    const QByteArray boundary = Framed::newBoundary();
    Transport::RemoteCommand command;
    command.argv = {"sh", "-c", script(), "sh", boundary};
    command.elevate = true;
    command.maxOutputBytes = 16 * 1024 * 1024;
    command.timeout = std::chrono::seconds(60);
    auto result = session.run(command, cancel);
    if (!result)
        return result.error();
    if (result->stdOutTruncated)
        return Error(Error::Code::OutputLimit, tr("The host's account data is larger than Bulwark reads (16 MiB)."));
    if (result->exitStatus != 0)
        return Error(Error::Code::RemoteFailure, tr("Reading the host's account data failed."),
                     QString::fromUtf8(result->stdErr.left(2000)).trimmed());
    if (auto parsed = parse(result->stdOut, boundary, snapshot); !parsed)
        return parsed.error();
    return snapshot;
}

} // namespace Bulwark::Facts
