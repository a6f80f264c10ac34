// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scan/ScanHistory.h"
#include "core/scan/ScanRecord.h"
#include "core/util/Error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>
#include <memory>

namespace Bulwark::Ui {

// What the console knows of each host's saved scans: the score history (ScanHistory index) and the latest scan in
// full. Reads and deletions run on the thread pool and continue here; results that a newer scan or a removal made
// stale are dropped. Lives on the GUI thread.
class ScanStore : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown, // nothing read yet
        Loading,
        NoScan, // the host has never been scanned
        Loaded,
        Failed, // the latest scan could not be read (error())
    };

    explicit ScanStore(const QString &root = Scan::ScanHistory::defaultRoot(), QObject *parent = nullptr);
    ~ScanStore() override;

    QString root() const { return m_root; }

    // Reads the latest scan of each host (if not known yet); changed() follows per host.
    void load(const QList<QUuid> &ids);
    void load(const QUuid &id);

    State state(const QUuid &id) const;
    std::shared_ptr<const Scan::ScanRecord> latest(const QUuid &id) const;
    // Oldest first.
    QList<Scan::ScanHistory::Summary> history(const QUuid &id) const;
    Error error(const QUuid &id) const;

    // A scan that has just finished (and was saved, or not: then it lives in memory only).
    void add(const QUuid &id, const Scan::ScanRecord &record, const QList<Scan::ScanHistory::Summary> &history);
    // Forgets the host's scans, in memory at once and on disk in the background.
    void forget(const QUuid &id);

Q_SIGNALS:
    void changed(const QUuid &id);

private:
    struct Entry
    {
        State state = State::Unknown;
        quint64 generation = 0;
        std::shared_ptr<const Scan::ScanRecord> latest;
        QList<Scan::ScanHistory::Summary> history;
        Error error;
    };

    QString m_root;
    QHash<QUuid, Entry> m_entries;
    quint64 m_counter = 0;
};

} // namespace Bulwark::Ui
