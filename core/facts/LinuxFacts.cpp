// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/LinuxFacts.h"

#include "core/facts/ProbeOutput.h"
#include "core/facts/parsers/AccountsParser.h"
#include "core/facts/parsers/CronParser.h"
#include "core/facts/parsers/FirewallParser.h"
#include "core/facts/parsers/LinuxContext.h"
#include "core/facts/parsers/LoggingParser.h"
#include "core/facts/parsers/NetworkParser.h"
#include "core/facts/parsers/PackagesParser.h"
#include "core/facts/parsers/ProbeSections.h"
#include "core/facts/parsers/SecurityParser.h"
#include "core/facts/parsers/ServicesParser.h"
#include "core/facts/parsers/SshdParser.h"
#include "core/facts/parsers/StorageParser.h"
#include "core/facts/parsers/SudoersParser.h"
#include "core/facts/parsers/SystemParser.h"
#include "core/facts/parsers/WebParser.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QFile>

namespace Bulwark::Facts {

namespace {

void insertObject(QJsonObject &facts, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        facts.insert(key, value);
}

} // namespace

QJsonObject LinuxFacts::parse(const QByteArray &output, const QByteArray &boundary)
{
    const ProbeSections sections(output, boundary);
    LinuxContext context;
    SystemParser::fillContext(sections, context);
    if (sections.complete("binaries")) {
        context.binariesKnown = true;
        for (const QString &line : sections.lines("binaries", 200))
            context.binaries.insert(line.trimmed());
    }

    QJsonObject facts;
    facts.insert(QStringLiteral("probe"), SystemParser::probe(sections));
    insertObject(facts, QStringLiteral("os"), SystemParser::os(sections));
    insertObject(facts, QStringLiteral("host"), SystemParser::host(sections));

    // Packages and units first: later areas ask them what is installed and running.
    ServicesParser::parse(sections, context, facts);
    PackagesParser::parsePackages(sections, context, facts);
    NetworkParser::parse(sections, facts);
    AccountsParser::parse(sections, facts);
    const QJsonObject sudoers = SudoersParser::parse(sections);
    insertObject(facts, QStringLiteral("sudoers"), sudoers);
    insertObject(facts, QStringLiteral("sshd"), SshdParser::parse(sections));
    PackagesParser::parseUpdates(sections, context, facts);
    insertObject(facts, QStringLiteral("firewall"), FirewallParser::parse(sections, context));
    insertObject(facts, QStringLiteral("storage"), StorageParser::parse(sections));
    insertObject(facts, QStringLiteral("web"), WebParser::parse(sections, context));
    insertObject(facts, QStringLiteral("mac"), SecurityParser::mac(sections));
    insertObject(facts, QStringLiteral("audit"), SecurityParser::audit(sections, context));
    insertObject(facts, QStringLiteral("logging"), LoggingParser::parse(sections, context, sudoers));
    insertObject(facts, QStringLiteral("cron"), CronParser::parse(sections));
    insertObject(facts, QStringLiteral("antivirus"), SecurityParser::antivirus(sections, context));
    insertObject(facts, QStringLiteral("legacy"), SecurityParser::legacy(context));
    insertObject(facts, QStringLiteral("ids"), SecurityParser::ids(context));
    insertObject(facts, QStringLiteral("files"), SecurityParser::files(sections));
    insertObject(facts, QStringLiteral("kernel"), SystemParser::kernel(sections));
    insertObject(facts, QStringLiteral("time"), SystemParser::time(sections, context));
    return facts;
}

QByteArrayList LinuxFacts::probeArgv(const QByteArray &boundary)
{
    return ProbeOutput::scriptArgv(QStringLiteral(":/probes/linux.sh"), boundary);
}

Result<QJsonObject> LinuxFacts::probe(Transport::Session &session, const CancelToken &cancel, bool elevate)
{
    const QByteArray boundary = ProbeOutput::newBoundary();
    Transport::RemoteCommand command;
    command.argv = probeArgv(boundary);
    command.maxOutputBytes = 32 * 1024 * 1024;
    command.timeout = std::chrono::seconds(180);
    command.elevate = elevate;
    auto result = session.run(command, cancel);
    if (!result)
        return result.error();
    if (!result->stdOut.contains(QByteArray(boundary + " probe-version")))
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate("LinuxFacts", "The host did not answer the audit probe."),
                     ProbeOutput::sanitize(result->stdErr, 512));
    QJsonObject facts = parse(result->stdOut, boundary);
    const QJsonObject probeInfo = facts.value(QStringLiteral("probe")).toObject();
    if (!probeInfo.value(QStringLiteral("complete")).toBool())
        qCWarning(lcFacts) << "linux probe cut short on" << session.displayName() << "after" << result->stdOut.size()
                           << "bytes" << (result->stdOutTruncated ? "(output limit)" : "");
    qCDebug(lcFacts) << "linux facts from" << session.displayName() << "in" << result->elapsedMs << "ms,"
                     << result->stdOut.size() << "bytes";
    return facts;
}

} // namespace Bulwark::Facts
