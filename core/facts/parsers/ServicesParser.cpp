// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/ServicesParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QJsonArray>

namespace Bulwark::Facts::ServicesParser {

using namespace ParseUtil;

namespace {

constexpr qsizetype MaxUnits = 20000;

bool isUnitName(const QString &name)
{
    if (name.size() < 3 || name.size() > 256)
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    if (name.lastIndexOf(u'.') < 1)
        return false; // ".service": no name
    return name.endsWith(u".service") || name.endsWith(u".socket") || name.endsWith(u".timer") ||
           name.endsWith(u".path");
}

bool isStateWord(const QString &word)
{
    if (word.isEmpty() || word.size() > 32)
        return false;
    for (const QChar c : word) {
        if (!(c.isLower() || c == u'-'))
            return false;
    }
    return true;
}

// inetd.conf: "service socket proto wait user program args"; update-inetd disables a line as "#<off># ...".
void parseInetdConf(const QStringList &lines, const QString &file, QJsonArray &out, QSet<QString> &enabled)
{
    for (const QString &raw : lines) {
        QString line = raw.trimmed();
        bool on = true;
        if (line.startsWith(u"#<off>#")) {
            on = false;
            line = line.mid(7).trimmed();
        } else if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList f = fields(line);
        if (f.size() < 6)
            continue;
        QString service = f.at(0);
        const qsizetype colon = service.lastIndexOf(u':'); // "address:service"
        if (colon >= 0)
            service = service.mid(colon + 1);
        if (service.isEmpty() || service.size() > 64)
            continue;
        out.append(QJsonObject{
            {QStringLiteral("service"), service}, {QStringLiteral("file"), file}, {QStringLiteral("enabled"), on}});
        if (on)
            enabled.insert(service);
    }
}

// xinetd: "service NAME { ... disable = yes ... }".
void parseXinetd(const QStringList &lines, const QString &file, QJsonArray &out, QSet<QString> &enabled)
{
    QString service;
    bool inBlock = false;
    bool disabled = false;
    auto flush = [&] {
        if (!service.isEmpty()) {
            out.append(QJsonObject{{QStringLiteral("service"), service},
                                   {QStringLiteral("file"), file},
                                   {QStringLiteral("enabled"), !disabled}});
            if (!disabled)
                enabled.insert(service);
        }
        service.clear();
        disabled = false;
        inBlock = false;
    };
    QString pending;
    for (const QString &raw : lines) {
        QString line = raw;
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = fields(line);
        if (!inBlock && f.size() >= 2 && f.at(0) == u"service") {
            pending = f.at(1).left(64);
            if (f.contains(QStringLiteral("{"))) {
                service = pending;
                inBlock = true;
            }
            continue;
        }
        if (!inBlock && line == u"{" && !pending.isEmpty()) {
            service = pending;
            pending.clear();
            inBlock = true;
            continue;
        }
        if (inBlock && line.startsWith(u'}')) {
            flush();
            continue;
        }
        if (inBlock && f.size() >= 3 && f.at(0) == u"disable" && f.at(1) == u"=")
            disabled = f.at(2).compare(u"yes", Qt::CaseInsensitive) == 0;
    }
    if (inBlock)
        flush(); // an unterminated block: xinetd would reject it, but report what we saw
}

void parseUnits(const ProbeSections &sections, LinuxContext &context, QJsonObject &facts)
{
    // list-unit-files: "UNIT STATE [PRESET]"; list-units --plain: "UNIT LOAD ACTIVE SUB DESCRIPTION...".
    const ProbeSections::State filesState = sections.state("systemd-unit-files");
    const ProbeSections::State unitsState = sections.state("systemd-units");
    const bool filesOk = filesState == ProbeSections::State::Complete || filesState == ProbeSections::State::Truncated;
    const bool unitsOk = unitsState == ProbeSections::State::Complete || unitsState == ProbeSections::State::Truncated;
    // The probe prints both or neither: one without the other means the output ended between them.
    bool cut = filesState == ProbeSections::State::Truncated || unitsState == ProbeSections::State::Truncated ||
               (filesState == ProbeSections::State::Absent) != (unitsState == ProbeSections::State::Absent);

    QStringList order;
    QHash<QString, LinuxContext::Unit> units;
    if (filesOk) {
        bool more = false;
        const QStringList lines = sections.lines("systemd-unit-files", MaxUnits, &more);
        cut = cut || more;
        for (const QString &line : lines) {
            const QStringList f = fields(line);
            if (f.size() < 2 || !isUnitName(f.at(0)) || !isStateWord(f.at(1)) || units.contains(f.at(0)))
                continue;
            order.append(f.at(0));
            units[f.at(0)].enabled = f.at(1);
        }
    }
    if (unitsOk) {
        bool more = false;
        const QStringList lines = sections.lines("systemd-units", MaxUnits, &more);
        cut = cut || more;
        for (const QString &line : lines) {
            QStringList f = fields(line);
            if (!f.isEmpty() && (f.at(0) == u"\u25cf" || f.at(0) == u"*"))
                f.removeFirst();
            if (f.size() < 4 || !isUnitName(f.at(0)) || !isStateWord(f.at(1)) || !isStateWord(f.at(2)) ||
                !isStateWord(f.at(3)))
                continue;
            const bool known = units.contains(f.at(0));
            if (f.at(1) == u"not-found" && !known)
                continue; // referenced by something, but no such unit on the host
            if (!known) {
                if (order.size() >= MaxUnits)
                    continue;
                order.append(f.at(0));
            }
            LinuxContext::Unit &unit = units[f.at(0)];
            unit.load = f.at(1);
            if (f.at(1) != u"not-found") {
                unit.active = f.at(2);
                unit.sub = f.at(3);
            }
        }
    }
    if (!filesOk && !unitsOk)
        return;
    context.unitsKnown = filesOk && unitsOk && !cut;
    context.units = units;

    QJsonArray services;
    QJsonArray sockets;
    QJsonArray timers;
    QJsonArray paths;
    for (const QString &name : std::as_const(order)) {
        const LinuxContext::Unit &unit = units[name];
        QJsonObject entry{{QStringLiteral("unit"), name}};
        const qsizetype dot = name.lastIndexOf(u'.');
        entry.insert(QStringLiteral("name"), name.left(dot));
        if (!unit.enabled.isEmpty())
            entry.insert(QStringLiteral("enabled"), unit.enabled);
        if (!unit.active.isEmpty()) {
            entry.insert(QStringLiteral("active"), unit.active);
            entry.insert(QStringLiteral("sub"), unit.sub);
        }
        if (name.endsWith(u".service"))
            services.append(entry);
        else if (name.endsWith(u".socket"))
            sockets.append(entry);
        else if (name.endsWith(u".path"))
            paths.append(entry);
        else
            timers.append(entry);
    }
    facts.insert(QStringLiteral("services"), services);
    facts.insert(QStringLiteral("sockets"), sockets);
    facts.insert(QStringLiteral("timers"), timers);
    facts.insert(QStringLiteral("paths"), paths);
    if (cut) {
        facts.insert(QStringLiteral("servicesTruncated"), true);
        facts.insert(QStringLiteral("socketsTruncated"), true);
        facts.insert(QStringLiteral("timersTruncated"), true);
        facts.insert(QStringLiteral("pathsTruncated"), true);
    }
}

// inetd.conf and /etc/xinetd.conf + /etc/xinetd.d/*; the probe prints "binaries" right after them, so its presence
// says the absence of these sections means "no such files".
void parseInetd(const ProbeSections &sections, LinuxContext &context, QJsonObject &facts)
{
    if (!sections.has("binaries"))
        return;
    QJsonArray entries;
    QSet<QString> enabled;
    bool cut = false;
    bool denied = sections.denied("inetd-conf");
    if (sections.readable("inetd-conf")) {
        cut = cut || !sections.complete("inetd-conf");
        parseInetdConf(sections.lines("inetd-conf", 10000), QStringLiteral("/etc/inetd.conf"), entries, enabled);
    }
    const QByteArrayList names = sections.namesWithPrefix("xinetd-file:");
    for (const QByteArray &name : names) {
        const QString path = ProbeOutput::sanitize(name.mid(12), 4096);
        if (sections.denied(name)) {
            denied = true;
            continue;
        }
        if (!sections.readable(name))
            continue;
        cut = cut || !sections.complete(name);
        if (path == u"/etc/xinetd.conf")
            continue; // defaults only; services live in xinetd.d
        parseXinetd(sections.lines(name, 10000), path, entries, enabled);
    }
    if (denied)
        return;
    context.inetdKnown = !cut;
    context.inetdEnabled = enabled;
    facts.insert(QStringLiteral("inetd"), entries);
    if (cut)
        facts.insert(QStringLiteral("inetdTruncated"), true);
}

} // namespace

void parse(const ProbeSections &sections, LinuxContext &context, QJsonObject &facts)
{
    parseUnits(sections, context, facts);
    parseInetd(sections, context, facts);
}

} // namespace Bulwark::Facts::ServicesParser
