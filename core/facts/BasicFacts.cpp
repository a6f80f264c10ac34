// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/BasicFacts.h"

#include "core/facts/ProbeOutput.h"
#include "core/facts/parsers/SystemParser.h"
#include "core/transport/WinRmSession.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Bulwark::Facts {

QJsonObject BasicFacts::toJson() const
{
    return QJsonObject{
        {QStringLiteral("osId"), osId},
        {QStringLiteral("osVersionId"), osVersionId},
        {QStringLiteral("osPrettyName"), osPrettyName},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("kernelName"), kernelName},
        {QStringLiteral("kernelRelease"), kernelRelease},
        {QStringLiteral("machine"), machine},
        {QStringLiteral("uptimeSeconds"), uptimeSeconds},
        {QStringLiteral("remoteUser"), remoteUser},
        {QStringLiteral("complete"), complete},
    };
}

BasicFacts BasicFacts::parse(const QByteArray &output, const QByteArray &boundary)
{
    const ProbeOutput sections = ProbeOutput::split(output, boundary);
    BasicFacts facts;
    const QString osRelease = sections.text("os-release", 65536);
    facts.osId = SystemParser::osReleaseValue(osRelease, u"ID").left(64);
    facts.osVersionId = SystemParser::osReleaseValue(osRelease, u"VERSION_ID").left(64);
    facts.osPrettyName = SystemParser::osReleaseValue(osRelease, u"PRETTY_NAME").left(256);
    facts.hostname = sections.text("hostname", 256).trimmed();
    const QStringList uname = sections.text("uname", 512).simplified().split(u' ', Qt::SkipEmptyParts);
    if (uname.size() == 3) {
        facts.kernelName = uname.at(0);
        facts.kernelRelease = uname.at(1);
        facts.machine = uname.at(2);
    }
    bool ok = false;
    const double uptime = sections.text("uptime", 64).section(u' ', 0, 0).toDouble(&ok);
    if (ok && uptime >= 0 && uptime < 1e10)
        facts.uptimeSeconds = qint64(uptime);
    facts.remoteUser = sections.text("user", 256).trimmed();
    facts.complete = sections.has("end");
    return facts;
}

QByteArrayList BasicFacts::probeArgv(const QByteArray &boundary)
{
    return ProbeOutput::scriptArgv(QStringLiteral(":/probes/basic.sh"), boundary);
}

namespace {

// A string of the probe's JSON: printable only, cut at `limit`.
QString cleanString(const QJsonValue &value, qsizetype limit)
{
    if (!value.isString())
        return {};
    QString text = value.toString().left(limit);
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    return text.trimmed();
}

// caption, version, build, ubr, hostname, uptime and user, however the caller found them.
BasicFacts windowsFacts(const QString &caption, const QString &version, qint64 ubr, const QString &hostname,
                        qint64 uptime, const QString &user, const QString &architecture, bool complete)
{
    BasicFacts facts;
    facts.osId = QStringLiteral("windows");
    facts.osVersionId = version.left(64);
    facts.osPrettyName = caption.left(256);
    facts.hostname = hostname.left(256);
    facts.kernelName = QStringLiteral("Windows");
    facts.kernelRelease = version.isEmpty() ? QString() : ubr >= 0 ? version + u'.' + QString::number(ubr) : version;
    facts.machine = architecture.left(64);
    facts.uptimeSeconds = uptime >= 0 && uptime < qint64(1e10) ? uptime : -1;
    facts.remoteUser = user.left(256);
    facts.complete = complete;
    return facts;
}

qint64 integer(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

} // namespace

BasicFacts BasicFacts::parseWindows(const QByteArray &output)
{
    // The JSON is the last non-empty line (PowerShell may print nothing else, but a profile could).
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.constLast().trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return BasicFacts();
    const QJsonObject json = document.object();
    return windowsFacts(cleanString(json.value(u"caption"), 256), cleanString(json.value(u"version"), 64),
                        integer(json.value(u"ubr")), cleanString(json.value(u"hostname"), 256),
                        integer(json.value(u"uptimeSeconds")), cleanString(json.value(u"user"), 256),
                        cleanString(json.value(u"architecture"), 64), json.value(u"end").toBool(false));
}

Transport::RemoteCommand BasicFacts::windowsProbeCommand()
{
    QFile file(QStringLiteral(":/probes/basic.ps1"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("probe resource :/probes/basic.ps1 is missing from the build");
    Transport::RemoteCommand command = Transport::WinRmSession::powershell(file.readAll());
    command.maxOutputBytes = 64 * 1024;
    command.timeout = std::chrono::seconds(60);
    return command;
}

BasicFacts BasicFacts::fromWindowsFacts(const QJsonObject &facts)
{
    const QJsonObject os = facts.value(u"os").toObject();
    const QJsonObject system = facts.value(u"host").toObject();
    const QJsonObject probe = facts.value(u"probe").toObject();
    return windowsFacts(os.value(u"caption").toString(), os.value(u"version").toString(), integer(os.value(u"ubr")),
                        system.value(u"hostname").toString(), integer(system.value(u"uptimeSeconds")),
                        probe.value(u"user").toString(), QString(), probe.value(u"complete").toBool());
}

Result<BasicFacts> BasicFacts::probe(Transport::Session &session, const CancelToken &cancel)
{
    if (session.platform() == Transport::Session::Platform::Windows) {
        auto result = session.run(windowsProbeCommand(), cancel);
        if (!result)
            return result.error();
        BasicFacts facts = parseWindows(result->stdOut);
        if (!facts.complete)
            return Error(Error::Code::ParseError,
                         QCoreApplication::translate("BasicFacts",
                                                     "The Windows host did not answer the first probe (PowerShell)."),
                         ProbeOutput::sanitize(result->stdErr.isEmpty() ? result->stdOut : result->stdErr, 1024));
        qCDebug(lcFacts) << "basic facts:" << facts.hostname << facts.osPrettyName;
        return facts;
    }
    const QByteArray boundary = ProbeOutput::newBoundary();
    Transport::RemoteCommand command;
    command.argv = probeArgv(boundary);
    command.maxOutputBytes = 1024 * 1024;
    command.timeout = std::chrono::seconds(60);
    auto result = session.run(command, cancel);
    if (!result)
        return result.error();
    BasicFacts facts = parse(result->stdOut, boundary);
    if (!facts.complete)
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate("BasicFacts", "The host's answer to the first probe was cut short."),
                     ProbeOutput::sanitize(result->stdErr, 512));
    qCDebug(lcFacts) << "basic facts:" << facts.hostname << facts.osPrettyName;
    return facts;
}

} // namespace Bulwark::Facts
