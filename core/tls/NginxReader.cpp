// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/NginxReader.h"

#include "core/ssh/SshdConfig.h"
#include "core/util/FramedAnswer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Bulwark::Tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Tls::NginxReader", text);
}

// "B name args" opens a section, "\nB ." closes it, "B end" ends the answer. The file list comes from nginx -T, the
// main file first (printed by the script itself, so it is read even when nginx -T fails); every file is read with
// head -c, never through nginx -T's copy. Directories that are too broad to be nginx's own are no prefix at all.
const char *const scriptText = R"SH(b=$1
sec() { printf '%s %s\n' "$b" "$*"; }
fin() { printf '\n%s .\n' "$b"; }
PATH=/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/sbin:/usr/local/bin:$PATH
LC_ALL=C; export LC_ALL
if ! command -v nginx >/dev/null 2>&1; then sec absent; fin; printf '%s end\n' "$b"; exit 0; fi
sec version; nginx -v 2>&1 | head -n 1 | head -c 200; fin
conf=$(nginx -V 2>&1 | tr ' ' '\n' | sed -n 's/^--conf-path=//p' | head -n 1)
if [ -z "$conf" ]; then
    p=$(nginx -V 2>&1 | tr ' ' '\n' | sed -n 's/^--prefix=//p' | head -n 1)
    conf=${p:-/usr/local/nginx}/conf/nginx.conf
