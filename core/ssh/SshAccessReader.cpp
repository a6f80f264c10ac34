// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ssh/SshAccessReader.h"

#include "core/transport/SshSession.h"
#include "core/util/FramedAnswer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Bulwark::Ssh {

namespace {

const char *const context = "Bulwark::Ssh::SshAccessReader";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

// Shared by the scripts: "B name args" opens a section, "\nB ." closes it, "B end" ends the answer.
#define BULWARK_SECTIONS                                                                                               \
    "sec() { printf '%s %s\\n' \"$b\" \"$*\"; }\n"                                                                     \
    "fin() { printf '\\n%s .\\n' \"$b\"; }\n"

const char *const loginScript = "b=$1\n" BULWARK_SECTIONS R"SH(sec conn; printf '%s' "${SSH_CONNECTION:-}"; fin
sec user; id -un; fin
sec groups; id -Gn; fin
printf '%s end\n' "$b"
)SH";

const char *const stateScript = "b=$1; spec=$2\n" BULWARK_SECTIONS R"SH(PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
out=$(sshd -T -C "$spec"); sec effective $?; printf '%s' "$out"; fin
out=$(sshd -T 2>/dev/null); sec global $?; printf '%s' "$out"; fin
out=$(sshd -T -f /dev/null 2>/dev/null); sec defaults $?; printf '%s' "$out"; fin
sec version; ssh -V 2>&1 | head -n 1; fin
for q in cipher mac kex; do sec "$q"; ssh -Q "$q" 2>/dev/null; fin; done
sec unit; systemctl show -p Id -p LoadState ssh.service sshd.service 2>/dev/null; fin
for f in /etc/ssh/sshd_config /etc/ssh/sshd_config.d/*; do
    [ -f "$f" ] || continue
    case $f in *[!A-Za-z0-9_./+-]*) continue ;; esac
    sec file "$(stat -L -c '%a %u %g' -- "$f")" "$f"; cat -- "$f"; fin
done
printf '%s end\n' "$b"
)SH";

const char *const evaluateScript = "b=$1; spec=$2; banner=$3; shift 3\n" BULWARK_SECTIONS
                                   R"SH(PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
if [ -n "$banner" ]; then sec banner; if [ -f "$banner" ]; then printf yes; else printf no; fi; fin; fi
out=$(sshd -T -C "$spec" "$@"); sec effective $?; printf '%s' "$out"; fin
printf '%s end\n' "$b"
)SH";

#undef BULWARK_SECTIONS

Error malformed(const QString &detail)
{
    return Error(Error::Code::ParseError, tr("The host's answer about its SSH server was not understood."), detail);
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

bool isName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?$"));
    return name.size() <= 64 && pattern.match(name).hasMatch();
}

QStringList lines(const QByteArray &content)
{
    QStringList out;
    for (const QByteArray &line : content.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

Result<Transport::CommandResult> runCommand(Transport::Session &session, const QByteArrayList &argv, bool elevate,
                                            const CancelToken &cancel)
{
    Transport::RemoteCommand command;
    command.argv = argv;
    command.elevate = elevate;
    command.maxOutputBytes = 8 * 1024 * 1024;
    command.timeout = std::chrono::seconds(60);
    auto result = session.run(command, cancel);
    if (!result)
        return result.error();
    if (result->stdOutTruncated)
        return Error(Error::Code::OutputLimit, tr("The SSH configuration is larger than Bulwark reads (8 MiB)."));
    if (result->exitStatus != 0)
        return Error(Error::Code::RemoteFailure, tr("Reading the SSH server's configuration failed."),
                     QString::fromUtf8(result->stdErr.left(2000)).trimmed());
    return result;
}

} // namespace

QString SshHostState::connectionSpec() const
{
    QString spec = QStringLiteral("user=%1,host=%2,addr=%2").arg(login.user, login.clientAddress);
    if (!serverAddress.isEmpty())
        spec += QStringLiteral(",laddr=") + serverAddress;
    if (!serverPort.isEmpty())
        spec += QStringLiteral(",lport=") + serverPort;
    return spec;
}

QByteArrayList SshAccessReader::loginArgv(const QByteArray &boundary)
{
    return {"sh", "-c", loginScript, "sh", boundary};
}

QByteArrayList SshAccessReader::stateArgv(const QByteArray &boundary, const QString &spec)
{
    return {"sh", "-c", stateScript, "sh", boundary, spec.toUtf8()};
}

QByteArrayList SshAccessReader::evaluateArgv(const QByteArray &boundary, const QString &spec,
                                             const QStringList &options, const QString &bannerPath)
{
    QByteArrayList argv = {"sh", "-c", evaluateScript, "sh", boundary, spec.toUtf8(), bannerPath.toUtf8()};
    for (const QString &option : options)
        argv << "-o" << option.toUtf8();
    return argv;
}

Plan::SshLogin::Method SshAccessReader::methodOf(const Transport::Session &session, Plan::SshLogin::Method fallback)
{
    const auto *ssh = dynamic_cast<const Transport::SshSession *>(&session);
    if (!ssh)
        return fallback;
    const QString method = ssh->authMethod();
    if (method.startsWith(QLatin1String("publickey")))
        return Plan::SshLogin::Method::PublicKey;
    if (method == u"password" || method == u"keyboard-interactive")
        return Plan::SshLogin::Method::Password;
    return fallback;
}

Result<void> SshAccessReader::parseLogin(const QByteArray &output, const QByteArray &boundary, SshHostState &state)
{
    auto parsed = sections(output, boundary, {"conn", "user", "groups"});
    if (!parsed)
        return parsed.error();
    QString connection, user, groups;
    for (const Section &section : *parsed) {
        const QString text = QString::fromUtf8(section.content).trimmed();
        if (section.name == "conn")
            connection = text;
        else if (section.name == "user")
            user = text;
        else
            groups = text;
    }
    if (!isName(user))
        return malformed(tr("the login name \"%1\" is not an account name").arg(user.left(64)));
    // SSH_CONNECTION: client address, client port, server address, server port.
    const QStringList fields = connection.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 4)
        return Error(Error::Code::RemoteFailure,
                     tr("The host does not say where this session comes from ($SSH_CONNECTION is not set), so the "
                        "lock-out check cannot run."));
    QHostAddress client, server;
    bool portOk = false;
    const int port = fields.at(3).toInt(&portOk);
    if (!client.setAddress(fields.at(0)) || !server.setAddress(fields.at(2)) || !portOk || port <= 0 || port > 65535)
        return malformed(tr("$SSH_CONNECTION is not well formed"));
    state.login.user = user;
    state.login.groups.clear();
    for (const QString &group : groups.split(u' ', Qt::SkipEmptyParts)) {
        if (!isName(group))
            return malformed(tr("the group name \"%1\" is not well formed").arg(group.left(64)));
        state.login.groups << group;
    }
    state.login.clientAddress = client.toString();
    state.login.clientHost = state.login.clientAddress; // UseDNS no: sshd matches host= against the address
    state.serverAddress = server.toString();
    state.serverPort = QString::number(port);
    return {};
}

Result<QHash<QString, QString>> SshAccessReader::parseEffective(const QByteArray &output)
{
    static const QRegularExpression line(QStringLiteral("^[a-z0-9]+( [^\\x00-\\x1f\\x7f]*)?$"));
    for (const QByteArray &raw : output.split('\n')) {
        if (raw.isEmpty())
            continue;
        if (!line.match(QString::fromUtf8(raw)).hasMatch())
            return malformed(tr("sshd -T printed \"%1\"").arg(QString::fromUtf8(raw.left(80))));
    }
    QHash<QString, QString> effective = Plan::SshAccess::parseEffective(output);
    for (const char *key : {"permitrootlogin", "passwordauthentication", "pubkeyauthentication"}) {
        if (!effective.contains(QString::fromLatin1(key)))
            return malformed(tr("sshd -T did not print %1").arg(QString::fromLatin1(key)));
    }
    return effective;
}

Result<void> SshAccessReader::parseState(const QByteArray &output, const QByteArray &boundary, SshHostState &state)
{
    auto parsed = sections(output, boundary,
                           {"effective", "global", "defaults", "version", "cipher", "mac", "kex", "unit", "file"});
    if (!parsed)
        return parsed.error();
    bool sawEffective = false;
    state.files.clear();
    static const QRegularExpression algorithm(QStringLiteral("^[a-z0-9@.+-]+$"));
    for (const Section &section : *parsed) {
        if (section.name == "effective") {
            if (section.arguments != "0")
                return Error(Error::Code::RemoteFailure,
                             tr("sshd cannot read its own configuration now (sshd -T failed); fix that first."));
            auto effective = parseEffective(section.content);
            if (!effective)
                return effective.error();
            state.effective = *effective;
            sawEffective = true;
        } else if (section.name == "defaults" || section.name == "global") {
            // Optional when sshd could not print them (the planner and the wizard then know less); when it did,
            // the output is held to the same standard as the effective settings.
            if (section.arguments == "0") {
                auto values = parseEffective(section.content);
                if (!values)
                    return values.error();
                (section.name == "global" ? state.global : state.defaults) = *values;
            }
        } else if (section.name == "version") {
            state.version = QString::fromUtf8(section.content).trimmed().left(200);
        } else if (section.name == "cipher" || section.name == "mac" || section.name == "kex") {
            QStringList names;
            for (const QString &name : lines(section.content)) {
                if (!algorithm.match(name).hasMatch())
                    return malformed(tr("ssh -Q printed \"%1\"").arg(name.left(80)));
                names << name;
            }
            (section.name == "cipher" ? state.ciphers : section.name == "mac" ? state.macs : state.kex) = names;
        } else if (section.name == "unit") {
            // "Id=ssh.service" "LoadState=loaded" per unit, blank lines between; the first loaded one wins.
            QString id;
            for (const QString &text : lines(section.content)) {
                if (text.startsWith(QLatin1String("Id=")))
                    id = text.mid(3);
                else if (text == u"LoadState=loaded" && state.unit.isEmpty() && !id.isEmpty())
                    state.unit = id;
            }
            static const QRegularExpression unit(QStringLiteral("^[A-Za-z0-9:_.@-]+\\.service$"));
            if (!state.unit.isEmpty() && !unit.match(state.unit).hasMatch())
                return malformed(tr("the unit name \"%1\"").arg(state.unit.left(80)));
        } else {
            // "MODE UID GID PATH"
            const QList<QByteArray> parts = section.arguments.split(' ');
            if (parts.size() != 4)
                return malformed(tr("a file header that is not well formed"));
            bool okMode = false, okUid = false, okGid = false;
            parts.at(0).toUInt(&okMode, 8);
            SshHostState::File file;
            file.mode = QString::fromLatin1(parts.at(0));
            file.uid = parts.at(1).toUInt(&okUid);
            file.gid = parts.at(2).toUInt(&okGid);
            const QString path = QString::fromUtf8(parts.at(3));
            if (!okMode || !okUid || !okGid ||
                !(path == state.mainPath || path.startsWith(QLatin1String("/etc/ssh/sshd_config.d/"))) ||
                path.contains(QLatin1String("/..")))
                return malformed(tr("a file header that is not well formed"));
            file.content = section.content;
            state.files.insert(path, file);
        }
    }
    if (!sawEffective)
        return malformed(tr("the effective settings are missing"));
    if (!state.files.contains(state.mainPath))
        return Error(Error::Code::RemoteFailure, tr("%1 does not exist on the host.").arg(state.mainPath));
    return {};
}

Result<SshAccessReader::Evaluation> SshAccessReader::parseEvaluation(const QByteArray &output,
                                                                     const QByteArray &boundary,
                                                                     const QByteArray &stdErr, bool bannerAsked)
{
    auto parsed = sections(output, boundary, {"banner", "effective"});
    if (!parsed)
        return parsed.error();
    Evaluation evaluation;
    bool sawEffective = false, sawBanner = false;
    for (const Section &section : *parsed) {
        if (section.name == "banner") {
            if (section.content != "yes" && section.content != "no")
                return malformed(
                    tr("the banner check answered \"%1\"").arg(QString::fromUtf8(section.content.left(20))));
            evaluation.bannerExists = section.content == "yes";
            sawBanner = true;
            continue;
        }
        if (section.arguments != "0") {
            // sshd names the bad setting on stderr ("command-line line 0: Bad SSH2 cipher spec '...'").
            QString reason = QString::fromUtf8(stdErr).trimmed();
            const QStringList errorLines = reason.split(u'\n', Qt::SkipEmptyParts);
            reason = errorLines.isEmpty() ? QString() : errorLines.constLast().trimmed().left(300);
            return Error(Error::Code::InvalidArgument, tr("sshd on the host refuses the new settings."), reason);
        }
        auto effective = parseEffective(section.content);
        if (!effective)
            return effective.error();
        evaluation.effective = *effective;
        sawEffective = true;
    }
    if (!sawEffective || sawBanner != bannerAsked)
        return malformed(tr("the answer is incomplete"));
    return evaluation;
}

Result<SshHostState> SshAccessReader::read(Transport::Session &session, Plan::SshLogin::Method method,
                                           const CancelToken &cancel)
{
    SshHostState state;
    state.login.method = methodOf(session, method);
    const QByteArray loginBoundary = Framed::newBoundary();
    auto login = runCommand(session, loginArgv(loginBoundary), false, cancel);
    if (!login)
        return login.error();
    if (auto parsed = parseLogin(login->stdOut, loginBoundary, state); !parsed)
        return parsed.error();

    const QByteArray boundary = Framed::newBoundary();
    auto answer = runCommand(session, stateArgv(boundary, state.connectionSpec()), true, cancel);
    if (!answer)
        return answer.error();
    if (auto parsed = parseState(answer->stdOut, boundary, state); !parsed) {
        if (parsed.error().code() == Error::Code::RemoteFailure && parsed.error().detail().isEmpty())
            return Error(parsed.error().code(), parsed.error().message(),
                         QString::fromUtf8(answer->stdErr.left(2000)).trimmed());
        return parsed.error();
    }
    return state;
}

Result<SshAccessReader::Evaluation> SshAccessReader::evaluate(Transport::Session &session, const SshHostState &state,
                                                              const QStringList &options, const QString &bannerPath,
                                                              const CancelToken &cancel)
{
    const QByteArray boundary = Framed::newBoundary();
    auto answer =
        runCommand(session, evaluateArgv(boundary, state.connectionSpec(), options, bannerPath), true, cancel);
    if (!answer)
        return answer.error();
    return parseEvaluation(answer->stdOut, boundary, answer->stdErr, !bannerPath.isEmpty());
}

} // namespace Bulwark::Ssh
