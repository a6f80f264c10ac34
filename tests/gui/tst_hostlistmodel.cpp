// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "core/inventory/Inventory.h"
#include "core/transport/SshConfig.h"
#include "ui/HostListModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;

namespace {

Host hostNamed(const QString &name, const QString &group = {})
{
    Host host = GuiTest::sampleHost();
    host.id = QUuid::createUuid();
    host.name = name;
    host.address = QStringLiteral("ops@%1.trust.nhs.uk").arg(name);
    host.target = *Transport::SshTarget::parse(host.address);
    host.group = group;
    return host;
}

QStringList names(const HostListModel &model, const QModelIndex &parent = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result << model.index(row, HostListModel::NameColumn, parent).data().toString();
    return result;
}

} // namespace

class TestHostListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void emptyModel()
    {
        HostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.hostCount(), 0);
        QCOMPARE(model.columnCount(), int(HostListModel::ColumnCount));
        QCOMPARE(model.headerData(HostListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.headerData(HostListModel::AddressColumn, Qt::Horizontal).toString(), QStringLiteral("Address"));
        QCOMPARE(model.headerData(HostListModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QCOMPARE(model.headerData(HostListModel::ScoreColumn, Qt::Horizontal).toString(), QStringLiteral("Score"));
        QVERIFY(!model.indexOf(QUuid::createUuid()).isValid());
        QVERIFY(!model.contains(QUuid::createUuid()));
        QCOMPARE(model.connectedCount(), 0);
    }

    void addSetRemove()
    {
        HostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Host first = GuiTest::sampleHost();
        Host second = GuiTest::sampleHost();
        second.id = QUuid::createUuid();
        second.name.clear();
        second.target = *Transport::SshTarget::parse(QStringLiteral("ops@db2.example.org:2222"));
        second.target.hostName = second.target.alias;

        const QModelIndex firstIndex = model.addHost(first, nullptr);
        QCOMPARE(firstIndex, model.index(0, 0));
        const QModelIndex secondIndex = model.addHost(second, nullptr);
        QCOMPARE(secondIndex, model.index(1, 0));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.hostIds(), (QList<QUuid>{first.id, second.id}));
        QCOMPARE(model.indexOf(second.id), model.index(1, 0));
        QCOMPARE(model.hostId(model.index(1, HostListModel::StatusColumn)), second.id);
        QCOMPARE(model.data(model.index(0, HostListModel::NameColumn)).toString(), QStringLiteral("pacs-db-01"));
        QCOMPARE(model.data(model.index(0, HostListModel::AddressColumn)).toString(),
                 QStringLiteral("bulwark@10.20.4.17"));
        QCOMPARE(model.data(model.index(1, HostListModel::NameColumn)).toString(), QStringLiteral("db2.example.org"));
        QCOMPARE(model.data(model.index(1, HostListModel::AddressColumn)).toString(),
                 QStringLiteral("ops@db2.example.org:2222"));
        QCOMPARE(model.data(model.index(1, HostListModel::StatusColumn)).toString(), QStringLiteral("Not connected"));
        QCOMPARE(model.data(model.index(1, HostListModel::ScoreColumn)).toString(), QStringLiteral("—"));
        QCOMPARE(model.data(model.index(1, 0), HostListModel::HostIdRole).toUuid(), second.id);
        QVERIFY(!model.data(model.index(1, HostListModel::StatusColumn), Qt::DecorationRole).isNull());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(first.id, HostListModel::Status::Connected);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.connectedCount(), 1);
        const Error failure(Error::Code::AuthFailed, QStringLiteral("refused"), QStringLiteral("tried: password"));
        model.setStatus(second.id, HostListModel::Status::Failed, failure);
        QCOMPARE(model.lastError(second.id).message(), QStringLiteral("refused"));
        QCOMPARE(model.data(model.index(1, HostListModel::StatusColumn), Qt::ToolTipRole).toString(),
                 QStringLiteral("refused"));
        QCOMPARE(model.data(model.index(1, 0), HostListModel::StatusRole).value<HostListModel::Status>(),
                 HostListModel::Status::Failed);
        // Leaving Failed forgets the error.
        model.setStatus(second.id, HostListModel::Status::Connecting);
        QVERIFY(!model.lastError(second.id).isError());

        // A running job shows instead of the connection state; the score has its column.
        model.setActivity(first.id, QStringLiteral("Scanning…"));
        QCOMPARE(model.data(model.index(0, HostListModel::StatusColumn)).toString(), QStringLiteral("Scanning…"));
        model.setActivity(first.id, QString());
        QCOMPARE(model.data(model.index(0, HostListModel::StatusColumn)).toString(), QStringLiteral("Connected"));
        model.setScore(first.id, 62, true);
        QCOMPARE(model.data(model.index(0, HostListModel::ScoreColumn)).toString(), QStringLiteral("62"));
        QCOMPARE(model.data(model.index(0, 0), HostListModel::ScoreRole).toInt(), 62);
        model.setScore(second.id, std::nullopt, true); // scanned, nothing measured
        QCOMPARE(model.data(model.index(1, HostListModel::ScoreColumn)).toString(), QStringLiteral("n/a"));

        // setHost keeps the host's identity.
        Host renamed = model.host(first.id);
        renamed.name = QStringLiteral("pacs-primary");
        renamed.id = QUuid::createUuid();
        model.setHost(first.id, renamed);
        QCOMPARE(model.host(first.id).name, QStringLiteral("pacs-primary"));
        QVERIFY(!model.contains(renamed.id));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("pacs-primary"));

        model.removeHost(first.id);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.contains(first.id));
        QCOMPARE(model.indexOf(second.id), model.index(0, 0));
        model.removeHost(QUuid::createUuid()); // unknown: ignored
        model.removeHost(second.id);
        QCOMPARE(model.rowCount(), 0);
    }

    void groupsAreParentRows()
    {
        HostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Host loose = hostNamed(QStringLiteral("loose"));
        const Host pacs = hostNamed(QStringLiteral("pacs"), QStringLiteral("Radiology"));
        const Host ris = hostNamed(QStringLiteral("ris"), QStringLiteral("Radiology"));
        const Host stock = hostNamed(QStringLiteral("stock"), QStringLiteral("Pharmacy"));
        const Host spaced = hostNamed(QStringLiteral("spaced"), QStringLiteral("  Radiology "));
        for (const Host &host : {loose, pacs, ris, stock, spaced})
            model.addHost(host, nullptr);

        // Groups first, sorted; ungrouped hosts after them, at the top level.
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Pharmacy"), QStringLiteral("Radiology"), QStringLiteral("loose")}));
        const QModelIndex pharmacy = model.index(0, 0);
        const QModelIndex radiology = model.index(1, 0);
        QVERIFY(model.isGroup(pharmacy) && model.isGroup(radiology));
        QVERIFY(!model.isGroup(model.index(2, 0)));
        QVERIFY(model.hostId(radiology).isNull());
        QCOMPARE(radiology.data(HostListModel::IsGroupRole).toBool(), true);
        QCOMPARE(radiology.data(HostListModel::GroupRole).toString(), QStringLiteral("Radiology"));
        QCOMPARE(model.index(1, HostListModel::StatusColumn).data().toString(), QStringLiteral("3 hosts"));
        QCOMPARE(model.index(0, HostListModel::StatusColumn).data().toString(), QStringLiteral("1 host"));
        QCOMPARE(names(model, radiology),
                 (QStringList{QStringLiteral("pacs"), QStringLiteral("ris"), QStringLiteral("spaced")}));
        QCOMPARE(model.indexOf(ris.id).parent(), radiology);
        QCOMPARE(model.indexOf(ris.id, HostListModel::ScoreColumn).row(), 1);
        QCOMPARE(model.hostId(model.index(1, 0, radiology)), ris.id);
        QCOMPARE(model.groups(), (QStringList{QStringLiteral("Pharmacy"), QStringLiteral("Radiology")}));
        QCOMPARE(model.host(spaced.id).group, QStringLiteral("Radiology")); // trimmed
        QCOMPARE(model.rowCount(model.index(2, 0)), 0);
        QCOMPARE(model.rowCount(model.index(1, HostListModel::StatusColumn)), 0);

        // A child index stays valid while a group before its own comes and goes.
        const QPersistentModelIndex risIndex(model.indexOf(ris.id));
        model.addHost(hostNamed(QStringLiteral("acute"), QStringLiteral("A&E")), nullptr);
        QCOMPARE(names(model).first(), QStringLiteral("A&E"));
        QCOMPARE(QModelIndex(risIndex), model.indexOf(ris.id));
        QCOMPARE(risIndex.data().toString(), QStringLiteral("ris"));

        // Changing a host's group moves it; a group that empties goes.
        Host moved = model.host(stock.id);
        moved.group = QStringLiteral("Radiology");
        model.setHost(stock.id, moved);
        QCOMPARE(model.groups(), (QStringList{QStringLiteral("A&E"), QStringLiteral("Radiology")}));
        QCOMPARE(model.indexOf(stock.id).parent(), model.index(1, 0));
        Host ungrouped = model.host(pacs.id);
        ungrouped.group.clear();
        model.setHost(pacs.id, ungrouped);
        QCOMPARE(model.indexOf(pacs.id).parent(), QModelIndex());
        QCOMPARE(names(model), (QStringList{QStringLiteral("A&E"), QStringLiteral("Radiology"), QStringLiteral("loose"),
                                            QStringLiteral("pacs")}));
        QCOMPARE(risIndex.data().toString(), QStringLiteral("ris"));

        model.removeHost(ris.id);
        model.removeHost(spaced.id);
        model.removeHost(stock.id);
        QCOMPARE(model.groups(), QStringList{QStringLiteral("A&E")});
        QVERIFY(!risIndex.isValid());
    }

    void savesAndLoadsTheInventory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/hosts.json"));
        const Host pacs = hostNamed(QStringLiteral("pacs"), QStringLiteral("Radiology"));
        Host lab = hostNamed(QStringLiteral("lab"));
        lab.elevate = false;
        lab.identityFiles = {QStringLiteral("/home/ops/.ssh/id_lab")};
        {
            HostListModel model;
            model.setStoragePath(path);
            QSignalSpy failed(&model, &HostListModel::saveFailed);
            model.addHost(pacs, nullptr);
            model.addHost(lab, nullptr);
            QVERIFY(QFile::exists(path));
            // Facts and status are not saved, so they do not rewrite the file.
            const QDateTime written = QFileInfo(path).lastModified();
            model.setStatus(pacs.id, HostListModel::Status::Connected);
            QCOMPARE(QFileInfo(path).lastModified(), written);
            QCOMPARE(failed.count(), 0);
        }
        const auto saved = Inventory::Inventory::load(path);
        QVERIFY(saved);
        QCOMPARE(saved->hosts().size(), 2);
        QCOMPARE(saved->host(lab.id)->identityFiles(), lab.identityFiles);
        QVERIFY(!saved->host(lab.id)->elevate());
        QCOMPARE(saved->groups(), QStringList{QStringLiteral("Radiology")});

        HostListModel loaded;
        QAbstractItemModelTester tester(&loaded, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto config = Transport::SshConfig::parse("Host lab.trust.nhs.uk\n    Port 2200\n");
        QVERIFY(loaded.load(path, config));
        QCOMPARE(loaded.storagePath(), path);
        QCOMPARE(loaded.hostIds(), (QList<QUuid>{pacs.id, lab.id}));
        QCOMPARE(loaded.host(pacs.id).name, QStringLiteral("pacs"));
        QCOMPARE(loaded.host(pacs.id).group, QStringLiteral("Radiology"));
        QCOMPARE(loaded.indexOf(pacs.id).parent(), loaded.index(0, 0));
        QCOMPARE(loaded.host(lab.id).target.effectivePort(), 2200); // resolved through ssh_config
        QCOMPARE(loaded.host(lab.id).address, QStringLiteral("ops@lab.trust.nhs.uk"));
        QCOMPARE(loaded.status(lab.id), HostListModel::Status::Disconnected);

        // A damaged file is reported and left alone.
        QFile damaged(dir.filePath(QStringLiteral("damaged.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("[1, 2");
        damaged.close();
        QVERIFY(!loaded.load(damaged.fileName(), config));
        QCOMPARE(loaded.hostCount(), 2);
        QCOMPARE(loaded.storagePath(), path);
    }

    void connectionIsOwnedAndRetired()
    {
        HostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPointer<Transport::HostConnection> connection;
        const Host host = GuiTest::sampleHost();
        {
            ConnectionPtr owned = makeConnection([]() -> std::unique_ptr<Transport::Session> { return nullptr; });
            connection = owned.get();
            model.addHost(host, std::move(owned));
        }
        QCOMPARE(model.status(host.id), HostListModel::Status::Connected);
        QCOMPARE(model.connection(host.id), connection.data());
        model.removeHost(host.id);
        // Retired, not deleted on the spot: it goes once its worker is idle.
        QTRY_VERIFY(connection.isNull());
    }
};

QTEST_MAIN(TestHostListModel)
#include "tst_hostlistmodel.moc"
