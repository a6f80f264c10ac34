// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/ShellQuote.h"
#include "tests/common/HostileArguments.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Transport;

// The quoting function is proven against real shells: each hostile argv is rendered, handed to the shell as a
// command line (as sshd does with the login shell), and the program must receive exactly the original bytes.
class TestShellQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data();
    void quote();
    void roundTrip_data();
    void roundTrip();
    void refusesNul();
    void refusesEmptyArgv();

private:
};

void TestShellQuote::quote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bare") << QByteArray("abc-123_/x.y:z,@+") << QByteArray("abc-123_/x.y:z,@+");
    QTest::newRow("empty") << QByteArray("") << QByteArray("''");
    QTest::newRow("space") << QByteArray("a b") << QByteArray("'a b'");
    QTest::newRow("single quote") << QByteArray("it's") << QByteArray("'it'\\''s'");
    QTest::newRow("dollar") << QByteArray("$(x)") << QByteArray("'$(x)'");
    QTest::newRow("equals") << QByteArray("A=b") << QByteArray("'A=b'");
    QTest::newRow("percent") << QByteArray("%1") << QByteArray("'%1'");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("'a\nb'");
}

void TestShellQuote::quote()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const auto quoted = ShellQuote::quote(input);
    QVERIFY(quoted.ok());
    QCOMPARE(*quoted, expected);
}

void TestShellQuote::roundTrip_data()
{
    QTest::addColumn<QString>("shell");
    for (const char *shell : {"/bin/sh", "/bin/dash", "/bin/bash", "/usr/bin/zsh", "/bin/mksh"}) {
        if (QFileInfo::exists(QString::fromLatin1(shell)))
            QTest::newRow(shell) << QString::fromLatin1(shell);
    }
}

void TestShellQuote::roundTrip()
{
    QFETCH(QString, shell);
    QFile::remove(QStringLiteral("/tmp/bulwark-pwned"));
    QByteArrayList argv{"printf", "%s\\0"};
    argv += hostileArguments("/tmp/bulwark-pwned");
    const auto line = ShellQuote::render(argv);
    QVERIFY(line.ok());

    // The shell reads the command line from stdin, so the raw bytes (non-UTF-8 included) reach it unchanged,
    // exactly as sshd hands them to `$SHELL -c`.
    QProcess process;
    process.setProgram(shell);
    process.setArguments({});
    process.start();
    QVERIFY(process.waitForStarted());
    process.write(*line + '\n');
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    QByteArrayList received = process.readAllStandardOutput().split('\0');
    QCOMPARE(received.takeLast(), QByteArray()); // the trailing terminator
    const QByteArrayList expected = hostileArguments("/tmp/bulwark-pwned");
    QCOMPARE(received.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(received.at(i), expected.at(i));
    QVERIFY2(!QFile::exists(QStringLiteral("/tmp/bulwark-pwned")), "a quoted argument was executed");
}

void TestShellQuote::refusesNul()
{
    const auto quoted = ShellQuote::quote(QByteArray("a\0b", 3));
    QVERIFY(!quoted.ok());
    QCOMPARE(quoted.error().code(), Error::Code::InvalidArgument);
    QVERIFY(!ShellQuote::render({"echo", QByteArray("x\0", 2)}).ok());
}

void TestShellQuote::refusesEmptyArgv()
{
    QVERIFY(!ShellQuote::render({}).ok());
    QVERIFY(!ShellQuote::render({""}).ok());
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
