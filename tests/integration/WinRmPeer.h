// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayList>
#include <QJsonObject>
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
    // start() over HTTPS with a new self-signed certificate in `dir` (selfSignedCertificate). The certificate's
    // fingerprint; empty when openssl failed or the peer did not come up.
    QString startHttps(const QString &python, const QString &dir, const QString &name, const QString &scenario);

    // Why a peer over HTTPS cannot run here (no python3, no openssl, Qt without TLS), for QSKIP; empty when it can.
    static QString httpsUnavailable();

    // A scenario of tests/winrm/data by file name ("scenario-windows-host.json"): its path, and its JSON (empty when
    // it does not read), for a test that changes a few answers and starts the peer on its copy.
    static QString scenarioPath(const QString &fileName);
    static QJsonObject readScenario(const QString &fileName);
    // `scenario` written as DIR/NAME.json; that path, empty when it could not be written.
    static QString writeScenario(const QJsonObject &scenario, const QString &dir, const QString &name);
    // One of a scenario's "answers": `fields` (stdout, exit_code, set, ...) with its name and what it matches.
    static QJsonObject answer(const QString &name, const QJsonObject &match, QJsonObject fields);
    // The password the scenario's "users" give `user` (a string, or an object with "password"); empty if none.
    static QByteArray password(const QJsonObject &scenario, const QString &user);

    bool isRunning() const { return bool(m_process); }
    quint16 port() const { return m_port; }
    QString log() const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_log;
};

// The scripted PACS server (tests/winrm/data/scenario-windows-host.json: a Windows Server 2019 host whose services and
// accounts follow the planned PowerShell steps) over HTTPS, for a test that signs in to it as its scanning
// administrator.
struct ScriptedPacsServer
{
    WinRmPeer peer;
    QString user = QStringLiteral("bulwark-admin");
    QByteArray password; // the user's, from the scenario
    QString fingerprint; // of the self-signed certificate it serves

    // Starts it with a new certificate in `dir`, logging to DIR/peer.log; false when it did not come up.
    bool start(const QString &dir);
    // peer.stop() with the password as the secret its log must not hold; empty when it was not started.
    QString stop() { return peer.stop({password}); }
};
