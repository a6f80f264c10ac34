// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/HostKey.h"
#include "core/transport/Session.h"
#include "core/transport/SshTarget.h"

#include <QCoreApplication>
#include <memory>

namespace Bulwark::Transport {

// SSH to a Linux/Unix host over libssh. Owned by, and only ever used on, its host's worker thread.
//
// open() checks the server's key against known_hosts before any credential is sent: an unknown key fails with
// Error::Code::HostKeyUnknown and lastHostKey() holds what was offered, so the caller can show the fingerprint
// and reconnect with SshTarget::acceptFingerprint set; a changed or revoked key fails and cannot be accepted here.
// Authentication tries the agent, then the identity files, then password, then keyboard-interactive.
// Elevated commands go through `sudo`, with the password on stdin only after sudo's own prompt asked for it.
class SshSession final : public Session
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)

public:
    SshSession(SshTarget target, SshCredentials credentials);
    ~SshSession() override;

    Platform platform() const override { return Platform::Posix; }
    QString displayName() const override { return m_target.displayName(); }

    Result<void> open(const CancelToken &cancel) override;
    void close() override;
    bool isOpen() const override;

    Result<CommandResult> run(const RemoteCommand &command, const CancelToken &cancel) override;

    const SshTarget &target() const { return m_target; }
    // The key the server presented during the last open(), valid even when open() failed on it.
    const HostKey &lastHostKey() const { return m_hostKey; }
    // The authentication method that succeeded ("publickey (agent)", "password", ...).
    QString authMethod() const { return m_authMethod; }

private:
    struct Impl;
    Result<void> verifyHostKey();
    Result<void> authenticate();
    Result<CommandResult> runRaw(const QByteArray &commandLine, const RemoteCommand &command, const CancelToken &cancel,
                                 bool sudoHandshake, const QByteArray &startMarker, const QByteArray &promptMarker);

    SshTarget m_target;
    SshCredentials m_credentials;
    HostKey m_hostKey;
    QString m_authMethod;
    std::unique_ptr<Impl> d;
};

} // namespace Bulwark::Transport
