// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/SudoersReader.h"

#include "core/util/FramedAnswer.h"

#include <QCoreApplication>
#include <QHash>

namespace Bulwark::Facts {

namespace {

const char *const context = "Bulwark::Facts::SudoersReader";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

// A constant script; everything variable is a positional parameter: $1 the boundary, then files or directories.
// Each file: "B file MODE UID GID PATH", its bytes, "\nB endfile". Each directory: "B dir PATH", one name per line,
// then its files. Names with a newline are left out (sudo would read them, so the tree load fails on them later).
const char *const prefetchScript = R"SH(b=$1; shift
nl='
'
u=${SUDO_USER:-$(id -un)}
printf '%s user\n%s\n' "$b" "$u"
printf '%s uid\n' "$b"; id -u -- "$u" 2>/dev/null
printf '%s groups\n' "$b"; id -Gn -- "$u" 2>/dev/null
printf '%s host\n' "$b"; hostname -s 2>/dev/null || uname -n
emit() {
    if [ -f "$1" ] && [ -r "$1" ]; then
        printf '%s file %s %s\n' "$b" "$(stat -L -c '%a %u %g' -- "$1")" "$1"
        cat -- "$1"
        printf '\n%s endfile\n' "$b"
    else
        printf '%s missing %s\n' "$b" "$1"
    fi
}
for p in "$@"; do
    case $p in *"$nl"*) continue ;; esac
    if [ -d "$p" ]; then
        printf '%s dir %s\n' "$b" "$p"
        for f in "$p"/* "$p"/.[!.]* "$p"/..?*; do
            [ -e "$f" ] || [ -L "$f" ] || continue
            n=${f##*/}
            case $n in *"$nl"*) continue ;; esac
            printf '%s\n' "$n"
        done
        for f in "$p"/*; do
            n=${f##*/}
            case $n in *"$nl"* | *.* | *~) continue ;; esac
            [ -e "$f" ] && emit "$f"
        done
    else
        emit "$p"
    fi
done
printf '%s passwd\n' "$b"; getent passwd | cut -d: -f1
printf '%s group\n' "$b"; getent group | cut -d: -f1
printf '%s end\n' "$b"
)SH";

struct Prefetch
{
    QString user;
    QString uid;
    QStringList groups;
    QString host;
    QHash<QString, QByteArray> files;
    QSet<QString> missing;
    QHash<QString, QStringList> directories;
    QHash<QString, Sudoers::SudoersLinter::FileMetadata> metadata;
    QSet<QString> users;
    QSet<QString> groupNames;
};

Error malformed(const QString &detail)
{
    return Error(Error::Code::ParseError, tr("The host's answer about its sudoers files was not understood."), detail);
}

bool isPrintableName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 4096)
        return false;
    for (char c : name) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return false;
    }
    return true;
}

// Pure: the prefetch output, with the boundary it was given. Hostile output is refused, never half-used.
Result<Prefetch> parsePrefetch(const QByteArray &out, const QByteArray &boundary)
{
    Prefetch p;
    const QByteArray marker = boundary + ' ';
    QByteArray section;
    QString currentDir;
    qsizetype pos = 0;
    bool ended = false;
    while (pos < out.size()) {
        qsizetype eol = out.indexOf('\n', pos);
        if (eol < 0)
            eol = out.size();
        const QByteArray line = out.mid(pos, eol - pos);
        pos = eol + 1;
        if (!line.startsWith(marker)) {
            if (section.isEmpty())
                return malformed(tr("output before the first section"));
            if (line.isEmpty())
                continue;
            if (section == "user")
                p.user = QString::fromUtf8(line);
            else if (section == "uid")
                p.uid = QString::fromUtf8(line);
            else if (section == "groups")
                p.groups = QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
            else if (section == "host")
                p.host = QString::fromUtf8(line).trimmed();
            else if (section == "dir" && isPrintableName(line))
                p.directories[currentDir].append(QString::fromUtf8(line));
            else if (section == "passwd" && isPrintableName(line))
                p.users.insert(QString::fromUtf8(line));
            else if (section == "group" && isPrintableName(line))
                p.groupNames.insert(QString::fromUtf8(line));
            continue;
        }
        const QByteArray rest = line.mid(marker.size());
        const qsizetype space = rest.indexOf(' ');
        const QByteArray word = space < 0 ? rest : rest.left(space);
        const QByteArray argument = space < 0 ? QByteArray() : rest.mid(space + 1);
        if (word == "end") {
            ended = true;
            break;
        }
        if (word == "file") {
            // "MODE UID GID PATH", then the bytes up to "\nB endfile\n".
            const QList<QByteArray> parts = argument.split(' ');
            if (parts.size() < 4)
                return malformed(tr("a file header without its metadata"));
            bool okMode = false, okUid = false, okGid = false;
            Sudoers::SudoersLinter::FileMetadata meta;
            meta.mode = parts.at(0).toUInt(&okMode, 8);
            meta.uid = parts.at(1).toUInt(&okUid);
            meta.gid = parts.at(2).toUInt(&okGid);
            const QByteArray path = argument.mid(parts.at(0).size() + parts.at(1).size() + parts.at(2).size() + 3);
            if (!okMode || !okUid || !okGid || !path.startsWith('/') || !isPrintableName(path))
                return malformed(tr("a file header that is not well formed"));
            const QByteArray end = '\n' + boundary + " endfile\n";
            // An empty file prints only "\nB endfile": the search starts right after the header's newline.
            const qsizetype contentEnd = pos <= out.size() ? out.indexOf(end, pos) : -1;
            if (contentEnd < 0)
                return malformed(tr("%1 is cut short").arg(QString::fromUtf8(path)));
            const QString key = QString::fromUtf8(path);
            p.files.insert(key, out.mid(pos, contentEnd - pos));
            p.metadata.insert(key, meta);
            pos = contentEnd + end.size();
            section = "file";
            continue;
        }
        if (word == "missing") {
            p.missing.insert(QString::fromUtf8(argument));
            section = "missing";
            continue;
        }
        if (word == "dir") {
            currentDir = QString::fromUtf8(argument);
            p.directories.insert(currentDir, {});
            section = word;
            continue;
        }
        if (word == "user" || word == "uid" || word == "groups" || word == "host" || word == "passwd" ||
            word == "group") {
            section = word;
            continue;
        }
        return malformed(tr("an unknown section \"%1\"").arg(QString::fromUtf8(word.left(40))));
    }
    if (!ended)
        return malformed(tr("the answer is incomplete"));
    return p;
}

