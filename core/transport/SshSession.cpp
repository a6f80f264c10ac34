// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/SshSession.h"

#include "core/transport/KnownHosts.h"
#include "core/transport/ShellQuote.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
#include <cstring>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <poll.h>

namespace Bulwark::Transport {

namespace {

constexpr int ReadChunk = 64 * 1024;
constexpr uint32_t WriteChunk = 32 * 1024;
constexpr int PollMs = 50;
const QString SystemKnownHosts = QStringLiteral("/etc/ssh/ssh_known_hosts");

// The first field of an SSH public key blob is the key type as a length-prefixed string.
QString keyTypeFromBlob(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const auto *p = reinterpret_cast<const unsigned char *>(blob.constData());
    const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (length == 0 || length > 64 || qsizetype(length) + 4 > blob.size())
        return {};
    return QString::fromLatin1(blob.constData() + 4, qsizetype(length));
}

QByteArray randomToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

struct ExitState
{
    int status = -1;
    bool statusReceived = false;
    QString signal;
};

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->status = status;
    state->statusReceived = true;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->signal = QString::fromLatin1(signal ? signal : "");
    state->statusReceived = true;
}

// Classifies sudo's own complaints, which come before our start marker on stderr.
Error sudoError(const QByteArray &preamble, int exitStatus)
{
    const QString text = QString::fromUtf8(preamble).trimmed();
    if (preamble.contains("a terminal is required") || preamble.contains("must have a tty"))
        return Error(
            Error::Code::SudoRequiresTty,
            SshSession::tr("sudo on this host requires a terminal (Defaults requiretty). Remove requiretty for this "
                           "account, or connect as a user that can run commands without a terminal."),
            text);
    if (preamble.contains("a password is required"))
        return Error(Error::Code::SudoPasswordRequired,
                     SshSession::tr("sudo on this host needs a password for this account. Enter the sudo password."),
                     text);
    if (preamble.contains("not in the sudoers file") || preamble.contains("is not allowed to") ||
        preamble.contains("may not run sudo"))
        return Error(Error::Code::SudoNotAllowed, SshSession::tr("This account may not use sudo on this host."), text);
    if (exitStatus == 127 || preamble.contains("sudo: not found") || preamble.contains("command not found"))
        return Error(Error::Code::SudoMissing, SshSession::tr("sudo is not installed on this host."), text);
    if (preamble.contains("incorrect password") || preamble.contains("Sorry, try again"))
        return Error(Error::Code::SudoWrongPassword, SshSession::tr("sudo rejected the password."), text);
    return Error(Error::Code::RemoteFailure, SshSession::tr("sudo failed before running the command."), text);
}

} // namespace

struct SshSession::Impl
{
    ssh_session session = nullptr;
    bool authenticated = false;

    ~Impl() { reset(); }
    void reset()
    {
        if (session) {
            if (ssh_is_connected(session))
                ssh_disconnect(session);
            ssh_free(session);
            session = nullptr;
        }
        authenticated = false;
    }
    QString lastError() const { return session ? QString::fromUtf8(ssh_get_error(session)) : QString(); }
};

SshSession::SshSession(SshTarget target, SshCredentials credentials)
    : m_target(std::move(target))
    , m_credentials(std::move(credentials))
    , d(std::make_unique<Impl>())
{}

SshSession::~SshSession() = default;

bool SshSession::isOpen() const
{
    return d->session && d->authenticated && ssh_is_connected(d->session);
}

void SshSession::close()
{
    d->reset();
}

