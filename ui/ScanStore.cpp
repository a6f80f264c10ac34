// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/ScanStore.h"

#include "ui/FutureWatch.h"
#include "ui/UiLogging.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace Bulwark::Ui {

using Scan::ScanHistory;
using Scan::ScanRecord;

namespace {

struct Loaded
{
    QList<ScanHistory::Summary> history;
    std::shared_ptr<const ScanRecord> latest;
    Error error;
};

} // namespace

ScanStore::ScanStore(const QString &root, QObject *parent)
    : QObject(parent)
    , m_root(root)
{}

ScanStore::~ScanStore() = default;

void ScanStore::load(const QList<QUuid> &ids)
{
    for (const QUuid &id : ids)
        load(id);
}

void ScanStore::load(const QUuid &id)
{
    Entry &entry = m_entries[id];
    if (entry.state != State::Unknown)
        return;
    entry.state = State::Loading;
    entry.generation = ++m_counter;
    const auto reading = QtConcurrent::run([root = m_root, id] {
        const ScanHistory history(root);
        Loaded loaded;
        loaded.history = history.list(id);
        if (!loaded.history.isEmpty()) {
            auto record = history.load(id, loaded.history.constLast().file);
            if (record)
                loaded.latest = std::make_shared<const ScanRecord>(std::move(*record));
            else
                loaded.error = record.error();
        }
        return loaded;
    });
    onFinished(this, reading, [this, id, generation = entry.generation](const Loaded &loaded) {
        const auto found = m_entries.find(id);
        if (found == m_entries.end() || found->generation != generation)
            return; // a newer scan arrived or the host went
        found->history = loaded.history;
        found->latest = loaded.latest;
        found->error = loaded.error;
        found->state = loaded.latest ? State::Loaded : loaded.error.isError() ? State::Failed : State::NoScan;
        if (loaded.error.isError())
            qCWarning(lcUi).noquote() << "reading the latest scan failed:" << loaded.error.toString();
        Q_EMIT changed(id);
    });
}

ScanStore::State ScanStore::state(const QUuid &id) const
{
    return m_entries.value(id).state;
}

std::shared_ptr<const ScanRecord> ScanStore::latest(const QUuid &id) const
{
    return m_entries.value(id).latest;
}

QList<ScanHistory::Summary> ScanStore::history(const QUuid &id) const
{
    return m_entries.value(id).history;
}

Error ScanStore::error(const QUuid &id) const
{
    return m_entries.value(id).error;
}

void ScanStore::add(const QUuid &id, const ScanRecord &record, const QList<ScanHistory::Summary> &history)
{
    Entry &entry = m_entries[id];
    entry.generation = ++m_counter; // a read still in flight is older than this
    entry.state = State::Loaded;
    entry.latest = std::make_shared<const ScanRecord>(record);
    entry.history = history;
    if (entry.history.isEmpty() || entry.history.constLast().startedAt != record.startedAt) {
        // Not saved: keep the chart honest about the scan on screen all the same.
        ScanHistory::Summary summary;
        summary.startedAt = record.startedAt;
        summary.score = record.score().value();
        summary.failed = record.score().total().failed;
        entry.history.append(summary);
    }
    entry.error = Error();
    Q_EMIT changed(id);
}

void ScanStore::forget(const QUuid &id)
{
    m_entries.remove(id);
    // Nobody waits for the deletion; a scan list read later simply finds nothing.
    [[maybe_unused]] const QFuture<void> removal =
        QtConcurrent::run([root = m_root, id] { ScanHistory(root).forget(id); });
    Q_EMIT changed(id);
}

} // namespace Bulwark::Ui
