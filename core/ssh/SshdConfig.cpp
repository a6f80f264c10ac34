// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ssh/SshdConfig.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Bulwark::Ssh {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Ssh::SshdConfig", text);
}

Error unreadable(const QString &path, int line, const QString &why)
{
    return Error(Error::Code::ParseError,
                 tr("Bulwark cannot read %1 with certainty, so it changes nothing there.").arg(path),
                 tr("line %1: %2").arg(line).arg(why));
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r';
}

bool isKeyword(const QString &word)
{
    if (word.isEmpty() || !word.at(0).isLetter())
        return false;
    for (QChar c : word) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return false;
    }
    return true;
}

// The arguments after the keyword; a QString error (the reason) when the line cannot be read with certainty.
std::variant<QStringList, QString> splitArguments(const QString &rest)
{
    QStringList out;
    qsizetype i = 0;
    while (true) {
        while (i < rest.size() && isSpace(rest.at(i)))
            ++i;
        if (i >= rest.size() || rest.at(i) == u'#')
            break;
        QString word;
        bool quoted = false;
        while (i < rest.size() && !isSpace(rest.at(i))) {
            const QChar c = rest.at(i);
            if (c == u'\\')
                return tr("a backslash");
            if (c == u'"' || c == u'\'') {
                const qsizetype close = rest.indexOf(c, i + 1);
                if (close < 0)
                    return tr("an unterminated quote");
                word += rest.mid(i + 1, close - i - 1);
                quoted = true;
                i = close + 1;
                continue;
            }
            word += c;
            ++i;
        }
        if (!word.isEmpty() || quoted)
            out << word;
    }
    return out;
}

bool isMarker(const QByteArray &line, const QByteArray &marker)
{
    return line.trimmed() == marker;
}

// glob(3) bracket class at pattern[p] == '['; returns the index after ']' or -1 when there is no ']'.
qsizetype matchClass(const QString &pattern, qsizetype p, QChar c, bool *matched)
{
    qsizetype i = p + 1;
    bool negate = false;
    if (i < pattern.size() && (pattern.at(i) == u'!' || pattern.at(i) == u'^')) {
        negate = true;
        ++i;
    }
    bool found = false;
    bool first = true;
    while (i < pattern.size() && (first || pattern.at(i) != u']')) {
        first = false;
        QChar low = pattern.at(i);
        QChar high = low;
        if (i + 2 < pattern.size() && pattern.at(i + 1) == u'-' && pattern.at(i + 2) != u']') {
            high = pattern.at(i + 2);
            i += 2;
        }
        if (c >= low && c <= high)
            found = true;
        ++i;
    }
    if (i >= pattern.size())
        return -1;
    *matched = found != negate;
    return i + 1;
}

bool globFrom(const QString &pattern, qsizetype p, const QString &text, qsizetype t)
{
    while (p < pattern.size()) {
        const QChar pc = pattern.at(p);
        if (pc == u'*') {
            while (p < pattern.size() && pattern.at(p) == u'*')
                ++p;
            for (qsizetype k = t; k <= text.size(); ++k) {
                if (globFrom(pattern, p, text, k))
                    return true;
                if (k < text.size() && text.at(k) == u'/')
                    return false;
            }
            return false;
        }
        if (t >= text.size())
            return false;
        if (pc == u'?') {
            if (text.at(t) == u'/')
                return false;
        } else if (pc == u'[') {
            bool matched = false;
            const qsizetype next = matchClass(pattern, p, text.at(t), &matched);
            if (next < 0) {
                if (text.at(t) != u'[')
                    return false;
            } else {
                if (!matched || text.at(t) == u'/')
                    return false;
                p = next;
                ++t;
                continue;
            }
        } else if (pc != text.at(t)) {
            return false;
        }
        ++p;
        ++t;
    }
    return t == text.size();
}

} // namespace

