// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/scan/Scanner.h"

#include "core/facts/LinuxFacts.h"
#include "core/facts/WindowsFacts.h"
#include "core/rules/Evaluator.h"

#include <QCryptographicHash>

namespace Bulwark::Scan {

QString Scanner::catalogId(const Rules::RuleCatalog &catalog)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Rules::Rule &rule : catalog.rules()) {
        hash.addData(rule.id().toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QStringLiteral("%1-%2").arg(catalog.size()).arg(QString::fromLatin1(hash.result().toHex().left(12)));
}

Result<ScanRecord> Scanner::run(Transport::Session &session, const Rules::RuleCatalog &catalog, const Options &options,
                                const CancelToken &cancel)
{
    const bool windows = session.platform() == Transport::Session::Platform::Windows;
    ScanRecord record;
    record.hostName = options.hostName;
    record.target = session.displayName();
    record.elevated = options.elevate;
    record.startedAt = QDateTime::currentDateTimeUtc();
    const int commandsBefore = session.commandCount();

    // Windows: WinRM has no elevation to ask for (see WinRmSession); the probe reports its own token.
    auto facts = windows ? Facts::WindowsFacts::probe(session, cancel)
                         : Facts::LinuxFacts::probe(session, cancel, options.elevate);
    record.remoteCommands = session.commandCount() - commandsBefore;
    if (!facts)
        return facts.error();
    record.facts = *facts;
    if (windows)
        record.elevated =
            record.facts.value(QLatin1String("probe")).toObject().value(QLatin1String("elevated")).toBool();

    const QList<Rules::Rule> rules = catalog.rules(windows ? Rules::Platform::Windows : Rules::Platform::Linux);
    record.rulesTotal = int(rules.size());
    record.catalogId = catalogId(catalog);
    record.findings = Rules::Evaluator::evaluate(record.facts, rules);
    record.finishedAt = QDateTime::currentDateTimeUtc();
    return record;
}

} // namespace Bulwark::Scan
