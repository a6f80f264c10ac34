// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/JournalEntry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace Bulwark::Apply {

namespace {

const QString KeyVersion = QStringLiteral("version");
const QString KeySeq = QStringLiteral("seq");
const QString KeyTime = QStringLiteral("time");
const QString KeyOperator = QStringLiteral("operator");
const QString KeyHost = QStringLiteral("host");
const QString KeyKind = QStringLiteral("kind");
const QString KeyPayload = QStringLiteral("payload");
const QString KeyPrev = QStringLiteral("prev");
const QString KeyHash = QStringLiteral("hash");

// Sequence numbers must survive a JSON double exactly.
constexpr qint64 MaxSequence = qint64(1) << 53;

Error invalid(const QString &detail)
{
    return Error(Error::Code::ParseError,
                 QCoreApplication::translate("Bulwark::Apply::Journal", "The journal entry is not valid."), detail);
}

bool isHexHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString timeToString(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

JournalEntry JournalEntry::create(qint64 sequence, const QDateTime &timestamp, const QString &operatorName,
                                  const QString &host, const QString &kind, const QJsonObject &payload,
                                  const QString &previousHash)
{
    JournalEntry entry;
    entry.m_sequence = sequence;
    // Round-trip through the stored form so the in-memory value equals what fromJson will give back.
    entry.m_timestamp = QDateTime::fromString(timeToString(timestamp), Qt::ISODateWithMs).toUTC();
    entry.m_operatorName = operatorName;
    entry.m_host = host;
    entry.m_kind = kind;
    entry.m_payload = payload;
    entry.m_previousHash = previousHash;
    entry.m_hash = entry.computeHash();
    return entry;
}

QJsonObject JournalEntry::toJsonWithoutHash() const
{
    return QJsonObject{
        {KeyVersion, formatVersion},
        {KeySeq, double(m_sequence)},
        {KeyTime, timeToString(m_timestamp)},
        {KeyOperator, m_operatorName},
        {KeyHost, m_host},
        {KeyKind, m_kind},
        {KeyPayload, m_payload},
        {KeyPrev, m_previousHash},
    };
}

QString JournalEntry::computeHash() const
{
    const QByteArray canonical = QJsonDocument(toJsonWithoutHash()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject object = toJsonWithoutHash();
    object.insert(KeyHash, m_hash);
    return object;
}

QByteArray JournalEntry::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<JournalEntry> JournalEntry::fromJson(const QJsonObject &object)
{
    if (object.value(KeyVersion).toInt(-1) != formatVersion)
        return invalid(QStringLiteral("unsupported version"));
    const QJsonValue seq = object.value(KeySeq);
    if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() > double(MaxSequence) ||
        seq.toDouble() != double(qint64(seq.toDouble())))
        return invalid(QStringLiteral("bad seq"));
    for (const QString &key : {KeyTime, KeyOperator, KeyHost, KeyKind, KeyPrev, KeyHash})
        if (!object.value(key).isString())
            return invalid(QStringLiteral("missing or non-string ") + key);
    if (!object.value(KeyPayload).isObject())
        return invalid(QStringLiteral("payload is not an object"));
    const QDateTime time = QDateTime::fromString(object.value(KeyTime).toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return invalid(QStringLiteral("bad time"));
    if (!isHexHash(object.value(KeyPrev).toString()) || !isHexHash(object.value(KeyHash).toString()))
        return invalid(QStringLiteral("bad hash"));

    JournalEntry entry;
    entry.m_sequence = qint64(seq.toDouble());
    entry.m_timestamp = time.toUTC();
    entry.m_operatorName = object.value(KeyOperator).toString();
    entry.m_host = object.value(KeyHost).toString();
    entry.m_kind = object.value(KeyKind).toString();
    entry.m_payload = object.value(KeyPayload).toObject();
    entry.m_previousHash = object.value(KeyPrev).toString();
    entry.m_hash = object.value(KeyHash).toString();
    return entry;
}

Result<JournalEntry> JournalEntry::fromJsonLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(error.errorString());
    if (!document.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    return fromJson(document.object());
}

} // namespace Bulwark::Apply
