// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ssh/SshdConfig.h"

#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ssh;

// The line-preserving sshd_config parser: what sshd reads, where the Match blocks start, the Bulwark block, and
// input it refuses rather than guesses about.
class TestSshdConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debianMain();
    void keywordsAndArguments();
    void matchBlocks();
    void includeAfterMatch();
    void refused_data();
    void refused();
    void blockInsertedBeforeFirstDirective();
    void blockReplacedInPlace();
    void blockRemoved();
    void blockInEmptyFile();
    void brokenBlocksRefused_data();
    void brokenBlocksRefused();
    void globs_data();
    void globs();
    void includePatternsAreAbsolute();
};

namespace {

const QByteArray debian = "\n"
                          "# This is the sshd server system-wide configuration file.  See\n"
                          "\n"
                          "Include /etc/ssh/sshd_config.d/*.conf\n"
                          "\n"
                          "#Port 22\n"
                          "KbdInteractiveAuthentication no\n"
                          "UsePAM yes\n"
                          "X11Forwarding yes\n"
                          "PrintMotd no\n"
                          "AcceptEnv LANG LC_*\n"
                          "Subsystem\tsftp\t/usr/lib/openssh/sftp-server\n"
                          "# Example of overriding settings on a per-user basis\n"
                          "#Match User anoncvs\n";

SshdConfig parsed(const QByteArray &text)
{
    auto config = SshdConfig::parse(text, QStringLiteral("/etc/ssh/sshd_config"));
    if (!config)
        qFatal("parse failed: %s", qPrintable(config.error().toString()));
    return *config;
}

} // namespace

void TestSshdConfig::debianMain()
{
    const SshdConfig config = parsed(debian);
    QCOMPARE(config.firstMatchLine(), 0);
    QVERIFY(!config.hasBlock());
    const auto directives = config.directives();
    QCOMPARE(directives.size(), 7);
    QCOMPARE(directives.at(0).keyword, QStringLiteral("include"));
    QCOMPARE(directives.at(0).line, 4);
    QCOMPARE(directives.at(1).keyword, QStringLiteral("kbdinteractiveauthentication"));
    QCOMPARE(directives.at(1).spelling, QStringLiteral("KbdInteractiveAuthentication"));
    QCOMPARE(directives.at(5).arguments, (QStringList{QStringLiteral("LANG"), QStringLiteral("LC_*")}));
    QCOMPARE(directives.at(6).arguments,
             (QStringList{QStringLiteral("sftp"), QStringLiteral("/usr/lib/openssh/sftp-server")}));
    QCOMPARE(config.firstDirectiveLine(), 4);
    QCOMPARE(config.withBlock({}), debian); // nothing to do changes nothing
}

void TestSshdConfig::keywordsAndArguments()
{
    const SshdConfig config = parsed("PERMITROOTLOGIN=no\n"
                                     "  MaxAuthTries = 3\n"
                                     "Banner \"/etc/my banner\"\n"
                                     "AllowUsers alice 'bob' # the admins\n"
                                     "Ciphers aes256-ctr\r\n");
    const auto d = config.directives();
    QCOMPARE(d.size(), 5);
    QCOMPARE(d.at(0).keyword, QStringLiteral("permitrootlogin"));
    QCOMPARE(d.at(0).arguments, QStringList{QStringLiteral("no")});
    QCOMPARE(d.at(1).keyword, QStringLiteral("maxauthtries"));
    QCOMPARE(d.at(1).arguments, QStringList{QStringLiteral("3")});
    QCOMPARE(d.at(2).arguments, QStringList{QStringLiteral("/etc/my banner")});
    QCOMPARE(d.at(3).arguments, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(d.at(4).arguments, QStringList{QStringLiteral("aes256-ctr")});
}

void TestSshdConfig::matchBlocks()
{
    const SshdConfig config = parsed("PasswordAuthentication no\n"
                                     "Include /etc/ssh/sshd_config.d/*.conf\n"
                                     "Match User backup\n"
                                     "    PasswordAuthentication yes\n"
                                     "Match Address 10.0.0.0/8\n"
                                     "    X11Forwarding yes\n"
                                     "Match all\n"
                                     "    MaxAuthTries 3\n");
    QCOMPARE(config.firstMatchLine(), 3);
    const auto d = config.directives();
    QCOMPARE(d.at(0).matchLine, 0);
    QCOMPARE(d.at(1).matchLine, 0);
    QCOMPARE(d.at(2).matchLine, 3);
    QCOMPARE(d.at(3).matchLine, 3);
    QCOMPARE(d.at(5).matchLine, 5);
    QCOMPARE(d.at(7).matchLine, 7); // "Match all" does not end the conditional part
}

void TestSshdConfig::includeAfterMatch()
{
    const SshdConfig config = parsed("Match User x\n  X11Forwarding yes\nInclude /etc/ssh/sshd_config.d/*.conf\n");
    QCOMPARE(config.directives().at(2).keyword, QStringLiteral("include"));
    QCOMPARE(config.directives().at(2).matchLine, 1); // conditional inclusion
}

void TestSshdConfig::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("nul") << QByteArray("PermitRootLogin no\n\0\n", 21);
    QTest::newRow("not utf-8") << QByteArray("Banner /etc/\xff\xfe\n");
    QTest::newRow("unterminated quote") << QByteArray("Banner \"/etc/issue.net\n");
    QTest::newRow("backslash") << QByteArray("AllowUsers a\\ b\n");
    QTest::newRow("no value") << QByteArray("PermitRootLogin\n");
    QTest::newRow("odd keyword") << QByteArray("Permit-Root-Login no\n");
    QTest::newRow("keyword in quotes") << QByteArray("\"PermitRootLogin\" no\n");
    QTest::newRow("digit first") << QByteArray("1Port 22\n");
}

