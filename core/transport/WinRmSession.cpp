// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/WinRmSession.h"

#include "core/transport/Clixml.h"
#include "core/transport/WindowsQuote.h"
#include "core/transport/WsmanEnvelope.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStringDecoder>
#include <QTimer>
#include <algorithm>
#include <optional>

namespace Bulwark::Transport {

namespace {

using namespace std::chrono_literals;

constexpr int CancelPollMs = 50;
constexpr qsizetype SendChunk = 64 * 1024; // 87 KiB of base64: well inside MaxEnvelopeSize
constexpr auto ShortTimeout = 5s;          // Signal and Delete on the way out
constexpr auto RequestMargin = 15s;        // on top of OperationTimeout, for the network
// cmd.exe's line limit is 8191 characters; WinRS adds "cmd /c " and quoting.
constexpr qsizetype MaxCommandLine = 8000;
const QByteArray MutualProfile =
    QByteArrayLiteral("http://schemas.dmtf.org/wbem/wsman/1/wsman/secprofile/https/mutual");
const QByteArray TooLargeMarker = QByteArrayLiteral("BULWARK-TOO-LARGE");

// What Windows sends as a DWORD may come back unsigned (3221225786) or signed (-1073741510); NTSTATUS codes read
// best signed.
int exitStatusFrom(qint64 code)
{
    if (code > std::numeric_limits<qint32>::max())
        code -= qint64(1) << 32;
    return int(code);
}

std::optional<QSslKey> loadKey(const QByteArray &pem)
{
    for (const auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

} // namespace

struct WinRmSession::Impl
{
    std::unique_ptr<QNetworkAccessManager> network;
    QSslConfiguration ssl;
    QString shellId;
};

struct WinRmSession::Answer
{
    int httpStatus = 0;
    WsmanEnvelope::Response response;
};

WinRmSession::WinRmSession(WinRmTarget target, WinRmCredentials credentials)
    : m_target(std::move(target))
    , m_credentials(std::move(credentials))
    , d(std::make_unique<Impl>())
{}

WinRmSession::~WinRmSession()
{
    close();
}

bool WinRmSession::isOpen() const
{
    return !d->shellId.isEmpty();
}

QString WinRmSession::shellId() const
{
    return d->shellId;
}

Result<void> WinRmSession::open(const CancelToken &cancel)
{
    if (isOpen())
        return {};
    if (m_target.hostName.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No host name was given."));
    const bool https = m_target.scheme == WinRmTarget::Scheme::Https;
    if (m_target.auth == WinRmTarget::Auth::Basic) {
        if (m_target.user.isEmpty())
            return Error(Error::Code::InvalidArgument, tr("No user name was given for %1.").arg(displayName()));
        if (!https && !m_target.allowUnencrypted)
            return Error(Error::Code::InvalidArgument,
                         tr("Basic authentication over HTTP would send the password for %1 unencrypted. Use HTTPS "
                            "(port 5986), or allow unencrypted WinRM for this host explicitly.")
                             .arg(displayName()));
    }

    if (https) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_target.caFile.isEmpty()) {
            const auto cas = QSslCertificate::fromPath(m_target.caFile, QSsl::Pem);
            if (cas.isEmpty())
                return Error(Error::Code::Io, tr("No CA certificate could be read from %1.").arg(m_target.caFile));
            ssl.addCaCertificates(cas);
        }
        if (m_target.auth == WinRmTarget::Auth::ClientCertificate) {
            const auto certificates = QSslCertificate::fromPath(m_target.clientCertificateFile, QSsl::Pem);
            if (certificates.isEmpty())
                return Error(Error::Code::Io,
                             tr("No client certificate could be read from %1.").arg(m_target.clientCertificateFile));
            QFile keyFile(m_target.clientKeyFile);
            if (!keyFile.open(QIODevice::ReadOnly))
                return Error(Error::Code::Io, tr("Could not read the client key %1.").arg(m_target.clientKeyFile),
                             keyFile.errorString());
            QByteArray pem = keyFile.readAll();
            const auto key = loadKey(pem);
            pem.fill('\0');
            if (!key)
                return Error(Error::Code::Io,
                             tr("%1 holds no unencrypted RSA or EC private key.").arg(m_target.clientKeyFile));
            ssl.setLocalCertificate(certificates.first());
            ssl.setLocalCertificateChain(certificates);
            ssl.setPrivateKey(*key);
        }
        d->ssl = ssl;
    } else if (m_target.auth == WinRmTarget::Auth::ClientCertificate) {
        return Error(Error::Code::InvalidArgument, tr("Client certificate authentication needs HTTPS."));
    }

    d->network = std::make_unique<QNetworkAccessManager>();
    d->network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    auto shell = createShell(cancel);
    if (!shell) {
        d->network.reset();
        return shell.error();
    }
    qCInfo(lcTransport) << displayName() << "WinRM shell" << *shell << "created";
    return {};
}

void WinRmSession::close()
{
    if (!d->network)
        return;
    deleteShell();
    d->network.reset();
}

Result<QString> WinRmSession::createShell(const CancelToken &cancel)
{
    const auto addressing = newAddressing();
    auto answer = request(WsmanEnvelope::create(addressing), addressing.messageId, {},
                          m_target.connectTimeout + std::chrono::seconds(addressing.operationTimeoutS), &cancel);
    if (!answer)
        return answer.error();
    if (answer->response.fault)
        return answer->response.fault->toError(m_target.hostName);
    if (answer->response.shellId.isEmpty())
        return Error(Error::Code::ParseError, tr("%1 created a shell but did not say its id.").arg(displayName()));
    d->shellId = answer->response.shellId;
    return d->shellId;
}

WsmanEnvelope::Addressing WinRmSession::newAddressing() const
{
    // Windows refuses an OperationTimeout of zero; one hour is plenty for a long poll.
    const auto seconds = std::clamp<qint64>(m_target.operationTimeout.count(), 1, 3600);
    return {m_target.endpoint(), WsmanEnvelope::newMessageId(), int(seconds)};
}

void WinRmSession::deleteShell()
{
    if (d->shellId.isEmpty())
        return;
    const QString shell = std::exchange(d->shellId, QString());
    const auto addressing = newAddressing();
    auto answer =
        request(WsmanEnvelope::deleteShell(addressing, shell), addressing.messageId, {}, ShortTimeout, nullptr);
    if (!answer)
        qCWarning(lcTransport).noquote() << displayName() << "could not delete WinRM shell" << shell << ":"
                                         << answer.error().toString();
    else if (answer->response.fault)
        qCWarning(lcTransport).noquote() << displayName() << "could not delete WinRM shell" << shell << ":"
                                         << answer->response.fault->toError(m_target.hostName).toString();
    else
        qCInfo(lcTransport) << displayName() << "WinRM shell" << shell << "deleted";
}

void WinRmSession::terminate(const QString &commandId)
{
    if (d->shellId.isEmpty() || commandId.isEmpty())
        return;
    const auto addressing = newAddressing();
    auto answer = request(WsmanEnvelope::signal(addressing, d->shellId, commandId, WsmanEnvelope::Signal::Terminate),
                          addressing.messageId, {}, ShortTimeout, nullptr);
    if (!answer)
        qCDebug(lcTransport).noquote() << displayName() << "terminate" << commandId << answer.error().toString();
    else if (answer->response.fault)
        qCDebug(lcTransport).noquote() << displayName() << "terminate" << commandId
                                       << answer->response.fault->toError(m_target.hostName).toString();
}

Result<WinRmSession::Answer> WinRmSession::request(const QByteArray &envelope, const QString &messageId,
                                                   const QString &commandId, std::chrono::milliseconds timeout,
                                                   const CancelToken *cancel)
{
    if (!d->network)
        return Error(Error::Code::Disconnected, tr("Not connected to %1.").arg(displayName()));
    if (cancel && cancel->isCanceled())
        return Error(Error::Code::Canceled, tr("Canceled."));

    const bool https = m_target.scheme == WinRmTarget::Scheme::Https;
    QNetworkRequest request{QUrl(m_target.endpoint())};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/soap+xml;charset=UTF-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Bulwark WinRM"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    if (m_target.auth == WinRmTarget::Auth::Basic) {
        QByteArray pair = m_target.user.toUtf8() + ':' + m_credentials.password;
        QByteArray header = "Basic " + pair.toBase64();
        request.setRawHeader(QByteArrayLiteral("Authorization"), header);
        pair.fill('\0');
        header.fill('\0');
    } else {
        request.setRawHeader(QByteArrayLiteral("Authorization"), MutualProfile);
    }
    if (https)
        request.setSslConfiguration(d->ssl);