fi
sec conf; printf '%s' "$conf" | head -c 4096; fin
top=$(readlink -f -- "$(dirname -- "$conf")")
case $top in /|/etc|/usr|/usr/local|/opt|/var|/srv|/home|/root|/tmp) top= ;; esac
sec prefix; printf '%s' "$top" | head -c 4096; fin
out=$(nginx -t 2>&1); sec test $?; printf '%s' "$out" | tail -n 20 | head -c 8192; fin
{ printf '%s\n' "$conf"; nginx -T 2>/dev/null | sed -n 's/^# configuration file \(.*\):$/\1/p'; } |
awk '!seen[$0]++' | {
n=0
while IFS= read -r p; do
    n=$((n + 1))
    if [ "$n" -gt 500 ]; then sec toomany; fin; break; fi
    sec name; printf '%s' "$p" | head -c 4096; fin
    r=$(readlink -f -- "$p")
    sec real; printf '%s' "$r" | head -c 4096; fin
    if [ -z "$r" ] || [ ! -e "$r" ]; then sec skip missing; fin; continue; fi
    if [ -z "$top" ]; then sec skip outside; fin; continue; fi
    case $r in "$top"/*) ;; *) sec skip outside; fin; continue ;; esac
    if [ ! -f "$r" ]; then sec skip special; fin; continue; fi
    s=$(stat -c %s -- "$r" 2>/dev/null) || s=x
    case $s in ''|*[!0-9]*) sec skip unreadable; fin; continue ;; esac
    if [ "$s" -gt 1048576 ]; then sec skip large; fin; continue; fi
    if [ ! -r "$r" ]; then sec skip unreadable; fin; continue; fi
    sec file "$s"; head -c 1048577 -- "$r"; fin
done
}
printf '%s end\n' "$b"
)SH";

Error malformed(const QString &detail)
{
    return Error(Error::Code::ParseError, tr("The host's answer about its nginx configuration was not understood."),
                 detail);
}

using Section = Framed::Section;

// The framed answer's sections; a frame that does not hold is this reader's "not understood" with the reason.
Result<QList<Section>> sections(const QByteArray &out, const QByteArray &boundary, const QList<QByteArray> &known)
{
    auto parsed = Framed::split(out, boundary, known);
    if (!parsed)
        return malformed(parsed.error().message());
    return parsed;
}

// An absolute path without control characters, "." or ".." components, as readlink -f prints them.
bool isCleanPath(const QByteArray &bytes)
{
    if (!bytes.startsWith('/') || bytes.size() > 4096)
        return false;
    const QString path = QString::fromUtf8(bytes);
    if (path.toUtf8() != bytes || path.contains(QLatin1String("//")))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList parts = path.split(u'/');
    return !parts.contains(QStringLiteral(".")) && !parts.contains(QStringLiteral(".."));
}

QString shown(const QByteArray &bytes)
{
    // For messages only: what a path or nginx's words were, without control characters.
    QString text = QString::fromUtf8(bytes.left(300));
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return text;
}

// Whether an include directive of a file Bulwark read names `listed` (nginx resolves relative patterns against
// its configuration directory).
bool isIncluded(const QList<NginxConfig> &files, const QString &prefix, const QString &listed,
                const QHash<QString, QString> &listedAs)
{
    for (const NginxConfig &file : files) {
        const QString fileListed = listedAs.value(file.path(), file.path());
        if (fileListed == listed)
            continue;
        for (const NginxConfig::Directive &directive : file.directives()) {
            if (directive.name != u"include")
                continue;
            for (QString pattern : directive.arguments) {
                if (!pattern.startsWith(u'/'))
                    pattern = prefix + u'/' + pattern;
                if (Ssh::SshdConfig::globMatches(pattern, listed))
                    return true;
            }
        }
    }
    return false;
}

} // namespace

QList<Plan::TlsPlanner::Site> TlsHostState::sites() const
{
    QList<Plan::TlsPlanner::Site> out;
    for (const NginxConfig &config : files)
        out += Plan::TlsPlanner::sites(config);
    return out;
}

const NginxConfig *TlsHostState::file(const QString &path) const
{
    const QString resolved = resolvedPath(path);
    for (const NginxConfig &config : files) {
        if (config.path() == resolved)
            return &config;
    }
    return nullptr;
}

QString TlsHostState::resolvedPath(const QString &path) const
{
    for (auto it = listedAs.cbegin(); it != listedAs.cend(); ++it) {
        if (it.value() == path)
            return it.key();
    }
    return path;
}

QByteArray NginxReader::script()
{
    return QByteArray(scriptText);
}

Result<TlsHostState> NginxReader::parse(const QByteArray &output, const QByteArray &boundary)
{
    auto parsed = sections(output, boundary,
                           {"absent", "version", "conf", "prefix", "test", "name", "real", "skip", "file", "toomany"});
    if (!parsed)
        return parsed.error();
    TlsHostState state;
    if (!parsed->isEmpty() && parsed->constFirst().name == "absent") {
        if (parsed->size() != 1)
            return malformed(tr("output after \"nginx is not installed\""));
        return state;
    }
    state.nginxInstalled = true;
    QString realPrefix;
    bool sawConf = false, sawPrefix = false, sawTest = false;
    QByteArray name, real;
    bool haveName = false, haveReal = false;
    QSet<QString> seen;
    QList<QString> listedOrder; // the listed path of each read file, parallel to state.files
    for (const Section &section : std::as_const(*parsed)) {
        if (section.name == "absent") {
            return malformed(tr("\"nginx is not installed\" after other output"));
        } else if (section.name == "version") {
            static const QRegularExpression version(QStringLiteral("/([0-9][0-9A-Za-z.+~-]*)"));
            const auto match = version.match(QString::fromUtf8(section.content.left(200)));
            state.nginxVersion = match.hasMatch() ? match.captured(1) : QString();
        } else if (section.name == "conf") {
            if (!isCleanPath(section.content))
                return malformed(
                    tr("nginx's configuration path \"%1\" is not a plain path").arg(shown(section.content)));
            state.mainFile = QString::fromUtf8(section.content);
            state.prefix = state.mainFile.left(state.mainFile.lastIndexOf(u'/'));
            if (state.prefix.isEmpty())
                state.prefix = QStringLiteral("/");
            sawConf = true;
        } else if (section.name == "prefix") {
            sawPrefix = true;
            if (section.content.isEmpty()) {
                state.problems << tr("nginx's configuration directory %1 is not one Bulwark reads from (too broad or "
                                     "missing), so no file was read.")
                                      .arg(state.prefix);
            } else if (!isCleanPath(section.content)) {
                return malformed(
                    tr("nginx's configuration directory \"%1\" is not a plain path").arg(shown(section.content)));
            } else {
                realPrefix = QString::fromUtf8(section.content);
            }
        } else if (section.name == "test") {
            sawTest = true;
            state.configTestPassed = section.arguments == "0";
            if (!state.configTestPassed) {
                QStringList words;
                for (const QByteArray &line : section.content.split('\n')) {
                    const QString text = shown(line).trimmed();
                    if (!text.isEmpty())
                        words << text;
                }
                state.problems << tr("nginx -t fails on the host now: %1")
                                      .arg(words.isEmpty() ? tr("no reason given") : words.constLast());
            }
        } else if (section.name == "toomany") {
            state.problems << tr("nginx reads more than %1 files; Bulwark read the first %1.").arg(maxFiles);
        } else if (section.name == "name") {
            if (haveName)
                return malformed(tr("a file name without its contents"));
            name = section.content;
            haveName = true;
            haveReal = false;
        } else if (section.name == "real") {
            if (!haveName || haveReal)
                return malformed(tr("a resolved path without its file name"));
            real = section.content;
            haveReal = true;
        } else {
            // "skip REASON" or "file SIZE": the end of one file's entry.
            if (!haveName || !haveReal)
                return malformed(tr("file contents without a file name"));
            haveName = haveReal = false;
            if (!isCleanPath(name))
                return malformed(tr("nginx lists a file as \"%1\"").arg(shown(name)));
            const QString listed = QString::fromUtf8(name);
            if (section.name == "skip") {
                const QByteArray reason = section.arguments;
                if (reason == "missing")
                    state.problems << tr("%1 does not exist.").arg(listed);
                else if (reason == "outside")
                    state.problems << tr("%1 is outside nginx's configuration directory%2; Bulwark does not read it.")
                                          .arg(listed, real.isEmpty() || real == name
                                                           ? QString()
                                                           : tr(" (it leads to %1)").arg(shown(real)));
                else if (reason == "special")
                    state.problems << tr("%1 is not a regular file.").arg(listed);
                else if (reason == "large")
                    state.problems << tr("%1 is larger than Bulwark reads (1 MiB).").arg(listed);
                else if (reason == "unreadable")
                    state.problems << tr("%1 could not be read.").arg(listed);
                else
                    return malformed(tr("a file was skipped for an unknown reason"));
                continue;
            }
            if (!isCleanPath(real))
                return malformed(tr("%1 resolves to \"%2\"").arg(listed, shown(real)));
            const QString path = QString::fromUtf8(real);
            // The script reads only under the prefix; an answer that says otherwise is not the script's.
            if (realPrefix.isEmpty() || !path.startsWith(realPrefix + u'/'))
                return malformed(tr("%1 is outside nginx's configuration directory").arg(path));
            bool sizeOk = false;
            const qint64 size = section.arguments.toLongLong(&sizeOk);
            if (!sizeOk || size < 0)
                return malformed(tr("the size of %1").arg(path));
            if (section.content.size() > maxFileBytes) {
                state.problems << tr("%1 is larger than Bulwark reads (1 MiB).").arg(listed);
                continue;
            }
            if (section.content.size() != size) {
                state.problems << tr("%1 changed while Bulwark read it; read the host again.").arg(listed);
                continue;
            }
            if (seen.contains(path)) {
                // A second name for a file already read (two symlinks, or the file and a symlink to it).
                continue;
            }
            seen.insert(path);
            auto config = NginxConfig::parse(section.content, path);
            if (!config) {
                state.problems << tr("%1 could not be parsed: %2")
                                      .arg(listed, config.error().detail().isEmpty() ? config.error().message()
                                                                                     : config.error().detail());
                continue;
            }
            if (listed != path)
                state.listedAs.insert(path, listed);
            state.files << *config;
            listedOrder << listed;
        }
    }
    if (haveName)
        return malformed(tr("a file name without its contents"));
    if (!sawConf || !sawPrefix || !sawTest)
        return malformed(tr("the answer is incomplete"));
    if (state.files.size() > maxFiles)
        return malformed(tr("more files than the script reads"));

    // The list comes from nginx -T's dump, where a file's own text could contain a line that looks like nginx's
    // "# configuration file PATH:" header. Only the main file and files an include of a read file names are kept.
    const QString mainResolved = state.resolvedPath(state.mainFile);
    for (qsizetype i = state.files.size() - 1; i >= 0; --i) {
        const QString path = state.files.at(i).path();
        if (path == mainResolved || listedOrder.at(i) == state.mainFile)
            continue;
        if (!isIncluded(state.files, state.prefix, listedOrder.at(i), state.listedAs)) {
            state.problems << tr("%1 is listed by nginx -T, but no include directive Bulwark read names it; it is "
                                 "left out.")
                                  .arg(listedOrder.at(i));
            state.listedAs.remove(path);
            state.files.removeAt(i);
            listedOrder.removeAt(i);
        }
    }
    if (state.files.isEmpty() || state.files.constFirst().path() != mainResolved)
        state.problems.prepend(tr("nginx's main configuration file %1 was not read.").arg(state.mainFile));
    return state;
}

Result<TlsHostState> NginxReader::read(Transport::Session &session, const CancelToken &cancel)
{
    const QByteArray boundary = Framed::newBoundary();
    Transport::RemoteCommand command;
    command.argv = {"sh", "-c", script(), "sh", boundary};
    command.elevate = true;
    command.maxOutputBytes = 24 * 1024 * 1024;
    command.timeout = std::chrono::seconds(120);
    auto result = session.run(command, cancel);
    if (!result)
        return result.error();
    if (result->stdOutTruncated)
        return Error(Error::Code::OutputLimit,
                     tr("The host's nginx configuration is larger than Bulwark reads (24 MiB)."));
    if (result->exitStatus != 0)
        return Error(Error::Code::RemoteFailure, tr("Reading the host's nginx configuration failed."),
                     QString::fromUtf8(result->stdErr.left(2000)).trimmed());
    return parse(result->stdOut, boundary);
}

} // namespace Bulwark::Tls
