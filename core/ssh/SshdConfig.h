// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Ssh {

// One sshd configuration file (sshd_config or a drop-in), parsed the way sshd reads it and kept line by line, so an
// edit changes only the lines it means to. A value type; pure.
//
// Follows OpenSSH's servconf.c: keywords are case-insensitive and end at whitespace or '='; arguments are split at
// whitespace, with "double" or 'single' quotes around arguments that contain spaces; '#' starts a comment at the
// start of a line or of an argument. Every directive after the first Match belongs to a Match block (only the end
// of the file ends one).
//
// Strict: parse() refuses what it cannot read with certainty rather than guessing: NUL bytes, text that is not
// UTF-8, a keyword that is not letters and digits, an unterminated quote, a backslash, a directive without
// arguments, and a Bulwark block that is broken (BEGIN without END, nested, twice, or inside a Match block).
class SshdConfig
{
public:
    struct Directive
    {
        int line = 0;          // 1-based
        QString keyword;       // lower case: "passwordauthentication"
        QString spelling;      // as written: "PasswordAuthentication"
        QStringList arguments; // unquoted
        int matchLine = 0;     // the Match this directive belongs to; 0: global
        bool managed = false;  // inside the Bulwark block
    };

    static QByteArray beginMarker() { return QByteArrayLiteral("# BEGIN Bulwark"); }
    static QByteArray endMarker() { return QByteArrayLiteral("# END Bulwark"); }

    static Result<SshdConfig> parse(const QByteArray &text, const QString &path);

    QString path() const { return m_path; }
    QByteArray text() const { return m_text; }
    QList<Directive> directives() const { return m_directives; }
    // The line of the first Match; 0 when there is none.
    int firstMatchLine() const { return m_firstMatchLine; }
    // The Bulwark block: its BEGIN and END lines (1-based); 0 when there is none.
    int blockBegin() const { return m_blockBegin; }
    int blockEnd() const { return m_blockEnd; }
    bool hasBlock() const { return m_blockBegin > 0; }
    // The directives of the Bulwark block.
    QList<Directive> blockDirectives() const;
    // The first directive line (1-based) outside comments; 0 when the file has none.
    int firstDirectiveLine() const;

    // The text with the Bulwark block replaced by `body` (lines without the markers; each ends with '\n'), put
    // where the block is, or before the first directive when there is none; an empty body removes the block.
    QByteArray withBlock(const QByteArray &body) const;

    // The Include patterns of a directive, made absolute the way sshd does (relative to /etc/ssh).
    static QStringList includePatterns(const Directive &include);
    // glob(3) without flags: '*', '?' and [...] classes; '*' and '?' do not match '/'.
    static bool globMatches(const QString &pattern, const QString &path);

private:
    QString m_path;
    QByteArray m_text;
    QList<QByteArray> m_lines; // without their '\n'
    QList<Directive> m_directives;
    int m_firstMatchLine = 0;
    int m_blockBegin = 0;
    int m_blockEnd = 0;
};

} // namespace Bulwark::Ssh
