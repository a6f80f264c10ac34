// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/inventory/Inventory.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark::Inventory;

class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/hosts.json"));
        Inventory inventory;
        HostEntry pacs;
        pacs.setName(QStringLiteral("PACS database"));
        pacs.setAddress(QStringLiteral("dba@pacs.trust.nhs.uk:2222"));
        pacs.setGroup(QStringLiteral("Radiology"));
        pacs.setIdentityFiles({QStringLiteral("/home/a/.ssh/id_ed25519")});
        HostEntry web;
        web.setName(QStringLiteral("Portal"));
        web.setAddress(QStringLiteral("portal"));
        web.setElevate(false);
        inventory.add(pacs);
        inventory.add(web);
        QVERIFY(inventory.save(path).ok());

        auto loaded = Inventory::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->hosts().size(), 2);
        QCOMPARE(loaded->hosts().at(0), pacs);
        QCOMPARE(loaded->hosts().at(1), web);
        QCOMPARE(loaded->groups(), QStringList{QStringLiteral("Radiology")});
        auto target = loaded->hosts().at(0).sshTarget();
        QVERIFY(target.ok());
        QCOMPARE(int(target->port), 2222);
        QCOMPARE(target->user, QStringLiteral("dba"));
    }

    void updateAndRemove()
    {
        Inventory inventory;
        HostEntry host;
        host.setAddress(QStringLiteral("a"));
        inventory.add(host);
        host.setAddress(QStringLiteral("b"));
        inventory.add(host); // same id: updates
        QCOMPARE(inventory.hosts().size(), 1);
        QCOMPARE(inventory.hosts().constFirst().address(), QStringLiteral("b"));
        QVERIFY(inventory.remove(host.id()));
        QVERIFY(!inventory.remove(host.id()));
        QVERIFY(inventory.hosts().isEmpty());
    }

    void missingFileIsEmpty()
    {
        QTemporaryDir dir;
        auto loaded = Inventory::load(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(loaded.ok());
        QVERIFY(loaded->hosts().isEmpty());
    }

    void damagedFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hosts.json"));
        const QByteArray damaged = "{\"hosts\": [ {\"id\": \"trunc";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(damaged);
        }
        auto loaded = Inventory::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message().contains(QStringLiteral("damaged")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), damaged);
    }

    void entriesWithoutIdOrAddressAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hosts.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"version":1,"hosts":[{"address":"x"},{"id":"not-a-uuid","address":"y"},42,
                {"id":"6f1c8f7e-3d2b-4d7a-9a59-1f0c6a1b2c3d","address":"ok"}]})");
        }
        auto loaded = Inventory::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->hosts().size(), 1);
        QCOMPARE(loaded->hosts().constFirst().address(), QStringLiteral("ok"));
    }

    void windowsHostRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hosts.json"));
        HostEntry https;
        https.setName(QStringLiteral("PACS archive"));
        https.setProtocol(HostEntry::Protocol::WinRm);
        https.setAddress(QStringLiteral("Administrator@pacs-win01.hospital.local"));
        HostEntry http;
        http.setProtocol(HostEntry::Protocol::WinRm);
        http.setAddress(QStringLiteral("bulwark-admin@10.20.7.40:8985"));
        http.setWinRmHttps(false);
        http.setAllowUnencrypted(true);
        Inventory inventory;
        inventory.add(https);
        inventory.add(http);
        QVERIFY(inventory.save(path).ok());

        auto loaded = Inventory::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->hosts().size(), 2);
        QCOMPARE(loaded->hosts().at(0), https);
        QCOMPARE(loaded->hosts().at(1), http);

        const auto secure = loaded->hosts().at(0).winRmTarget();
        QVERIFY(secure.ok());
        QCOMPARE(secure->scheme, Bulwark::Transport::WinRmTarget::Scheme::Https);
        QCOMPARE(secure->user, QStringLiteral("Administrator"));
        QCOMPARE(secure->hostName, QStringLiteral("pacs-win01.hospital.local"));
        QCOMPARE(secure->effectivePort(), quint16(5986));
        QVERIFY(!secure->allowUnencrypted);
        QVERIFY(secure->pinnedFingerprint.isEmpty());
        const auto plain = loaded->hosts().at(1).winRmTarget();
        QVERIFY(plain.ok());
        QCOMPARE(plain->scheme, Bulwark::Transport::WinRmTarget::Scheme::Http);
        QCOMPARE(plain->effectivePort(), quint16(8985));
        QVERIFY(plain->allowUnencrypted);

        // Nothing secret and nothing Windows-specific for an SSH host.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QCOMPARE(saved.count("\"winrm\":"), 2);
        QVERIFY(!saved.contains("password"));
    }

    void windowsAddressNeedsUserAndNoUrl_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("ok");
        QTest::newRow("user@host") << QStringLiteral("Administrator@pacs01") << true;
        QTest::newRow("user@host:port") << QStringLiteral("ops@10.0.0.5:5986") << true;
        QTest::newRow("no user") << QStringLiteral("pacs01") << false;
        QTest::newRow("url") << QStringLiteral("https://ops@pacs01:5986/wsman") << false;
        QTest::newRow("password") << QStringLiteral("ops:secret@pacs01") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void windowsAddressNeedsUserAndNoUrl()
    {
        QFETCH(QString, address);
        QFETCH(bool, ok);
        const auto target = HostEntry::winRmTargetOf(address, true, false);
        QCOMPARE(target.ok(), ok);
        if (!ok)
            QVERIFY(!target.error().message().contains(QLatin1String("secret")));
    }

    void oldInventoryHostsStaySshAndHttps()
    {
        const auto entry = HostEntry::fromJson(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("6f1c8f7e-3d2b-4d7a-9a59-1f0c6a1b2c3d")},
            {QStringLiteral("address"), QStringLiteral("Administrator@win01")},
            {QStringLiteral("transport"), QStringLiteral("winrm")},
        });
        QVERIFY(entry);
        QCOMPARE(entry->protocol(), HostEntry::Protocol::WinRm);
        QVERIFY(entry->winRmHttps());
        QVERIFY(!entry->allowUnencrypted());
        // "allowUnencrypted" without HTTP means nothing.
        const auto odd = HostEntry::fromJson(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("6f1c8f7e-3d2b-4d7a-9a59-1f0c6a1b2c3d")},
            {QStringLiteral("address"), QStringLiteral("Administrator@win01")},
            {QStringLiteral("transport"), QStringLiteral("winrm")},
            {QStringLiteral("winrm"), QJsonObject{{QStringLiteral("allowUnencrypted"), true}}},
        });
        QVERIFY(odd && odd->winRmHttps() && !odd->allowUnencrypted());
        const auto ssh = HostEntry::fromJson(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("6f1c8f7e-3d2b-4d7a-9a59-1f0c6a1b2c3d")},
            {QStringLiteral("address"), QStringLiteral("root@db1")},
        });
        QVERIFY(ssh);
        QCOMPARE(ssh->protocol(), HostEntry::Protocol::Ssh);
        QVERIFY(!ssh->toJson().contains(QStringLiteral("winrm")));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