void TestSshdConfig::refused()
{
    QFETCH(QByteArray, text);
    auto config = SshdConfig::parse(text, QStringLiteral("/etc/ssh/sshd_config"));
    QVERIFY(!config);
    QCOMPARE(config.error().code(), Error::Code::ParseError);
    QVERIFY(config.error().message().contains(QStringLiteral("/etc/ssh/sshd_config")));
    QVERIFY(config.error().detail().startsWith(QStringLiteral("line ")));
}

void TestSshdConfig::blockInsertedBeforeFirstDirective()
{
    const SshdConfig config = parsed("# header\n\nPort 22\nMatch User x\n  X11Forwarding yes\n");
    const QByteArray after = config.withBlock("PermitRootLogin no\n");
    QCOMPARE(after, QByteArray("# header\n\n# BEGIN Bulwark\nPermitRootLogin no\n# END Bulwark\nPort 22\n"
                               "Match User x\n  X11Forwarding yes\n"));
    const SshdConfig again = parsed(after);
    QCOMPARE(again.blockBegin(), 3);
    QCOMPARE(again.blockEnd(), 5);
    QCOMPARE(again.blockDirectives().size(), 1);
    QVERIFY(again.blockDirectives().constFirst().managed);
    QVERIFY(!again.directives().at(1).managed);
}

void TestSshdConfig::blockReplacedInPlace()
{
    const QByteArray text = "# header\n# BEGIN Bulwark\nPermitRootLogin no\nMaxAuthTries 4\n# END Bulwark\nPort 22\n";
    const SshdConfig config = parsed(text);
    QCOMPARE(config.blockDirectives().size(), 2);
    QCOMPARE(config.withBlock("PermitRootLogin no\nMaxAuthTries 3\n"),
             QByteArray("# header\n# BEGIN Bulwark\nPermitRootLogin no\nMaxAuthTries 3\n# END Bulwark\nPort 22\n"));
    QCOMPARE(config.withBlock("PermitRootLogin no\nMaxAuthTries 4\n"), text);
}

void TestSshdConfig::blockRemoved()
{
    const SshdConfig config = parsed("# BEGIN Bulwark\nPermitRootLogin no\n# END Bulwark\nPort 22");
    QCOMPARE(config.withBlock({}), QByteArray("Port 22")); // no final newline stays without one
}

void TestSshdConfig::blockInEmptyFile()
{
    QCOMPARE(parsed("").withBlock("MaxAuthTries 4\n"), QByteArray("# BEGIN Bulwark\nMaxAuthTries 4\n# END Bulwark\n"));
    QCOMPARE(parsed("# only comments\n").withBlock("MaxAuthTries 4\n"),
             QByteArray("# only comments\n# BEGIN Bulwark\nMaxAuthTries 4\n# END Bulwark\n"));
}

void TestSshdConfig::brokenBlocksRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("begin without end") << QByteArray("# BEGIN Bulwark\nPermitRootLogin no\n");
    QTest::newRow("end without begin") << QByteArray("PermitRootLogin no\n# END Bulwark\n");
    QTest::newRow("nested") << QByteArray("# BEGIN Bulwark\n# BEGIN Bulwark\n# END Bulwark\n# END Bulwark\n");
    QTest::newRow("twice") << QByteArray("# BEGIN Bulwark\n# END Bulwark\n# BEGIN Bulwark\n# END Bulwark\n");
    QTest::newRow("inside match") << QByteArray("Match User x\n# BEGIN Bulwark\nMaxAuthTries 3\n# END Bulwark\n");
    QTest::newRow("match inside") << QByteArray("# BEGIN Bulwark\nMatch User x\n# END Bulwark\n");
}

void TestSshdConfig::brokenBlocksRefused()
{
    QFETCH(QByteArray, text);
    QVERIFY(!SshdConfig::parse(text, QStringLiteral("/etc/ssh/sshd_config")));
}

void TestSshdConfig::globs_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");
    const QString dropIn = QStringLiteral("/etc/ssh/sshd_config.d/00-bulwark.conf");
    QTest::newRow("debian") << QStringLiteral("/etc/ssh/sshd_config.d/*.conf") << dropIn << true;
    QTest::newRow("star all") << QStringLiteral("/etc/ssh/sshd_config.d/*") << dropIn << true;
    QTest::newRow("other suffix") << QStringLiteral("/etc/ssh/sshd_config.d/*.cfg") << dropIn << false;
    QTest::newRow("star no slash") << QStringLiteral("/etc/ssh/*.conf") << dropIn << false;
    QTest::newRow("class") << QStringLiteral("/etc/ssh/sshd_config.d/[0-9]*.conf") << dropIn << true;
    QTest::newRow("negated class") << QStringLiteral("/etc/ssh/sshd_config.d/[!0]*.conf") << dropIn << false;
    QTest::newRow("question") << QStringLiteral("/etc/ssh/sshd_config.d/0?-bulwark.conf") << dropIn << true;
    QTest::newRow("exact") << dropIn << dropIn << true;
}

void TestSshdConfig::globs()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QCOMPARE(SshdConfig::globMatches(pattern, path), matches);
}

void TestSshdConfig::includePatternsAreAbsolute()
{
    const SshdConfig config = parsed("Include sshd_config.d/*.conf /opt/ssh/extra.conf\n");
    QCOMPARE(SshdConfig::includePatterns(config.directives().constFirst()),
             (QStringList{QStringLiteral("/etc/ssh/sshd_config.d/*.conf"), QStringLiteral("/opt/ssh/extra.conf")}));
}

QTEST_GUILESS_MAIN(TestSshdConfig)
#include "tst_sshdconfig.moc"
