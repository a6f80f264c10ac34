// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/SystemParser.h"

#include "core/facts/parsers/ParseUtil.h"

namespace Bulwark::Facts::SystemParser {

using namespace ParseUtil;

namespace {

bool isSafeToken(const QString &value)
{
    if (value.isEmpty() || value.size() > 64)
        return false;
    for (const QChar c : value) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'+' || c == u'~' || c == u':'))
            return false;
    }
    return true;
}

QString family(const QString &id, const QStringList &idLike)
{
    QStringList all = idLike;
    all.prepend(id);
    for (const QString &name : std::as_const(all)) {
        if (name == u"debian" || name == u"ubuntu")
            return QStringLiteral("debian");
        if (name == u"rhel" || name == u"fedora" || name == u"centos" || name == u"rocky" || name == u"almalinux" ||
            name == u"ol" || name == u"amzn")
            return QStringLiteral("rhel");
        if (name == u"suse" || name == u"opensuse" || name == u"sles" || name.startsWith(u"opensuse-"))
            return QStringLiteral("suse");
        if (name == u"arch" || name == u"manjaro")
            return QStringLiteral("arch");
    }
    return QStringLiteral("other");
}

} // namespace

QString osReleaseValue(const QString &text, QStringView key)
{
    QString result;
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        if (!line.startsWith(key) || line.size() <= key.size() || line[key.size()] != u'=')
            continue;
        QStringView value = line.mid(key.size() + 1);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front()) {
            const QChar quote = value.front();
            value = value.mid(1, value.size() - 2);
            if (quote == u'\'')
                return value.toString();
            QString out;
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value[i] == u'\\' && i + 1 < value.size())
                    ++i;
                out += value[i];
            }
            return out;
        }
        return value.toString();
    }
    return result;
}

void fillContext(const ProbeSections &sections, LinuxContext &context)
{
    const QStringList id = sections.lines("id", 16);
    const auto uid = toInt(keyValue(id, u"uid"), 0, 4294967295LL);
    context.elevated = uid && *uid == 0;
    if (sections.complete("now")) {
        const auto now = toInt(sections.text("now"), 0, 32503680000LL); // before year 3000
        if (now)
            context.now = *now;
    }
    context.systemd = sections.lines("init", 16).contains(QStringLiteral("systemd-booted"));
}

QJsonObject probe(const ProbeSections &sections)
{
    QJsonObject out;
    const auto version = toInt(sections.text("probe-version"), 0, 1000);
    insertIf(out, QStringLiteral("version"), version);
    out.insert(QStringLiteral("complete"), sections.finished());
    const QStringList id = sections.lines("id", 16);
    const auto uid = toInt(keyValue(id, u"uid"), 0, 4294967295LL);
    if (uid)
        out.insert(QStringLiteral("elevated"), *uid == 0);
    const QString user = keyValue(id, u"user").left(64);
    if (!user.isEmpty())
        out.insert(QStringLiteral("user"), user);
    return out;
}

QJsonObject os(const ProbeSections &sections)
{
    if (!sections.complete("os-release"))
        return {}; // a cut os-release could lack ID_LIKE and so name the wrong family
    const QString text = sections.text("os-release");
    QJsonObject out;
    const QString id = osReleaseValue(text, u"ID").left(64);
    const QStringList idLike = osReleaseValue(text, u"ID_LIKE").left(256).split(u' ', Qt::SkipEmptyParts);
    if (!id.isEmpty())
        out.insert(QStringLiteral("id"), id);
    out.insert(QStringLiteral("idLike"), toArray(idLike));
    const QString versionId = osReleaseValue(text, u"VERSION_ID").left(64);
    if (!versionId.isEmpty())
        out.insert(QStringLiteral("versionId"), versionId);
    const QString pretty = osReleaseValue(text, u"PRETTY_NAME").left(256);
    if (!pretty.isEmpty())
        out.insert(QStringLiteral("prettyName"), pretty);
    out.insert(QStringLiteral("family"), family(id, idLike));
    return out;
}

QJsonObject host(const ProbeSections &sections)
{
    QJsonObject out;
    if (sections.complete("hostname")) {
        const QString name = sections.text("hostname").trimmed();
        bool valid = !name.isEmpty() && name.size() <= 253;
        for (const QChar c : name)
            valid = valid && (c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_');
        if (valid)
            out.insert(QStringLiteral("hostname"), name);
    }
    if (sections.complete("uname")) {
        const QStringList uname = fields(sections.text("uname"));
        if (uname.size() == 3) {
            out.insert(QStringLiteral("kernelName"), uname.at(0).left(64));
            out.insert(QStringLiteral("kernelRelease"), uname.at(1).left(128));
            out.insert(QStringLiteral("machine"), uname.at(2).left(64));
        }
    }
    if (sections.complete("uptime")) {
        const QStringList uptime = fields(sections.text("uptime"));
        if (!uptime.isEmpty()) {
            const auto seconds = toDouble(uptime.at(0), 0, 1e10);
            if (seconds)
                out.insert(QStringLiteral("uptimeSeconds"), qint64(*seconds));
        }
    }
    if (sections.complete("init")) {
        const QStringList init = sections.lines("init", 16);
        const QString comm = keyValue(init, u"comm");
        QString system = QStringLiteral("other");
        if (init.contains(QStringLiteral("systemd-booted")) || comm == u"systemd")
            system = QStringLiteral("systemd");
        else if (comm == u"init" && init.contains(QStringLiteral("inittab")))
            system = QStringLiteral("sysv");
        out.insert(QStringLiteral("initSystem"), system);
        if (isSafeToken(comm))
            out.insert(QStringLiteral("pid1"), comm);
    }
    return out;
}

QJsonObject kernel(const ProbeSections &sections)
{
    if (!sections.complete("sysctl"))
        return {};
    QJsonObject sysctl;
    const QStringList lines = sections.lines("sysctl", 64);
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0 || eq > 128)
            continue;
        QString key = line.left(eq);
        bool valid = true;
        for (const QChar c : std::as_const(key)) {
            if (!(c.isLower() || c.isDigit() || c == u'_' || c == u'/' || c == u'-'))
                valid = false;
        }
        if (!valid)
            continue;
        key.replace(u'/', u'.');
        sysctl.insert(key, line.mid(eq + 1).simplified().left(256));
    }
    return QJsonObject{{QStringLiteral("sysctl"), sysctl}};
}

QJsonObject time(const ProbeSections &sections, const LinuxContext &context)
{
    QJsonObject out;
    if (sections.complete("timedatectl")) {
        const auto synced = toBool(keyValue(sections.lines("timedatectl", 256), u"NTPSynchronized"));
        insertIf(out, QStringLiteral("synchronized"), synced);
    }
    if (!out.contains(QStringLiteral("synchronized")) && sections.complete("timesync") &&
        sections.lines("timesync", 8).contains(QStringLiteral("timesyncd-synchronized")))
        out.insert(QStringLiteral("synchronized"), true);
    if (context.unitsKnown) {
        static const char *const services[] = {"systemd-timesyncd", "chrony", "chronyd", "ntp", "ntpd", "ntpsec",
                                               "openntpd"};
        QJsonValue service = QJsonValue::Null;
        for (const char *name : services) {
            const QString unit = QString::fromLatin1(name) + QStringLiteral(".service");
            if (context.unitActive(unit).value_or(false)) {
                service = QString::fromLatin1(name);
                break;
            }
        }
        out.insert(QStringLiteral("service"), service);
    }
    return out;
}

} // namespace Bulwark::Facts::SystemParser
