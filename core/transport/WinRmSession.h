// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"
#include "core/transport/WinRmTarget.h"
#include "core/transport/WsmanEnvelope.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <memory>
#include <optional>

namespace Bulwark::Transport {

// WinRM (WS-Management, [MS-WSMV]) to a Windows host through a WinRS cmd shell. Thread: created, used and
// destroyed on its host's worker thread (HostConnection); its QNetworkAccessManager lives there too, and each
// request is awaited with a local event loop that also polls the CancelToken, so the GUI thread never calls it.
//
// open() verifies the server (HTTPS: see WinRmTarget for the trust model), authenticates (Basic, or a client
// certificate with the WS-Management mutual-TLS profile) and creates one cmd shell that every run() reuses.
// close() and the destructor delete it (Windows allows 30 shells per user; a leaked one lives until its idle
// timeout), best effort with a short timeout.
//
// run() renders argv with WindowsQuote (a plan step's readable PowerShell form is sent as powershell(SCRIPT)),
// sends stdinData in chunks ending with End="true", and long-polls Receive (the w:TimedOut fault is retried) until
// CommandState Done with the exit code. Output past maxOutputBytes, a cancel or the timeout send Signal terminate.
// PowerShell's CLIXML on stderr is decoded into readable text. `elevate` is a no-op: WinRM only admits administrators
// (or Remote Management Users, who cannot elevate over a network logon anyway), so a command runs with the account's
// full token already.
class WinRmSession final : public Session
{
    Q_DECLARE_TR_FUNCTIONS(WinRmSession)

public:
    WinRmSession(WinRmTarget target, WinRmCredentials credentials);
    ~WinRmSession() override;

    Platform platform() const override { return Platform::Windows; }
    QString displayName() const override { return m_target.displayName(); }

    Result<void> open(const CancelToken &cancel) override;
    void close() override;
    bool isOpen() const override;

    Result<CommandResult> run(const RemoteCommand &command, const CancelToken &cancel) override;
    // Through PowerShell ([IO.File]::ReadAllBytes, base64 on stdout), the size checked on the host first.
    Result<QByteArray> readFile(const QByteArray &path, qint64 maxBytes, bool elevate,
                                const CancelToken &cancel) override;

    // `powershell.exe -NoProfile -NonInteractive -EncodedCommand <UTF-16LE base64>`, or, when that would not fit
    // in cmd.exe's 8191-character line, `-Command -` with the script on stdin (then the script cannot read stdin
    // itself). Values belong in the script only as WindowsQuote::powershellLiteral().
    static RemoteCommand powershell(const QByteArray &script);
    // The script of a plan step's readable form, argv exactly {powershell.exe (or powershell), -NoProfile,
    // -NonInteractive, -Command, SCRIPT}; nullopt for anything else. run() sends such a command as
    // powershell(SCRIPT), so previews show the script while it never passes through cmd.exe quoting.
    static std::optional<QByteArray> readablePowershellScript(const QByteArrayList &argv);

    const WinRmTarget &target() const { return m_target; }
    // The certificate chain the server presented during the last open() (leaf first), also when open() failed.
    const QList<QSslCertificate> &lastCertificateChain() const { return m_certificateChain; }
    QString shellId() const;

private:
    struct Impl;
    struct Answer;
    Result<Answer> request(const QByteArray &envelope, const QString &messageId, const QString &commandId,
                           std::chrono::milliseconds timeout, const CancelToken *cancel);
    WsmanEnvelope::Addressing newAddressing() const;
    Result<QString> createShell(const CancelToken &cancel);
    void deleteShell();
    void terminate(const QString &commandId);

    WinRmTarget m_target;
    WinRmCredentials m_credentials;
    QList<QSslCertificate> m_certificateChain;
    std::unique_ptr<Impl> d;
};

} // namespace Bulwark::Transport
