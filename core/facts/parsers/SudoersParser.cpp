// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/SudoersParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Bulwark::Facts::SudoersParser {

using namespace ParseUtil;

namespace {

constexpr qsizetype MaxRules = 5000;
constexpr qsizetype MaxDefaults = 2000;

struct LogicalLine
{
    int number = 0; // first physical line, 1-based
    QString text;
};

// Strips a comment: '#' starts one unless it introduces a uid/gid ("#1000", "%#1000") or sits inside quotes.
QString stripComment(const QString &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        if (c == u'#' && !quoted) {
            const bool idRef = i + 1 < line.size() && line.at(i + 1).isDigit();
            if (!idRef)
                return line.left(i);
        }
    }
    return line;
}

// Joins backslash continuations; drops comments, blank lines and include directives.
QList<LogicalLine> logicalLines(const QString &text)
{
    QList<LogicalLine> out;
    const QStringList physical = text.split(u'\n');
    LogicalLine current;
    bool continuing = false;
    for (qsizetype i = 0; i < physical.size() && out.size() < MaxRules * 4; ++i) {
        QString line = physical.at(i);
        const QString trimmed = line.trimmed();
        if (!continuing) {
            if (trimmed.startsWith(u"#include") || trimmed.startsWith(u"@include"))
                continue;
            current = LogicalLine{int(i + 1), QString()};
        }
        line = stripComment(line);
        const bool more = line.endsWith(u'\\');
        if (more)
            line.chop(1);
        if (current.text.size() < 65536)
            current.text += line + u' ';
        continuing = more;
        if (!continuing) {
            current.text = current.text.simplified();
            if (!current.text.isEmpty())
                out.append(current);
        }
    }
    if (continuing) {
        current.text = current.text.simplified();
        if (!current.text.isEmpty())
            out.append(current);
    }
    return out;
}

