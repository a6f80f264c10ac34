// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/Clixml.h"

#include <QTest>

using namespace Bulwark::Transport;

namespace {

const QByteArray Head = QByteArrayLiteral(
    "#< CLIXML\r\n<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">");

// What powershell.exe 5.1 writes on stderr for `Get-Item C:\nope` run with -EncodedCommand: the first-use progress
// record, then the error record line by line.
const QByteArray GetItemError =
    Head +
    QByteArrayLiteral(
        "<Obj S=\"progress\" RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation.PSCustomObject</T>"
        "<T>System.Object</T></TN><MS><I64 N=\"SourceId\">1</I64><PR N=\"Record\"><AV>Preparing modules for first "
        "use.</AV><AI>0</AI><Nil /><PI>-1</PI><PC>-1</PC><T>Completed</T><SR>-1</SR><SD> </SD></PR></MS></Obj>"
        "<S S=\"Error\">Get-Item : Cannot find path 'C:\\nope' because it does not exist._x000D__x000A_</S>"
        "<S S=\"Error\">At line:1 char:1_x000D__x000A_</S>"
        "<S S=\"Error\">+ Get-Item C:\\nope_x000D__x000A_</S>"
        "<S S=\"Error\">    + CategoryInfo          : ObjectNotFound: (C:\\nope:String) [Get-Item], "
        "ItemNotFoundException_x000D__x000A_</S></Objs>");

} // namespace

class TestClixml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorRecord();
    void escapes_data();
    void escapes();
    void warningsAndOtherStreams();
    void notClixml();
    void malformedKeepsTheText();
    void textAroundTheDocument();
};

void TestClixml::errorRecord()
{
    QVERIFY(Clixml::contains(GetItemError));
    const QString text = Clixml::toText(GetItemError);
    QCOMPARE(text, QStringLiteral("Get-Item : Cannot find path 'C:\\nope' because it does not exist.\r\n"
                                  "At line:1 char:1\r\n"
                                  "+ Get-Item C:\\nope\r\n"
                                  "    + CategoryInfo          : ObjectNotFound: (C:\\nope:String) [Get-Item], "
                                  "ItemNotFoundException\r\n"));
    QVERIFY(!text.contains(QLatin1String("Preparing modules")));
}

void TestClixml::escapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("crlf") << QStringLiteral("a_x000D__x000A_b") << QStringLiteral("a\r\nb");
    QTest::newRow("underscore") << QStringLiteral("_x005F_x000A_") << QStringLiteral("_x000A_");
    QTest::newRow("lower hex") << QStringLiteral("_x001b_[0m") << QStringLiteral("\x1b[0m");
    QTest::newRow("surrogate pair") << QStringLiteral("_xD83D__xDE00_") << QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("not an escape") << QStringLiteral("_x00G0_ _x12_ __x") << QStringLiteral("_x00G0_ _x12_ __x");
    QTest::newRow("at the end") << QStringLiteral("end_x000A") << QStringLiteral("end_x000A");
    QTest::newRow("plain") << QStringLiteral("C:\\Windows\\my_file.txt") << QStringLiteral("C:\\Windows\\my_file.txt");
}

void TestClixml::escapes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Clixml::decodeEscapes(input), expected);
}

void TestClixml::warningsAndOtherStreams()
{
    const QByteArray stderrBytes = Head + QByteArrayLiteral("<S S=\"warning\">disk almost full_x000D__x000A_</S>"
                                                            "<S S=\"verbose\">checked 3 volumes_x000D__x000A_</S>"
                                                            "<S S=\"debug\">x_x000D__x000A_</S>"
                                                            "<Obj S=\"information\" RefId=\"1\"><MS/></Obj></Objs>");
    QCOMPARE(Clixml::toText(stderrBytes), QStringLiteral("WARNING: disk almost full\r\nchecked 3 volumes\r\nx\r\n"));
}

void TestClixml::notClixml()
{
    const QByteArray cmdError = "'x' is not recognized as an internal or external command,\r\n";
    QVERIFY(!Clixml::contains(cmdError));
    QCOMPARE(Clixml::toText(cmdError), QString::fromUtf8(cmdError));
    QCOMPARE(Clixml::toText(QByteArray()), QString());
}

void TestClixml::malformedKeepsTheText()
{
    // Cut by the output limit, or not XML at all: what the host said is kept as it is.
    const QByteArray cut = GetItemError.left(GetItemError.size() / 2);
    QCOMPARE(Clixml::toText(cut), QString::fromUtf8(cut));
    const QByteArray dtd = "#< CLIXML\r\n<!DOCTYPE Objs [<!ENTITY a \"b\">]><Objs><S S=\"Error\">&a;</S></Objs>";
    QCOMPARE(Clixml::toText(dtd), QString::fromUtf8(dtd));
    const QByteArray element = Head + "<S S=\"Error\"><b>x</b></S></Objs>";
    QCOMPARE(Clixml::toText(element), QString::fromUtf8(element));
    // Objects other than strings are skipped whatever they hold, without recursion.
    const QByteArray deep = Head + QByteArray("<Obj>").repeated(5000) + QByteArray("</Obj>").repeated(5000) + "</Objs>";
    QCOMPARE(Clixml::toText(deep), QString());
}

void TestClixml::textAroundTheDocument()
{
    const QByteArray mixed =
        "native tool wrote this\r\n" + GetItemError + "\r\n" + Head + "<S S=\"Error\">second_x000D__x000A_</S></Objs>";
    const QString text = Clixml::toText(mixed);
    QVERIFY(text.startsWith(QLatin1String("native tool wrote this\r\nGet-Item : Cannot find path")));
    QVERIFY(text.endsWith(QLatin1String("second\r\n")));
}

QTEST_GUILESS_MAIN(TestClixml)
#include "tst_clixml.moc"
