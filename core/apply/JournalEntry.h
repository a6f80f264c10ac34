// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Bulwark::Apply {

// One record in the apply journal: who did what to which host, when, and with what outcome. A value type.
//
// Stored as one compact JSON object per line:
//   {"hash":..,"host":..,"kind":..,"operator":..,"payload":{..},"prev":..,"seq":N,"time":"...Z","version":1}
// The hash is the hex SHA-256 of the compact JSON of the same object without "hash" (QJsonObject keeps keys sorted,
// so that serialisation is canonical). "prev" is the previous entry's hash, 64 zeros for the first entry; this
// chains every entry to all the ones before it.
class JournalEntry
{
public:
    static constexpr int formatVersion = 1;
    static QString genesisHash() { return QString(64, u'0'); }

    // Well-known kinds; the journal accepts any non-empty kind.
    static QString kindPlanPreviewed() { return QStringLiteral("plan-previewed"); }
    static QString kindStepApplied() { return QStringLiteral("step-applied"); }
    static QString kindStepVerified() { return QStringLiteral("step-verified"); }
    static QString kindStepFailed() { return QStringLiteral("step-failed"); }
    static QString kindRolledBack() { return QStringLiteral("rolled-back"); }

    // A new entry with its hash computed. The timestamp is converted to UTC and cut to whole milliseconds.
    static JournalEntry create(qint64 sequence, const QDateTime &timestamp, const QString &operatorName,
                               const QString &host, const QString &kind, const QJsonObject &payload,
                               const QString &previousHash);

    qint64 sequence() const { return m_sequence; }      // 1 for the first entry
    QDateTime timestamp() const { return m_timestamp; } // UTC, millisecond precision
    QString operatorName() const { return m_operatorName; }
    QString host() const { return m_host; }
    QString kind() const { return m_kind; }
    QJsonObject payload() const { return m_payload; }
    QString previousHash() const { return m_previousHash; }
    QString hash() const { return m_hash; } // as stored; see computeHash()

    // The hash over every field but the hash itself.
    QString computeHash() const;
    bool hashMatches() const { return m_hash == computeHash(); }

    QJsonObject toJson() const;
    // One compact JSON line, without the trailing newline.
    QByteArray toJsonLine() const;
    // Checks the shape only (fields present and well typed); the hash is taken as stored, not checked.
    static Result<JournalEntry> fromJson(const QJsonObject &object);
    static Result<JournalEntry> fromJsonLine(const QByteArray &line);

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;

private:
    QJsonObject toJsonWithoutHash() const;

    qint64 m_sequence = 0;
    QDateTime m_timestamp;
    QString m_operatorName;
    QString m_host;
    QString m_kind;
    QJsonObject m_payload;
    QString m_previousHash;
    QString m_hash;
};

} // namespace Bulwark::Apply
