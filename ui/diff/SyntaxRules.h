// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Bulwark::Ui {

// A small per-line token engine for the files Bulwark edits: each language is an ordered list of regular expressions,
// each naming a format category. At every position the earliest match wins (ties go to the earlier rule), and
// scanning continues after it, so a '#' inside a quoted string stays part of the string. Works on one line at a
// time with no state between lines, which is what a view painting only its visible rows needs. Immutable after
// construction; the built-in tables are safe to read from any thread.
class SyntaxRules
{
public:
    enum class Language
    {
        Plain,
        Sudoers,
        SshConfig, // sshd_config and ssh_config
        Nginx,
        Apache,
        Shell,
        PowerShell,
        Diff,
    };

    enum class Category
    {
        Normal,
        Comment,
        Keyword, // directives, shell keywords
        Builtin, // tags, cmdlets, section names
        String,
        Number,   // numbers and constants (yes/no, on/off, ALL)
        Variable, // $var, %group
        Operator,
        Section, // blocks: <VirtualHost>, Match, @@ hunk headers
        Added,
        Removed,
        Meta, // file headers of a patch
    };

    struct Rule
    {
        QRegularExpression pattern;
        Category category = Category::Normal;
        int group = 0; // the capture group that takes the category (0: the whole match)
    };

    struct Span
    {
        int start = 0;
        int length = 0;
        Category category = Category::Normal;
        friend bool operator==(const Span &, const Span &) = default;
    };

    SyntaxRules() = default;
    explicit SyntaxRules(QList<Rule> rules);

    // The language of a file from its path on the host (POSIX or Windows); Plain when nothing fits.
    static Language detect(const QString &path);
    // The built-in rules of a language.
    static const SyntaxRules &forLanguage(Language language);
    // "sudoers", "sshd_config", ... for the view's header (not translated: these are file format names).
    static QString languageName(Language language);
    static QList<Language> languages();

    // Non-overlapping spans in order; text between them is Normal and not listed.
    QList<Span> highlight(const QString &line) const;
    const QList<Rule> &rules() const { return m_rules; }

private:
    QList<Rule> m_rules;
};

} // namespace Bulwark::Ui
