// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "ui/EditHostDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>

using namespace Bulwark;
using namespace Bulwark::Ui;

namespace {

using GuiTest::child;

Host sample()
{
    Host host = GuiTest::sampleHost();
    host.address = QStringLiteral("bulwark@10.20.4.17");
    host.group = QStringLiteral("Radiology");
    host.identityFiles = {QStringLiteral("/home/ops/.ssh/id_pacs")};
    host.added = QDateTime(QDate(2026, 3, 2), QTime(14, 2), QTimeZone::utc());
    return host;
}

} // namespace

class TestEditHostDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void showsTheHost()
    {
        const Host host = sample();
        EditHostDialog dialog(host, {QStringLiteral("Pharmacy"), QStringLiteral("Radiology")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("EditHostDialog"));
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("pacs-db-01"));
        QCOMPARE(child<QLineEdit>(&dialog, "addressEdit")->text(), QStringLiteral("bulwark@10.20.4.17"));
        QCOMPARE(child<QComboBox>(&dialog, "groupCombo")->currentText(), QStringLiteral("Radiology"));
        QCOMPARE(child<QComboBox>(&dialog, "groupCombo")->count(), 3); // no group, Pharmacy, Radiology
        QCOMPARE(child<QLineEdit>(&dialog, "identityEdit")->text(), QStringLiteral("/home/ops/.ssh/id_pacs"));
        QVERIFY(child<QCheckBox>(&dialog, "sudoCheck")->isChecked());
        QVERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
        QVERIFY(!dialog.changesConnection());
        // Nothing is clipped: the dialog is at least as large as its content wants.
        QVERIFY(dialog.width() >= dialog.minimumSizeHint().width());
        QVERIFY(dialog.height() >= dialog.minimumSizeHint().height());
        const Host unchanged = dialog.host();
        QCOMPARE(unchanged.id, host.id);
        QCOMPARE(unchanged.toEntry(), host.toEntry());
    }

    void editsTheHost()
    {
        const Host host = sample();
        EditHostDialog dialog(host, {QStringLiteral("Radiology")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("  PACS database "));
        child<QComboBox>(&dialog, "groupCombo")->setCurrentText(QStringLiteral("Imaging"));
        child<QCheckBox>(&dialog, "sudoCheck")->setChecked(false);
        QVERIFY(!dialog.changesConnection());
        child<QLineEdit>(&dialog, "identityEdit")->clear();
        QVERIFY(dialog.changesConnection());

        auto *address = child<QLineEdit>(&dialog, "addressEdit");
        address->clear();
        QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "addressErrorLabel")->isVisible());
        address->setText(QStringLiteral("ops@[fe80::1]:2222"));
        QVERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "addressErrorLabel")->isVisible());

        const Host edited = dialog.host();
        QCOMPARE(edited.id, host.id);
        QCOMPARE(edited.name, QStringLiteral("PACS database"));
        QCOMPARE(edited.group, QStringLiteral("Imaging"));
        QCOMPARE(edited.address, QStringLiteral("ops@[fe80::1]:2222"));
        QVERIFY(edited.identityFiles.isEmpty());
        QVERIFY(!edited.elevate);
        QVERIFY(dialog.changesConnection());
    }
};

QTEST_MAIN(TestEditHostDialog)
#include "tst_edithostdialog.moc"
