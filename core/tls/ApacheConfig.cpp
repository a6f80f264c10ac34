// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/ApacheConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace Bulwark::Tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Tls::ApacheConfig", text);
}

Error unreadable(const QString &path, int line, const QString &why)
{
    return Error(Error::Code::ParseError,
                 tr("Bulwark cannot read %1 with certainty, so it changes nothing there.").arg(path),
                 tr("line %1: %2").arg(line).arg(why));
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
}

// httpd's substring_conf(): a backslash before a backslash (or before the quote inside quotes) is dropped.
QString unescape(QStringView text, QChar quote)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size() &&
            (text.at(i + 1) == u'\\' || (!quote.isNull() && text.at(i + 1) == quote)))
            ++i;
        out += text.at(i);
    }
    return out;
}

// httpd's ap_getword_conf() over a whole line, strictly: an unterminated quote or text glued to a closing quote is
// refused (httpd would silently start a new word).
std::optional<QStringList> words(QStringView text, QString *why)
{
    QStringList out;
    qsizetype i = 0;
    while (true) {
        while (i < text.size() && isBlank(text.at(i)))
            ++i;
        if (i >= text.size())
            return out;
        const QChar quote = text.at(i);
        if (quote == u'"' || quote == u'\'') {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != quote) {
                if (text.at(end) == u'\\' && end + 1 < text.size() &&
                    (text.at(end + 1) == quote || text.at(end + 1) == u'\\'))
                    end += 2;
                else
                    ++end;
            }
            if (end >= text.size()) {
                *why = tr("an unterminated quote");
                return std::nullopt;
            }
            out << unescape(text.mid(i + 1, end - i - 1), quote);
            i = end + 1;
            if (i < text.size() && !isBlank(text.at(i))) {
                *why = tr("text right after a closing quote");
                return std::nullopt;
            }
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !isBlank(text.at(end)))
            ++end;
        out << unescape(text.mid(i, end - i), QChar());
        i = end;
    }
}

bool hasVariable(const QString &text)
{
    return text.contains(QLatin1String("${"));
}

} // namespace

