// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/LineEdits.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Tls {

// One Apache httpd configuration file (apache2.conf, a file in sites-available/, mods-available/ssl.conf, ...),
// parsed the way httpd's own reader (ap_cfg_getline, ap_getword_conf) reads it and kept line by line, so an edit
// changes only the lines it means to. A value type; pure.
//
// Syntax: one directive per logical line; a backslash as the very last character of a line joins the next one;
// a line whose first non-blank character is '#' is a comment (httpd has no comments after a directive); "<Name
// arguments>" opens a section and "</Name>" closes it; directive and section names are case-insensitive; arguments
// are words separated by blanks, a word may be "double" or 'single' quoted, and inside quotes a backslash escapes
// the quote and a backslash. "${NAME}" is a variable set by Define (or the environment) and substituted by httpd.
//
// Strict: parse() refuses what it cannot read with certainty rather than guessing: NUL bytes, text that is not
// UTF-8, unbalanced or mismatched sections, a section line that does not end in '>', an unterminated quote or text
// glued to a closing quote, a comment that ends in a backslash (httpd versions disagree on whether it continues), a
// continuation at the end of the file. The bodies of mod_macro <Macro> sections are not Apache syntax until
// expanded: they are kept opaque (a section without children, macro() says so), and a "Use" is not expanded.
// Variables are read as written; hasVariable() says where a value is not what the text shows.
class ApacheConfig
{
public:
    struct Directive
    {
        QString name;          // as written: "SSLProtocol", "VirtualHost" for a section
        QStringList arguments; // unquoted: "-all", "+TLSv1.2"; a section's: "*:443"
        int line = 0;          // 1-based first line
        int endLine = 0;       // last line of its continuation
        int parent = -1;       // index (in directives()) of the enclosing section; -1: the top level of the file
        bool section = false;  // <VirtualHost ...> ... </VirtualHost>
        int closeLine = 0;     // a section: the line of its "</Name>"
        bool variable = false; // "${" in the name or an argument
        bool macro = false;    // a <Macro> section: its body is not read
        bool is(const QString &other) const { return name.compare(other, Qt::CaseInsensitive) == 0; }
    };

    // A VirtualHost address ("*:443", "_default_:443", "[2001:db8::1]:443", "192.0.2.1", "*").
    struct Address
    {
        QString host; // "*", "_default_", "192.0.2.1", "[2001:db8::1]", "www.example.org"
        int port = 0; // 0: any port ("*" or none written)
    };

    // An edit by original line numbers (see LineEdits.h).
    using LineEdit = Tls::LineEdit;

    static Result<ApacheConfig> parse(const QByteArray &text, const QString &path);

    QString path() const { return m_path; }
    QByteArray text() const { return m_text; }
    int lineCount() const { return int(m_lines.size()); }
    QByteArray line(int number) const { return m_lines.value(number - 1); } // 1-based, without '\n'
    QByteArray indentOf(int number) const;                                  // leading spaces and tabs
    QList<Directive> directives() const { return m_directives; }
    const Directive &directive(int index) const { return m_directives.at(index); }
    // Indices of the directives directly inside `parent` (-1: the top level), in file order.
    QList<int> children(int parent) const;
    // Indices of the direct children of `parent` named `name` (case-insensitive).
    QList<int> find(int parent, const QString &name) const;
    // The innermost enclosing section named `name` of directive `index` (not itself); -1 when there is none.
    int enclosing(int index, const QString &name) const;
    // Every <VirtualHost> section (at the top level or inside conditional sections such as <IfModule>).
    QList<int> virtualHosts() const;
    // The VirtualHost section whose "<VirtualHost" is on `line`; -1 when there is none.
    int virtualHostAt(int line) const;
    // ServerName (without scheme and port) then every ServerAlias, lower-case, in file order.
    QStringList serverNames(int virtualHost) const;
    // The addresses of a VirtualHost; empty when one cannot be read (a variable, a bad port).
    QList<Address> addresses(int virtualHost) const;
    // "SSLEngine on" directly in the VirtualHost.
    bool isTlsSite(int virtualHost) const;

    static std::optional<Address> readAddress(const QString &text);
    // A directive as httpd reads it back: name, arguments quoted where they need it. Empty when an argument cannot
    // be written with certainty (a quote, a backslash, a line break, "${" or an empty name).
    static QByteArray render(const QString &name, const QStringList &arguments);

    // The text with the edits made; Error when they overlap or name lines that do not exist.
    Result<QByteArray> withEdits(QList<LineEdit> edits) const;

private:
    QString m_path;
    QByteArray m_text;
    QList<QByteArray> m_lines;
    QList<Directive> m_directives;
};

} // namespace Bulwark::Tls
