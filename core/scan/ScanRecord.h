// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/Score.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Bulwark::Scan {

// One scan of one host: the facts as probed, the findings as evaluated, and how it went. The score is derived
// from the findings, never stored on its own, so it cannot disagree with them.
struct ScanRecord
{
    QString hostName;       // as the user named the host at scan time
    QString target;         // user@host:port
    QDateTime startedAt;    // UTC
    QDateTime finishedAt;   // UTC
    int remoteCommands = 0; // commands run after authentication (one by design)
    bool elevated = false;  // the probe ran through sudo
    QString catalogId;      // fingerprint of the rule catalog that produced the findings
    int rulesTotal = 0;
    QJsonObject facts;
    QList<Rules::Finding> findings;

    Rules::Score score() const { return Rules::Score::compute(findings); }
    qint64 durationMs() const { return startedAt.msecsTo(finishedAt); }

    QJsonObject toJson() const;
    static Result<ScanRecord> fromJson(const QJsonObject &object);
    static std::optional<Rules::Finding> findingFromJson(const QJsonObject &object);
};

} // namespace Bulwark::Scan

Q_DECLARE_METATYPE(Bulwark::Scan::ScanRecord)