Result<Prefetch> prefetch(Transport::Session &session, const QStringList &paths, const CancelToken &cancel)
{
    const QByteArray boundary = Framed::newBoundary();
    Transport::RemoteCommand command;
    command.argv = {"sh", "-c", prefetchScript, "sh", boundary};
    for (const QString &path : paths)
        command.argv.append(path.toUtf8());
    command.elevate = true;
    command.maxOutputBytes = 16 * 1024 * 1024;
    command.timeout = std::chrono::seconds(60);
    auto result = session.run(command, cancel);
    if (!result)
        return result.error();
    if (result->stdOutTruncated)
        return Error(Error::Code::OutputLimit, tr("The sudoers files are larger than Bulwark reads (16 MiB)."));
    if (result->exitStatus != 0)
        return Error(Error::Code::RemoteFailure, tr("Reading the sudoers files failed."),
                     QString::fromUtf8(result->stdErr.left(2000)).trimmed());
    return parsePrefetch(result->stdOut, boundary);
}

void merge(Prefetch &into, const Prefetch &from)
{
    for (auto it = from.files.cbegin(); it != from.files.cend(); ++it)
        into.files.insert(it.key(), it.value());
    for (auto it = from.metadata.cbegin(); it != from.metadata.cend(); ++it)
        into.metadata.insert(it.key(), it.value());
    for (auto it = from.directories.cbegin(); it != from.directories.cend(); ++it)
        into.directories.insert(it.key(), it.value());
    into.missing.unite(from.missing);
}

} // namespace

Result<SudoersSnapshot> SudoersReader::read(Transport::Session &session, bool sessionHasSudoPassword,
                                            const CancelToken &cancel)
{
    const QString root = QStringLiteral("/etc/sudoers");
    const QString dropIns = QStringLiteral("/etc/sudoers.d");
    Result<Prefetch> first = prefetch(session, {root, dropIns}, cancel);
    if (!first)
        return first.error();
    Prefetch data = std::move(*first);
    if (data.user.isEmpty())
        return malformed(tr("the login name is missing"));

    Error remoteError;
    // Files and directories outside the prefetch (includes elsewhere) are fetched with the same script, one each.
    auto fetch = [&](const QString &path) -> bool {
        if (data.files.contains(path) || data.missing.contains(path) || data.directories.contains(path))
            return true;
        Result<Prefetch> more = prefetch(session, {path}, cancel);
        if (!more) {
            remoteError = more.error();
            return false;
        }
        merge(data, *more);
        if (!data.files.contains(path) && !data.directories.contains(path))
            data.missing.insert(path);
        return true;
    };
    const Sudoers::SudoersTree::Reader reader = [&](const QString &path) -> Result<QByteArray> {
        if (!fetch(path))
            return remoteError;
        const auto it = data.files.constFind(path);
        if (it == data.files.constEnd())
            return Error(Error::Code::RemoteFailure, tr("%1 does not exist or is not a readable file.").arg(path));
        return it.value();
    };
    const Sudoers::SudoersTree::Lister lister = [&](const QString &directory) -> Result<QStringList> {
        QString dir = directory;
        while (dir.size() > 1 && dir.endsWith(u'/'))
            dir.chop(1);
        if (!fetch(dir))
            return remoteError;
        return data.directories.value(dir);
    };
    Sudoers::SudoersTree::Options options;
    options.shortHostName = data.host;
    Result<Sudoers::SudoersTree> tree = Sudoers::SudoersTree::load(root, reader, lister, options);
    if (!tree)
        return tree.error();

    SudoersSnapshot snapshot;
    snapshot.tree = std::move(*tree);
    for (const Sudoers::SudoersFile &file : snapshot.tree.files()) {
        const auto meta = data.metadata.constFind(file.path());
        if (meta != data.metadata.constEnd())
            snapshot.metadata.insert(file.path(), meta.value());
    }
    snapshot.users = data.users;
    snapshot.groups = data.groupNames;
    snapshot.identity.user = data.user;
    snapshot.identity.groups = data.groups;
    snapshot.identity.host = data.host;
    snapshot.identity.isRoot = data.uid == u"0";
    snapshot.identity.hasSudoPassword = sessionHasSudoPassword;
    return snapshot;
}

} // namespace Bulwark::Facts
