// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/SudoersLinter.h"

#include <QtTest>

using namespace Bulwark;
using namespace Bulwark::Sudoers;

class TestSudoersLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data();
    void findings();
    void metadataAndAccounts();
};

namespace {

const QByteArray kGoodDefaults =
    "Defaults use_pty, logfile=/var/log/sudo.log\nDefaults secure_path=\"/usr/bin:/bin\"\n";

QStringList ids(const QList<LintFinding> &findings)
{
    QStringList out;
    for (const LintFinding &f : findings) {
        out.append(f.id);
        if (f.message.isEmpty() || f.why.isEmpty() || f.fix.isEmpty())
            out.append(QStringLiteral("UNEXPLAINED"));
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

void TestSudoersLinter::findings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("debian default is clean")
        << QByteArray(kGoodDefaults + "root ALL=(ALL:ALL) ALL\n%sudo ALL=(ALL:ALL) ALL\n") << QStringList();
    QTest::newRow("missing defaults") << QByteArray("root ALL=(ALL:ALL) ALL\n")
                                      << QStringList({QStringLiteral("sudoers.missing-log"),
                                                      QStringLiteral("sudoers.missing-secure-path"),
                                                      QStringLiteral("sudoers.missing-use-pty")});
    QTest::newRow("nopasswd all") << QByteArray(kGoodDefaults + "bob ALL=(ALL) NOPASSWD: ALL\n")
                                  << QStringList({QStringLiteral("sudoers.nopasswd-all")});
    QTest::newRow("nopasswd all via alias")
        << QByteArray(kGoodDefaults + "Cmnd_Alias EVERY = ALL\nbob ALL=NOPASSWD: EVERY\n")
        << QStringList({QStringLiteral("sudoers.nopasswd-all")});
    QTest::newRow("shell escape") << QByteArray(kGoodDefaults + "bob ALL=/usr/bin/vim /etc/hosts\n")
                                  << QStringList({QStringLiteral("sudoers.shell-escape")});
    QTest::newRow("systemctl with fixed arguments is fine")
        << QByteArray(kGoodDefaults + "bob ALL=/usr/bin/systemctl restart nginx, /usr/bin/journalctl --no-pager -u x\n")
        << QStringList();
    QTest::newRow("systemctl status pages through less")
        << QByteArray(kGoodDefaults + "bob ALL=/usr/bin/systemctl status nginx\n")
        << QStringList({QStringLiteral("sudoers.shell-escape")});
    QTest::newRow("systemctl with any arguments") << QByteArray(kGoodDefaults + "bob ALL=/usr/bin/systemctl\n")
                                                  << QStringList({QStringLiteral("sudoers.shell-escape")});
    QTest::newRow("sudoedit is fine") << QByteArray(kGoodDefaults + "bob ALL=sudoedit /etc/hosts\n") << QStringList();
    QTest::newRow("wildcard") << QByteArray(kGoodDefaults + "bob ALL=/bin/cat /var/log/*\n")
                              << QStringList({QStringLiteral("sudoers.wildcard-command")});
    QTest::newRow("no authenticate") << QByteArray(kGoodDefaults + "Defaults:bob !authenticate\n")
                                     << QStringList({QStringLiteral("sudoers.no-authenticate")});
    QTest::newRow("env keep") << QByteArray(kGoodDefaults + "Defaults env_keep += \"LD_PRELOAD LANG\"\n")
                              << QStringList({QStringLiteral("sudoers.dangerous-env")});
    QTest::newRow("requiretty off is fine") << QByteArray(kGoodDefaults + "Defaults !requiretty\n") << QStringList();
    QTest::newRow("targetpw") << QByteArray(kGoodDefaults + "Defaults targetpw\n")
                              << QStringList({QStringLiteral("sudoers.target-password")});
    QTest::newRow("duplicate") << QByteArray(kGoodDefaults + "bob ALL=/bin/ls\nbob ALL=/bin/ls\n")
                               << QStringList({QStringLiteral("sudoers.duplicate-rule")});
    QTest::newRow("shadowed") << QByteArray(kGoodDefaults + "bob ALL=(ALL) NOPASSWD: /bin/ls\nbob ALL=(ALL) ALL\n")
                              << QStringList({QStringLiteral("sudoers.shadowed-rule")});
    QTest::newRow("no env_reset") << QByteArray(kGoodDefaults + "Defaults !env_reset\n")
                                  << QStringList({QStringLiteral("sudoers.no-env-reset")});
    QTest::newRow("negation after all") << QByteArray(kGoodDefaults + "bob ALL = (ALL) ALL, !/usr/bin/su\n")
                                        << QStringList({QStringLiteral("sudoers.negation-after-all")});
    QTest::newRow("negated all ignored") << QByteArray(kGoodDefaults + "bob ALL=NOPASSWD: /bin/id, !ALL\n")
                                         << QStringList();
}

void TestSudoersLinter::findings()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    const Result<SudoersFile> f = SudoersFile::parse(text, QStringLiteral("/etc/sudoers"));
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message()));
    QCOMPARE(ids(SudoersLinter::lint({*f})), expected);
}

void TestSudoersLinter::metadataAndAccounts()
{
    const Result<SudoersFile> f = SudoersFile::parse(
        kGoodDefaults + "ghost ALL=/bin/ls\n%nogroup ALL=/bin/ls\nroot ALL=ALL\n", QStringLiteral("/etc/sudoers.d/x"));
    QVERIFY(f.ok());
    SudoersLinter::Context ctx;
    ctx.metadata.insert(QStringLiteral("/etc/sudoers.d/x"), {0664, 1000, 0});
    ctx.users = QSet<QString>({QStringLiteral("root")});
    ctx.groups = QSet<QString>({QStringLiteral("sudo")});
    const QList<LintFinding> findings = SudoersLinter::lint({*f}, ctx);
    QCOMPARE(ids(findings),
             QStringList({QStringLiteral("sudoers.file-owner"), QStringLiteral("sudoers.file-writable"),
                          QStringLiteral("sudoers.unknown-group"), QStringLiteral("sudoers.unknown-user")}));
    for (const LintFinding &l : findings)
        if (l.id == QStringLiteral("sudoers.unknown-user"))
            QCOMPARE(l.line, 3);
    ctx.metadata.insert(QStringLiteral("/etc/sudoers.d/x"), {0644, 0, 0});
    QVERIFY(ids(SudoersLinter::lint({*f}, ctx)).contains(QStringLiteral("sudoers.file-mode")));
}

QTEST_GUILESS_MAIN(TestSudoersLinter)
#include "tst_sudoerslinter.moc"
