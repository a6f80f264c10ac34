// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/inventory/Inventory.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
