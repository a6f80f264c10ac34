// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scan/ScanRecord.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace Bulwark::Scan {

// Scans kept per host on disk: <root>/<host-id>/<UTC timestamp>.json, plus index.json with one summary per scan so
// the score history chart never has to read whole scans. Files are written atomically.
class ScanHistory
{
public:
    struct Summary
    {
        QString file; // name inside the host's directory
        QDateTime startedAt;
        std::optional<int> score;
        int failed = 0;
        int failedCritical = 0;
        int failedHigh = 0;
    };

    // QStandardPaths::AppDataLocation + "/scans".
    static QString defaultRoot();
    explicit ScanHistory(QString root = defaultRoot());

    Result<Summary> append(const QUuid &host, const ScanRecord &record);
    // Oldest first.
    QList<Summary> list(const QUuid &host) const;
    Result<ScanRecord> load(const QUuid &host, const QString &file) const;
    Result<ScanRecord> latest(const QUuid &host) const;
    // Removes every scan of the host (used when the host is removed from the inventory).
    void forget(const QUuid &host);

private:
    QString hostDir(const QUuid &host) const;

    QString m_root;
};

} // namespace Bulwark::Scan