Result<void> SshSession::open(const CancelToken &cancel)
{
    d->reset();
    m_hostKey = {};
    m_authMethod.clear();
    if (m_target.hostName.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No host name was given."));

    d->session = ssh_new();
    if (!d->session)
        return Error(Error::Code::Internal, tr("libssh could not create a session."));

    const QByteArray host = m_target.hostName.toUtf8();
    const QByteArray user = m_target.effectiveUser().toUtf8();
    const unsigned int port = m_target.effectivePort();
    const long timeout = long(m_target.connectTimeout.count());
    const int no = 0, yes = 1;
    const QByteArray knownHosts = QFile::encodeName(m_target.effectiveKnownHostsFile());
    ssh_options_set(d->session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(d->session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(d->session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(d->session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(d->session, SSH_OPTIONS_NODELAY, &yes);
    // ssh_config was resolved by SshConfig already; libssh must not apply it a second time.
    ssh_options_set(d->session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    // Used by libssh only to prefer host key algorithms we already know; verification is ours.
    ssh_options_set(d->session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(d->session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, QFile::encodeName(SystemKnownHosts).constData());
    if (!m_target.proxyJump.isEmpty() && m_target.proxyJump != u"none") {
        // libssh 0.10 implements ProxyJump through the OpenSSH client; the command goes through the quoting
        // function like every other command line.
        auto proxy = ShellQuote::render(
            {"ssh", "-W",
             (m_target.hostName.contains(u':') ? u'[' + m_target.hostName + u']' : m_target.hostName).toUtf8() + ':' +
                 QByteArray::number(port),
             "--", m_target.proxyJump.toUtf8()});
        if (!proxy)
            return proxy.error();
        ssh_options_set(d->session, SSH_OPTIONS_PROXYCOMMAND, proxy->constData());
    }

    if (cancel.isCanceled())
        return Error(Error::Code::Canceled, tr("Connection canceled."));
    qCDebug(lcTransport) << "connecting to" << m_target.displayName();
    // Connect without blocking so that a cancel (the user closing the dialog) is honoured within ~50 ms instead
    // of after the connect timeout; libssh still enforces SSH_OPTIONS_TIMEOUT per step.
    ssh_set_blocking(d->session, 0);
    QElapsedTimer connectTimer;
    connectTimer.start();
    int rc = SSH_AGAIN;
    while ((rc = ssh_connect(d->session)) == SSH_AGAIN) {
        if (cancel.isCanceled()) {
            d->reset();
            return Error(Error::Code::Canceled, tr("Connection canceled."));
        }
        if (connectTimer.elapsed() > (timeout + 5) * 1000) {
            d->reset();
            return Error(Error::Code::Timeout,
                         tr("%1 did not answer within %2 s.").arg(m_target.displayName()).arg(timeout));
        }
        const socket_t fd = ssh_get_fd(d->session);
        if (fd != SSH_INVALID_SOCKET) {
            pollfd pending{fd, POLLIN, 0};
            ::poll(&pending, 1, 50);
        } else {
            ::poll(nullptr, 0, 50);
        }
    }
    ssh_set_blocking(d->session, 1);
    if (rc != SSH_OK) {
        const QString detail = d->lastError();
        d->reset();
        return Error(Error::Code::ConnectFailed, tr("Could not connect to %1.").arg(m_target.displayName()), detail);
    }
    if (auto verified = verifyHostKey(); !verified) {
        d->reset();
        return verified;
    }
    if (cancel.isCanceled()) {
        d->reset();
        return Error(Error::Code::Canceled, tr("Connection canceled."));
    }
    if (auto authenticated = authenticate(); !authenticated) {
        d->reset();
        return authenticated;
    }
    d->authenticated = true;
    qCInfo(lcTransport) << "connected to" << m_target.displayName() << "using" << m_authMethod;
    return {};
}

Result<void> SshSession::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(d->session, &key) != SSH_OK || !key)
        return Error(Error::Code::ConnectFailed, tr("The server did not present a host key."), d->lastError());
    char *base64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &base64);
    ssh_key_free(key);
    if (rc != SSH_OK || !base64)
        return Error(Error::Code::ConnectFailed, tr("The server's host key could not be read."));
    m_hostKey.blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    m_hostKey.type = keyTypeFromBlob(m_hostKey.blob);
    if (!m_hostKey.isValid())
        return Error(Error::Code::ConnectFailed, tr("The server's host key is malformed."));

    const QString userFile = m_target.effectiveKnownHostsFile();
    auto known = KnownHosts::load(userFile);
    if (!known)
        return known.error();
    if (auto system = KnownHosts::load(SystemKnownHosts))
        known->append(*system);

    const quint16 port = m_target.effectivePort();
    const KnownHosts::Check check = known->check(m_target.hostName, port, m_hostKey);
    const QString fingerprint = m_hostKey.fingerprint();
    switch (check.verdict) {
    case KnownHosts::Verdict::Match:
        return {};
    case KnownHosts::Verdict::Revoked:
        return Error(Error::Code::HostKeyRevoked,
                     tr("%1 presented a host key that is marked as revoked (%2). Bulwark will not connect.")
                         .arg(m_target.displayName(), fingerprint),
                     QStringLiteral("%1:%2").arg(check.line->file).arg(check.line->number));
    case KnownHosts::Verdict::Changed:
        return Error(Error::Code::HostKeyChanged,
                     tr("The host key of %1 has CHANGED. Someone may be intercepting the connection, or the server "
                        "was reinstalled. Bulwark refuses to connect. If you know why the key changed, remove the "
                        "old key from %2 (line %3) and connect again.")
                         .arg(m_target.displayName(), check.line->file)
                         .arg(check.line->number),
                     tr("presented %1 %2; known %3 %4")
                         .arg(m_hostKey.type, fingerprint, check.line->key.type, check.line->key.fingerprint()));
    case KnownHosts::Verdict::Unknown:
        break;
    }
    if (!m_target.acceptFingerprint.isEmpty()) {
        if (m_target.acceptFingerprint != fingerprint)
            return Error(Error::Code::HostKeyChanged,
                         tr("%1 presented a different host key than the one you accepted. Bulwark refuses to connect.")
                             .arg(m_target.displayName()),
                         tr("accepted %1; presented %2").arg(m_target.acceptFingerprint, fingerprint));
        const auto added =
            KnownHosts::appendEntry(userFile, KnownHosts::entryFor(m_target.hostName, port, m_hostKey, true));
        if (!added)
            return added.error();
        qCInfo(lcTransport) << "added host key" << fingerprint << "for" << m_target.displayName() << "to" << userFile;
        return {};
    }
    return Error(Error::Code::HostKeyUnknown,
                 tr("%1 is not a known host. Its %2 key fingerprint is %3. Compare it with the server's own "
                    "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) before trusting it.")
                     .arg(m_target.displayName(), m_hostKey.type, fingerprint),
                 fingerprint);
}

Result<void> SshSession::authenticate()
{
    ssh_session s = d->session;
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethod = QStringLiteral("none");
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return Error(Error::Code::Disconnected, tr("The connection failed during login."), d->lastError());

    QStringList tried;
    QStringList notes;
    const auto methods = [&] {
        return unsigned(ssh_userauth_list(s, nullptr));
    };

    if (methods() & SSH_AUTH_METHOD_PUBLICKEY) {
        if (m_target.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            tried << tr("ssh-agent");
            rc = ssh_userauth_agent(s, nullptr);
            if (rc == SSH_AUTH_SUCCESS) {
                m_authMethod = QStringLiteral("publickey (agent)");
                return {};
            }
            if (rc == SSH_AUTH_ERROR && !ssh_is_connected(s))
                return Error(Error::Code::Disconnected, tr("The connection failed during login."), d->lastError());
        }
        QStringList identities = m_target.identityFiles;
        const bool explicitIdentities = !identities.isEmpty();
        if (!explicitIdentities) {
            const QString dir = QDir::homePath() + QStringLiteral("/.ssh/");
            identities = {dir + QStringLiteral("id_ed25519"), dir + QStringLiteral("id_ecdsa"),
                          dir + QStringLiteral("id_rsa")};
        }
        for (const QString &path : std::as_const(identities)) {
            if (!QFileInfo::exists(path)) {
                if (explicitIdentities)
                    notes << tr("identity file %1 does not exist").arg(path);
                continue;
            }
            ssh_key key = nullptr;
            const QByteArray passphrase = m_credentials.keyPassphrase;
            rc = ssh_pki_import_privkey_file(QFile::encodeName(path).constData(),
                                             passphrase.isEmpty() ? nullptr : passphrase.constData(), nullptr, nullptr,
                                             &key);
            if (rc != SSH_OK || !key) {
                notes << (passphrase.isEmpty() ? tr("%1 could not be loaded (it may need a passphrase)").arg(path)
                                               : tr("%1 could not be loaded (wrong passphrase?)").arg(path));
                continue;
            }
            tried << tr("key %1").arg(QFileInfo(path).fileName());
            rc = ssh_userauth_publickey(s, nullptr, key);
            ssh_key_free(key);
            if (rc == SSH_AUTH_SUCCESS) {
                m_authMethod = QStringLiteral("publickey (%1)").arg(path);
                return {};
            }
            if (rc == SSH_AUTH_ERROR)
                return Error(Error::Code::Disconnected, tr("The connection failed during login."), d->lastError());
        }
    }

    if (!m_credentials.password.isEmpty() && (methods() & SSH_AUTH_METHOD_PASSWORD)) {
        tried << tr("password");
        rc = ssh_userauth_password(s, nullptr, m_credentials.password.constData());
        if (rc == SSH_AUTH_SUCCESS) {
            m_authMethod = QStringLiteral("password");
            return {};
        }
        if (rc == SSH_AUTH_ERROR)
            return Error(Error::Code::Disconnected, tr("The connection failed during login."), d->lastError());
    }

    if (!m_credentials.password.isEmpty() && (methods() & SSH_AUTH_METHOD_INTERACTIVE)) {
        tried << tr("keyboard-interactive");
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        for (int round = 0; rc == SSH_AUTH_INFO && round < 8; ++round) {
            const int prompts = ssh_userauth_kbdint_getnprompts(s);
            bool answered = true;
            for (int i = 0; i < prompts; ++i) {
                char echo = 0;
                const char *prompt = ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo);
                if (echo) {
                    // A visible prompt asks for something other than the password (an OTP, a user name):
                    // Bulwark does not guess.
                    notes << tr("the server asked \"%1\", which Bulwark cannot answer")
                                 .arg(QString::fromUtf8(prompt).trimmed());
                    answered = false;
                    break;
                }
                ssh_userauth_kbdint_setanswer(s, unsigned(i), m_credentials.password.constData());
            }
            if (!answered)
                break;
            rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        }
        if (rc == SSH_AUTH_SUCCESS) {
            m_authMethod = QStringLiteral("keyboard-interactive");
            return {};
        }
    }

    QStringList offered;
    const unsigned accepted = ssh_is_connected(s) ? methods() : 0;
    if (accepted & SSH_AUTH_METHOD_PUBLICKEY)
        offered << QStringLiteral("publickey");
    if (accepted & SSH_AUTH_METHOD_PASSWORD)
        offered << QStringLiteral("password");
    if (accepted & SSH_AUTH_METHOD_INTERACTIVE)
        offered << QStringLiteral("keyboard-interactive");
    QString detail = tr("tried: %1; server accepts: %2")
                         .arg(tried.isEmpty() ? tr("nothing") : tried.join(QStringLiteral(", ")),
                              offered.isEmpty() ? tr("unknown") : offered.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        detail += QStringLiteral("; ") + notes.join(QStringLiteral("; "));
    return Error(Error::Code::AuthFailed,
                 tr("%1 refused the login. Check the user name, the password or the key.").arg(m_target.displayName()),
                 detail);
}

Result<CommandResult> SshSession::run(const RemoteCommand &command, const CancelToken &cancel)
{
    if (!isOpen())
        return Error(Error::Code::Disconnected, tr("Not connected to %1.").arg(m_target.displayName()));

    QByteArrayList argv = command.argv;
    QByteArray startMarker, promptMarker;
    const bool elevated = command.elevate && m_target.effectiveUser() != u"root";
    if (elevated) {
        // sudo prompts with a marker we can recognise; the inner sh announces that sudo let it through before any
        // of the command's own stdin is sent, so the password is written only when sudo asked for it.
        startMarker = "BULWARK-START-" + randomToken();
        promptMarker = "BULWARK-SUDO-" + randomToken() + ':';
        QByteArrayList wrapped;
        if (m_credentials.sudoPassword.isEmpty())
            wrapped = {"sudo", "-n", "--"};
        else
            wrapped = {"sudo", "-S", "-p", promptMarker, "--"};
        // The signal that stops a command (sshd's killpg as the login user) cannot reach root processes; sudo
        // relays it to this wrapper only, so the wrapper stays the command's parent and passes it on to its whole
        // process group, with SIGKILL a second later for whatever ignored it. "$@" runs in the background (stdin
        // handed over through fd 3, as an asynchronous list would get /dev/null) so the trap runs at once.
        wrapped << "sh"
                << "-c"
                << "trap 'trap \"\" TERM HUP INT; kill -TERM 0; sleep 1; kill -KILL 0' TERM HUP INT\n"
                   "printf '%s\\n' \"$0\" >&2 || exit 126\n"
                   "exec 3<&0\n"
                   "\"$@\" <&3 3<&- &\n"
                   "exec 3<&-\n"
                   "wait \"$!\""
                << startMarker;
        wrapped += argv;
        argv = wrapped;
    }
    auto line = ShellQuote::render(argv);
    if (!line)
        return line.error();
    countCommand();
    return runRaw(*line, command, cancel, elevated, startMarker, promptMarker);
}

Result<CommandResult> SshSession::runRaw(const QByteArray &commandLine, const RemoteCommand &command,
                                         const CancelToken &cancel, bool sudoHandshake, const QByteArray &startMarker,
                                         const QByteArray &promptMarker)
{
    ssh_session s = d->session;
    ExitState exit;
    ssh_channel_callbacks_struct callbacks{};
    callbacks.userdata = &exit;
    callbacks.channel_exit_status_function = onExitStatus;
    callbacks.channel_exit_signal_function = onExitSignal;
    ssh_callbacks_init(&callbacks);

    ssh_channel channel = ssh_channel_new(s);
    if (!channel)
        return Error(Error::Code::Disconnected, tr("Could not open a channel to %1.").arg(m_target.displayName()),
                     d->lastError());
    const auto freeChannel = qScopeGuard([&] {
        // A channel we close before the server does lives on inside libssh until the server's CLOSE arrives, and
        // its late exit-status/exit-signal would call these callbacks with `exit` long gone (landing in the next
        // command's frame). Detach them first.
        ssh_remove_channel_callbacks(channel, &callbacks);
        if (!ssh_channel_is_closed(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    });
    ssh_set_channel_callbacks(channel, &callbacks);

    const auto dropped = [&] {
        return Error(Error::Code::Disconnected,
                     tr("The connection to %1 dropped while a command was running.").arg(m_target.displayName()),
                     d->lastError());
    };

    if (ssh_channel_open_session(channel) != SSH_OK)
        return ssh_is_connected(s)
                   ? Error(Error::Code::RemoteFailure, tr("The server refused a new session channel."), d->lastError())
                   : dropped();
    qCDebug(lcTransport).noquote() << m_target.displayName() << "exec" << QString::fromUtf8(commandLine);
    if (ssh_channel_request_exec(channel, commandLine.constData()) != SSH_OK)
        return Error(Error::Code::RemoteFailure, tr("The server refused to run the command."), d->lastError());

    CommandResult result;
    QElapsedTimer timer;
    timer.start();
    QByteArray preamble; // stderr before the start marker (sudo's own words), never shown as command output
    bool started = !sudoHandshake;
    bool passwordSent = false;
    qsizetype stdinOffset = 0;
    bool eofSent = false;
    bool outEof = false, errEof = false;
    char buffer[ReadChunk];

    // SIGKILL cannot be relayed by sudo (it would kill sudo and orphan the root command): elevated commands get
    // SIGTERM, and the wrapper in run() escalates on the remote side.
    const char *const hardStop = sudoHandshake ? "TERM" : "KILL";
    const auto stop = [&](const char *signal) {
        ssh_channel_request_send_signal(channel, signal);
        ssh_channel_send_eof(channel);
        ssh_channel_close(channel);
    };
    const auto append = [&](QByteArray &target, bool &truncated, const char *data, int size) {
        const qint64 room = command.maxOutputBytes - target.size();
        if (size > room) {
            target.append(data, qsizetype(std::max<qint64>(room, 0)));
            truncated = true;
        } else {
            target.append(data, size);
        }
    };

    while (!(outEof && errEof)) {
        if (cancel.isCanceled()) {
            stop("TERM");
            return Error(Error::Code::Canceled, tr("The command was canceled."));
        }
        if (command.timeout.count() > 0 && timer.elapsed() > command.timeout.count()) {
            stop(hardStop);
            return Error(
                Error::Code::Timeout,
                tr("The command did not finish within %1 s and was stopped.").arg(command.timeout.count() / 1000.0));
        }

        bool progressed = false;
        if (started && !eofSent) {
            if (stdinOffset < command.stdinData.size()) {
                const uint32_t window = ssh_channel_window_size(channel);
                const auto n = uint32_t(
                    std::min<qint64>({qint64(window), qint64(WriteChunk), command.stdinData.size() - stdinOffset}));
                if (n > 0) {
                    const int written = ssh_channel_write(channel, command.stdinData.constData() + stdinOffset, n);
                    if (written == SSH_ERROR)
                        return dropped();
                    stdinOffset += written;
                    progressed = written > 0;
                }
            }
            if (stdinOffset >= command.stdinData.size()) {
                ssh_channel_send_eof(channel);
                eofSent = true;
            }
        }

        for (int isStderr = 0; isStderr <= 1; ++isStderr) {
            bool &eof = isStderr ? errEof : outEof;
            if (eof)
                continue;
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
            if (n == SSH_EOF) {
                eof = true;
            } else if (n == SSH_ERROR) {
                return dropped();
            } else if (n > 0) {
                progressed = true;
                if (isStderr && !started) {
                    preamble.append(buffer, n);
                    const qsizetype at = preamble.indexOf(QByteArray(startMarker + '\n'));
                    if (at >= 0) {
                        started = true;
                        const QByteArray rest = preamble.mid(at + startMarker.size() + 1);
                        preamble.truncate(at);
                        append(result.stdErr, result.stdErrTruncated, rest.constData(), int(rest.size()));
                    } else if (preamble.contains(promptMarker)) {
                        if (passwordSent) {
                            stop("TERM");
                            return Error(Error::Code::SudoWrongPassword,
                                         tr("sudo rejected the password for %1.").arg(m_target.effectiveUser()));
                        }
                        const QByteArray answer = m_credentials.sudoPassword + '\n';
                        if (ssh_channel_write(channel, answer.constData(), uint32_t(answer.size())) == SSH_ERROR)
                            return dropped();
                        passwordSent = true;
                        preamble.replace(promptMarker, QByteArray());
                    } else if (preamble.size() > 64 * 1024) {
                        stop("TERM");
                        return sudoError(preamble, -1);
                    }
                } else if (isStderr) {
                    append(result.stdErr, result.stdErrTruncated, buffer, n);
                } else {
                    append(result.stdOut, result.stdOutTruncated, buffer, n);
                }
            }
        }

        if (result.stdOutTruncated || result.stdErrTruncated) {
            stop(hardStop);
            result.elapsedMs = timer.elapsed();
            qCInfo(lcTransport) << m_target.displayName() << "command output exceeded" << command.maxOutputBytes
                                << "bytes; stopped";
            return result;
        }
        if (!ssh_is_connected(s))
            return dropped();
        if (!progressed && !(outEof && errEof)) {
            const int polled = ssh_channel_poll_timeout(channel, PollMs, outEof ? 1 : 0);
            if (polled == SSH_ERROR)
                return dropped();
        }
    }

    // Exit status usually follows EOF in the same packet burst; wait briefly for it.
    if (!exit.statusReceived && !ssh_channel_is_closed(channel)) {
        const int status = ssh_channel_get_exit_status(channel);
        if (!exit.statusReceived && status != -1) {
            exit.status = status;
            exit.statusReceived = true;
        }
    }
    result.exitStatus = exit.signal.isEmpty() ? exit.status : -1;
    result.exitSignal = exit.signal;
    result.elapsedMs = timer.elapsed();

    if (sudoHandshake && !started)
        return sudoError(preamble, result.exitStatus);
    if (!exit.statusReceived && !ssh_is_connected(s))
        return dropped();
    return result;
}

} // namespace Bulwark::Transport
