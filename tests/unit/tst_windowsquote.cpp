// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/WindowsQuote.h"
#include "tests/common/HostileArguments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Transport;

// The Windows renderings. The cmd lines are split again with CommandLineToArgvW's rules as the WinRM test peer
// implements them (tests/winrm/winrm_peer.py split_command_line), and every argument must come back unchanged or
// have been refused; nothing accepted may hold a character cmd.exe interprets inside quotes.
class TestWindowsQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cmdArgument_data();
    void cmdArgument();
    void refused_data();
    void refused();
    void program();
    void hostileRoundTrip();
    void powershellLiteral_data();
    void powershellLiteral();
    void powershellEncoded();
};

void TestWindowsQuote::cmdArgument_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bare") << QByteArray("C:\\Windows\\System32\\x.exe") << QByteArray("C:\\Windows\\System32\\x.exe");
    QTest::newRow("switch") << QByteArray("/all") << QByteArray("/all");
    QTest::newRow("empty") << QByteArray("") << QByteArray("\"\"");
    QTest::newRow("blank") << QByteArray("C:\\Program Files") << QByteArray("\"C:\\Program Files\"");
    QTest::newRow("trailing backslash") << QByteArray("C:\\My Dir\\") << QByteArray("\"C:\\My Dir\\\\\"");
    QTest::newRow("two trailing") << QByteArray("a b\\\\") << QByteArray("\"a b\\\\\\\\\"");
    QTest::newRow("inner backslash") << QByteArray("a\\b c") << QByteArray("\"a\\b c\"");
    QTest::newRow("ampersand") << QByteArray("a&b") << QByteArray("\"a&b\"");
    QTest::newRow("pipe redirect") << QByteArray("a|b>c<d") << QByteArray("\"a|b>c<d\"");
    QTest::newRow("caret parens") << QByteArray("^(x)") << QByteArray("\"^(x)\"");
    QTest::newRow("separators") << QByteArray("a=b,c;d") << QByteArray("\"a=b,c;d\"");
    QTest::newRow("utf-8") << QByteArray("\xc3\xa9t\xc3\xa9") << QByteArray("\"\xc3\xa9t\xc3\xa9\"");
    QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("\"a\tb\"");
}

void TestWindowsQuote::cmdArgument()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const auto quoted = WindowsQuote::cmdArgument(input);
    QVERIFY(quoted.ok());
    QCOMPARE(*quoted, expected);
}

void TestWindowsQuote::refused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("percent") << QByteArray("%PATH%");
    QTest::newRow("bang") << QByteArray("!x!");
    QTest::newRow("quote") << QByteArray("a\"b");
    QTest::newRow("newline") << QByteArray("a\nb");
    QTest::newRow("cr") << QByteArray("a\rb");
    QTest::newRow("nul") << QByteArray("a\0b", 3);
    QTest::newRow("escape") << QByteArray("\x1b[31m");
    QTest::newRow("del") << QByteArray("\x7f");
    QTest::newRow("not utf-8") << QByteArray("\xff\xfe");
}

void TestWindowsQuote::refused()
{
    QFETCH(QByteArray, input);
    const auto quoted = WindowsQuote::cmdArgument(input);
    QVERIFY(!quoted.ok());
    QCOMPARE(quoted.error().code(), Error::Code::InvalidArgument);
}

void TestWindowsQuote::program()
{
    QVERIFY(WindowsQuote::cmdProgram("powershell.exe").ok());
    QVERIFY(WindowsQuote::cmdProgram("C:\\Windows\\System32\\whoami.exe").ok());
    QVERIFY(!WindowsQuote::cmdProgram("").ok());
    QVERIFY(!WindowsQuote::cmdProgram("C:\\Program Files\\x.exe").ok()); // cmd /c would strip the quotes
    QVERIFY(!WindowsQuote::cmdProgram("a&b").ok());
    auto line = WindowsQuote::cmdLine({"net", "user", "Jane Doe"});
    QVERIFY(line.ok());
    QCOMPARE(*line, QByteArray("net user \"Jane Doe\""));
    QVERIFY(!WindowsQuote::cmdLine({}).ok());
    QVERIFY(!WindowsQuote::cmdLine({"echo", "%USERNAME%"}).ok());
}

void TestWindowsQuote::hostileRoundTrip()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is needed to split the lines again");
    QByteArrayList accepted;
    QJsonArray lines;
    for (const QByteArray &argument : hostileArguments("C:\\pwned")) {
        const auto quoted = WindowsQuote::cmdArgument(argument);
        if (!quoted)
            continue;
        // Nothing cmd.exe acts on inside double quotes, and the quotes are balanced.
        QVERIFY(!quoted->contains('%') && !quoted->contains('!') && !quoted->contains('\n') && !quoted->contains('\r'));
        QCOMPARE(quoted->count('"') % 2, 0);
        accepted << argument;
        lines.append(QString::fromUtf8("prog " + *quoted + " end"));
    }
    QVERIFY(accepted.size() > 25);
    QProcess process;
    process.setProgram(python);
    process.setArguments({QStringLiteral("-B"), QStringLiteral("-c"),
                          QStringLiteral("import json, sys; sys.path.insert(0, sys.argv[1]); import winrm_peer; "
                                         "print(json.dumps([winrm_peer.split_command_line(l) for l in "
                                         "json.load(sys.stdin)]))"),
                          QStringLiteral(BULWARK_SOURCE_DIR "/tests/winrm")});
    process.start();
    process.write(QJsonDocument(lines).toJson());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonArray split = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(split.size(), accepted.size());
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        const QJsonArray argv = split.at(i).toArray();
        QCOMPARE(argv.size(), 3);
        QCOMPARE(argv.at(0).toString(), QStringLiteral("prog"));
        QCOMPARE(argv.at(1).toString().toUtf8(), accepted.at(i));
        QCOMPARE(argv.at(2).toString(), QStringLiteral("end"));
    }
}

void TestWindowsQuote::powershellLiteral_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("C:\\x.txt") << QStringLiteral("'C:\\x.txt'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it''s'");
    QTest::newRow("expansion stays literal")
        << QStringLiteral("$(rm -r C:\\) `n $env:X \"") << QStringLiteral("'$(rm -r C:\\) `n $env:X \"'");
    QTest::newRow("typographic quotes") << QString::fromUtf8("a\xe2\x80\x98; b\xe2\x80\x99 c\xe2\x80\x9a d\xe2\x80\x9b")
                                        << QString::fromUtf8("'a\xe2\x80\x98\xe2\x80\x98; b\xe2\x80\x99\xe2\x80\x99 "
                                                             "c\xe2\x80\x9a\xe2\x80\x9a d\xe2\x80\x9b\xe2\x80\x9b'");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\nb'");
}

void TestWindowsQuote::powershellLiteral()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(WindowsQuote::powershellLiteral(input), expected);
}

void TestWindowsQuote::powershellEncoded()
{
    // PowerShell's own example: [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes('dir "c:\program files" '))
    QCOMPARE(WindowsQuote::powershellEncoded(QStringLiteral("dir \"c:\\program files\" ")),
             QByteArray("ZABpAHIAIAAiAGMAOgBcAHAAcgBvAGcAcgBhAG0AIABmAGkAbABlAHMAIgAgAA=="));
    QCOMPARE(WindowsQuote::powershellEncoded(QString::fromUtf8("\xf0\x9f\x98\x80")), QByteArray("PdgA3g=="));
}

QTEST_GUILESS_MAIN(TestWindowsQuote)
#include "tst_windowsquote.moc"
