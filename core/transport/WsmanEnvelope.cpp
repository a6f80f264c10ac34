// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/WsmanEnvelope.h"

#include <QCoreApplication>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Bulwark::Transport::WsmanEnvelope {

namespace {

const QString NsSoap = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString NsAddressing = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing");
const QString NsWsman = QStringLiteral("http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd");
const QString NsMsWsman = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd");
const QString NsShell = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell");
const QString NsTransfer = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/transfer");
const QString NsFault = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/wsmanfault");

const QString Anonymous = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous");
const QString CmdResourceUri = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd");
const QString ActionCreate = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/transfer/Create");
const QString ActionDelete = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete");
const QString ActionCommand = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command");
const QString ActionSend = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Send");
const QString ActionReceive = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive");
const QString ActionSignal = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Signal");
const QString SignalPrefix = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/");
const QString DoneState = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Done");

constexpr int MaxDepth = 32;

QString tr(const char *text)
{
    return QCoreApplication::translate("WsmanEnvelope", text);
}

struct Option
{
    QString name;
    QString value;
};

// The envelope up to and including <s:Body>; the caller writes the body and finish() closes it.
class Writer
{
public:
    Writer(const Addressing &addressing, const QString &action, const QString &shellId,
           const QList<Option> &options = {})
        : m_xml(&m_out)
    {
        m_xml.writeStartElement(NsSoap, QStringLiteral("Envelope"));
        m_xml.writeNamespace(NsSoap, QStringLiteral("s"));
        m_xml.writeNamespace(NsAddressing, QStringLiteral("a"));
        m_xml.writeNamespace(NsWsman, QStringLiteral("w"));
        m_xml.writeNamespace(NsMsWsman, QStringLiteral("p"));
        m_xml.writeNamespace(NsShell, QStringLiteral("rsp"));
        m_xml.writeStartElement(NsSoap, QStringLiteral("Header"));
        m_xml.writeTextElement(NsAddressing, QStringLiteral("To"), addressing.endpoint);
        mustUnderstand(NsWsman, QStringLiteral("ResourceURI"), CmdResourceUri);
        m_xml.writeStartElement(NsAddressing, QStringLiteral("ReplyTo"));
        mustUnderstand(NsAddressing, QStringLiteral("Address"), Anonymous);
        m_xml.writeEndElement();
        mustUnderstand(NsAddressing, QStringLiteral("Action"), action);
        mustUnderstand(NsWsman, QStringLiteral("MaxEnvelopeSize"), QString::number(MaxEnvelopeSize));
        m_xml.writeTextElement(NsAddressing, QStringLiteral("MessageID"), addressing.messageId);
        localeElement(NsWsman, QStringLiteral("Locale"), addressing.locale);
        localeElement(NsMsWsman, QStringLiteral("DataLocale"), addressing.locale);
        m_xml.writeTextElement(NsWsman, QStringLiteral("OperationTimeout"),
                               QStringLiteral("PT%1S").arg(addressing.operationTimeoutS));
        if (!shellId.isEmpty()) {
            m_xml.writeStartElement(NsWsman, QStringLiteral("SelectorSet"));
            m_xml.writeStartElement(NsWsman, QStringLiteral("Selector"));
            m_xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("ShellId"));
            m_xml.writeCharacters(shellId);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
        if (!options.isEmpty()) {
            m_xml.writeStartElement(NsWsman, QStringLiteral("OptionSet"));
            for (const Option &option : options) {
                m_xml.writeStartElement(NsWsman, QStringLiteral("Option"));
                m_xml.writeAttribute(QStringLiteral("Name"), option.name);
                m_xml.writeCharacters(option.value);
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // Header
        m_xml.writeStartElement(NsSoap, QStringLiteral("Body"));
    }

    QXmlStreamWriter &xml() { return m_xml; }

    QByteArray finish()
    {
        m_xml.writeEndDocument(); // closes Body and Envelope
        return m_out;
    }

private:
    void mustUnderstand(const QString &ns, const QString &name, const QString &text)
    {
        m_xml.writeStartElement(ns, name);
        m_xml.writeAttribute(NsSoap, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    }
    void localeElement(const QString &ns, const QString &name, const QString &locale)
    {
        m_xml.writeStartElement(ns, name);
        m_xml.writeAttribute(QStringLiteral("xml:lang"), locale);
        m_xml.writeAttribute(NsSoap, QStringLiteral("mustUnderstand"), QStringLiteral("false"));
        m_xml.writeEndElement();
    }

    QByteArray m_out;
    QXmlStreamWriter m_xml;
};

Error malformed(const QString &why)
{
    return Error(Error::Code::ParseError, tr("The WinRM server sent an answer that is not valid WS-Management."), why);
}

} // namespace

QString newMessageId()
{
    return QStringLiteral("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QByteArray create(const Addressing &addressing, int codePage, bool noProfile)
{
    Writer writer(addressing, ActionCreate, {},
                  {{QStringLiteral("WINRS_NOPROFILE"), noProfile ? QStringLiteral("TRUE") : QStringLiteral("FALSE")},
                   {QStringLiteral("WINRS_CODEPAGE"), QString::number(codePage)}});
    QXmlStreamWriter &xml = writer.xml();
    xml.writeStartElement(NsShell, QStringLiteral("Shell"));
    xml.writeTextElement(NsShell, QStringLiteral("InputStreams"), QStringLiteral("stdin"));
    xml.writeTextElement(NsShell, QStringLiteral("OutputStreams"), QStringLiteral("stdout stderr"));
    xml.writeEndElement();
    return writer.finish();
}

QByteArray command(const Addressing &addressing, const QString &shellId, const QByteArray &command,
                   const QByteArrayList &arguments)
{
    Writer writer(addressing, ActionCommand, shellId,
                  {{QStringLiteral("WINRS_CONSOLEMODE_STDIN"), QStringLiteral("TRUE")},
                   {QStringLiteral("WINRS_SKIP_CMD_SHELL"), QStringLiteral("FALSE")}});
    QXmlStreamWriter &xml = writer.xml();
    xml.writeStartElement(NsShell, QStringLiteral("CommandLine"));
    xml.writeTextElement(NsShell, QStringLiteral("Command"), QString::fromUtf8(command));
    for (const QByteArray &argument : arguments)
        xml.writeTextElement(NsShell, QStringLiteral("Arguments"), QString::fromUtf8(argument));
    xml.writeEndElement();
    return writer.finish();
}

QByteArray send(const Addressing &addressing, const QString &shellId, const QString &commandId, const QByteArray &data,
                bool end)
{
    Writer writer(addressing, ActionSend, shellId);
    QXmlStreamWriter &xml = writer.xml();
    xml.writeStartElement(NsShell, QStringLiteral("Send"));
    xml.writeStartElement(NsShell, QStringLiteral("Stream"));
    xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("stdin"));
    xml.writeAttribute(QStringLiteral("CommandId"), commandId);
    if (end)
        xml.writeAttribute(QStringLiteral("End"), QStringLiteral("true"));
    xml.writeCharacters(QString::fromLatin1(data.toBase64()));
    xml.writeEndElement();
    xml.writeEndElement();
    return writer.finish();
}

QByteArray receive(const Addressing &addressing, const QString &shellId, const QString &commandId)
{
    Writer writer(addressing, ActionReceive, shellId,
                  {{QStringLiteral("WSMAN_CMDSHELL_OPTION_KEEPALIVE"), QStringLiteral("TRUE")}});
    QXmlStreamWriter &xml = writer.xml();
    xml.writeStartElement(NsShell, QStringLiteral("Receive"));
    xml.writeStartElement(NsShell, QStringLiteral("DesiredStream"));
    xml.writeAttribute(QStringLiteral("CommandId"), commandId);
    xml.writeCharacters(QStringLiteral("stdout stderr"));
    xml.writeEndElement();
    xml.writeEndElement();
    return writer.finish();
}

QByteArray signal(const Addressing &addressing, const QString &shellId, const QString &commandId, Signal signal)
{
    Writer writer(addressing, ActionSignal, shellId);
    QXmlStreamWriter &xml = writer.xml();
    xml.writeStartElement(NsShell, QStringLiteral("Signal"));
    xml.writeAttribute(QStringLiteral("CommandId"), commandId);
    xml.writeTextElement(NsShell, QStringLiteral("Code"),
                         SignalPrefix +
                             (signal == Signal::Terminate ? QStringLiteral("terminate") : QStringLiteral("ctrl_c")));
    xml.writeEndElement();
    return writer.finish();
}

QByteArray deleteShell(const Addressing &addressing, const QString &shellId)
{
    return Writer(addressing, ActionDelete, shellId).finish();
}

bool Fault::isTimedOut() const
{
    return wsmanCode == TimedOutCode || subcode == QLatin1String("w:TimedOut") ||
           subcode.endsWith(QLatin1String(":TimedOut"));
}

Error Fault::toError(const QString &host) const
{
    QString detail = message;
    if (wsmanCode != 0)
        detail = QStringLiteral("WSManFault %1: %2").arg(wsmanCode).arg(message);
    else if (!subcode.isEmpty())
        detail = subcode + QStringLiteral(": ") + message;
    if (wsmanCode == AccessDeniedCode || subcode.endsWith(QLatin1String(":AccessDenied")))
        return Error(Error::Code::AuthFailed,
                     tr("%1 refused access: the account must be an administrator on the host (or a member of "
                        "Remote Management Users).")
                         .arg(host),
                     detail);
    if (wsmanCode == QuotaLimitCode)
        return Error(Error::Code::RemoteFailure,
                     tr("%1 refused a new shell: this account has too many open WinRM shells (MaxShellsPerUser). "
                        "They close by themselves after their idle timeout.")
                         .arg(host),
                     detail);
    if (isTimedOut())
        return Error(Error::Code::Timeout, tr("%1 did not answer within the operation timeout.").arg(host), detail);
    return Error(Error::Code::RemoteFailure, tr("%1 refused the WinRM request.").arg(host), detail);
}

Result<Response> parse(const QByteArray &xml, const QString &messageId, const QString &commandId)
{
    if (xml.size() > MaxResponseBytes)
        return malformed(tr("the answer is larger than %1 bytes").arg(MaxResponseBytes));
    if (xml.trimmed().isEmpty())
        return malformed(tr("the answer is empty"));

    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(true);
    Response response;
    bool sawEnvelope = false, sawBody = false, sawRelatesTo = false;
    int depth = 0;
    // Which part of the document we are in: 1 Header, 2 Body.
    int section = 0;
    bool inFault = false, inSubcode = false, inShell = false;

    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return malformed(tr("the answer contains a document type declaration"));
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            const auto ns = reader.namespaceUri();
            const auto name = reader.name();
            if (ns == NsSoap && (name == QLatin1String("Header") || name == QLatin1String("Body")))
                section = 0;
            else if (ns == NsSoap && name == QLatin1String("Fault"))
                inFault = false;
            else if (ns == NsSoap && name == QLatin1String("Subcode"))
                inSubcode = false;
            else if (ns == NsShell && name == QLatin1String("Shell"))
                inShell = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > MaxDepth)
            return malformed(tr("the answer nests elements deeper than %1 levels").arg(MaxDepth));
        const QStringView ns = reader.namespaceUri();
        const QStringView name = reader.name();

        if (depth == 1) {
            if (ns != NsSoap || name != QLatin1String("Envelope"))
                return malformed(tr("the document is not a SOAP 1.2 envelope (root element {%1}%2)")
                                     .arg(ns.toString(), name.toString()));
            sawEnvelope = true;
            continue;
        }
        if (depth == 2) {
            if (ns == NsSoap && name == QLatin1String("Header"))
                section = 1;
            else if (ns == NsSoap && name == QLatin1String("Body"))
                section = 2, sawBody = true;
            else
                return malformed(tr("unexpected element {%1}%2 in the envelope").arg(ns.toString(), name.toString()));
            continue;
        }

        if (section == 1) {
            if (depth == 3 && ns == NsAddressing && name == QLatin1String("Action")) {
                response.action = reader.readElementText().trimmed();
                --depth;
            } else if (depth == 3 && ns == NsAddressing && name == QLatin1String("RelatesTo")) {
                response.relatesTo = reader.readElementText().trimmed();
                sawRelatesTo = true;
                --depth;
            }
            continue;
        }
        if (section != 2)
            continue;

        if (depth == 3 && ns != NsSoap && ns != NsTransfer && ns != NsShell)
            return malformed(tr("unexpected element {%1}%2 in the body").arg(ns.toString(), name.toString()));
        if (depth == 3 && ns == NsSoap && name == QLatin1String("Fault")) {
            inFault = true;
            response.fault = Fault{};
            continue;
        }
        if (inFault) {
            if (ns == NsSoap && name == QLatin1String("Subcode")) {
                inSubcode = true;
            } else if (ns == NsSoap && name == QLatin1String("Value")) {
                const QString value = reader.readElementText().trimmed();
                --depth;
                if (inSubcode)
                    response.fault->subcode = value;
                else
                    response.fault->code = value;
            } else if (ns == NsSoap && name == QLatin1String("Text")) {
                const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                --depth;
                if (response.fault->message.isEmpty())
                    response.fault->message = text;
            } else if (ns == NsFault && name == QLatin1String("WSManFault")) {
                const auto attributes = reader.attributes();
                bool ok = false;
                const quint32 code = attributes.value(QLatin1String("Code")).toUInt(&ok);
                response.fault->wsmanCode = ok ? code : 0;
                response.fault->machine = attributes.value(QLatin1String("Machine")).toString();
            } else if (ns == NsFault && name == QLatin1String("Message")) {
                // The WSManFault message is the precise one; it wins over s:Reason.
                const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                --depth;
                if (!text.isEmpty())
                    response.fault->message = text;
            }
            continue;
        }

        if (ns == NsWsman && name == QLatin1String("Selector")) {
            if (reader.attributes()
                    .value(QLatin1String("Name"))
                    .compare(QLatin1String("ShellId"), Qt::CaseInsensitive) == 0) {
                const QString id = reader.readElementText().trimmed();
                --depth;
                if (response.shellId.isEmpty())
                    response.shellId = id;
            }
        } else if (ns == NsShell && name == QLatin1String("Shell")) {
            inShell = true;
        } else if (inShell && ns == NsShell && name == QLatin1String("ShellId")) {
            const QString id = reader.readElementText().trimmed();
            --depth;
            if (!response.shellId.isEmpty() && response.shellId != id)
                return malformed(tr("the answer names two different shells"));
            response.shellId = id;
        } else if (ns == NsShell && name == QLatin1String("CommandId") && depth == 4) {
            response.commandId = reader.readElementText().trimmed();
            --depth;
        } else if (ns == NsShell && name == QLatin1String("Stream")) {
            const auto attributes = reader.attributes();
            StreamChunk chunk;
            chunk.name = attributes.value(QLatin1String("Name")).toString();
            chunk.end = attributes.value(QLatin1String("End")) == QLatin1String("true");
            const QString streamCommand = attributes.value(QLatin1String("CommandId")).toString();
            if (!commandId.isEmpty() && streamCommand.compare(commandId, Qt::CaseInsensitive) != 0)
                return malformed(tr("the answer carries output of another command (%1)").arg(streamCommand));
            const QString text = reader.readElementText();
            --depth;
            if (reader.hasError())
                break;
            auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return malformed(tr("the output of stream %1 is not valid base64").arg(chunk.name));
            chunk.data = std::move(*decoded);
            response.streams.append(std::move(chunk));
        } else if (ns == NsShell && name == QLatin1String("CommandState")) {
            const auto attributes = reader.attributes();
            const QString stateCommand = attributes.value(QLatin1String("CommandId")).toString();
            if (!commandId.isEmpty() && stateCommand.compare(commandId, Qt::CaseInsensitive) != 0)
                return malformed(tr("the answer carries the state of another command (%1)").arg(stateCommand));
            response.commandDone = attributes.value(QLatin1String("State")) == DoneState;
            response.commandState = true;
        } else if (ns == NsShell && name == QLatin1String("ExitCode")) {
            const QString text = reader.readElementText().trimmed();
            --depth;
            bool ok = false;
            const qint64 code = text.toLongLong(&ok);
            if (!ok || code < -2147483648LL || code > 4294967295LL)
                return malformed(tr("the exit code \"%1\" is not a number").arg(text.left(40)));
            response.exitCode = code;
        }
    }
    if (reader.hasError())
        return malformed(reader.errorString() + QStringLiteral(" (line %1)").arg(reader.lineNumber()));
    if (!sawEnvelope || !sawBody)
        return malformed(tr("the envelope has no body"));
    if (!sawRelatesTo)
        return malformed(tr("the answer does not say which request it answers (no RelatesTo)"));
    if (response.relatesTo.compare(messageId, Qt::CaseInsensitive) != 0)
        return malformed(
            tr("the answer relates to another request (%1, expected %2)").arg(response.relatesTo.left(80), messageId));
    return response;
}

} // namespace Bulwark::Transport::WsmanEnvelope
