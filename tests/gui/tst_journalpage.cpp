// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/apply/Applier.h"
#include "core/apply/Journal.h"
#include "core/facts/LinuxFacts.h"
#include "core/plan/ServicesPlanner.h"
#include "ui/HostConnector.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/diff/PlanPreview.h"
#include "ui/journal/JournalModel.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/RollbackDialog.h"
#include "ui/wizards/ApplyProgressView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;

namespace {

using GuiTest::child;

Host labHost()
{
    Host host;
    host.name = QStringLiteral("lab-vm");
    host.address = QStringLiteral("root@bulwark-lab.trust.nhs.uk:2222");
    host.target = *Transport::SshTarget::parse(host.address);
    return host;
}

// A journal in a temporary directory with one transaction: avahi switched off on the lab VM, applied through the
// real Applier on a FakeSession that plays systemctl.
struct Fixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::shared_ptr<FakeSession::Systemctl> systemctl = std::make_shared<FakeSession::Systemctl>();
    std::unique_ptr<MainWindow> window;
    Host host = labHost();
    QString transactionId;

    Fixture()
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        script.respond = FakeSession::respondWith(systemctl);
        systemctl->set(QStringLiteral("avahi-daemon.service"), QStringLiteral("enabled"), QStringLiteral("active"));
        systemctl->set(QStringLiteral("avahi-daemon.socket"), QStringLiteral("enabled"), QStringLiteral("active"));
    }
    QString journalPath() const { return dir.filePath(QStringLiteral("journal.jsonl")); }
    MainWindow::Settings settings() const
    {
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        settings.journalPath = journalPath();
        settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
        return settings;
    }
    void writeJournal()
    {
        const QJsonObject facts = Facts::LinuxFacts::parse(GuiTest::labProbeOutput(), GuiTest::debianProbeBoundary());
        Plan::ServicesChoice choice;
        choice.units = {QStringLiteral("avahi-daemon")};
        const auto plan = Plan::ServicesPlanner::plan(facts, choice);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        FakeSession session(host.target, {}, script);
        QVERIFY(session.open(CancelToken()));
        Apply::Journal journal(journalPath());
        Apply::ApplyOptions options;
        options.localBackupRoot = settings().localBackupRoot;
        Apply::Applier applier(session, journal, options);
        const Apply::ApplyReport report = applier.apply(*plan, CancelToken());
        QVERIFY2(report.succeeded(), qPrintable(report.summary() + u' ' + report.error.toString()));
        transactionId = report.transactionId;
        QCOMPARE(systemctl->active(QStringLiteral("avahi-daemon.service")), QStringLiteral("inactive"));
    }
    void open(bool connected)
    {
        window = std::make_unique<MainWindow>(settings());
        window->resize(1280, 860);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->addHost(host, nullptr);
        if (connected) {
            window->connector()->connectHost(host.id, false);
            QTRY_COMPARE_WITH_TIMEOUT(window->hostModel()->status(host.id), HostListModel::Status::Connected, 10000);
        }
    }
    JournalPage *openJournal()
    {
        child<QAction>(window.get(), "actionJournal")->trigger();
        JournalPage *page = window->journalPage();
        if (page)
            page->resize(1100, 760);
        return page;
    }
};

} // namespace

class TestJournalPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void listsAndVerifies()
    {
        Fixture f;
        f.writeJournal();
        f.open(false);
        JournalPage *page = f.openJournal();
        QVERIFY(page);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->objectName(), QStringLiteral("journalPage"));
        QVERIFY(page->isVisible());
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(page->model()->rowCount(), 1);
        const QModelIndex row = page->proxy()->index(0, 0);
        QCOMPARE(row.siblingAtColumn(JournalModel::HostColumn).data().toString(), f.host.target.displayName());
        QCOMPARE(row.siblingAtColumn(JournalModel::OperatorColumn).data().toString(),
                 Apply::Journal::currentOperator());
        QCOMPARE(row.siblingAtColumn(JournalModel::ChangesColumn).data().toInt(), 2);
        QVERIFY(
            row.siblingAtColumn(JournalModel::StatusColumn).data().toString().startsWith(QStringLiteral("Applied")));
        const QString details = page->detailsText();
        QVERIFY2(details.contains(QStringLiteral("avahi-daemon.socket")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("apply-started")));
        QVERIFY(details.contains(QStringLiteral("apply-finished")));

        // The host filter.
        auto *filter = child<QComboBox>(page, "journalHostFilter");
        QCOMPARE(filter->count(), 2);
        page->setHostFilter(QStringLiteral("someone@else"));
        QCOMPARE(page->proxy()->rowCount(), 0);
        page->setHostFilter(f.host.target.displayName());
        QCOMPARE(page->proxy()->rowCount(), 1);

        // The host is not connected: no rollback, and the tooltip says why.
        auto *rollback = child<QPushButton>(page, "rollbackButton");
        QVERIFY(!rollback->isEnabled());
        QVERIFY2(rollback->toolTip().startsWith(QStringLiteral("Connect to ")), qPrintable(rollback->toolTip()));

        // Verify: intact.
        QSignalSpy verified(page, &JournalPage::verified);
        child<QPushButton>(page, "verifyJournalButton")->click();
        QTRY_COMPARE(verified.count(), 1);
        QVERIFY(verified.at(0).at(0).toBool());
        const auto entries = Apply::Journal(f.journalPath()).entries();
        QVERIFY(entries);
        QVERIFY2(page->verifyText().startsWith(QStringLiteral("Journal intact: %1 entr").arg(entries->size())),
                 qPrintable(page->verifyText()));
        QVERIFY(page->verifyText().endsWith(QStringLiteral("last hash %1").arg(entries->constLast().hash())));
        GuiTest::screenshot(page, QStringLiteral("journal-page"));

        // Tampered: an edited line is named.
        QFile file(f.journalPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArrayList lines = file.readAll().split('\n');
        file.close();
        QVERIFY(lines.size() > 3);
        QVERIFY(lines[1].contains("\"transaction\":\""));
        lines[1].replace("\"transaction\":\"", "\"transaction\":\"0");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n'));
        file.close();
        child<QPushButton>(page, "verifyJournalButton")->click();
        QTRY_COMPARE(verified.count(), 2);
        QVERIFY(!verified.at(1).at(0).toBool());
        QVERIFY2(page->verifyText().startsWith(QStringLiteral("Journal damaged: Journal line 2")),
                 qPrintable(page->verifyText()));
        GuiTest::screenshot(page, QStringLiteral("journal-page-damaged"));
    }

    void rollsBack()
    {
        Fixture f;
        f.writeJournal();
        f.open(true);
        JournalPage *page = f.openJournal();
        QVERIFY(page);
        QTRY_VERIFY(!page->isLoading());
        auto *rollback = child<QPushButton>(page, "rollbackButton");
        QTRY_VERIFY(rollback->isEnabled());
        const int before = int(f.script.control->commandLog().size());
        rollback->click();
        QTRY_VERIFY(page->rollbackDialog());
        RollbackDialog *dialog = page->rollbackDialog();
        dialog->resize(1000, 680);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady(), 10000);

        // The inverse: enable and start avahi again, shown before anything runs.
        const Plan::ChangePlan plan = dialog->plan();
        QCOMPARE(plan.rollbackOf(), f.transactionId);
        QStringList argvs;
        for (const Plan::Change &change : plan.changes()) {
            QVERIFY(change.isCommand());
            argvs.append(change.command()->argv().join(u' '));
        }
        QVERIFY2(argvs.contains(QStringLiteral("systemctl enable -- avahi-daemon.service")),
                 qPrintable(argvs.join(u'\n')));
        QVERIFY(argvs.contains(QStringLiteral("systemctl start -- avahi-daemon.socket")));
        QVERIFY(child<PlanPreview>(dialog, "rollbackPreview")->isVisible());
        auto *confirm = child<QPushButton>(dialog, "confirmRollbackButton");
        QVERIFY2(confirm->text().startsWith(QStringLiteral("&Roll Back %1 Change").arg(plan.changes().size())),
                 qPrintable(confirm->text()));
        GuiTest::screenshot(dialog, QStringLiteral("journal-rollback-preview"));
        for (qsizetype i = before; i < f.script.control->commandLog().size(); ++i) {
            const QByteArrayList argv = f.script.control->commandLog().at(i);
            QVERIFY2(argv.size() < 2 || argv.at(1) == "is-enabled" || argv.at(1) == "is-active",
                     argv.join(' ').constData());
        }
        QCOMPARE(f.systemctl->active(QStringLiteral("avahi-daemon.service")), QStringLiteral("inactive"));

        // Confirmed: applied on the host's connection, journaled as a rollback.
        QSignalSpy finished(dialog, &RollbackDialog::finished);
        QSignalSpy loaded(page, &JournalPage::loaded);
        confirm->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        const auto report = finished.at(0).at(0).value<Apply::ApplyReport>();
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(f.systemctl->enabled(QStringLiteral("avahi-daemon.service")), QStringLiteral("enabled"));
        QCOMPARE(f.systemctl->active(QStringLiteral("avahi-daemon.socket")), QStringLiteral("active"));
        QVERIFY(
            child<ApplyProgressView>(dialog, "applyProgress")->outcomeText().startsWith(QStringLiteral("Rolled back")));
        GuiTest::screenshot(dialog, QStringLiteral("journal-rollback-done"));
        QTRY_VERIFY(loaded.count() >= 1);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->model()->rowCount(), 2);
        QCOMPARE(page->model()->transactions().constFirst().rollbackOf, f.transactionId);
        dialog->reject();
    }
};

QTEST_MAIN(TestJournalPage)
#include "tst_journalpage.moc"
