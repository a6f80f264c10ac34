// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/NginxConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>

namespace Bulwark::Tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Tls::NginxConfig", text);
}

Error unreadable(const QString &path, int line, const QString &why)
{
    return Error(Error::Code::ParseError,
                 tr("Bulwark cannot read %1 with certainty, so it changes nothing there.").arg(path),
                 tr("line %1: %2").arg(line).arg(why));
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

// The owner marks of a line: directive index d for its name, arguments and ';' or '{'; -(d + 2) for its '}'.
using Owners = QList<QSet<int>>;

} // namespace

Result<NginxConfig> NginxConfig::parse(const QByteArray &text, const QString &path)
{
    NginxConfig config;
    config.m_path = path;
    config.m_text = text;
    if (text.contains('\0'))
        return unreadable(path, 1, tr("the file contains NUL bytes"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString all = decoder(text);
    if (decoder.hasError())
        return unreadable(path, 1, tr("text that is not UTF-8"));
    if (!text.isEmpty())
        config.m_lines = text.split('\n');
    if (text.endsWith('\n'))
        config.m_lines.removeLast();
    Owners owners(config.m_lines.size() + 1);

    QList<int> stack; // open blocks
    int current = -1; // the directive whose tokens are being read
    int lineNumber = 1;
    qsizetype i = 0;
    auto mark = [&](int owner) {
        if (lineNumber - 1 < owners.size())
            owners[lineNumber - 1].insert(owner);
    };
    auto startDirective = [&]() {
        Directive directive;
        directive.line = lineNumber;
        directive.parent = stack.isEmpty() ? -1 : stack.constLast();
        config.m_directives.append(directive);
        current = int(config.m_directives.size()) - 1;
    };
    while (i < all.size()) {
        const QChar c = all.at(i);
        if (c == u'\n') {
            ++lineNumber;
            ++i;
            continue;
        }
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == u'#') {
            while (i < all.size() && all.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u';' || c == u'{') {
            if (current < 0)
                return unreadable(path, lineNumber,
                                  c == u';' ? tr("a ';' without a directive") : tr("a block without a name"));
            Directive &directive = config.m_directives[current];
            directive.endLine = lineNumber;
            mark(current);
            if (c == u'{') {
                if (directive.name.endsWith(QLatin1String("_lua_block")))
                    return unreadable(path, lineNumber, tr("a Lua block (%1)").arg(directive.name));
                directive.block = true;
                stack.append(current);
            }
            current = -1;
            ++i;
            continue;
        }
        if (c == u'}') {
            if (current >= 0)
                return unreadable(path, lineNumber, tr("a directive without its ';'"));
            if (stack.isEmpty())
                return unreadable(path, lineNumber, tr("a '}' without its '{'"));
            const int block = stack.takeLast();
            config.m_directives[block].closeLine = lineNumber;
            mark(-(block + 2));
            ++i;
            continue;
        }
        // A token.
        if (current < 0)
            startDirective();
        mark(current);
        QString word;
        if (c == u'"' || c == u'\'') {
            const QChar quote = c;
            ++i;
            bool closed = false;
            while (i < all.size()) {
                const QChar q = all.at(i);
                if (q == u'\n') {
                    ++lineNumber;
                    mark(current);
                }
                if (q == u'\\' && i + 1 < all.size()) {
                    const QChar next = all.at(i + 1);
                    if (next == u'"' || next == u'\'' || next == u'\\')
                        word += next;
                    else if (next == u't')
                        word += u'\t';
                    else if (next == u'r')
                        word += u'\r';
                    else if (next == u'n')
                        word += u'\n';
                    else {
                        if (next == u'\n')
                            return unreadable(path, lineNumber, tr("a backslash at the end of a line"));
                        word += q;
                        word += next;
                    }
                    i += 2;
                    continue;
                }
                if (q == quote) {
                    closed = true;
                    ++i;
                    break;
                }
                word += q;
                ++i;
            }
            if (!closed)
                return unreadable(path, lineNumber, tr("an unterminated quote"));
            if (i < all.size() && !isSpace(all.at(i)) && all.at(i) != u';' && all.at(i) != u'{')
                return unreadable(path, lineNumber, tr("text right after a closing quote"));
        } else {
            while (i < all.size()) {
                const QChar w = all.at(i);
                if (isSpace(w) || w == u';')
                    break;
                if (w == u'{') {
                    if (!word.endsWith(u'$'))
                        break;
                    // "${name}": a variable, part of the token.
                    const qsizetype close = all.indexOf(u'}', i);
                    const qsizetype newline = all.indexOf(u'\n', i);
                    if (close < 0 || (newline >= 0 && newline < close))
                        return unreadable(path, lineNumber, tr("an unterminated \"${\""));
                    word += all.mid(i, close - i + 1);
                    i = close + 1;
                    continue;
                }
                if (w == u'}')
                    return unreadable(path, lineNumber, tr("a '}' inside \"%1\"").arg(word.left(40)));
                if (w == u'"' || w == u'\'')
                    return unreadable(path, lineNumber, tr("a quote inside \"%1\"").arg(word.left(40)));
                if (w == u'\\') {
                    if (i + 1 >= all.size() || all.at(i + 1) == u'\n')
                        return unreadable(path, lineNumber, tr("a backslash at the end of a line"));
                    const QChar next = all.at(i + 1);
                    if (next == u'"' || next == u'\'' || next == u'\\')
                        word += next;
                    else if (next == u't')
                        word += u'\t';
                    else if (next == u'r')
                        word += u'\r';
                    else if (next == u'n')
                        word += u'\n';
                    else {
                        word += w;
                        word += next;
                    }
                    i += 2;
                    continue;
                }
                word += w;
                ++i;
            }
        }
        Directive &directive = config.m_directives[current];
        if (!directive.name.isEmpty())
            directive.arguments.append(word);
        else if (word.isEmpty())
            return unreadable(path, lineNumber, tr("an empty directive name"));
        else
            directive.name = word;
    }
    if (current >= 0)
        return unreadable(path, config.m_directives.at(current).line, tr("a directive without its ';'"));
    if (!stack.isEmpty())
        return unreadable(path, config.m_directives.at(stack.constLast()).line, tr("a block without its '}'"));

    for (int d = 0; d < config.m_directives.size(); ++d) {
        Directive &directive = config.m_directives[d];
        bool alone = true;
        for (int l = directive.line; l <= directive.endLine && alone; ++l)
            alone = owners.at(l - 1) == QSet<int>{d};
        if (directive.block && alone)
            alone = owners.at(directive.closeLine - 1) == QSet<int>{-(d + 2)};
        directive.alone = alone;
    }
    return config;
}

QByteArray NginxConfig::indentOf(int number) const
{
    const QByteArray text = line(number);
    qsizetype n = 0;
    while (n < text.size() && (text.at(n) == ' ' || text.at(n) == '\t'))
        ++n;
    return text.left(n);
}

QList<int> NginxConfig::children(int parent) const
{
    QList<int> out;
    for (int d = 0; d < m_directives.size(); ++d) {
        if (m_directives.at(d).parent == parent)
            out << d;
    }
    return out;
}

QList<int> NginxConfig::find(int parent, const QString &name) const
{
    QList<int> out;
    for (int d : children(parent)) {
        if (m_directives.at(d).name == name)
            out << d;
    }
    return out;
}

QList<int> NginxConfig::servers() const
{
    QList<int> out;
    for (int d = 0; d < m_directives.size(); ++d) {
        const Directive &directive = m_directives.at(d);
        if (directive.block && directive.name == u"server" && directive.arguments.isEmpty() &&
            (directive.parent < 0 || m_directives.at(directive.parent).name == u"http"))
            out << d;
    }
    return out;
}

int NginxConfig::serverAt(int line) const
{
    for (int d : servers()) {
        if (m_directives.at(d).line == line)
            return d;
    }
    return -1;
}

QStringList NginxConfig::serverNames(int server) const
{
    QStringList out;
    for (int d : find(server, QStringLiteral("server_name")))
        out << m_directives.at(d).arguments;
    return out;
}

QList<NginxConfig::Listen> NginxConfig::listens(int server) const
{
    QList<Listen> out;
    for (int d : find(server, QStringLiteral("listen"))) {
        if (auto listen = readListen(m_directives.at(d)))
            out << *listen;
    }
    return out;
}

bool NginxConfig::isTlsSite(int server) const
{
    const QList<Listen> all = listens(server);
    return std::any_of(all.cbegin(), all.cend(), [](const Listen &listen) { return listen.ssl || listen.quic; });
}

std::optional<NginxConfig::Listen> NginxConfig::readListen(const Directive &listen)
{
    if (listen.name != u"listen" || listen.arguments.isEmpty())
        return std::nullopt;
    Listen out;
    const QString where = listen.arguments.constFirst();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (where.startsWith(QLatin1String("unix:"))) {
        out.address = where;
        out.port = 0;
    } else if (digits.match(where).hasMatch()) {
        out.port = where.toInt();
    } else {
        qsizetype colon = where.lastIndexOf(u':');
        if (where.startsWith(u'[')) {
            const qsizetype close = where.indexOf(u']');
            if (close < 0)
                return std::nullopt;
            out.ipv6 = true;
            colon = close + 1 < where.size() && where.at(close + 1) == u':' ? close + 1 : -1;
            out.address = where.left(close + 1);
        } else {
            out.address = colon >= 0 ? where.left(colon) : where;
        }
        if (colon >= 0) {
            const QString port = where.mid(colon + 1);
            if (!digits.match(port).hasMatch())
                return std::nullopt;
            out.port = port.toInt();
        }
    }
    if (out.port > 65535)
        return std::nullopt;
    for (qsizetype a = 1; a < listen.arguments.size(); ++a) {
        const QString &parameter = listen.arguments.at(a);
        if (parameter == u"ssl")
            out.ssl = true;
        else if (parameter == u"quic")
            out.quic = true;
    }
    return out;
}

QByteArray NginxConfig::render(const QString &name, const QStringList &arguments)
{
    QByteArray out = name.toUtf8();
    for (const QString &argument : arguments) {
        const bool plain = !argument.isEmpty() && std::none_of(argument.cbegin(), argument.cend(), [](QChar c) {
            return isSpace(c) || c == u';' || c == u'{' || c == u'}' || c == u'"' || c == u'\'' || c == u'#' ||
                   c == u'\\';
        });
        if (plain) {
            out += ' ' + argument.toUtf8();
            continue;
        }
        if (argument.contains(u'"') || argument.contains(u'\\') || argument.contains(u'\n'))
            return {};
        out += " \"" + argument.toUtf8() + '"';
    }
    return out + ';';
}

Result<QByteArray> NginxConfig::withEdits(QList<LineEdit> edits) const
{
    return applyLineEdits(m_text, m_lines, std::move(edits), m_path);
}

} // namespace Bulwark::Tls
