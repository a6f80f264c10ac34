// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/WsmanEnvelope.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Bulwark;
using namespace Bulwark::Transport;

namespace {

const QString Relates = QStringLiteral("uuid:5A0C3D1E-7B2F-4C8A-9E6D-1F2A3B4C5D6E");
const QString ShellId = QStringLiteral("7F3E2A1B-5C4D-4E6F-8A9B-0C1D2E3F4A5B");
const QString CommandId = QStringLiteral("9A8B7C6D-5E4F-4A3B-2C1D-0E1F2A3B4C5D");
const QString NsShell = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell");
const QString NsWsman = QStringLiteral("http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd");
const QString NsAddressing = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing");

QByteArray recorded(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/winrm/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A request envelope, flattened for assertions: "{ns}name" -> text, and "{ns}name@attr" -> value (the last one
// wins; repeated elements are joined with '|').
QHash<QString, QString> flatten(const QByteArray &xml)
{
    QHash<QString, QString> out;
    QXmlStreamReader reader(xml);
    QStringList stack;
    QString text;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString key = u'{' + reader.namespaceUri().toString() + u'}' + reader.name().toString();
            stack << key;
            text.clear();
            for (const auto &attribute : reader.attributes()) {
                QString &slot = out[key + u'@' + attribute.qualifiedName().toString()];
                slot = slot.isEmpty() ? attribute.value().toString() : slot + u'|' + attribute.value().toString();
            }
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            QString &slot = out[stack.takeLast()];
            if (!text.isEmpty())
                slot = slot.isEmpty() ? text : slot + u'|' + text;
            text.clear();
        }
    }
    if (reader.hasError())
        qFatal("not well-formed: %s", qPrintable(reader.errorString()));
    return out;
}

QString shell(const char *name)
{
    return u'{' + NsShell + u'}' + QLatin1String(name);
}
QString wsman(const char *name)
{
    return u'{' + NsWsman + u'}' + QLatin1String(name);
}
QString addressing(const char *name)
{
    return u'{' + NsAddressing + u'}' + QLatin1String(name);
}

} // namespace

// Envelopes built as [MS-WSMV] asks, and Windows Server's answers (tests/data/winrm, written from the spec and from
// Windows responses quoted in public reports) parsed, including hostile ones.
class TestWsman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerOfEveryRequest();
    void createRequest();
    void commandRequest();
    void sendRequest();
    void receiveSignalDelete();
    void messageIdsAreUnique();
    void createResponse();
    void commandResponse();
    void receiveResponses();
    void faults_data();
    void faults();
    void hostile_data();
    void hostile();
    void hugeAndDeep();
};

