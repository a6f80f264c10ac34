// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/SshConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Bulwark::Transport {

namespace {

constexpr int MaxIncludeDepth = 16;
constexpr qint64 MaxConfigBytes = 4 * 1024 * 1024;

// Splits a config line into words: whitespace separated, "double quotes" group, the keyword may end in '='.
QStringList splitWords(const QString &line)
{
    QStringList words;
    QString current;
    bool inQuotes = false;
    bool hasWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
            hasWord = true;
        } else if (!inQuotes && (c.isSpace() || (c == u'=' && words.isEmpty()))) {
            if (hasWord) {
                words.append(current);
                current.clear();
                hasWord = false;
            }
        } else {
            current += c;
            hasWord = true;
        }
    }
    if (hasWord)
        words.append(current);
    return words;
}

bool globMatch(QStringView pattern, QStringView text)
{
    // Iterative wildcard match with backtracking on the last '*'; case-insensitive like OpenSSH host matching.
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p].toLower() == text[t].toLower())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

QString expandTokens(QString value, const SshTarget &target)
{
    if (value.startsWith(QStringLiteral("~/")))
        value = QDir::homePath() + value.mid(1);
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'%' || i + 1 >= value.size()) {
            out += value[i];
            continue;
        }
        const QChar token = value[++i];
        switch (token.unicode()) {
        case '%':
            out += u'%';
            break;
        case 'd':
            out += QDir::homePath();
            break;
        case 'h':
            out += target.hostName;
            break;
        case 'n':
            out += target.alias;
            break;
        case 'p':
            out += QString::number(target.effectivePort());
            break;
        case 'r':
            out += target.effectiveUser();
            break;
        case 'u':
            out += qEnvironmentVariable("USER");
            break;
        default:
            out += u'%';
            out += token;
            break;
        }
    }
    return out;
}

} // namespace

bool SshConfig::hostMatches(const QString &host, const QStringList &patterns)
{
    bool matched = false;
    for (const QString &pattern : patterns) {
        if (pattern.startsWith(u'!')) {
            if (globMatch(QStringView(pattern).mid(1), host))
                return false;
        } else if (globMatch(pattern, host)) {
            matched = true;
        }
    }
    return matched;
}

SshConfig SshConfig::parse(const QByteArray &text, const QString &baseFile, const QString &includeDir)
{
    SshConfig config;
    config.m_blocks.append(Block{});
    config.parseInto(text, baseFile, includeDir, 0);
    return config;
}

void SshConfig::parseInto(const QByteArray &text, const QString &file, const QString &includeDir, int depth)
{
    const QString source = QString::fromUtf8(text);
    const QStringList lines = source.split(u'\n');
    for (int index = 0; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList words = splitWords(line);
        if (words.isEmpty())
            continue;
        const QString keyword = words.takeFirst().toLower();
        const auto where = [&] {
            return QStringLiteral("%1:%2").arg(file.isEmpty() ? QStringLiteral("config") : file).arg(index + 1);
        };

        if (keyword == u"host") {
            m_blocks.append(Block{words, false, {}});
        } else if (keyword == u"match") {
            m_blocks.append(Block{words, true, {}});
            m_warnings.append(QCoreApplication::translate("SshConfig", "%1: Match blocks are not evaluated; their "
                                                                       "settings are ignored.")
                                  .arg(where()));
        } else if (keyword == u"include") {
            if (depth >= MaxIncludeDepth) {
                m_warnings.append(
                    QCoreApplication::translate("SshConfig", "%1: Include nested too deeply; ignored.").arg(where()));
                continue;
            }
            for (QString pattern : std::as_const(words)) {
                if (pattern.startsWith(QStringLiteral("~/")))
                    pattern = QDir::homePath() + pattern.mid(1);
                else if (QFileInfo(pattern).isRelative())
                    pattern = (includeDir.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : includeDir) + u'/' +
                              pattern;
                const QFileInfo info(pattern);
                QDir dir = info.dir();
                const QStringList names = dir.entryList({info.fileName()}, QDir::Files | QDir::Readable, QDir::Name);
                const QStringList patternsHere = m_blocks.constLast().patterns;
                const bool matchHere = m_blocks.constLast().isMatch;
                for (const QString &name : names) {
                    QFile included(dir.filePath(name));
                    if (!included.open(QIODevice::ReadOnly) || included.size() > MaxConfigBytes)
                        continue;
                    // Lines before the first Host of the included file belong to the enclosing block.
                    m_blocks.append(Block{patternsHere, matchHere, {}});
                    parseInto(included.readAll(), included.fileName(), includeDir, depth + 1);
                    // Whatever follows the Include belongs to the enclosing block again.
                    m_blocks.append(Block{patternsHere, matchHere, {}});
                }
            }
        } else {
            m_blocks.last().entries.append(Entry{keyword, words.join(u' '), file, index + 1});
        }
    }
}

