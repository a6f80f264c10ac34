// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/WinRmPins.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark::Transport;

// The WinRM certificate pins the console and bulwark-cli share (winrm_known_hosts).
class TestWinRmPins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileHasNoPins();
    void rememberedPinIsFound();
    void rememberReplacesTheOldPinAndKeepsOthers();
    void hostNamesAreCaseInsensitiveAndIpv6Bracketed();
    void fileIsPrivate();
    void unreadableFileIsAnError();
};

namespace {

const QString FingerprintA = QStringLiteral("SHA256:AA:BB:CC");
const QString FingerprintB = QStringLiteral("SHA256:DD:EE:FF");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestWinRmPins::missingFileHasNoPins()
{
    QTemporaryDir dir;
    const WinRmPins pins(dir.filePath(QStringLiteral("nope/winrm_known_hosts")));
    const auto found = pins.find(QStringLiteral("pacs01"), 5986);
    QVERIFY(found.ok());
    QVERIFY(found->isEmpty());
}

void TestWinRmPins::rememberedPinIsFound()
{
    QTemporaryDir dir;
    const WinRmPins pins(dir.filePath(QStringLiteral("sub/winrm_known_hosts")));
    QVERIFY(pins.remember(QStringLiteral("pacs01"), 5986, FingerprintA).ok());
    QCOMPARE(*pins.find(QStringLiteral("pacs01"), 5986), FingerprintA);
    QVERIFY(pins.find(QStringLiteral("pacs01"), 5985)->isEmpty()); // another port is another listener
    QVERIFY(pins.find(QStringLiteral("pacs02"), 5986)->isEmpty());
    QVERIFY(readAll(pins.path()).startsWith("# "));
}

void TestWinRmPins::rememberReplacesTheOldPinAndKeepsOthers()
{
    QTemporaryDir dir;
    const WinRmPins pins(dir.filePath(QStringLiteral("winrm_known_hosts")));
    QVERIFY(pins.remember(QStringLiteral("pacs01"), 5986, FingerprintA).ok());
    QVERIFY(pins.remember(QStringLiteral("lab02"), 5986, FingerprintA).ok());
    QVERIFY(pins.remember(QStringLiteral("pacs01"), 5986, FingerprintB).ok());
    QCOMPARE(*pins.find(QStringLiteral("pacs01"), 5986), FingerprintB);
    QCOMPARE(*pins.find(QStringLiteral("lab02"), 5986), FingerprintA);
    QCOMPARE(readAll(pins.path()).count("pacs01:5986"), 1);
}

void TestWinRmPins::hostNamesAreCaseInsensitiveAndIpv6Bracketed()
{
    QTemporaryDir dir;
    const WinRmPins pins(dir.filePath(QStringLiteral("winrm_known_hosts")));
    QVERIFY(pins.remember(QStringLiteral("PACS01.Hospital.local"), 5986, FingerprintA).ok());
    QCOMPARE(*pins.find(QStringLiteral("pacs01.hospital.local"), 5986), FingerprintA);
    QVERIFY(pins.remember(QStringLiteral("fd00::1"), 5986, FingerprintB).ok());
    QCOMPARE(*pins.find(QStringLiteral("fd00::1"), 5986), FingerprintB);
    QVERIFY(readAll(pins.path()).contains(QByteArray("[fd00::1]:5986 ").append(FingerprintB.toUtf8())));
}

void TestWinRmPins::fileIsPrivate()
{
    QTemporaryDir dir;
    const WinRmPins pins(dir.filePath(QStringLiteral("winrm_known_hosts")));
    QVERIFY(pins.remember(QStringLiteral("pacs01"), 5986, FingerprintA).ok());
    QCOMPARE(QFile::permissions(pins.path()) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestWinRmPins::unreadableFileIsAnError()
{
    QTemporaryDir dir;
    // A directory where the file should be cannot be read as pins.
    const QString path = dir.filePath(QStringLiteral("winrm_known_hosts"));
    QVERIFY(QDir().mkpath(path));
    const WinRmPins pins(path);
    const auto found = pins.find(QStringLiteral("pacs01"), 5986);
    QVERIFY(!found.ok());
    QVERIFY(!pins.remember(QStringLiteral("pacs01"), 5986, FingerprintA).ok());
}

QTEST_GUILESS_MAIN(TestWinRmPins)
#include "tst_winrmpins.moc"
