// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/ParseUtil.h"

#include <cmath>
#include <limits>

namespace Bulwark::Facts::ParseUtil {

std::optional<qint64> toInt(QStringView text, qint64 min, qint64 max)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 24)
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!(c >= u'0' && c <= u'9') && !(i == 0 && (c == u'-' || c == u'+')))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> toDouble(QStringView text, double min, double max)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    for (const QChar c : text) {
        if (!(c >= u'0' && c <= u'9') && c != u'.' && c != u'-' && c != u'+')
            return std::nullopt;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return std::nullopt;
    return value;
}

QStringList fields(QStringView line)
{
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !line[i].isSpace())
            ++i;
        if (i > start)
            out.append(line.mid(start, i - start).toString());
    }
    return out;
}

QString afterFields(QStringView line, int n)
{
    qsizetype i = 0;
    const qsizetype size = line.size();
    for (int k = 0; k < n; ++k) {
        while (i < size && line[i].isSpace())
            ++i;
        while (i < size && !line[i].isSpace())
            ++i;
    }
    while (i < size && line[i].isSpace())
        ++i;
    return line.mid(i).trimmed().toString();
}

QString baseName(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return (slash < 0 ? path : path.mid(slash + 1)).toString();
}

std::optional<bool> toBool(QStringView text)
{
    text = text.trimmed();
    if (text.compare(u"yes", Qt::CaseInsensitive) == 0 || text.compare(u"true", Qt::CaseInsensitive) == 0 ||
        text.compare(u"on", Qt::CaseInsensitive) == 0 || text == u"1")
        return true;
    if (text.compare(u"no", Qt::CaseInsensitive) == 0 || text.compare(u"false", Qt::CaseInsensitive) == 0 ||
        text.compare(u"off", Qt::CaseInsensitive) == 0 || text == u"0")
        return false;
    return std::nullopt;
}

std::optional<StatInfo> parseStat(QStringView line, bool withPath)
{
    // The path is last and may itself contain '|': split only the fixed fields off the front.
    const int fixed = 7;
    QList<QStringView> parts;
    qsizetype pos = 0;
    for (int k = 0; k < fixed - 1 + (withPath ? 1 : 0); ++k) {
        const qsizetype bar = line.indexOf(u'|', pos);
        if (bar < 0)
            return std::nullopt;
        parts.append(line.mid(pos, bar - pos));
        pos = bar + 1;
    }
    parts.append(line.mid(pos));
    StatInfo info;
    bool ok = false;
    const QStringView modeText = parts.at(0).trimmed();
    if (modeText.isEmpty() || modeText.size() > 5)
        return std::nullopt;
    const uint mode = modeText.toUInt(&ok, 8);
    if (!ok || mode > 07777)
        return std::nullopt;
    info.mode = int(mode);
    const auto uid = toInt(parts.at(1), 0, 4294967295LL);
    const auto gid = toInt(parts.at(3), 0, 4294967295LL);
    const auto size = toInt(parts.at(5), 0, std::numeric_limits<qint64>::max());
    if (!uid || !gid || !size)
        return std::nullopt;
    info.uid = *uid;
    info.gid = *gid;
    info.size = *size;
    info.owner = parts.at(2).left(64).toString();
    if (info.owner.isEmpty() || info.owner == u"UNKNOWN")
        info.owner = QString::number(info.uid);
    info.group = parts.at(4).left(64).toString();
    if (info.group.isEmpty() || info.group == u"UNKNOWN")
        info.group = QString::number(info.gid);
    info.type = parts.at(6).left(64).toString();
    if (withPath) {
        info.path = parts.at(7).left(4096).toString();
        if (info.path.isEmpty())
            return std::nullopt;
    }
    return info;
}

QString modeString(int mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QString keyValue(const QStringList &lines, QStringView key)
{
    for (const QString &line : lines) {
        if (line.size() > key.size() && line.startsWith(key) && line.at(key.size()) == u'=')
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

} // namespace Bulwark::Facts::ParseUtil
