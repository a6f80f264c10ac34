// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/TlsHandshake.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Bulwark;
using namespace Bulwark::Tls;

// The console's TLS check against real `openssl s_server` processes on 127.0.0.1 with a throwaway self-signed
// certificate: one hardened (-no_tls1 -no_tls1_1), one that still accepts TLS 1.0 and 1.1 (DEFAULT@SECLEVEL=0).
// Each server is stopped by its PID (QProcess) when the test ends.
class TestTlsHandshake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hardenedServer();
    void legacyServer();
    void versionTheLibraryCannotOffer();
    void connectionRefused();
    void silentServerIsNotRefused();
    void canceled();

private:
    // Starts s_server with `extra` arguments; returns its port, 0 on failure.
    quint16 startServer(const QStringList &extra);

    QTemporaryDir m_dir;
    QString m_openssl;
    std::vector<std::unique_ptr<QProcess>> m_servers;
    quint16 m_hardened = 0;
    quint16 m_legacy = 0;
};

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

TlsHandshake::Options optionsFor(quint16 port)
{
    TlsHandshake::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.serverName = QStringLiteral("bulwark-test.example");
    options.timeoutMs = 10000;
    return options;
}

} // namespace

void TestTlsHandshake::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty())
        QSKIP("openssl is not installed");
    QVERIFY(m_dir.isValid());
    QProcess req;
    req.start(m_openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                          m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                          m_dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=bulwark-test.example/O=Bulwark Test")});
    QVERIFY(req.waitForFinished(60000));
    QCOMPARE(req.exitCode(), 0);
    m_hardened = startServer({QStringLiteral("-no_tls1"), QStringLiteral("-no_tls1_1")});
    QVERIFY(m_hardened != 0);
    m_legacy = startServer({QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
    QVERIFY(m_legacy != 0);
}

void TestTlsHandshake::cleanupTestCase()
{
    for (auto &server : m_servers) {
        server->kill(); // SIGKILL to its PID
        server->waitForFinished(5000);
    }
    m_servers.clear();
}

quint16 TestTlsHandshake::startServer(const QStringList &extra)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = freePort();
        auto server = std::make_unique<QProcess>();
        server->setProcessChannelMode(QProcess::MergedChannels);
        server->start(m_openssl, QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"),
                                             QStringLiteral("127.0.0.1:") + QString::number(port),
                                             QStringLiteral("-cert"), m_dir.filePath(QStringLiteral("cert.pem")),
                                             QStringLiteral("-key"), m_dir.filePath(QStringLiteral("key.pem")),
                                             QStringLiteral("-www"), QStringLiteral("-quiet")} +
                                     extra);
        if (!server->waitForStarted(10000))
            return 0;
        // Ready when the port accepts connections.
        QTcpSocket socket;
        bool ready = false;
        for (int i = 0; i < 100 && server->state() == QProcess::Running && !ready; ++i) {
            socket.connectToHost(QHostAddress::LocalHost, port);
            ready = socket.waitForConnected(100);
            socket.abort();
            if (!ready)
                QTest::qWait(50);
        }
        if (ready) {
            m_servers.push_back(std::move(server));
            return port;
        }
        server->kill();
        server->waitForFinished(5000);
        qWarning("s_server did not start: %s", server->readAll().constData());
    }
    return 0;
}

void TestTlsHandshake::hardenedServer()
{
    auto report = TlsHandshake::run(optionsFor(m_hardened));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->protocol, QStringLiteral("TLSv1.3"));
    QVERIFY(!report->cipher.isEmpty());
    QCOMPARE(report->chain.size(), 1);
    const TlsHandshake::Certificate &leaf = report->chain.constFirst();
    QVERIFY2(leaf.subject.contains(QLatin1String("CN=bulwark-test.example")), qPrintable(leaf.subject));
    QVERIFY(leaf.subject.contains(QLatin1String("O=Bulwark Test")));
    QCOMPARE(leaf.issuer, leaf.subject);
    QVERIFY(leaf.selfSigned);
    QVERIFY(leaf.notAfter > QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(leaf.notAfter < QDateTime::currentDateTimeUtc().addDays(3));
    QCOMPARE(leaf.sha256.size(), 64);
    // Self-signed: reported as not trusted, the check itself succeeds.
    QVERIFY(!report->verificationErrors.isEmpty());
    qInfo("TLS 1.0: %s; TLS 1.1: %s", qPrintable(report->tls10.detail), qPrintable(report->tls11.detail));
    QCOMPARE(report->tls10.state, TlsHandshake::Legacy::Refused);
    QCOMPARE(report->tls11.state, TlsHandshake::Legacy::Refused);
    QVERIFY(report->modernOnly());
}

void TestTlsHandshake::legacyServer()
{
    auto report = TlsHandshake::run(optionsFor(m_legacy));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->protocol, QStringLiteral("TLSv1.3"));
    QVERIFY2(report->tls10.state == TlsHandshake::Legacy::Accepted, qPrintable(report->tls10.detail));
    QVERIFY(report->tls10.detail.startsWith(QLatin1String("TLSv1 ")));
    QVERIFY2(report->tls11.state == TlsHandshake::Legacy::Accepted, qPrintable(report->tls11.detail));
    QVERIFY(report->tls11.detail.startsWith(QLatin1String("TLSv1.1 ")));
    QVERIFY(!report->modernOnly());
}

void TestTlsHandshake::versionTheLibraryCannotOffer()
{
    // OpenSSL 3 has no SSLv3 (and "TLSv0.9" is no version): the client cannot even ask, which proves nothing.
    for (const QString &version : {QStringLiteral("SSLv3"), QStringLiteral("TLSv0.9")}) {
        const auto result = TlsHandshake::probeLegacy(optionsFor(m_legacy), version);
        QVERIFY2(result.state == TlsHandshake::Legacy::Unknown, qPrintable(version + u' ' + result.detail));
    }
}

void TestTlsHandshake::connectionRefused()
{
    const quint16 closed = freePort();
    auto report = TlsHandshake::run(optionsFor(closed));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code(), Error::Code::ConnectFailed);
    // A port nobody listens on proves nothing about TLS 1.0.
    const auto legacy = TlsHandshake::probeLegacy(optionsFor(closed), QStringLiteral("TLSv1"));
    QCOMPARE(legacy.state, TlsHandshake::Legacy::Unknown);
}

void TestTlsHandshake::silentServerIsNotRefused()
{
    // Accepts TCP (the kernel completes it from the backlog) and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    TlsHandshake::Options options = optionsFor(silent.serverPort());
    options.timeoutMs = 700;
    auto report = TlsHandshake::run(options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code(), Error::Code::Timeout);
    const auto legacy = TlsHandshake::probeLegacy(options, QStringLiteral("TLSv1.1"));
    QCOMPARE(legacy.state, TlsHandshake::Legacy::Unknown);
}

void TestTlsHandshake::canceled()
{
    CancelToken cancel;
    cancel.cancel();
    auto report = TlsHandshake::run(optionsFor(m_hardened), cancel);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code(), Error::Code::Canceled);
}

QTEST_GUILESS_MAIN(TestTlsHandshake)
#include "tst_tlshandshake.moc"
