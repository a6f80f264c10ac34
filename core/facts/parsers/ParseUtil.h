// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

// Small pure helpers shared by the Linux fact parsers. Nothing here trusts its input: numbers are range-checked,
// strings are clipped, and whatever does not parse comes back as std::nullopt.
namespace Bulwark::Facts::ParseUtil {

// A decimal integer in [min, max]; surrounding blanks allowed, nothing else.
std::optional<qint64> toInt(QStringView text, qint64 min, qint64 max);
// A decimal number in [min, max] ("1795628422.123").
std::optional<double> toDouble(QStringView text, double min, double max);
// Whitespace-separated fields of one line.
QStringList fields(QStringView line);
// The line without its first n whitespace-separated fields (and the blanks after them).
QString afterFields(QStringView line, int n);
QString baseName(QStringView path);
// The value of the first "key=value" line for `key`, trimmed; empty when there is none.
QString keyValue(const QStringList &lines, QStringView key);
// Case-insensitive "yes"/"no"-style switch: yes/true/on/1 and no/false/off/0; nullopt otherwise.
std::optional<bool> toBool(QStringView text);

// One line of `stat -c '%a|%u|%U|%g|%G|%s|%F[|%n]'`.
struct StatInfo
{
    int mode = 0; // permission bits, 07777
    qint64 uid = -1;
    QString owner; // user name, or the uid when the host has no name for it
    qint64 gid = -1;
    QString group;
    qint64 size = -1;
    QString type; // "regular file", "directory", ...
    QString path; // with %n only
};
std::optional<StatInfo> parseStat(QStringView line, bool withPath);
// "0440" style.
QString modeString(int mode);

inline void insertIf(QJsonObject &object, const QString &key, const std::optional<bool> &value)
{
    if (value)
        object.insert(key, *value);
}
inline void insertIf(QJsonObject &object, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        object.insert(key, *value);
}
inline void insertIf(QJsonObject &object, const QString &key, const std::optional<QString> &value)
{
    if (value)
        object.insert(key, *value);
}

QJsonArray toArray(const QStringList &list);

} // namespace Bulwark::Facts::ParseUtil