void TestWsman::headerOfEveryRequest()
{
    WsmanEnvelope::Addressing a{QStringLiteral("https://win01:5986/wsman"), WsmanEnvelope::newMessageId(), 20};
    const auto h = flatten(WsmanEnvelope::receive(a, ShellId, CommandId));
    QCOMPARE(h.value(addressing("To")), QStringLiteral("https://win01:5986/wsman"));
    QCOMPARE(h.value(addressing("MessageID")), a.messageId);
    QVERIFY(a.messageId.startsWith(QLatin1String("uuid:")));
    QCOMPARE(h.value(addressing("Address")),
             QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous"));
    QCOMPARE(h.value(addressing("Action")),
             QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive"));
    QCOMPARE(h.value(wsman("ResourceURI")),
             QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd"));
    QCOMPARE(h.value(wsman("MaxEnvelopeSize")), QStringLiteral("153600"));
    QCOMPARE(h.value(wsman("OperationTimeout")), QStringLiteral("PT20S"));
    QCOMPARE(h.value(wsman("Locale") + QStringLiteral("@xml:lang")), QStringLiteral("en-US"));
    QCOMPARE(h.value(wsman("Selector") + QStringLiteral("@Name")), QStringLiteral("ShellId"));
    QCOMPARE(h.value(wsman("Selector")), ShellId);
    QCOMPARE(h.value(shell("DesiredStream")), QStringLiteral("stdout stderr"));
    QCOMPARE(h.value(shell("DesiredStream") + QStringLiteral("@CommandId")), CommandId);
}

void TestWsman::createRequest()
{
    WsmanEnvelope::Addressing a{QStringLiteral("http://127.0.0.1:5985/wsman"), WsmanEnvelope::newMessageId(), 20};
    const auto h = flatten(WsmanEnvelope::create(a));
    QCOMPARE(h.value(addressing("Action")), QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/transfer/Create"));
    QCOMPARE(h.value(wsman("Option") + QStringLiteral("@Name")), QStringLiteral("WINRS_NOPROFILE|WINRS_CODEPAGE"));
    QCOMPARE(h.value(wsman("Option")), QStringLiteral("TRUE|65001"));
    QCOMPARE(h.value(shell("InputStreams")), QStringLiteral("stdin"));
    QCOMPARE(h.value(shell("OutputStreams")), QStringLiteral("stdout stderr"));
    QVERIFY(!h.contains(wsman("Selector"))); // no shell yet
}

void TestWsman::commandRequest()
{
    WsmanEnvelope::Addressing a{QStringLiteral("http://127.0.0.1:5985/wsman"), WsmanEnvelope::newMessageId(), 20};
    const QByteArray xml = WsmanEnvelope::command(a, ShellId, "ipconfig", {"/all", "\"a & <b>\""});
    QVERIFY(!xml.contains("a & <b>")); // escaped for XML, not pasted
    const auto h = flatten(xml);
    QCOMPARE(h.value(addressing("Action")),
             QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command"));
    QCOMPARE(h.value(shell("Command")), QStringLiteral("ipconfig"));
    QCOMPARE(h.value(shell("Arguments")), QStringLiteral("/all|\"a & <b>\""));
    QCOMPARE(h.value(wsman("Option") + QStringLiteral("@Name")),
             QStringLiteral("WINRS_CONSOLEMODE_STDIN|WINRS_SKIP_CMD_SHELL"));
    QCOMPARE(h.value(wsman("Selector")), ShellId);
}

void TestWsman::sendRequest()
{
    WsmanEnvelope::Addressing a{QStringLiteral("http://127.0.0.1:5985/wsman"), WsmanEnvelope::newMessageId(), 20};
    const QByteArray data("secret\r\n\x00\xff", 10);
    auto h = flatten(WsmanEnvelope::send(a, ShellId, CommandId, data, true));
    QCOMPARE(h.value(shell("Stream") + QStringLiteral("@Name")), QStringLiteral("stdin"));
    QCOMPARE(h.value(shell("Stream") + QStringLiteral("@CommandId")), CommandId);
    QCOMPARE(h.value(shell("Stream") + QStringLiteral("@End")), QStringLiteral("true"));
    QCOMPARE(QByteArray::fromBase64(h.value(shell("Stream")).toLatin1()), data);
    h = flatten(WsmanEnvelope::send(a, ShellId, CommandId, "part", false));
    QVERIFY(!h.contains(shell("Stream") + QStringLiteral("@End")));
}

void TestWsman::receiveSignalDelete()
{
    WsmanEnvelope::Addressing a{QStringLiteral("http://127.0.0.1:5985/wsman"), WsmanEnvelope::newMessageId(), 5};
    auto h = flatten(WsmanEnvelope::signal(a, ShellId, CommandId, WsmanEnvelope::Signal::Terminate));
    QCOMPARE(h.value(shell("Signal") + QStringLiteral("@CommandId")), CommandId);
    QCOMPARE(h.value(shell("Code")),
             QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate"));
    QCOMPARE(h.value(wsman("OperationTimeout")), QStringLiteral("PT5S"));
    h = flatten(WsmanEnvelope::signal(a, ShellId, CommandId, WsmanEnvelope::Signal::CtrlC));
    QCOMPARE(h.value(shell("Code")),
             QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/ctrl_c"));
    h = flatten(WsmanEnvelope::deleteShell(a, ShellId));
    QCOMPARE(h.value(addressing("Action")), QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete"));
    QCOMPARE(h.value(wsman("Selector")), ShellId);
}

void TestWsman::messageIdsAreUnique()
{
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(WsmanEnvelope::newMessageId());
    QCOMPARE(ids.size(), 1000);
}

void TestWsman::createResponse()
{
    const auto response = WsmanEnvelope::parse(recorded(QStringLiteral("create-response.xml")), Relates);
    QVERIFY2(response.ok(), response.ok() ? "" : qPrintable(response.error().toString()));
    QCOMPARE(response->shellId, ShellId);
    QVERIFY(!response->fault);
    QCOMPARE(response->action, QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/transfer/CreateResponse"));
    // RelatesTo is compared without regard to case, as Windows upper-cases ids it echoes.
    QVERIFY(WsmanEnvelope::parse(recorded(QStringLiteral("create-response.xml")), Relates.toLower()).ok());
}

void TestWsman::commandResponse()
{
    const auto response = WsmanEnvelope::parse(recorded(QStringLiteral("command-response.xml")), Relates);
    QVERIFY(response.ok());
    QCOMPARE(response->commandId, CommandId);
    QVERIFY(WsmanEnvelope::parse(recorded(QStringLiteral("signal-response.xml")), Relates).ok());
    QVERIFY(WsmanEnvelope::parse(recorded(QStringLiteral("delete-response.xml")), Relates).ok());
}

void TestWsman::receiveResponses()
{
    auto running = WsmanEnvelope::parse(recorded(QStringLiteral("receive-running.xml")), Relates, CommandId);
    QVERIFY(running.ok());
    QVERIFY(running->commandState);
    QVERIFY(!running->commandDone);
    QCOMPARE(running->streams.size(), 1);
    QCOMPARE(running->streams.at(0).name, QStringLiteral("stdout"));
    QCOMPARE(running->streams.at(0).data, QByteArray("Windows IP Configuration\r\n\r\n"));

    auto done = WsmanEnvelope::parse(recorded(QStringLiteral("receive-done.xml")), Relates, CommandId);
    QVERIFY(done.ok());
    QVERIFY(done->commandDone);
    QCOMPARE(done->exitCode, std::optional<qint64>(0));
    QCOMPARE(done->streams.size(), 4); // the order the program wrote in, stdout and stderr interleaved
    QCOMPARE(done->streams.at(1).name, QStringLiteral("stderr"));
    QCOMPARE(done->streams.at(1).data, QByteArray("warning: adapter 2 is down\r\n"));
    QVERIFY(done->streams.at(2).end && done->streams.at(3).end);
    QVERIFY(done->streams.at(2).data.isEmpty());

    auto clixml = WsmanEnvelope::parse(recorded(QStringLiteral("receive-done-clixml.xml")), Relates, CommandId);
    QVERIFY(clixml.ok());
    QCOMPARE(clixml->exitCode, std::optional<qint64>(1));
    QVERIFY(clixml->streams.at(0).data.startsWith("#< CLIXML\r\n<Objs"));

    auto ctrlC = WsmanEnvelope::parse(recorded(QStringLiteral("receive-done-ctrl-c.xml")), Relates, CommandId);
    QVERIFY(ctrlC.ok());
    QCOMPARE(ctrlC->exitCode, std::optional<qint64>(3221225786LL));
}

void TestWsman::faults_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<quint32>("code");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("timed out") << QStringLiteral("fault-timed-out.xml") << WsmanEnvelope::TimedOutCode << true
                               << int(Error::Code::Timeout) << QStringLiteral("within the time specified");
    QTest::newRow("access denied") << QStringLiteral("fault-access-denied.xml") << WsmanEnvelope::AccessDeniedCode
                                   << false << int(Error::Code::AuthFailed) << QStringLiteral("Access is denied.");
    QTest::newRow("shell not found") << QStringLiteral("fault-shell-not-found.xml")
                                     << WsmanEnvelope::InvalidSelectorsCode << false << int(Error::Code::RemoteFailure)
                                     << QStringLiteral("the shell was not found on the server");
    QTest::newRow("quota") << QStringLiteral("fault-quota.xml") << WsmanEnvelope::QuotaLimitCode << false
                           << int(Error::Code::RemoteFailure) << QStringLiteral("maximum number of 30");
}

void TestWsman::faults()
{
    QFETCH(QString, file);
    QFETCH(quint32, code);
    QFETCH(bool, timedOut);
    QFETCH(int, errorCode);
    QFETCH(QString, message);
    const auto response = WsmanEnvelope::parse(recorded(file), Relates);
    QVERIFY(response.ok());
    QVERIFY(response->fault);
    QCOMPARE(response->fault->wsmanCode, code);
    QCOMPARE(response->fault->isTimedOut(), timedOut);
    QCOMPARE(response->fault->machine, QStringLiteral("WIN-BULWARK01"));
    QVERIFY2(response->fault->message.contains(message), qPrintable(response->fault->message));
    const Error error = response->fault->toError(QStringLiteral("win01"));
    QCOMPARE(int(error.code()), errorCode);
    QVERIFY(error.message().contains(QLatin1String("win01")));
    QVERIFY2(error.detail().contains(QString::number(code)), qPrintable(error.detail()));
}

void TestWsman::hostile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("why");
    QTest::newRow("wrong RelatesTo") << QStringLiteral("hostile-wrong-relatesto.xml")
                                     << QStringLiteral("relates to another request");
    QTest::newRow("no RelatesTo") << QStringLiteral("hostile-no-relatesto.xml") << QStringLiteral("no RelatesTo");
    QTest::newRow("SOAP 1.1") << QStringLiteral("hostile-soap11.xml") << QStringLiteral("not a SOAP 1.2 envelope");
    QTest::newRow("bad base64") << QStringLiteral("hostile-bad-base64.xml") << QStringLiteral("not valid base64");
    QTest::newRow("other command") << QStringLiteral("hostile-other-command.xml")
                                   << QStringLiteral("output of another command");
    QTest::newRow("truncated") << QStringLiteral("hostile-truncated.xml") << QStringLiteral("line");
    QTest::newRow("entities") << QStringLiteral("hostile-entities.xml") << QStringLiteral("document type declaration");
    QTest::newRow("exit code") << QStringLiteral("hostile-exit-code.xml") << QStringLiteral("not a number");
    QTest::newRow("unknown namespace") << QStringLiteral("hostile-unknown-namespace.xml")
                                       << QStringLiteral("{urn:example:not-winrs}ReceiveResponse");
}

void TestWsman::hostile()
{
    QFETCH(QString, file);
    QFETCH(QString, why);
    const auto response = WsmanEnvelope::parse(recorded(file), Relates, CommandId);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code(), Error::Code::ParseError);
    QVERIFY2(response.error().detail().contains(why), qPrintable(response.error().detail()));
    QVERIFY(response.error().message().contains(QLatin1String("WS-Management")));
}

void TestWsman::hugeAndDeep()
{
    const QByteArray head = recorded(QStringLiteral("receive-running.xml"));
    QByteArray huge = head;
    const QByteArray stream = "<rsp:Stream Name=\"stdout\" CommandId=\"" + CommandId.toLatin1() + "\">" +
                              QByteArray(WsmanEnvelope::MaxResponseBytes, 'A') + "</rsp:Stream></rsp:ReceiveResponse>";
    huge.replace(QByteArray("</rsp:ReceiveResponse>"), stream);
    auto response = WsmanEnvelope::parse(huge, Relates, CommandId);
    QVERIFY(!response.ok());
    QVERIFY(response.error().detail().contains(QLatin1String("larger than")));

    QByteArray deep = head;
    deep.replace(QByteArray("<rsp:ReceiveResponse>"),
                 QByteArray("<rsp:ReceiveResponse>" + QByteArray("<rsp:X>").repeated(100)));
    deep.replace(QByteArray("</rsp:ReceiveResponse>"),
                 QByteArray(QByteArray("</rsp:X>").repeated(100) + "</rsp:ReceiveResponse>"));
    response = WsmanEnvelope::parse(deep, Relates, CommandId);
    QVERIFY(!response.ok());
    QVERIFY(response.error().detail().contains(QLatin1String("deeper")));

    QVERIFY(!WsmanEnvelope::parse(QByteArray(), Relates).ok());
    QVERIFY(!WsmanEnvelope::parse("<html><body>Bad Request</body></html>", Relates).ok());
}

QTEST_GUILESS_MAIN(TestWsman)
#include "tst_wsman.moc"