// Splits on sep outside quotes and parentheses.
QStringList splitTop(const QString &text, QChar sep)
{
    QStringList out;
    int depth = 0;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'(')
            ++depth;
        else if (!quoted && c == u')' && depth > 0)
            --depth;
        else if (!quoted && depth == 0 && c == sep) {
            out.append(text.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    out.append(text.mid(start).trimmed());
    return out;
}

bool isDefaultsLine(const QString &line)
{
    if (!line.startsWith(u"Defaults"))
        return false;
    if (line.size() == 8)
        return true;
    const QChar next = line.at(8);
    return next.isSpace() || next == u':' || next == u'@' || next == u'>' || next == u'!';
}

bool isAliasLine(const QString &line)
{
    for (const char *alias : {"User_Alias", "Runas_Alias", "Host_Alias", "Cmnd_Alias", "Cmd_Alias"}) {
        const QString word = QString::fromLatin1(alias);
        if (line.startsWith(word) && line.size() > word.size() && line.at(word.size()).isSpace())
            return true;
    }
    return false;
}

// "Cmnd_Alias A = x, y : B = z" -> {A: [x, y], B: [z]}
void parseAlias(const QString &line, QHash<QString, QStringList> &commandAliases)
{
    const bool command = line.startsWith(u"Cmnd_Alias") || line.startsWith(u"Cmd_Alias");
    if (!command)
        return;
    const QString body = afterFields(line, 1);
    for (const QString &definition : splitTop(body, u':')) {
        const qsizetype eq = definition.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString name = definition.left(eq).trimmed();
        if (name.isEmpty() || name.size() > 64 || commandAliases.size() > 5000)
            continue;
        QStringList items;
        for (const QString &item : splitTop(definition.mid(eq + 1), u','))
            items.append(item.trimmed());
        commandAliases.insert(name, items);
    }
}

bool aliasHasAll(const QString &name, const QHash<QString, QStringList> &aliases, int depth)
{
    if (depth > 8)
        return false;
    const auto it = aliases.constFind(name);
    if (it == aliases.constEnd())
        return false;
    for (const QString &item : *it) {
        if (item == u"ALL" || (item != name && aliasHasAll(item, aliases, depth + 1)))
            return true;
    }
    return false;
}

bool isTag(const QString &word)
{
    static const QSet<QString> tags = {
        QStringLiteral("NOPASSWD"),     QStringLiteral("PASSWD"),      QStringLiteral("NOEXEC"),
        QStringLiteral("EXEC"),         QStringLiteral("SETENV"),      QStringLiteral("NOSETENV"),
        QStringLiteral("LOG_INPUT"),    QStringLiteral("NOLOG_INPUT"), QStringLiteral("LOG_OUTPUT"),
        QStringLiteral("NOLOG_OUTPUT"), QStringLiteral("MAIL"),        QStringLiteral("NOMAIL"),
        QStringLiteral("FOLLOW"),       QStringLiteral("NOFOLLOW"),    QStringLiteral("INTERCEPT"),
        QStringLiteral("NOINTERCEPT")};
    return tags.contains(word);
}

struct CommandSpecs
{
    bool nopasswd = false;
    bool allCommands = false;
};

// The part after "=": "(runas) TAG: TAG: cmnd, cmnd, (runas) TAG: cmnd". Tags carry over to later commands.
CommandSpecs parseCommands(const QString &text, const QHash<QString, QStringList> &aliases)
{
    CommandSpecs specs;
    bool nopasswd = false;
    for (QString item : splitTop(text, u',')) {
        item = item.trimmed();
        if (item.startsWith(u'(')) {
            const qsizetype close = item.indexOf(u')');
            item = close < 0 ? QString() : item.mid(close + 1).trimmed();
        }
        // Options (ROLE=, TYPE=, CWD=, CHROOT=, TIMEOUT=, NOTBEFORE=, NOTAFTER=, APPARMOR_PROFILE=) and tags.
        while (!item.isEmpty()) {
            const QString word = item.section(u' ', 0, 0);
            if (word.endsWith(u':') && isTag(word.chopped(1))) {
                if (word == u"NOPASSWD:")
                    nopasswd = true;
                else if (word == u"PASSWD:")
                    nopasswd = false;
                item = item.mid(word.size()).trimmed();
                continue;
            }
            const qsizetype colon = item.indexOf(u':');
            if (colon > 0 && colon < 20 && isTag(item.left(colon))) { // "NOPASSWD:ALL" without a blank
                if (item.left(colon) == u"NOPASSWD")
                    nopasswd = true;
                else if (item.left(colon) == u"PASSWD")
                    nopasswd = false;
                item = item.mid(colon + 1).trimmed();
                continue;
            }
            const qsizetype eq = word.indexOf(u'=');
            if (eq > 0 && word.left(eq).toUpper() == word.left(eq) && !word.startsWith(u'/')) {
                item = item.mid(word.size()).trimmed();
                continue;
            }
            static const QRegularExpression digest(QStringLiteral("^sha(224|256|384|512):\\S+$"));
            if (digest.match(word).hasMatch()) { // "sha256:base64 /path": a digest, then the command
                item = item.mid(word.size()).trimmed();
                continue;
            }
            break;
        }
        if (item.isEmpty())
            continue;
        specs.nopasswd = specs.nopasswd || nopasswd;
        const QString command = item.section(u' ', 0, 0);
        if (command == u"ALL" || aliasHasAll(command, aliases, 0))
            specs.allCommands = true;
    }
    return specs;
}

struct DefaultsState
{
    bool usePty = false;
    bool requiretty = false;
    std::optional<QString> logfile;
    bool syslog = true;
    bool authenticate = true;
};

// One Defaults parameter: "flag", "!flag", "name=value", "name+=value", "name = value".
void applyDefault(const QString &parameter, DefaultsState &state)
{
    QString name = parameter;
    QString value;
    bool negated = false;
    const qsizetype eq = parameter.indexOf(u'=');
    if (eq >= 0) {
        name = parameter.left(eq).trimmed();
        if (name.endsWith(u'+') || name.endsWith(u'-'))
            name.chop(1);
        value = parameter.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
    }
    name = name.trimmed();
    while (name.startsWith(u'!')) {
        negated = !negated;
        name = name.mid(1).trimmed();
    }
    if (name == u"use_pty")
        state.usePty = !negated;
    else if (name == u"requiretty")
        state.requiretty = !negated;
    else if (name == u"authenticate")
        state.authenticate = !negated;
    else if (name == u"syslog")
        state.syslog = !negated;
    else if (name == u"logfile")
        state.logfile = negated || value.isEmpty() ? std::nullopt : std::optional<QString>(value.left(4096));
}

} // namespace

