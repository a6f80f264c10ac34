// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "ui/HostKeyDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Bulwark::Ui;

namespace {
const QString HostName = QStringLiteral("bulwark@pacs-db-01.radiology.trust.nhs.uk");
const QString Fingerprint = QStringLiteral("SHA256:N7bx2uQ0y1kqbqPr+JxJ9m8W5WwG8y0b0C3t9eQ0c2Y");
} // namespace

class TestHostKeyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void showsWhatToCompare()
    {
        HostKeyDialog dialog(HostName, QStringLiteral("ssh-ed25519"), Fingerprint);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.objectName(), QStringLiteral("HostKeyDialog"));

        auto *fingerprint = dialog.findChild<QLabel *>(QStringLiteral("fingerprintLabel"));
        QVERIFY(fingerprint);
        QCOMPARE(fingerprint->text(), Fingerprint);
        QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(QFontInfo(fingerprint->font()).fixedPitch());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("hostLabel"))->text(), HostName);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("keyTypeLabel"))->text(),
                 QStringLiteral("ED25519 (ssh-ed25519)"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("commandLabel"))->text(),
                 QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"));
        GuiTest::screenshot(&dialog, QStringLiteral("03-host-key-dialog"));
    }

    void enterDoesNotTrust()
    {
        HostKeyDialog dialog(HostName, QStringLiteral("ssh-ed25519"), Fingerprint);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustButton"));
        QVERIFY(cancel && trust);
        QVERIFY(cancel->isDefault());
        QVERIFY(!trust->isDefault());
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void trustAccepts()
    {
        HostKeyDialog dialog(HostName, QStringLiteral("ecdsa-sha2-nistp256"), Fingerprint);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("commandLabel"))->text(),
                 QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_ecdsa_key.pub"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.fingerprint(), Fingerprint);
    }

    void unknownKeyType()
    {
        HostKeyDialog dialog(HostName, QString(), Fingerprint);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("keyTypeLabel"))->text(), QStringLiteral("unknown"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("commandLabel"))->text(),
                 QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub"));
    }
};

QTEST_MAIN(TestHostKeyDialog)
#include "tst_hostkeydialog.moc"
