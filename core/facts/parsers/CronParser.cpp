// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/CronParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QRegularExpression>

namespace Bulwark::Facts::CronParser {

using namespace ParseUtil;

namespace {

// Cron lines often carry credentials (mysqldump -pSECRET, curl -u user:pass, https://user:pass@host). Facts are
// stored in the scan history on the workstation, so obvious secrets are replaced before they leave the parser.
QString redactSecrets(QString command)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral(R"((--?(?:password|passwd|pass|pwd|token|secret|api-?key)[= ])\S+)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"((\s-p)[^\s-]\S*)")),
        QRegularExpression(QStringLiteral(R"((\s-u\s+[^\s:]+:)\S+)")),
        QRegularExpression(QStringLiteral(R"((://[^\s:/@]+:)[^\s@/]+(?=@))")),
        QRegularExpression(QStringLiteral(R"(((?:PASSWORD|PASSWD|PASS|TOKEN|SECRET|API_?KEY)\w*=)\S+)"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &pattern : patterns)
        command.replace(pattern, QStringLiteral("\\1[redacted]"));
    return command;
}

constexpr qsizetype MaxEntries = 5000;

bool isScheduleField(const QString &field)
{
    static const QRegularExpression valid(QStringLiteral("^[0-9A-Za-z*/,~-]{1,64}$"));
    return valid.match(field).hasMatch();
}

bool isSystemCronPath(const QString &path)
{
    return path == u"/etc/crontab" || path.startsWith(u"/etc/cron.");
}

} // namespace

QJsonArray entries(const QString &file, const QString &text, bool systemFormat, const QString &user, qsizetype max)
{
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*\\s*="));
    QJsonArray out;
    for (const QString &raw : text.split(u'\n')) {
        if (out.size() >= max)
            break;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || assignment.match(line).hasMatch())
            continue;
        const QStringList f = fields(line);
        QString schedule;
        int used = 0;
        if (line.startsWith(u'@')) {
            schedule = f.at(0).left(32);
            used = 1;
        } else {
            if (f.size() < 6)
                continue;
            bool valid = true;
            for (int i = 0; i < 5; ++i)
                valid = valid && isScheduleField(f.at(i));
            if (!valid)
                continue;
            schedule = QStringList(f.mid(0, 5)).join(u' ');
            used = 5;
        }
        QString runAs = user;
        if (systemFormat) {
            if (f.size() <= used + 1)
                continue;
            runAs = f.at(used).left(64);
            ++used;
        }
        const QString command = redactSecrets(afterFields(line, used).left(1024));
        if (command.isEmpty())
            continue;
        out.append(QJsonObject{{QStringLiteral("file"), file},
                               {QStringLiteral("user"), runAs},
                               {QStringLiteral("schedule"), schedule},
                               {QStringLiteral("command"), command}});
    }
    return out;
}

QJsonObject parse(const ProbeSections &sections)
{
    if (!sections.has("cron-stat"))
        return {};
    QJsonArray all;
    bool cut = false;
    const QByteArrayList names = sections.namesWithPrefix("cron-file:");
    for (const QByteArray &name : names) {
        const QString path = ProbeOutput::sanitize(name.mid(10), 4096);
        if (sections.denied(name)) {
            cut = true;
            continue;
        }
        if (!sections.readable(name))
            continue;
        cut = cut || !sections.complete(name);
        const bool system = path == u"/etc/crontab" || path.startsWith(u"/etc/cron.d/");
        const QJsonArray found =
            entries(path, sections.text(name), system, system ? QString() : baseName(path), MaxEntries - all.size());
        for (const QJsonValue &entry : found)
            all.append(entry);
        if (all.size() >= MaxEntries)
            cut = true;
    }
    if (!sections.namesWithPrefix("cron-dir.denied:").isEmpty())
        cut = true; // user crontabs we could not list

    QJsonObject out{{QStringLiteral("entries"), all}};
    if (cut)
        out.insert(QStringLiteral("entriesTruncated"), true);

    // Writable by someone other than root: owner not root, group-writable with a non-root group, world-writable.
    // User crontabs belong to their user; only group- or world-writable ones are unsafe.
    if (sections.readable("cron-stat", 1)) {
        QJsonArray unsafe;
        for (const QString &line : sections.lines("cron-stat", 5000)) {
            const auto stat = parseStat(line, true);
            if (!stat)
                continue;
            bool bad = false;
            if (isSystemCronPath(stat->path))
                bad = stat->uid != 0 || ((stat->mode & 020) && stat->gid != 0) || (stat->mode & 02);
            else
                bad = (stat->mode & 022) != 0;
            if (stat->type == u"symbolic link")
                bad = false; // the mode of a link means nothing; its target is listed on its own when it matters
            if (bad)
                unsafe.append(stat->path);
        }
        out.insert(QStringLiteral("unsafeFiles"), unsafe);
        if (!sections.complete("cron-stat", 1))
            out.insert(QStringLiteral("unsafeFilesTruncated"), true);
    }
    return out;
}

} // namespace Bulwark::Facts::CronParser
