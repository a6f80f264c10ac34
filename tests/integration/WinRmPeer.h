// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayList>
#include <QProcess>
#include <QString>
#include <memory>

// The WinRM test peer (tests/winrm/winrm_peer.py, a WS-Management server answering like Windows Server) for a QtTest:
// started by PID on 127.0.0.1 on a free port, stopped by SIGTERM to that PID; its log proves what happened on the
// wire. A test that crashes does not leave it behind (it gets SIGTERM when the test dies).
class WinRmPeer
{
public:
    // Starts the peer with `scenario`, over HTTPS when a certificate and key are given; logs to DIR/NAME.log. False
    // when it did not come up within 20 s.
    bool start(const QString &python, const QString &dir, const QString &name, const QString &scenario,
               const QString &certificateFile = {}, const QString &keyFile = {});
    // SIGTERM by PID, then the log: exit 0, no "PEER BUG", every shell deleted, none of `mustNotContain` (passwords).
    // Empty when all of that holds, else what did not.
    QString stop(const QByteArrayList &mustNotContain = {});

    // A self-signed certificate for 127.0.0.1 (openssl req -x509) as DIR/cert.pem with its key DIR/key.pem; its
    // SHA-256 fingerprint as WinRmTarget writes it, empty when openssl failed.
    static QString selfSignedCertificate(const QString &dir);

    bool isRunning() const { return bool(m_process); }
    quint16 port() const { return m_port; }
    QString log() const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_log;
};
