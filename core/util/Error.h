// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

namespace Bulwark {

// A failure that core hands back as a value; exceptions never cross the event loop.
class Error
{
public:
    enum class Code
    {
        None,
        InvalidArgument,
        ConnectFailed,  // TCP/SSH handshake failed or the host is unreachable
        HostKeyUnknown, // no known_hosts entry: the caller must decide whether to trust
        HostKeyChanged, // known_hosts has a different key: refused, never overridable in-band
        HostKeyRevoked, // the key is marked @revoked
        AuthFailed,     // every offered method was rejected
        Disconnected,   // the connection dropped
        Timeout,
        Canceled,
        OutputLimit, // the command produced more output than allowed
        SudoPasswordRequired,
        SudoWrongPassword,
        SudoNotAllowed,
        SudoRequiresTty,
        SudoMissing,
        RemoteFailure, // the remote side reported an error (SFTP status, protocol error)
        ParseError,
        Io,
        Internal,
    };

    Error() = default;
    Error(Code code, QString message, QString detail = {})
        : m_code(code)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    {}

    Code code() const { return m_code; }
    // One sentence a sysadmin can act on.
    QString message() const { return m_message; }
    // Library or server text, shown on demand; never contains secrets.
    QString detail() const { return m_detail; }
    bool isError() const { return m_code != Code::None; }

    QString toString() const
    {
        return m_detail.isEmpty() ? m_message : m_message + QStringLiteral(" (") + m_detail + u')';
    }

private:
    Code m_code = Code::None;
    QString m_message;
    QString m_detail;
};

} // namespace Bulwark

Q_DECLARE_METATYPE(Bulwark::Error)