Result<ApacheConfig> ApacheConfig::parse(const QByteArray &text, const QString &path)
{
    ApacheConfig config;
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
    QStringList physical;
    for (const QByteArray &line : std::as_const(config.m_lines)) {
        QString decoded = QString::fromUtf8(line);
        if (decoded.endsWith(u'\r'))
            decoded.chop(1);
        physical << decoded;
    }

    QList<int> stack; // open sections
    for (int number = 1; number <= physical.size(); ++number) {
        const int first = number;
        QString logical = physical.at(number - 1);
        // Continuations: the backslash must be the line's last character.
        while (logical.endsWith(u'\\')) {
            if (logical.trimmed().startsWith(u'#'))
                return unreadable(path, number, tr("a comment that ends in a backslash"));
            if (number >= physical.size())
                return unreadable(path, number, tr("a backslash at the end of the file"));
            logical.chop(1);
            const QString next = physical.at(number);
            if (!logical.isEmpty() && !isBlank(logical.back()) && !next.isEmpty() && !isBlank(next.front()))
                return unreadable(path, number, tr("a continuation that joins two words"));
            logical += next;
            ++number;
        }
        const QString trimmed = logical.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;

        if (trimmed.startsWith(QLatin1String("</"))) {
            if (!trimmed.endsWith(u'>'))
                return unreadable(path, first, tr("a section end without its '>'"));
            const QString name = trimmed.mid(2, trimmed.size() - 3).trimmed();
            if (stack.isEmpty())
                return unreadable(path, first, tr("\"</%1>\" without its start").arg(name.left(40)));
            Directive &open = config.m_directives[stack.constLast()];
            if (!open.is(name))
                return unreadable(path, first, tr("\"</%1>\" closes <%2>").arg(name.left(40), open.name));
            open.closeLine = number;
            stack.removeLast();
            continue;
        }

        Directive directive;
        directive.line = first;
        directive.endLine = number;
        directive.parent = stack.isEmpty() ? -1 : stack.constLast();
        QString why;
        if (trimmed.startsWith(u'<')) {
            if (!trimmed.endsWith(u'>'))
                return unreadable(path, first, tr("a section line that does not end in '>'"));
            const QString inner = trimmed.mid(1, trimmed.size() - 2);
            qsizetype space = 0;
            while (space < inner.size() && !isBlank(inner.at(space)))
                ++space;
            directive.name = inner.left(space);
            const auto arguments = words(QStringView(inner).mid(space), &why);
            if (!arguments)
                return unreadable(path, first, why);
            directive.arguments = *arguments;
            directive.section = true;
        } else {
            const auto tokens = words(trimmed, &why);
            if (!tokens || tokens->isEmpty())
                return unreadable(path, first, why);
            directive.name = tokens->constFirst();
            directive.arguments = tokens->mid(1);
        }
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_${}.-]+$"));
        if (!name.match(directive.name).hasMatch())
            return unreadable(path, first, tr("the directive name \"%1\"").arg(directive.name.left(40)));
        directive.variable = hasVariable(directive.name) ||
                             std::any_of(directive.arguments.cbegin(), directive.arguments.cend(), hasVariable);
        config.m_directives.append(directive);
        if (!directive.section)
            continue;
        const int index = int(config.m_directives.size()) - 1;
        if (directive.is(QStringLiteral("Macro"))) {
            // The body is not read: it becomes Apache syntax only when a Use expands it.
            config.m_directives[index].macro = true;
            bool closed = false;
            while (number < physical.size()) {
                ++number;
                if (physical.at(number - 1).trimmed().compare(QLatin1String("</Macro>"), Qt::CaseInsensitive) == 0) {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                return unreadable(path, first, tr("a <Macro> without its \"</Macro>\""));
            config.m_directives[index].closeLine = number;
            continue;
        }
        stack.append(index);
    }
    if (!stack.isEmpty()) {
        const Directive &open = config.m_directives.at(stack.constLast());
        return unreadable(path, open.line, tr("<%1> without its \"</%1>\"").arg(open.name));
    }
    return config;
}

QByteArray ApacheConfig::indentOf(int number) const
{
    const QByteArray text = line(number);
    qsizetype n = 0;
    while (n < text.size() && (text.at(n) == ' ' || text.at(n) == '\t'))
        ++n;
    return text.left(n);
}

QList<int> ApacheConfig::children(int parent) const
{
    QList<int> out;
    for (int d = 0; d < m_directives.size(); ++d) {
        if (m_directives.at(d).parent == parent)
            out << d;
    }
    return out;
}

QList<int> ApacheConfig::find(int parent, const QString &name) const
{
    QList<int> out;
    for (int d : children(parent)) {
        if (m_directives.at(d).is(name))
            out << d;
    }
    return out;
}

int ApacheConfig::enclosing(int index, const QString &name) const
{
    for (int p = m_directives.at(index).parent; p >= 0; p = m_directives.at(p).parent) {
        if (m_directives.at(p).is(name))
            return p;
    }
    return -1;
}

QList<int> ApacheConfig::virtualHosts() const
{
    QList<int> out;
    for (int d = 0; d < m_directives.size(); ++d) {
        const Directive &directive = m_directives.at(d);
        if (!directive.section || !directive.is(QStringLiteral("VirtualHost")))
            continue;
        // Only inside conditional sections: a VirtualHost anywhere else is an error httpd reports.
        bool conditional = true;
        for (int p = directive.parent; p >= 0 && conditional; p = m_directives.at(p).parent)
            conditional = m_directives.at(p).name.startsWith(QLatin1String("If"), Qt::CaseInsensitive);
        if (conditional)
            out << d;
    }
    return out;
}

int ApacheConfig::virtualHostAt(int line) const
{
    for (int d : virtualHosts()) {
        if (m_directives.at(d).line == line)
            return d;
    }
    return -1;
}

QStringList ApacheConfig::serverNames(int virtualHost) const
{
    QStringList out;
    for (int d : children(virtualHost)) {
        const Directive &directive = m_directives.at(d);
        if (directive.is(QStringLiteral("ServerName")) && !directive.arguments.isEmpty()) {
            // "[scheme://]name[:port]"
            QString name = directive.arguments.constFirst();
            const qsizetype scheme = name.indexOf(QLatin1String("://"));
            if (scheme >= 0)
                name = name.mid(scheme + 3);
            if (!name.startsWith(u'[') && name.contains(u':'))
                name = name.left(name.indexOf(u':'));
            out.prepend(name.toLower());
        } else if (directive.is(QStringLiteral("ServerAlias"))) {
            for (const QString &alias : directive.arguments)
                out << alias.toLower();
        }
    }
    out.removeDuplicates();
    return out;
}

QList<ApacheConfig::Address> ApacheConfig::addresses(int virtualHost) const
{
    QList<Address> out;
    const Directive &directive = m_directives.at(virtualHost);
    if (directive.variable)
        return {};
    for (const QString &text : directive.arguments) {
        const auto address = readAddress(text);
        if (!address)
            return {};
        out << *address;
    }
    return out;
}

bool ApacheConfig::isTlsSite(int virtualHost) const
{
    const QList<int> engines = find(virtualHost, QStringLiteral("SSLEngine"));
    return std::any_of(engines.cbegin(), engines.cend(), [&](int d) {
        return m_directives.at(d).arguments.value(0).compare(QLatin1String("on"), Qt::CaseInsensitive) == 0;
    });
}

std::optional<ApacheConfig::Address> ApacheConfig::readAddress(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    Address out;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        out.host = text.left(close + 1);
        if (close + 1 < text.size()) {
            if (text.at(close + 1) != u':')
                return std::nullopt;
            port = text.mid(close + 2);
        }
    } else {
        const qsizetype colon = text.indexOf(u':');
        out.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0)
            port = text.mid(colon + 1);
    }
    if (out.host.isEmpty() || out.host.contains(QLatin1String("${")))
        return std::nullopt;
    if (!port.isEmpty() && port != u"*") {
        if (!digits.match(port).hasMatch() || port.toInt() > 65535)
            return std::nullopt;
        out.port = port.toInt();
    }
    return out;
}

QByteArray ApacheConfig::render(const QString &name, const QStringList &arguments)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    if (!plainName.match(name).hasMatch())
        return {};
    QByteArray out = name.toUtf8();
    for (const QString &argument : arguments) {
        if (argument.contains(u'"') || argument.contains(u'\'') || argument.contains(u'\\') ||
            argument.contains(u'\n') || argument.contains(u'\r') || argument.contains(QLatin1String("${")))
            return {};
        const bool plain = !argument.isEmpty() && std::none_of(argument.cbegin(), argument.cend(), isBlank);
        if (plain)
            out += ' ' + argument.toUtf8();
        else
            out += " \"" + argument.toUtf8() + '"';
    }
    return out;
}

Result<QByteArray> ApacheConfig::withEdits(QList<LineEdit> edits) const
{
    // Lines keep the file's line ends: CRLF when its first line has one.
    const bool crlf = !m_lines.isEmpty() && m_lines.constFirst().endsWith('\r');
    return applyLineEdits(m_text, m_lines, std::move(edits), m_path, crlf ? QByteArray("\r") : QByteArray());
}

} // namespace Bulwark::Tls