    std::unique_ptr<QNetworkReply> reply(d->network->post(request, envelope));
    QEventLoop loop;
    bool canceled = false, timedOut = false, tooLarge = false, pinChanged = false, untrusted = false;
    QString presented;
    QStringList sslProblems;

    const auto checkPin = [&](const QList<QSslCertificate> &chain) {
        m_certificateChain = chain;
        presented = chain.isEmpty() ? QString() : WinRmTarget::fingerprint(chain.first());
        return !m_target.pinnedFingerprint.isEmpty() &&
               !WinRmTarget::sameFingerprint(m_target.pinnedFingerprint, presented);
    };
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        if (chain.isEmpty() && !errors.isEmpty() && !errors.first().certificate().isNull())
            chain = {errors.first().certificate()};
        if (checkPin(chain)) {
            pinChanged = true;
            return;
        }
        // A pinned (or just accepted) certificate is trusted as it is: the pin is the trust, not a CA.
        const bool pinned = !m_target.pinnedFingerprint.isEmpty();
        const bool accepted = !m_target.acceptFingerprint.isEmpty() && !presented.isEmpty() &&
                              WinRmTarget::sameFingerprint(m_target.acceptFingerprint, presented);
        if (pinned || accepted) {
            reply->ignoreSslErrors(errors);
            return;
        }
        untrusted = true;
        for (const QSslError &error : errors)
            sslProblems << error.errorString();
    });
    QObject::connect(reply.get(), &QNetworkReply::encrypted, &loop, [&] {
        if (checkPin(reply->sslConfiguration().peerCertificateChain())) {
            pinChanged = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        if (reply->bytesAvailable() > WsmanEnvelope::MaxResponseBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > WsmanEnvelope::MaxResponseBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    deadline.start(std::max(timeout, std::chrono::milliseconds(1)));
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->isCanceled()) {
            canceled = true;
            reply->abort();
        }
    });
    poll.start(CancelPollMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();
    deadline.stop();

    const QString host = displayName();
    if (canceled)
        return Error(Error::Code::Canceled, tr("Canceled."));
    if (pinChanged)
        return Error(Error::Code::HostKeyChanged,
                     tr("The TLS certificate of %1 is not the one pinned for it. This can mean someone is "
                        "intercepting the connection; it was refused. If the host's certificate was replaced, "
                        "remove the old pin after checking the new fingerprint with its administrator.")
                         .arg(host),
                     tr("presented %1, pinned %2").arg(presented, m_target.pinnedFingerprint));
    if (untrusted)
        return Error(Error::Code::HostKeyUnknown,
                     tr("The TLS certificate of %1 cannot be verified. Compare its fingerprint %2 with the one "
                        "the host's administrator reads on the host before trusting it.")
                         .arg(host, presented),
                     sslProblems.join(QStringLiteral("; ")));
    if (timedOut)
        return Error(Error::Code::Timeout,
                     tr("%1 did not answer within %2 s.").arg(host).arg(double(timeout.count()) / 1000.0));
    if (tooLarge)
        return Error(Error::Code::ParseError, tr("%1 sent an answer larger than %2 bytes; it was refused.")
                                                  .arg(host)
                                                  .arg(WsmanEnvelope::MaxResponseBytes));

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const QString detail = reply->errorString();
        if (isOpen())
            return Error(Error::Code::Disconnected, tr("The connection to %1 failed.").arg(host), detail);
        return Error(Error::Code::ConnectFailed, tr("Could not connect to %1.").arg(host), detail);
    }
    if (status == 401) {
        QStringList offered;
        for (const auto &pair : reply->rawHeaderPairs()) {
            if (pair.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
                offered << QString::fromLatin1(pair.second);
        }
        return Error(Error::Code::AuthFailed,
                     m_target.auth == WinRmTarget::Auth::Basic
                         ? tr("%1 rejected the user name or password (or Basic authentication is disabled in its "
                              "WinRM service; Basic works for local accounts only).")
                               .arg(host)
                         : tr("%1 rejected the client certificate (it must be mapped to a local account with "
                              "winrm create winrm/config/service/certmapping).")
                               .arg(host),
                     offered.isEmpty() ? QString() : tr("the host offers: %1").arg(offered.join(QStringLiteral(", "))));
    }
    const QByteArray body = reply->read(WsmanEnvelope::MaxResponseBytes + 1);
    if (status != 200 && status != 500)
        return Error(Error::Code::RemoteFailure, tr("%1 answered HTTP %2.").arg(host).arg(status),
                     reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    auto parsed = WsmanEnvelope::parse(body, messageId, commandId);
    if (!parsed) {
        if (status == 500)
            return Error(Error::Code::RemoteFailure, tr("%1 answered HTTP 500.").arg(host),
                         QString::fromUtf8(body.left(300)).simplified());
        return parsed.error();
    }
    if (status == 500 && !parsed->fault)
        return Error(Error::Code::RemoteFailure, tr("%1 answered HTTP 500 without a fault.").arg(host));
    return Answer{status, std::move(*parsed)};
}

Result<CommandResult> WinRmSession::run(const RemoteCommand &command, const CancelToken &cancel)
{
    if (!isOpen())
        return Error(Error::Code::Disconnected, tr("Not connected to %1.").arg(displayName()));
    if (command.argv.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No command was given."));
    if (const auto script = readablePowershellScript(command.argv)) {
        // A plan's readable step: sent encoded, never through cmd.exe's quoting.
        RemoteCommand encoded = powershell(*script);
        if (!encoded.stdinData.isEmpty() && !command.stdinData.isEmpty())
            return Error(Error::Code::InvalidArgument,
                         tr("The PowerShell script is too long to be sent together with input on stdin."));
        if (encoded.stdinData.isEmpty())
            encoded.stdinData = command.stdinData;
        encoded.maxOutputBytes = command.maxOutputBytes;
        encoded.timeout = command.timeout;
        encoded.elevate = command.elevate;
        return run(encoded, cancel);
    }
    auto program = WindowsQuote::cmdProgram(command.argv.first());
    if (!program)
        return program.error();
    QByteArrayList arguments;
    for (qsizetype i = 1; i < command.argv.size(); ++i) {
        auto argument = WindowsQuote::cmdArgument(command.argv.at(i));
        if (!argument)
            return argument.error();
        arguments << *argument;
    }
    // `elevate` needs nothing: see the class comment.
    countCommand();

    QElapsedTimer timer;
    timer.start();
    const std::chrono::milliseconds perRequest =
        std::chrono::seconds(newAddressing().operationTimeoutS) + RequestMargin;
    const auto overdue = [&] {
        return command.timeout.count() > 0 && timer.elapsed() > command.timeout.count();
    };
    // The wait for one request: never past the command's own deadline.
    const auto requestTimeout = [&]() -> std::chrono::milliseconds {
        if (command.timeout.count() <= 0)
            return perRequest;
        return std::clamp(command.timeout - std::chrono::milliseconds(timer.elapsed()), std::chrono::milliseconds(1),
                          perRequest);
    };
    const auto timeoutError = [&] {
        return Error(
            Error::Code::Timeout,
            tr("The command did not finish within %1 s and was stopped.").arg(command.timeout.count() / 1000.0));
    };
    const auto canceledError = [] {
        return Error(Error::Code::Canceled, tr("The command was canceled."));
    };

    QString commandId;
    for (int attempt = 0; commandId.isEmpty(); ++attempt) {
        const auto addressing = newAddressing();
        auto answer = request(WsmanEnvelope::command(addressing, d->shellId, *program, arguments), addressing.messageId,
                              {}, requestTimeout(), &cancel);
        if (!answer)
            return answer.error().code() == Error::Code::Timeout && overdue() ? timeoutError() : answer.error();
        if (const auto &fault = answer->response.fault) {
            // The shell is gone (its idle timeout, a WinRM service restart): make a new one, once.
            if (attempt == 0 && fault->wsmanCode == WsmanEnvelope::InvalidSelectorsCode) {
                qCInfo(lcTransport) << displayName() << "WinRM shell" << d->shellId << "is gone; creating another";
                d->shellId.clear();
                auto shell = createShell(cancel);
                if (!shell)
                    return shell.error();
                continue;
            }
            return fault->toError(m_target.hostName);
        }
        commandId = answer->response.commandId;
        if (commandId.isEmpty())
            return Error(Error::Code::ParseError,
                         tr("%1 started the command but did not say its id.").arg(displayName()));
    }
    qCDebug(lcTransport).noquote() << displayName() << "command" << commandId << QString::fromUtf8(*program);

    // From here on every way out stops the command on the host.
    const auto fail = [&](const Error &error) {
        terminate(commandId);
        return error;
    };
    const auto failRequest = [&](const Error &error) {
        if (error.code() == Error::Code::Canceled)
            return fail(canceledError());
        if (error.code() == Error::Code::Timeout && overdue())
            return fail(timeoutError());
        return fail(error);
    };

    for (qsizetype offset = 0; offset < command.stdinData.size();) {
        if (cancel.isCanceled())
            return fail(canceledError());
        if (overdue())
            return fail(timeoutError());
        const QByteArray chunk = command.stdinData.mid(offset, SendChunk);
        offset += chunk.size();
        const auto addressing = newAddressing();
        auto answer =
            request(WsmanEnvelope::send(addressing, d->shellId, commandId, chunk, offset >= command.stdinData.size()),
                    addressing.messageId, {}, requestTimeout(), &cancel);
        if (!answer)
            return failRequest(answer.error());
        if (answer->response.fault)
            return fail(answer->response.fault->toError(m_target.hostName));
    }

    CommandResult result;
    const auto append = [&](QByteArray &target, bool &truncated, const QByteArray &data) {
        const qint64 room = command.maxOutputBytes - target.size();
        if (data.size() > room) {
            target.append(data.left(qsizetype(std::max<qint64>(room, 0))));
            truncated = true;
        } else {
            target.append(data);
        }
    };
    for (;;) {
        if (cancel.isCanceled())
            return fail(canceledError());
        if (overdue())
            return fail(timeoutError());
        const auto addressing = newAddressing();
        auto answer = request(WsmanEnvelope::receive(addressing, d->shellId, commandId), addressing.messageId,
                              commandId, requestTimeout(), &cancel);
        if (!answer)
            return failRequest(answer.error());
        const auto &response = answer->response;
        if (response.fault) {
            if (response.fault->isTimedOut())
                continue; // the long poll ended without output: ask again
            return fail(response.fault->toError(m_target.hostName));
        }
        if (!response.commandState)
            return fail(Error(Error::Code::ParseError,
                              tr("%1 answered a Receive without the command's state.").arg(displayName())));
        for (const auto &chunk : response.streams) {
            if (chunk.name == QLatin1String("stdout"))
                append(result.stdOut, result.stdOutTruncated, chunk.data);
            else if (chunk.name == QLatin1String("stderr"))
                append(result.stdErr, result.stdErrTruncated, chunk.data);
        }
        if (result.stdOutTruncated || result.stdErrTruncated) {
            terminate(commandId);
            result.elapsedMs = timer.elapsed();
            qCInfo(lcTransport) << displayName() << "command output exceeded" << command.maxOutputBytes
                                << "bytes; stopped";
            return result;
        }
        if (response.commandDone) {
            result.exitStatus = response.exitCode ? exitStatusFrom(*response.exitCode) : -1;
            break;
        }
    }
    // After Done the command still holds resources on the host until it is signalled.
    terminate(commandId);
    result.elapsedMs = timer.elapsed();
    if (Clixml::contains(result.stdErr))
        result.stdErr = Clixml::toText(result.stdErr).toUtf8();
    return result;
}

std::optional<QByteArray> WinRmSession::readablePowershellScript(const QByteArrayList &argv)
{
    if (argv.size() != 5)
        return std::nullopt;
    const QByteArray program = argv.at(0).toLower();
    if (program != "powershell.exe" && program != "powershell")
        return std::nullopt;
    if (argv.at(1) != "-NoProfile" || argv.at(2) != "-NonInteractive" || argv.at(3) != "-Command")
        return std::nullopt;
    // "-Command -" reads the script from stdin: that is already the form powershell() builds.
    if (argv.at(4).trimmed().isEmpty() || argv.at(4) == "-")
        return std::nullopt;
    return argv.at(4);
}

RemoteCommand WinRmSession::powershell(const QByteArray &script)
{
    static const QByteArrayList prefix = {"powershell.exe", "-NoProfile", "-NonInteractive"};
    RemoteCommand command;
    const QByteArray encoded = WindowsQuote::powershellEncoded(QString::fromUtf8(script));
    const qsizetype length = prefix.join(' ').size() + qsizetype(sizeof " -EncodedCommand ") + encoded.size();
    if (length <= MaxCommandLine) {
        command.argv = prefix + QByteArrayList{"-EncodedCommand", encoded};
        return command;
    }
    // PowerShell reads `-Command -` line by line; a blank line ends a multi-line statement still open at the end.
    command.argv = prefix + QByteArrayList{"-Command", "-"};
    command.stdinData = script;
    command.stdinData.replace("\r\n", "\n");
    command.stdinData.replace('\n', "\r\n");
    command.stdinData += "\r\n\r\n";
    return command;
}

Result<QByteArray> WinRmSession::readFile(const QByteArray &path, qint64 maxBytes, bool elevate,
                                          const CancelToken &cancel)
{
    Q_UNUSED(elevate) // see the class comment
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString name = decoder(path);
    if (decoder.hasError() || name.isEmpty() || name.contains(QChar(0)))
        return Error(Error::Code::InvalidArgument, tr("The file name is empty or not valid UTF-8."));
    maxBytes = std::max<qint64>(maxBytes, 0);
    const QString script =
        QStringLiteral(
            "$ErrorActionPreference = 'Stop'\n"
            "$ProgressPreference = 'SilentlyContinue'\n"
            "$item = Get-Item -LiteralPath %1 -Force\n"
            "if ($item.PSIsContainer) { throw ('{0} is a directory.' -f $item.FullName) }\n"
            "if ($item.Length -gt %2) { [Console]::Out.Write('%3'); exit 3 }\n"
            // Shared for reading and writing: a log another process still writes is read too
            // (ReadAllBytes would fail on it as "used by another process").
            "$stream = [IO.FileStream]::new($item.FullName, [IO.FileMode]::Open, [IO.FileAccess]::Read, "
            "[IO.FileShare]'ReadWrite, Delete')\n"
            "try { $buffer = [IO.MemoryStream]::new(); $stream.CopyTo($buffer) } finally { $stream.Dispose() }\n"
            "[Console]::Out.Write([Convert]::ToBase64String($buffer.ToArray()))\n")
            .arg(WindowsQuote::powershellLiteral(name))
            .arg(maxBytes)
            .arg(QString::fromLatin1(TooLargeMarker));
    RemoteCommand command = powershell(script.toUtf8());
    command.maxOutputBytes = (maxBytes + 2) / 3 * 4 + TooLargeMarker.size() + 64;
    auto result = run(command, cancel);
    if (!result)
        return result.error();
    const auto tooLarge = [&] {
        return Error(Error::Code::OutputLimit,
                     QCoreApplication::translate("Session", "%1 is larger than %2 bytes; it was not read.")
                         .arg(name)
                         .arg(maxBytes));
    };
    if (result->stdOutTruncated || (result->exitStatus == 3 && result->stdOut == TooLargeMarker))
        return tooLarge();
    if (result->exitStatus != 0)
        return Error(Error::Code::RemoteFailure, QCoreApplication::translate("Session", "Could not read %1.").arg(name),
                     QString::fromUtf8(result->stdErr).trimmed());
    auto decoded = QByteArray::fromBase64Encoding(result->stdOut.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error(Error::Code::ParseError,
                     tr("%1 sent the content of %2 in a form Bulwark cannot read.").arg(displayName(), name));
    if (decoded.decoded.size() > maxBytes)
        return tooLarge();
    return std::move(*decoded);
}

} // namespace Bulwark::Transport
