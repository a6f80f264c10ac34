// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "ui/FindingDetailsView.h"
#include "ui/FindingsFilterModel.h"
#include "ui/FindingsModel.h"
#include "ui/FindingsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;
using Rules::Area;
using Rules::Finding;
using Rules::Severity;

namespace {

// Findings of real catalog rules, with statuses chosen so that every filter and sort has something to do.
QList<Finding> sampleFindings()
{
    return {
        Finding(QStringLiteral("BW-LNX-SVC-001"), Finding::Status::Fail, Severity::Medium, Area::Services,
                {QStringLiteral("avahi-daemon.service (enabled: enabled, active: active)")}),
        Finding(QStringLiteral("BW-LNX-ACS-001"), Finding::Status::Fail, Severity::Critical, Area::Access,
                {QStringLiteral("PermitRootLogin yes")}),
        Finding(QStringLiteral("BW-LNX-UPD-002"), Finding::Status::Fail, Severity::Low, Area::Updates,
                {QStringLiteral("openssl 3.0.11-1~deb12u2")}),
        Finding(QStringLiteral("BW-LNX-NET-001"), Finding::Status::Fail, Severity::High, Area::Network),
        Finding(QStringLiteral("BW-LNX-ACC-001"), Finding::Status::Pass, Severity::Critical, Area::Accounts),
        Finding(QStringLiteral("BW-LNX-WEB-001"), Finding::Status::NotApplicable, Severity::High, Area::Web,
                {QStringLiteral("web.nginx.installed is false")}),
        Finding(QStringLiteral("BW-LNX-ENC-001"), Finding::Status::Unknown, Severity::High, Area::Encryption,
                {QStringLiteral("storage.mounts")}),
        Finding(QStringLiteral("BW-LNX-GONE-999"), Finding::Status::Fail, Severity::Medium, Area::Services),
    };
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

using GuiTest::child;

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void model()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
        model.setFindings(sampleFindings(), GuiTest::catalog());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.headerData(FindingsModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QCOMPARE(model.headerData(FindingsModel::SeverityColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Severity"));
        QCOMPARE(model.headerData(FindingsModel::AreaColumn, Qt::Horizontal).toString(), QStringLiteral("Area"));
        QCOMPARE(model.headerData(FindingsModel::CheckColumn, Qt::Horizontal).toString(), QStringLiteral("Check"));
        QCOMPARE(model.headerData(FindingsModel::RuleIdColumn, Qt::Horizontal).toString(), QStringLiteral("Rule"));

        const auto avahi = GuiTest::catalog()->rule(QStringLiteral("BW-LNX-SVC-001"));
        QVERIFY(avahi);
        QCOMPARE(model.index(0, FindingsModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Medium"));
        QCOMPARE(model.index(0, FindingsModel::AreaColumn).data().toString(), QStringLiteral("Services"));
        QCOMPARE(model.index(0, FindingsModel::CheckColumn).data().toString(), avahi->title());
        QCOMPARE(model.index(0, FindingsModel::RuleIdColumn).data().toString(), QStringLiteral("BW-LNX-SVC-001"));
        const QString tip = model.index(0, FindingsModel::CheckColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(avahi->title().toHtmlEscaped()));
        QVERIFY(tip.contains(avahi->rationale().toHtmlEscaped()));
        // Colour is never the only cue: status and severity cells carry a badge and their word.
        QVERIFY(!model.index(0, FindingsModel::SeverityColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(4, FindingsModel::StatusColumn).data().toString(), QStringLiteral("Passed"));
        QCOMPARE(model.index(5, FindingsModel::StatusColumn).data().toString(), QStringLiteral("Not applicable"));
        QCOMPARE(model.index(6, FindingsModel::StatusColumn).data().toString(), QStringLiteral("Could not be checked"));
        // A rule the catalog no longer has is listed by its id.
        QCOMPARE(model.index(7, FindingsModel::CheckColumn).data().toString(), QStringLiteral("BW-LNX-GONE-999"));
        QVERIFY(!model.rule(7));
        QCOMPARE(model.count(Finding::Status::Fail), 5);
        QCOMPARE(model.count(Finding::Status::Pass), 1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersAndSorts()
    {
        FindingsModel model;
        FindingsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(sampleFindings(), GuiTest::catalog());

        // Failed checks only, to begin with.
        QCOMPARE(proxy.statusFilter(), std::optional(Finding::Status::Fail));
        QCOMPARE(proxy.rowCount(), 5);

        // Severity sorts by rank, not alphabetically (which would put Low before Medium); ties by rule id.
        proxy.sort(FindingsModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, FindingsModel::SeverityColumn),
                 (QStringList{QStringLiteral("Critical"), QStringLiteral("High"), QStringLiteral("Medium"),
                              QStringLiteral("Medium"), QStringLiteral("Low")}));
        QCOMPARE(column(proxy, FindingsModel::RuleIdColumn).at(2), QStringLiteral("BW-LNX-GONE-999"));
        proxy.sort(FindingsModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, FindingsModel::SeverityColumn).constFirst(), QStringLiteral("Low"));
        QCOMPARE(column(proxy, FindingsModel::SeverityColumn).constLast(), QStringLiteral("Critical"));

        // Status sorts failed, could not be checked, passed, not applicable.
        proxy.setStatusFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 8);
        proxy.sort(FindingsModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, FindingsModel::StatusColumn).mid(4),
                 (QStringList{QStringLiteral("Failed"), QStringLiteral("Could not be checked"),
                              QStringLiteral("Passed"), QStringLiteral("Not applicable")}));
        // Within the failed ones, the most severe first.
        QCOMPARE(column(proxy, FindingsModel::RuleIdColumn).constFirst(), QStringLiteral("BW-LNX-ACS-001"));

        // Text columns sort as text.
        proxy.sort(FindingsModel::RuleIdColumn, Qt::AscendingOrder);
        QStringList ids = column(proxy, FindingsModel::RuleIdColumn);
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        proxy.sort(FindingsModel::AreaColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, FindingsModel::AreaColumn).constFirst(), QStringLiteral("Accounts and passwords"));

        // Severity and area filters combine with the status filter.
        proxy.setSeverityFilter(Severity::High);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setStatusFilter(Finding::Status::Fail);
        QCOMPARE(column(proxy, FindingsModel::RuleIdColumn), QStringList{QStringLiteral("BW-LNX-NET-001")});
        proxy.setSeverityFilter(std::nullopt);
        proxy.setAreaFilter(Area::Services);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setAreaFilter(std::nullopt);

        // The search matches the title, the rule id and the evidence, case-insensitively, every word.
        proxy.setSearchText(QStringLiteral("AVAHI"));
        QCOMPARE(column(proxy, FindingsModel::RuleIdColumn), QStringList{QStringLiteral("BW-LNX-SVC-001")});
        proxy.setSearchText(QStringLiteral("acs-001"));
        QCOMPARE(column(proxy, FindingsModel::RuleIdColumn), QStringList{QStringLiteral("BW-LNX-ACS-001")});
        proxy.setSearchText(QStringLiteral("openssl deb12u2"));
        QCOMPARE(column(proxy, FindingsModel::RuleIdColumn), QStringList{QStringLiteral("BW-LNX-UPD-002")});
        proxy.setSearchText(QStringLiteral("openssl telnet"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 5);

        // A new scan keeps the filters.
        QList<Finding> fewer = sampleFindings().mid(0, 2);
        model.setFindings(fewer, GuiTest::catalog());
        QCOMPARE(proxy.rowCount(), 2);
    }

    void pageFiltersAndExplains()
    {
        FindingsPage page;
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto record = std::make_shared<Scan::ScanRecord>();
        record->findings = sampleFindings();
        page.setScan(record, GuiTest::catalog());

        auto *status = child<QComboBox>(&page, "statusFilter");
        QCOMPARE(status->currentText(), QStringLiteral("Failed (5)"));
        QCOMPARE(status->itemText(status->count() - 1), QStringLiteral("All checks (8)"));
        QCOMPARE(child<QLabel>(&page, "findingsCountLabel")->text(), QStringLiteral("5 of 8 checks shown"));
        // The most severe failure is selected and explained.
        auto *table = child<QTableView>(&page, "findingsTable");
        QCOMPARE(table->currentIndex().data(FindingsModel::RuleIdRole).toString(), QStringLiteral("BW-LNX-ACS-001"));
        const auto rootLogin = GuiTest::catalog()->rule(QStringLiteral("BW-LNX-ACS-001"));
        QString details = page.details()->plainText();
        QVERIFY(details.contains(rootLogin->title()));
        QVERIFY(details.contains(QStringLiteral("What we found")));
        QVERIFY(details.contains(QStringLiteral("PermitRootLogin yes")));
        QVERIFY(details.contains(QStringLiteral("Why it matters")));
        QVERIFY(details.contains(QStringLiteral("How to fix")));
        QVERIFY(details.contains(QStringLiteral("What may change")));
        QVERIFY(details.contains(QStringLiteral("HIPAA 45 CFR")));
        auto *fixWith = child<QPushButton>(&page, "fixWithButton");
        QVERIFY(fixWith->isVisible());
        QVERIFY(fixWith->isEnabled());
        QCOMPARE(fixWith->text(), QStringLiteral("Fix with SSH settings…"));
        QVERIFY(fixWith->toolTip().startsWith(QStringLiteral("Choose what to change")));
        // A finding whose wizard does not exist yet offers it disabled, and says so.
        for (int row = 0; row < page.proxy()->rowCount(); ++row) {
            const QModelIndex index = page.proxy()->index(row, 0);
            if (index.data(FindingsModel::RuleIdRole).toString() == QStringLiteral("BW-LNX-NET-001"))
                table->setCurrentIndex(index);
        }
        QCOMPARE(table->currentIndex().data(FindingsModel::RuleIdRole).toString(), QStringLiteral("BW-LNX-NET-001"));
        QVERIFY(!fixWith->isEnabled());
        QCOMPARE(fixWith->text(), QStringLiteral("Fix with Firewall…"));
        QCOMPARE(fixWith->toolTip(), QStringLiteral("This wizard arrives in a later release"));

        // Search through the page.
        child<QLineEdit>(&page, "findingsSearch")->setText(QStringLiteral("avahi"));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(table->currentIndex().data(FindingsModel::RuleIdRole).toString(), QStringLiteral("BW-LNX-SVC-001"));
        const auto avahi = GuiTest::catalog()->rule(QStringLiteral("BW-LNX-SVC-001"));
        QVERIFY(page.details()->plainText().contains(avahi->rationale().left(60)));
        QCOMPARE(fixWith->text(), QStringLiteral("Fix with Services…"));
        child<QLineEdit>(&page, "findingsSearch")->clear();

        // Passed checks have nothing to fix.
        status->setCurrentIndex(status->findData(int(Finding::Status::Pass)));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QVERIFY(page.details()->plainText().contains(QStringLiteral("The check passed")));
        QVERIFY(!fixWith->isVisible());

        // What the dashboard asks for: failed checks of one severity.
        page.showFailed(Severity::Low);
        QCOMPARE(status->currentData().toInt(), int(Finding::Status::Fail));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(table->currentIndex().data(FindingsModel::RuleIdRole).toString(), QStringLiteral("BW-LNX-UPD-002"));

        page.clear();
        QCOMPARE(page.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
