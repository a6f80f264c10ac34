// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/BasicFacts.h"

#include "core/facts/ProbeOutput.h"
#include "core/facts/parsers/SystemParser.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QFile>

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

Result<BasicFacts> BasicFacts::probe(Transport::Session &session, const CancelToken &cancel)
{
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
