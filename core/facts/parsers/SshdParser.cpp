// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/SshdParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QHash>

namespace Bulwark::Facts::SshdParser {

namespace {

constexpr qsizetype MaxKeys = 1000;

bool isKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    for (const QChar c : key) {
        if (!(c.isLower() || c.isDigit()))
            return false;
    }
    return true;
}

// "key value" lines. Keys that repeat (listenaddress, hostkey, subsystem, ...) join their values with ",".
QJsonObject effective(const QStringList &lines)
{
    QStringList order;
    QHash<QString, QStringList> values;
    for (const QString &line : lines) {
        const qsizetype space = line.indexOf(u' ');
        const QString key = space < 0 ? line : line.left(space);
        if (!isKey(key))
            continue;
        if (!values.contains(key)) {
            if (order.size() >= MaxKeys)
                continue;
            order.append(key);
        }
        QStringList &list = values[key];
        if (list.size() < 64)
            list.append(space < 0 ? QString() : line.mid(space + 1).trimmed().left(8192));
    }
    QJsonObject out;
    for (const QString &key : std::as_const(order))
        out.insert(key, values.value(key).join(u','));
    return out;
}

} // namespace

QJsonObject parse(const ProbeSections &sections)
{
    if (!sections.complete("sshd-available"))
        return {};
    QJsonObject out{{QStringLiteral("available"), sections.text("sshd-available").trimmed() == u"yes"}};
    for (const char *name : {"sshd-T", "sshd-T-C"}) {
        if (!sections.complete(name))
            continue;
        const QJsonObject config = effective(sections.lines(name, 10000));
        if (config.isEmpty())
            continue;
        out.insert(QStringLiteral("effective"), config);
        out.insert(QStringLiteral("source"),
                   QString::fromLatin1(name) == u"sshd-T" ? QStringLiteral("sshd -T") : QStringLiteral("sshd -T -C"));
        return out;
    }
    if (sections.readable("sshd-T-err", 255)) {
        const QString error = sections.text("sshd-T-err", 512).section(u'\n', 0, 0).trimmed();
        if (!error.isEmpty())
            out.insert(QStringLiteral("error"), error);
    }
    return out;
}

} // namespace Bulwark::Facts::SshdParser
