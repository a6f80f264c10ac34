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

// One nginx configuration file (nginx.conf, a file in sites-enabled/ or conf.d/), parsed the way nginx's own lexer
// (ngx_conf_read_token) reads it and kept line by line, so an edit changes only the lines it means to. A value
// type; pure.
//
// Syntax: tokens separated by whitespace; ';' ends a directive, '{' opens a block, '}' closes it; '#' at the start
// of a token starts a comment; "double" or 'single' quoted tokens; a backslash escapes the next character ("\"",
// "\'", "\\", "\t", "\r", "\n" are unescaped, any other pair stays as written, as in nginx); "${name}" is a variable.
//
// Strict: parse() refuses what it cannot read with certainty rather than guessing: NUL bytes, text that is not
// UTF-8, unbalanced braces, a directive without its ';', a quote inside a token or text glued to a closing quote, a
// '}' inside a token, a block without a name, and Lua blocks (*_by_lua_block), whose bodies are not nginx syntax.
class NginxConfig
{
public:
    struct Directive
    {
        QString name;          // as written (nginx names are case-sensitive): "ssl_protocols"
        QStringList arguments; // unquoted and unescaped
        int line = 0;          // 1-based line of the name
        int endLine = 0;       // line of its ';' or '{'
        int parent = -1;       // index (in directives()) of the enclosing block; -1: the top level of the file
        bool block = false;    // "server { ... }"
        int closeLine = 0;     // a block: the line of its '}'
        // Nothing else (but whitespace and a trailing comment) shares its lines: lines line..endLine, and for a block
        // also its '}' line, can be replaced without touching another directive.
        bool alone = false;
    };

    // One "listen" directive, read.
    struct Listen
    {
        QString address; // "" (all), "[::]", "127.0.0.1", "unix:/run/x.sock"
        int port = 80;   // 0 for a unix socket
        bool ssl = false;
        bool quic = false;
        bool ipv6 = false;
    };

    // An edit by original line numbers (see LineEdits.h).
    using LineEdit = Tls::LineEdit;

    static Result<NginxConfig> parse(const QByteArray &text, const QString &path);

    QString path() const { return m_path; }
    QByteArray text() const { return m_text; }
    int lineCount() const { return int(m_lines.size()); }
    QByteArray line(int number) const { return m_lines.value(number - 1); } // 1-based, without '\n'
    QByteArray indentOf(int number) const;                                  // leading spaces and tabs
    QList<Directive> directives() const { return m_directives; }
    const Directive &directive(int index) const { return m_directives.at(index); }
    // Indices of the directives directly inside `parent` (-1: the top level), in file order.
    QList<int> children(int parent) const;
    // Indices of the direct children of `parent` named `name`.
    QList<int> find(int parent, const QString &name) const;
    // Indices of every "server" block (inside "http" or at the top level of an included file).
    QList<int> servers() const;
    // The server block whose "server" word is on `line`; -1 when there is none.
    int serverAt(int line) const;
    // The names of server_name directives in the block.
    QStringList serverNames(int server) const;
    QList<Listen> listens(int server) const;
    // A TLS site: a server block with a "listen ... ssl" (or quic).
    bool isTlsSite(int server) const;

    static std::optional<Listen> readListen(const Directive &listen);
    // A directive as nginx reads it back: name, arguments quoted where they need it, ';'. Empty when an argument
    // cannot be written with certainty (a quote together with whitespace or a backslash).
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