Result<SshdConfig> SshdConfig::parse(const QByteArray &text, const QString &path)
{
    SshdConfig config;
    config.m_path = path;
    config.m_text = text;
    if (text.contains('\0'))
        return unreadable(path, 1, tr("the file contains NUL bytes"));
    if (!text.isEmpty())
        config.m_lines = text.split('\n');
    if (text.endsWith('\n'))
        config.m_lines.removeLast();
    int lineNumber = 0;
    bool inBlock = false;
    for (const QByteArray &raw : std::as_const(config.m_lines)) {
        ++lineNumber;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder(raw);
        if (decoder.hasError())
            return unreadable(path, lineNumber, tr("text that is not UTF-8"));
        if (isMarker(raw, beginMarker())) {
            if (inBlock || config.m_blockBegin > 0)
                return unreadable(path, lineNumber, tr("a second \"# BEGIN Bulwark\""));
            if (config.m_firstMatchLine > 0)
                return unreadable(path, lineNumber, tr("the Bulwark block is inside a Match block"));
            inBlock = true;
            config.m_blockBegin = lineNumber;
            continue;
        }
        if (isMarker(raw, endMarker())) {
            if (!inBlock)
                return unreadable(path, lineNumber, tr("\"# END Bulwark\" without its BEGIN"));
            inBlock = false;
            config.m_blockEnd = lineNumber;
            continue;
        }
        qsizetype i = 0;
        while (i < line.size() && isSpace(line.at(i)))
            ++i;
        if (i >= line.size() || line.at(i) == u'#')
            continue;
        qsizetype end = i;
        while (end < line.size() && !isSpace(line.at(end)) && line.at(end) != u'=')
            ++end;
        const QString keyword = line.mid(i, end - i);
        if (!isKeyword(keyword))
            return unreadable(path, lineNumber, tr("\"%1\" is not a keyword").arg(keyword.left(40)));
        // One '=' may separate the keyword from its arguments, with whitespace around it.
        while (end < line.size() && isSpace(line.at(end)))
            ++end;
        if (end < line.size() && line.at(end) == u'=')
            ++end;
        auto split = splitArguments(line.mid(end));
        if (const QString *why = std::get_if<QString>(&split))
            return unreadable(path, lineNumber, *why);
        Directive directive;
        directive.line = lineNumber;
        directive.keyword = keyword.toLower();
        directive.spelling = keyword;
        directive.arguments = std::get<QStringList>(split);
        directive.managed = inBlock;
        if (directive.arguments.isEmpty())
            return unreadable(path, lineNumber, tr("%1 has no value").arg(keyword));
        if (directive.keyword == u"match") {
            if (inBlock)
                return unreadable(path, lineNumber, tr("a Match inside the Bulwark block"));
            config.m_firstMatchLine = config.m_firstMatchLine > 0 ? config.m_firstMatchLine : lineNumber;
            directive.matchLine = lineNumber;
            // Each Match starts a new block for what follows.
        } else if (config.m_firstMatchLine > 0) {
            // The Match this directive belongs to: the nearest one above.
            for (auto it = config.m_directives.crbegin(); it != config.m_directives.crend(); ++it) {
                if (it->keyword == u"match") {
                    directive.matchLine = it->line;
                    break;
                }
            }
        }
        config.m_directives.append(directive);
    }
    if (inBlock)
        return unreadable(path, config.m_blockBegin, tr("\"# BEGIN Bulwark\" without its END"));
    return config;
}

QList<SshdConfig::Directive> SshdConfig::blockDirectives() const
{
    QList<Directive> out;
    for (const Directive &directive : m_directives) {
        if (directive.managed)
            out << directive;
    }
    return out;
}

int SshdConfig::firstDirectiveLine() const
{
    return m_directives.isEmpty() ? 0 : m_directives.constFirst().line;
}

QByteArray SshdConfig::withBlock(const QByteArray &body) const
{
    QByteArray block;
    if (!body.isEmpty())
        block = beginMarker() + '\n' + body + endMarker() + '\n';
    QByteArray out;
    const bool finalNewline = m_text.endsWith('\n') || m_text.isEmpty();
    int insertBefore = hasBlock() ? m_blockBegin : firstDirectiveLine();
    if (insertBefore == 0)
        insertBefore = int(m_lines.size()) + 1;
    for (int number = 1; number <= m_lines.size() + 1; ++number) {
        if (number == insertBefore)
            out += block;
        if (number > m_lines.size())
            break;
        if (hasBlock() && number >= m_blockBegin && number <= m_blockEnd)
            continue;
        out += m_lines.at(number - 1);
        if (number < m_lines.size() || finalNewline)
            out += '\n';
    }
    return out;
}

QStringList SshdConfig::includePatterns(const Directive &include)
{
    QStringList out;
    for (const QString &argument : include.arguments)
        out << (argument.startsWith(u'/') || argument.startsWith(u'~') ? argument
                                                                       : QStringLiteral("/etc/ssh/") + argument);
    return out;
}

bool SshdConfig::globMatches(const QString &pattern, const QString &path)
{
    return globFrom(pattern, 0, path, 0);
}

} // namespace Bulwark::Ssh