void SshConfig::append(const SshConfig &other)
{
    m_blocks.append(other.m_blocks);
    m_warnings.append(other.m_warnings);
}

SshConfig SshConfig::loadDefault()
{
    SshConfig config;
    config.m_blocks.append(Block{});
    const QString userDir = QDir::homePath() + QStringLiteral("/.ssh");
    using Source = std::pair<QString, QString>; // file, directory its relative Includes resolve against
    const Source sources[] = {{userDir + QStringLiteral("/config"), userDir},
                              {QStringLiteral("/etc/ssh/ssh_config"), QStringLiteral("/etc/ssh")}};
    for (const auto &[path, dir] : sources) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > MaxConfigBytes)
            continue;
        config.m_blocks.append(Block{});
        config.parseInto(file.readAll(), path, dir, 0);
    }
    return config;
}

SshTarget SshConfig::resolve(SshTarget target) const
{
    if (target.alias.isEmpty())
        target.alias = target.hostName;
    QString hostName, user, proxyJump, knownHosts;
    int port = 0, timeout = 0;
    QStringList identities;
    bool identitiesOnly = false, identitiesOnlySet = false;

    for (const Block &block : m_blocks) {
        if (block.isMatch)
            continue;
        if (!block.patterns.isEmpty() && !hostMatches(target.alias, block.patterns))
            continue;
        for (const Entry &entry : block.entries) {
            const QString &k = entry.keyword;
            if (k == u"hostname" && hostName.isEmpty())
                hostName = entry.value;
            else if (k == u"port" && port == 0)
                port = entry.value.toInt();
            else if (k == u"user" && user.isEmpty())
                user = entry.value;
            else if (k == u"identityfile")
                identities.append(entry.value);
            else if (k == u"proxyjump" && proxyJump.isEmpty())
                proxyJump = entry.value;
            else if (k == u"userknownhostsfile" && knownHosts.isEmpty())
                knownHosts = entry.value.section(u' ', 0, 0);
            else if (k == u"connecttimeout" && timeout == 0)
                timeout = entry.value.toInt();
            else if (k == u"identitiesonly" && !identitiesOnlySet) {
                identitiesOnlySet = true;
                identitiesOnly = entry.value.compare(u"yes", Qt::CaseInsensitive) == 0;
            }
        }
    }

    if (!hostName.isEmpty() && target.hostName == target.alias)
        target.hostName = expandTokens(hostName, target);
    if (target.port == 0 && port > 0 && port <= 65535)
        target.port = quint16(port);
    if (target.user.isEmpty())
        target.user = user;
    if (target.proxyJump.isEmpty() && proxyJump.compare(u"none", Qt::CaseInsensitive) != 0)
        target.proxyJump = proxyJump;
    if (target.knownHostsFile.isEmpty() && !knownHosts.isEmpty() && knownHosts != u"none")
        target.knownHostsFile = expandTokens(knownHosts, target);
    if (timeout > 0)
        target.connectTimeout = std::chrono::seconds(timeout);
    for (const QString &identity : std::as_const(identities)) {
        const QString path = expandTokens(identity, target);
        if (!target.identityFiles.contains(path))
            target.identityFiles.append(path);
    }
    if (identitiesOnly)
        target.useAgent = false;
    return target;
}

} // namespace Bulwark::Transport