QJsonObject parseContent(const QList<File> &files)
{
    QHash<QString, QStringList> aliases;
    DefaultsState state;
    QJsonArray defaults;
    QJsonArray scoped;
    QHash<QString, bool> scopedAuthenticate; // "Defaults:user !authenticate"
    struct PendingRule
    {
        QJsonObject rule;
        QString who;
        QString commands; // everything after the first '=', unclipped
    };
    QList<PendingRule> rules;
    bool rulesCut = false;

    for (const File &file : files) {
        const QList<LogicalLine> lines = logicalLines(file.text);
        for (const LogicalLine &line : lines) {
            if (isDefaultsLine(line.text)) {
                const QString scope = line.text.section(u' ', 0, 0).mid(8);
                const QStringList parameters = splitTop(afterFields(line.text, 1), u',');
                for (const QString &parameter : parameters) {
                    if (parameter.isEmpty())
                        continue;
                    if (scope.isEmpty()) {
                        if (defaults.size() < MaxDefaults)
                            defaults.append(parameter.left(1024));
                        applyDefault(parameter, state);
                    } else {
                        if (scoped.size() < MaxDefaults)
                            scoped.append(QJsonObject{{QStringLiteral("scope"), scope.left(256)},
                                                      {QStringLiteral("setting"), parameter.left(1024)}});
                        // sudo applies user Defaults after the global ones, whatever their order in the file.
                        QString setting = parameter.trimmed();
                        bool on = true;
                        while (setting.startsWith(u'!')) {
                            on = !on;
                            setting = setting.mid(1).trimmed();
                        }
                        if (scope.startsWith(u':') && setting == u"authenticate") {
                            for (const QString &who : scope.mid(1).split(u',', Qt::SkipEmptyParts))
                                scopedAuthenticate.insert(who.trimmed(), on);
                        }
                    }
                }
                continue;
            }
            if (isAliasLine(line.text)) {
                parseAlias(line.text, aliases);
                continue;
            }
            // User specification: "who host = commands". Users may be a comma list with blanks around commas.
            const qsizetype eq = line.text.indexOf(u'=');
            if (eq <= 0)
                continue;
            QString left = line.text.left(eq);
            left.replace(QStringLiteral(" ,"), QStringLiteral(","));
            left.replace(QStringLiteral(", "), QStringLiteral(","));
            const QStringList parts = fields(left);
            if (parts.size() < 2)
                continue;
            if (rules.size() >= MaxRules) {
                rulesCut = true;
                continue;
            }
            QJsonObject rule{{QStringLiteral("file"), file.path},
                             {QStringLiteral("line"), line.number},
                             {QStringLiteral("text"), line.text.left(1024)},
                             {QStringLiteral("who"), parts.at(0).left(256)},
                             {QStringLiteral("hosts"), parts.at(1).left(256)}};
            rules.append(PendingRule{rule, parts.at(0), line.text.mid(eq + 1)});
        }
    }

    // Commands are read once all aliases are known (sudo allows an alias to be used before it is defined).
    QJsonArray ruleArray;
    for (PendingRule &pending : rules) {
        const CommandSpecs specs = parseCommands(pending.commands, aliases);
        pending.rule.insert(QStringLiteral("nopasswd"), specs.nopasswd);
        pending.rule.insert(QStringLiteral("allCommands"), specs.allCommands);
        // Every user of the rule must be asked for a password for the rule to count as authenticating.
        bool authenticate = true;
        for (const QString &who : pending.who.split(u',', Qt::SkipEmptyParts))
            authenticate = authenticate && scopedAuthenticate.value(who, state.authenticate);
        pending.rule.insert(QStringLiteral("authenticate"), authenticate);
        ruleArray.append(pending.rule);
    }

    QJsonObject out{{QStringLiteral("rules"), ruleArray},
                    {QStringLiteral("defaults"), defaults},
                    {QStringLiteral("scopedDefaults"), scoped},
                    {QStringLiteral("usePty"), state.usePty},
                    {QStringLiteral("requiretty"), state.requiretty},
                    {QStringLiteral("syslog"), state.syslog},
                    {QStringLiteral("logfile"), state.logfile ? QJsonValue(*state.logfile) : QJsonValue::Null}};
    if (rulesCut)
        out.insert(QStringLiteral("rulesTruncated"), true);
    return out;
}

QJsonObject parse(const ProbeSections &sections)
{
    // The probe walks the include graph and prints, per file, "sudoers-stat:PATH" then "sudoers-file:PATH" (or
    // its .denied). "sudoers-done" marks the end of the walk.
    if (!sections.has("sudoers-done"))
        return {};
    QJsonArray fileArray;
    QList<File> files;
    QSet<QString> seen;
    bool readable = true;
    bool cut = false;
    const QByteArrayList stats = sections.namesWithPrefix("sudoers-stat:");
    for (const QByteArray &statName : stats) {
        const QByteArray path = statName.mid(13);
        const QString pathText = ProbeOutput::sanitize(path, 4096);
        if (seen.contains(pathText) || fileArray.size() >= 256)
            continue;
        seen.insert(pathText);
        QJsonObject entry{{QStringLiteral("path"), pathText}};
        if (sections.complete(statName)) {
            if (const auto stat = parseStat(sections.text(statName).trimmed(), false)) {
                entry.insert(QStringLiteral("mode"), modeString(stat->mode));
                entry.insert(QStringLiteral("owner"), stat->owner);
                entry.insert(QStringLiteral("group"), stat->group);
                entry.insert(QStringLiteral("worldWritable"), (stat->mode & 02) != 0);
                entry.insert(QStringLiteral("groupWritable"), (stat->mode & 020) != 0);
                entry.insert(QStringLiteral("size"), stat->size);
            }
        }
        const QByteArray fileName = "sudoers-file:" + path;
        if (sections.denied(fileName)) {
            entry.insert(QStringLiteral("readable"), false);
            readable = false;
        } else if (sections.readable(fileName)) {
            entry.insert(QStringLiteral("readable"), true);
            if (!sections.complete(fileName)) {
                entry.insert(QStringLiteral("truncated"), true);
                cut = true;
            }
            files.append(File{pathText, sections.text(fileName)});
        } else {
            readable = false; // the walk stopped here
        }
        fileArray.append(entry);
    }
    QJsonObject out{{QStringLiteral("files"), fileArray}, {QStringLiteral("readable"), readable}};
    if (!readable)
        return out; // what sudo would do depends on what we could not read
    const QJsonObject content = parseContent(files);
    for (auto it = content.constBegin(); it != content.constEnd(); ++it)
        out.insert(it.key(), it.value());
    if (cut)
        out.insert(QStringLiteral("rulesTruncated"), true);
    return out;
}

} // namespace Bulwark::Facts::SudoersParser
