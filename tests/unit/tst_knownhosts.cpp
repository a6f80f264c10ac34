// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/KnownHosts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark::Transport;

// Golden data in tests/data/transport: keys made by ssh-keygen, a known_hosts with plain, [host]:port,
// pattern/negation, hashed (ssh-keygen -H), @revoked and @cert-authority lines, and malformed lines.
class TestKnownHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprint_data();
    void fingerprint();
    void check_data();
    void check();
    void malformedLinesAreSkippedWithWarnings();
    void appendedEntryIsFoundAgain_data();
    void appendedEntryIsFoundAgain();
    void appendKeepsExistingLinesAndMode();

private:
    static HostKey readKey(const QString &name);
    KnownHosts m_known;
};

HostKey TestKnownHosts::readKey(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/transport/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    return HostKey{QString::fromLatin1(parts.at(0)), QByteArray::fromBase64(parts.at(1))};
}

void TestKnownHosts::initTestCase()
{
    auto loaded =
        KnownHosts::load(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/transport/known_hosts"));
    QVERIFY(loaded.ok());
    m_known = *loaded;
    QVERIFY(readKey(QStringLiteral("k1.pub")).isValid());
}

void TestKnownHosts::fingerprint_data()
{
    // Expected values printed by `ssh-keygen -lf`.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("k1") << "k1.pub"
                        << "SHA256:780Y4sA7mPZNdEP7DJjkT5v8yH3VPqpKfY2kY8x44eQ";
    QTest::newRow("k3 ecdsa") << "k3.pub"
                              << "SHA256:xCtpnPDRmHso1FL/CbCE80AIECHRhvkSDdXLzIqLBn0";
}

void TestKnownHosts::fingerprint()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(readKey(key).fingerprint(), expected);
}

void TestKnownHosts::check_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("key");
    QTest::addColumn<KnownHosts::Verdict>("verdict");
    using V = KnownHosts::Verdict;
    QTest::newRow("plain match") << "db1.example.org" << 22 << "k1.pub" << V::Match;
    QTest::newRow("second name on line") << "10.0.0.5" << 22 << "k1.pub" << V::Match;
    QTest::newRow("plain changed") << "db1.example.org" << 22 << "k4.pub" << V::Changed;
    QTest::newRow("case-insensitive host") << "DB1.Example.ORG" << 22 << "k1.pub" << V::Match;
    QTest::newRow("port is part of the name") << "db1.example.org" << 2222 << "k1.pub" << V::Unknown;
    QTest::newRow("unknown host") << "new.example.org" << 22 << "k1.pub" << V::Unknown;
    QTest::newRow("wildcard") << "web.lab.example.org" << 22 << "k3.pub" << V::Match;
    QTest::newRow("negated pattern") << "bad.lab.example.org" << 22 << "k3.pub" << V::Unknown;
    QTest::newRow("hashed match") << "hashed.example.org" << 22 << "k4.pub" << V::Match;
    QTest::newRow("hashed changed") << "hashed.example.org" << 22 << "k1.pub" << V::Changed;
    QTest::newRow("revoked beats listed") << "127.0.0.1" << 2222 << "k2.pub" << V::Revoked;
    QTest::newRow("revoked anywhere") << "new.example.org" << 22 << "k2.pub" << V::Revoked;
    QTest::newRow("cert-authority is not a host key") << "x.example.org" << 22 << "k3.pub" << V::Unknown;
}

void TestKnownHosts::check()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, key);
    QFETCH(KnownHosts::Verdict, verdict);
    const auto result = m_known.check(host, quint16(port), readKey(key));
    QCOMPARE(result.verdict, verdict);
    if (verdict != KnownHosts::Verdict::Unknown)
        QVERIFY(result.line && result.line->number > 0);
}

void TestKnownHosts::malformedLinesAreSkippedWithWarnings()
{
    QCOMPARE(m_known.warnings().size(), 2); // "garbage line" and the bad base64
    const auto parsed =
        KnownHosts::parse(QByteArray("\xff\xfe\n\n# c\n@bogus * ssh-ed25519 AAAA\n"), QStringLiteral("x"));
    QVERIFY(parsed.lines().isEmpty());
}

void TestKnownHosts::appendedEntryIsFoundAgain_data()
{
    QTest::addColumn<bool>("hashed");
    QTest::addColumn<int>("port");
    QTest::newRow("plain, port 22") << false << 22;
    QTest::newRow("plain, port 2222") << false << 2222;
    QTest::newRow("hashed, port 22") << true << 22;
    QTest::newRow("hashed, port 2222") << true << 2222;
}

void TestKnownHosts::appendedEntryIsFoundAgain()
{
    QFETCH(bool, hashed);
    QFETCH(int, port);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sub/known_hosts"));
    const HostKey key = readKey(QStringLiteral("k1.pub"));
    QVERIFY(
        KnownHosts::appendEntry(file, KnownHosts::entryFor(QStringLiteral("srv.example"), quint16(port), key, hashed))
            .ok());
    auto reloaded = KnownHosts::load(file);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->check(QStringLiteral("srv.example"), quint16(port), key).verdict, KnownHosts::Verdict::Match);
    QCOMPARE(reloaded->check(QStringLiteral("srv.example"), quint16(port + 1), key).verdict,
             KnownHosts::Verdict::Unknown);
    QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestKnownHosts::appendKeepsExistingLinesAndMode()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("known_hosts"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# no trailing newline"); // an OpenSSH file may end without one
    }
    QVERIFY(KnownHosts::appendEntry(
                file, KnownHosts::entryFor(QStringLiteral("a"), 22, readKey(QStringLiteral("k1.pub")), false))
                .ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("# no trailing newline"));
    QVERIFY(lines.at(1).startsWith("a ssh-ed25519 "));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
