// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "WinRmPeer.h"

#include "core/transport/WinRmTarget.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <chrono>
#include <csignal>
#include <sys/prctl.h>

using namespace std::chrono_literals;

bool WinRmPeer::start(const QString &python, const QString &dir, const QString &name, const QString &scenario,
                      const QString &certificateFile, const QString &keyFile)
{
    const QString portFile = QDir(dir).filePath(name + QStringLiteral(".port"));
    m_log = QDir(dir).filePath(name + QStringLiteral(".log"));
    QStringList arguments{
        QStringLiteral("-B"),          QStringLiteral(BULWARK_SOURCE_DIR "/tests/winrm/winrm_peer.py"),
        QStringLiteral("--scenario"),  scenario,
        QStringLiteral("--port"),      QStringLiteral("0"),
        QStringLiteral("--port-file"), portFile,
        QStringLiteral("--log"),       m_log};
    if (!certificateFile.isEmpty())
        arguments << QStringLiteral("--tls-cert") << certificateFile << QStringLiteral("--tls-key") << keyFile;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(python, arguments);
    if (!m_process->waitForStarted(10000)) {
        m_process.reset();
        return false;
    }
    QDeadlineTimer deadline(20s);
    while (!deadline.hasExpired()) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_port = quint16(file.readAll().trimmed().toUInt());
            if (m_port != 0)
                return true;
        }
        if (m_process->state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
    return false;
}

QString WinRmPeer::stop(const QByteArrayList &mustNotContain)
{
    if (!m_process)
        return {};
    m_process->terminate(); // SIGTERM to its PID
    const bool finished = m_process->waitForFinished(15000);
    const int exitCode = m_process->exitCode();
    if (!finished)
        m_process->kill();
    m_process.reset();
    if (!finished)
        return QStringLiteral("the peer did not stop on SIGTERM");
    if (exitCode != 0)
        return QStringLiteral("the peer exited with %1").arg(exitCode);
    const QString text = log();
    if (text.contains(QLatin1String("PEER BUG")))
        return text;
    for (const QByteArray &secret : mustNotContain) {
        if (text.contains(QString::fromUtf8(secret)))
            return QStringLiteral("the peer log holds a secret");
    }
    const QString last = text.trimmed().split(u'\n').constLast();
    if (!last.endsWith(QLatin1String("stop open_shells=0")))
        return QStringLiteral("shells left open: ") + last;
    return {};
}

QString WinRmPeer::log() const
{
    QFile file(m_log);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString WinRmPeer::selfSignedCertificate(const QString &dir)
{
    const QDir folder(dir);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                   folder.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   folder.filePath(QStringLiteral("cert.pem"))});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return {};
    const auto certificates = QSslCertificate::fromPath(folder.filePath(QStringLiteral("cert.pem")));
    return certificates.size() == 1 ? Bulwark::Transport::WinRmTarget::fingerprint(certificates.first()) : QString();
}

QString WinRmPeer::startHttps(const QString &python, const QString &dir, const QString &name, const QString &scenario)
{
    const QString fingerprint = selfSignedCertificate(dir);
    if (fingerprint.isEmpty())
        return {};
    const QDir folder(dir);
    if (!start(python, dir, name, scenario, folder.filePath(QStringLiteral("cert.pem")),
               folder.filePath(QStringLiteral("key.pem"))))
        return {};
    return fingerprint;
}

QString WinRmPeer::httpsUnavailable()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        return QStringLiteral("python3 is needed for the WinRM test peer");
    if (!QSslSocket::supportsSsl() || QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return QStringLiteral("TLS and openssl are needed for the WinRM peer over HTTPS");
    return {};
}

QString WinRmPeer::scenarioPath(const QString &fileName)
{
    return QStringLiteral(BULWARK_SOURCE_DIR "/tests/winrm/data/") + fileName;
}

QJsonObject WinRmPeer::readScenario(const QString &fileName)
{
    QFile file(scenarioPath(fileName));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QString WinRmPeer::writeScenario(const QJsonObject &scenario, const QString &dir, const QString &name)
{
    QFile file(QDir(dir).filePath(name + QStringLiteral(".json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(scenario).toJson()) < 0 || !file.flush())
        return {};
    return file.fileName();
}

QJsonObject WinRmPeer::answer(const QString &name, const QJsonObject &match, QJsonObject fields)
{
    fields.insert(QStringLiteral("name"), name);
    fields.insert(QStringLiteral("match"), match);
    return fields;
}

QByteArray WinRmPeer::password(const QJsonObject &scenario, const QString &user)
{
    const QJsonValue entry = scenario.value(QStringLiteral("users")).toObject().value(user);
    return (entry.isObject() ? entry.toObject().value(QStringLiteral("password")) : entry).toString().toUtf8();
}

bool ScriptedPacsServer::start(const QString &dir)
{
    const QString scenario = QStringLiteral("scenario-windows-host.json");
    password = WinRmPeer::password(WinRmPeer::readScenario(scenario), user);
    if (password.isEmpty())
        return false;
    fingerprint = peer.startHttps(QStandardPaths::findExecutable(QStringLiteral("python3")), dir,
                                  QStringLiteral("peer"), WinRmPeer::scenarioPath(scenario));
    return !fingerprint.isEmpty();
}
