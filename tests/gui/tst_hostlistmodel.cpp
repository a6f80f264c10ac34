// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "ui/HostListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;

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
        QCOMPARE(model.columnCount(), int(HostListModel::ColumnCount));
        QCOMPARE(model.headerData(HostListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.headerData(HostListModel::AddressColumn, Qt::Horizontal).toString(), QStringLiteral("Address"));
        QCOMPARE(model.headerData(HostListModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
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

        QCOMPARE(model.addHost(first, nullptr), 0);
        QCOMPARE(model.addHost(second, nullptr), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(second.id), 1);
        QCOMPARE(model.data(model.index(0, HostListModel::NameColumn)).toString(), QStringLiteral("pacs-db-01"));
        QCOMPARE(model.data(model.index(0, HostListModel::AddressColumn)).toString(),
                 QStringLiteral("bulwark@10.20.4.17"));
        QCOMPARE(model.data(model.index(1, HostListModel::NameColumn)).toString(), QStringLiteral("db2.example.org"));
        QCOMPARE(model.data(model.index(1, HostListModel::AddressColumn)).toString(),
                 QStringLiteral("ops@db2.example.org:2222"));
        QCOMPARE(model.data(model.index(1, HostListModel::StatusColumn)).toString(), QStringLiteral("Not connected"));
        QCOMPARE(model.data(model.index(1, 0), HostListModel::HostIdRole).toUuid(), second.id);
        QVERIFY(!model.data(model.index(1, HostListModel::StatusColumn), Qt::DecorationRole).isNull());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(0, HostListModel::Status::Connected);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.connectedCount(), 1);
        const Error failure(Error::Code::AuthFailed, QStringLiteral("refused"), QStringLiteral("tried: password"));
        model.setStatus(1, HostListModel::Status::Failed, failure);
        QCOMPARE(model.lastError(1).message(), QStringLiteral("refused"));
        QCOMPARE(model.data(model.index(1, HostListModel::StatusColumn), Qt::ToolTipRole).toString(),
                 QStringLiteral("refused"));
        QCOMPARE(model.data(model.index(1, 0), HostListModel::StatusRole).value<HostListModel::Status>(),
                 HostListModel::Status::Failed);
        // Leaving Failed forgets the error.
        model.setStatus(1, HostListModel::Status::Connecting);
        QVERIFY(!model.lastError(1).isError());

        // setHost keeps the row's identity.
        Host renamed = model.host(0);
        renamed.name = QStringLiteral("pacs-primary");
        renamed.id = QUuid::createUuid();
        model.setHost(0, renamed);
        QCOMPARE(model.host(0).id, first.id);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("pacs-primary"));

        model.removeHost(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(first.id), -1);
        QCOMPARE(model.rowOf(second.id), 0);
        model.removeHost(5); // out of range: ignored
        model.removeHost(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void connectionIsOwnedAndRetired()
    {
        HostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPointer<Transport::HostConnection> connection;
        {
            ConnectionPtr owned = makeConnection([]() -> std::unique_ptr<Transport::Session> { return nullptr; });
            connection = owned.get();
            QCOMPARE(model.addHost(GuiTest::sampleHost(), std::move(owned)), 0);
        }
        QCOMPARE(model.status(0), HostListModel::Status::Connected);
        QCOMPARE(model.connection(0), connection.data());
        model.removeHost(0);
        // Retired, not deleted on the spot: it goes once its worker is idle.
        QTRY_VERIFY(connection.isNull());
    }
};

QTEST_MAIN(TestHostListModel)
#include "tst_hostlistmodel.moc"
