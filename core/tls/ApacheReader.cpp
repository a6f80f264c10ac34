// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/ApacheReader.h"

#include "core/ssh/SshdConfig.h"
#include "core/util/FramedAnswer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Bulwark::Tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Tls::ApacheReader", text);
}

// "B name args" opens a section, "\nB ." closes it, "B end" ends the answer. File names that are not plain are
// reported (skipped) instead of read, so a name can never break the framing. A file is "file REAL LISTED": its real
// path and the name httpd's Include used (the same when it is no link; the real path when that name is not plain).
// -v's answer is kept whole with its exit status: Debian's apache2ctl prints its own errors there when it cannot run.
const char *const script = R"SH(b=$1
sec() { printf '%s %s\n' "$b" "$*"; }
fin() { printf '\n%s .\n' "$b"; }
PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
ctl=
for c in apache2ctl apachectl; do
    if command -v "$c" >/dev/null 2>&1; then ctl=$c; break; fi
done
if [ -z "$ctl" ]; then printf '%s end\n' "$b"; exit 0; fi
sec ctl "$ctl"; fin
out=$("$ctl" -v 2>&1); sec version $?; printf '%s\n' "$out" | head -n 20 | head -c 4096; fin
out=$("$ctl" -S 2>/dev/null); sec root; printf '%s\n' "$out" | grep '^ServerRoot: '; fin
out=$("$ctl" -M 2>/dev/null); sec modules $?; printf '%s' "$out"; fin
sec unit; systemctl show -p Id -p LoadState apache2.service httpd.service 2>/dev/null; fin
out=$("$ctl" -t -D DUMP_INCLUDES 2>&1); sec includes $?; printf '%s' "$out"; fin
printf '%s\n' "$out" | sed -n 's/^ *([^)]*) //p' | while IFS= read -r f; do
    r=$(readlink -f -- "$f") || r=$f
    case $r in /*) ;; *) r=/invalid ;; esac
    case $r in *[!A-Za-z0-9_./+@-]*) sec skipped; printf '%s' "$f" | tr -c 'A-Za-z0-9_./+@-' '?'; fin; continue ;; esac
    [ -f "$r" ] || continue
    l=$f
    case $l in /*) ;; *) l=$r ;; esac
    case $l in *[!A-Za-z0-9_./+@-]*) l=$r ;; esac
    sec file "$r" "$l"; cat -- "$r"; fin
done
printf '%s end\n' "$b"
)SH";

Error malformed(const QString &detail)
{
    return Error(Error::Code::ParseError, tr("The host's answer about its Apache web server was not understood."),
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

// The first lines a program printed, on one line, without control characters, for a message in plain words.
QString plainWords(const QString &text)
{
    QStringList lines;
    for (QString line : text.split(u'\n')) {
        for (QChar &c : line) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = u'?';
        }
        line = line.trimmed();
        if (!line.isEmpty() && line != u"Included configuration files:")
            lines << line.left(300);
        if (lines.size() == 3)
            break;
    }
    return lines.join(u' ');
}

} // namespace

const ApacheConfig *ApacheHostState::file(const QString &path) const
{
    const QString resolved = resolvedPath(path);
    for (const ApacheConfig &config : files) {
        if (config.path() == resolved)
            return &config;
    }
    return nullptr;
}

QString ApacheHostState::resolvedPath(const QString &path) const
{
    for (auto it = listedAs.cbegin(); it != listedAs.cend(); ++it) {
        if (it.value() == path)
            return it.key();
    }
    return path;
}

QList<const ApacheConfig *> ApacheHostState::included(const ApacheConfig &file, int virtualHost) const
{
    QList<const ApacheConfig *> out;
    for (int d : file.children(virtualHost)) {
        const ApacheConfig::Directive &include = file.directive(d);
        if ((!include.is(QStringLiteral("Include")) && !include.is(QStringLiteral("IncludeOptional"))) ||
            include.variable)
            continue;
        for (QString pattern : include.arguments) {
            if (!pattern.startsWith(u'/'))
                pattern = serverRoot + u'/' + pattern;
            for (const ApacheConfig &other : files) {
                // httpd matches the name it reads (a link in conf-enabled/, say), Bulwark keeps the real file.
                const bool matches = Ssh::SshdConfig::globMatches(pattern, other.path()) ||
                                     Ssh::SshdConfig::globMatches(pattern, listedPath(other.path()));
                if (matches && !out.contains(&other))
                    out << &other;
            }
        }
    }
    return out;
}

bool ApacheHostState::isTlsSite(const ApacheConfig &file, int virtualHost) const
{
    if (file.isTlsSite(virtualHost))
        return true;
    for (const ApacheConfig *other : included(file, virtualHost)) {
        for (const ApacheConfig::Directive &directive : other->directives()) {
            if (directive.is(QStringLiteral("SSLEngine")) &&
                directive.arguments.value(0).compare(QLatin1String("on"), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QList<Plan::TlsPlanner::Site> ApacheHostState::sites() const
{
    QList<Plan::TlsPlanner::Site> out;
    for (const ApacheConfig &config : files) {
        for (int host : config.virtualHosts()) {
            Plan::TlsPlanner::Site site;
            site.file = config.path();
            site.serverLine = config.directive(host).line;
            site.names = config.serverNames(host);
            for (const ApacheConfig::Address &address : config.addresses(host)) {
                if (!site.ports.contains(address.port))
                    site.ports << address.port;
            }
            site.tls = isTlsSite(config, host);
            for (int certificate : config.find(host, QStringLiteral("SSLCertificateFile")))
                site.certificates << config.directive(certificate).arguments.value(0);
            out << site;
        }
    }
    return out;
}

QByteArrayList ApacheReader::argv(const QByteArray &boundary)
{
    return {"sh", "-c", script, "sh", boundary};
}

Result<ApacheHostState> ApacheReader::parse(const QByteArray &output, const QByteArray &boundary)
{
    auto parsed =
        sections(output, boundary, {"ctl", "version", "root", "modules", "unit", "includes", "file", "skipped"});
    if (!parsed)
        return parsed.error();
    ApacheHostState state;
    if (parsed->isEmpty()) {
        state.installed = false;
        return state;
    }
    static const QRegularExpression module(QStringLiteral("^ ([a-z0-9_]+) \\((static|shared)\\)$"));
    static const QRegularExpression plainPath(QStringLiteral("^/[A-Za-z0-9_./+@-]*$"));
    static const QRegularExpression root(QStringLiteral("^ServerRoot: \"(/[A-Za-z0-9_./+@-]*)\"$"));
    static const QRegularExpression version(
        QStringLiteral("^Server version: (Apache/[0-9]+(?:\\.[0-9]+)*(?: \\([^()]*\\))?)\\s*$"));
    QSet<QString> seen;
    bool sawVersion = false, sawIncludes = false;
    QString versionWords, includesWords; // what the control program said instead of a version / a file list
    for (const Section &section : std::as_const(*parsed)) {
        const QString text = QString::fromUtf8(section.content);
        if (section.name == "ctl") {
            if (section.arguments != "apache2ctl" && section.arguments != "apachectl")
                return malformed(tr("the control program \"%1\"").arg(QString::fromUtf8(section.arguments.left(40))));
            state.installed = true;
            state.control = QString::fromLatin1(section.arguments);
            if (state.control == u"apachectl") {
                state.serverRoot = QStringLiteral("/etc/httpd");
                state.unit = QStringLiteral("httpd.service");
            }
        } else if (section.name == "version") {
            // Only httpd's own line is a version; anything else is the control program failing before httpd ran.
            bool statusOk = false;
            const int status = section.arguments.toInt(&statusOk);
            if (!section.arguments.isEmpty() && (!statusOk || status < 0))
                return malformed(tr("the exit status of apachectl -v"));
            sawVersion = true;
            for (const QString &line : text.split(u'\n')) {
                const auto match = version.match(line);
                if (match.hasMatch()) {
                    state.version = match.captured(1);
                    break;
                }
            }
            if (state.version.isEmpty()) {
                state.controlRuns = false;
                versionWords = plainWords(text);
            }
        } else if (section.name == "root") {
            const auto match = root.match(text.trimmed());
            if (match.hasMatch() && !match.captured(1).contains(QLatin1String("/..")))
                state.serverRoot = match.captured(1);
            while (state.serverRoot.size() > 1 && state.serverRoot.endsWith(u'/'))
                state.serverRoot.chop(1);
        } else if (section.name == "modules") {
            for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
                const auto match = module.match(line);
                if (match.hasMatch())
                    state.modules << match.captured(1);
                else if (line != u"Loaded Modules:")
                    return malformed(tr("apachectl -M printed \"%1\"").arg(line.left(80)));
            }
        } else if (section.name == "unit") {
            // "Id=apache2.service" "LoadState=loaded" per unit; the first loaded one wins.
            QString id, unit;
            for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
                if (line.startsWith(QLatin1String("Id=")))
                    id = line.mid(3).trimmed();
                else if (line.trimmed() == u"LoadState=loaded" && unit.isEmpty())
                    unit = id;
            }
            if (unit == u"apache2.service" || unit == u"httpd.service")
                state.unit = unit;
        } else if (section.name == "includes") {
            sawIncludes = true;
            if (!state.controlRuns) {
                // The check did not run either (the same control program); say so only when it said something else.
                const QString words = plainWords(text);
                if (section.arguments != "0" && !words.isEmpty() && words != versionWords)
                    includesWords = words;
            } else if (section.arguments != "0") {
                state.configValid = false;
                QStringList errors;
                for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
                    if (!line.startsWith(u' ') && line != u"Included configuration files:")
                        errors << line.trimmed().left(300);
                }
                state.problems << tr("Apache's configuration does not pass its own check now: %1")
                                      .arg(errors.mid(0, 5).join(QLatin1String(" ")));
            }
        } else if (section.name == "skipped") {
            state.problems << tr("Bulwark does not read %1: the name has characters it does not accept.")
                                  .arg(QString::fromUtf8(section.content.left(200)));
        } else {
            // "REAL LISTED": the real path and the name httpd's Include used (the same when it is no link).
            const QStringList paths = QString::fromUtf8(section.arguments).split(u' ');
            if (paths.size() != 2)
                return malformed(tr("a file header that is not well formed"));
            for (const QString &path : paths) {
                if (!plainPath.match(path).hasMatch() || path.contains(QLatin1String("/..")))
                    return malformed(tr("a file header that is not well formed"));
            }
            const QString &path = paths.at(0);
            const QString &listed = paths.at(1);
            if (seen.contains(path))
                continue; // included twice (or by a second name): httpd reads it twice, Bulwark once
            seen.insert(path);
            auto config = ApacheConfig::parse(section.content, path);
            if (!config) {
                state.problems << config.error().message() + u' ' + config.error().detail();
                continue;
            }
            if (listed != path)
                state.listedAs.insert(path, listed);
            state.files << *config;
        }
    }
    if (!state.installed)
        return malformed(tr("the answer names no control program"));
    if (!sawVersion)
        return malformed(tr("the answer of apachectl -v is missing"));
    if (!sawIncludes)
        return malformed(tr("the list of configuration files is missing"));
    if (!state.controlRuns) {
        QString problem = tr("%1 could not run on the host, so Apache's version, modules and sites are unknown and "
                             "its configuration was not checked. It said: %2")
                              .arg(state.control, versionWords.isEmpty() ? tr("nothing") : versionWords);
        if (versionWords.contains(QLatin1String("/var/lock/")) || versionWords.contains(QLatin1String("/run/lock")))
            problem +=
                u' ' + tr("(Debian's apache2ctl first creates its lock directory /var/lock/apache2; /var/lock "
                          "leads to /run/lock, which is probably missing. systemd-tmpfiles creates it at boot.)");
        state.problems.prepend(problem);
        if (!includesWords.isEmpty())
            state.problems << tr("%1 -t could not run either: %2").arg(state.control, includesWords);
    }
    return state;
}

Result<ApacheHostState> ApacheReader::read(Transport::Session &session, const CancelToken &cancel)
{
    const QByteArray boundary = Framed::newBoundary();
    Transport::RemoteCommand command;
    command.argv = argv(boundary);
    command.elevate = true;
    command.maxOutputBytes = 16 * 1024 * 1024;
    command.timeout = std::chrono::seconds(60);
    auto result = session.run(command, cancel);
    if (!result)
        return result.error();
    if (result->stdOutTruncated)
        return Error(Error::Code::OutputLimit, tr("The Apache configuration is larger than Bulwark reads (16 MiB)."));
    if (result->exitStatus != 0)
        return Error(Error::Code::RemoteFailure, tr("Reading the Apache configuration failed."),
                     QString::fromUtf8(result->stdErr.left(2000)).trimmed());
    return parse(result->stdOut, boundary);
}

} // namespace Bulwark::Tls
