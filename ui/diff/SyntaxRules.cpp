// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/diff/SyntaxRules.h"

#include <QHash>
#include <array>

namespace Bulwark::Ui {

namespace {

using Category = SyntaxRules::Category;
using Language = SyntaxRules::Language;

SyntaxRules::Rule rule(const char *pattern, Category category, int group = 0, bool caseInsensitive = false)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression expression(QString::fromLatin1(pattern), options);
    expression.optimize();
    return {expression, category, group};
}

// Strings with backslash escapes, single and double quoted.
SyntaxRules::Rule doubleQuoted()
{
    return rule(R"("(?:[^"\\]|\\.)*"?)", Category::String);
}
SyntaxRules::Rule singleQuoted()
{
    return rule(R"('[^']*'?)", Category::String);
}

QList<SyntaxRules::Rule> sudoersRules()
{
    return {
        rule(R"(^\s*[#@]include(?:dir)?\b.*$)", Category::Keyword),
        rule(R"(#.*$)", Category::Comment),
        doubleQuoted(),
        rule(R"(\b(?:Defaults|User_Alias|Runas_Alias|Host_Alias|Cmnd_Alias)\b)", Category::Keyword),
        rule(R"(\b(?:NOPASSWD|PASSWD|NOEXEC|EXEC|SETENV|NOSETENV|LOG_INPUT|NOLOG_INPUT|LOG_OUTPUT|NOLOG_OUTPUT|)"
             R"(MAIL|NOMAIL|FOLLOW|NOFOLLOW|INTERCEPT|NOINTERCEPT)\s*:)",
             Category::Builtin),
        rule(R"(\bALL\b)", Category::Number),
        rule(R"(%:?[A-Za-z_][\w.-]*)", Category::Variable),
        rule(R"(\b\d+\b)", Category::Number),
        rule(R"([=,:!()+-]+)", Category::Operator),
    };
}

QList<SyntaxRules::Rule> sshRules()
{
    return {
        rule(R"(^\s*#.*$)", Category::Comment),
        rule(R"(^\s*(?:Match|Host)\b)", Category::Section, 0, true),
        rule(R"(^\s*([A-Za-z][A-Za-z0-9]*))", Category::Keyword, 1),
        doubleQuoted(),
        rule(R"(\b(?:yes|no|without-password|prohibit-password|forced-commands-only|any|none|all|)"
             R"(local|remote|ask|confirm|autoask)\b)",
             Category::Number, 0, true),
        rule(R"(\b\d+[smhdwSMHDW]?\b)", Category::Number),
        rule(R"(%[%CdhiLlnprTuk])", Category::Variable),
        rule(R"([=,!*?])", Category::Operator),
    };
}

QList<SyntaxRules::Rule> nginxRules()
{
    return {
        rule(R"(#.*$)", Category::Comment),
        doubleQuoted(),
        singleQuoted(),
        rule(R"(^\s*(?:server|location|http|events|upstream|map|geo|if|types|stream|mail|limit_except)\b)",
             Category::Section),
        rule(R"(^\s*([a-z_][a-z0-9_]*))", Category::Keyword, 1),
        rule(R"(\$\{?\w+\}?)", Category::Variable),
        rule(R"(\b(?:on|off)\b)", Category::Number),
        rule(R"(\b\d+(?:\.\d+)?[kKmMgGsdhwy]?(?:ms)?\b)", Category::Number),
        rule(R"([{};=~^*])", Category::Operator),
    };
}

QList<SyntaxRules::Rule> apacheRules()
{
    return {
        rule(R"(^\s*#.*$)", Category::Comment),
        rule(R"(</?[A-Za-z][\w]*|>\s*$)", Category::Section),
        doubleQuoted(),
        rule(R"(^\s*([A-Za-z][A-Za-z0-9_]*))", Category::Keyword, 1),
        rule(R"(\$\{\w+\}|%\{[^}]*\})", Category::Variable),
        rule(R"(\b(?:On|Off|None|All|Any|granted|denied)\b)", Category::Number, 0, true),
        rule(R"(\b\d+\b)", Category::Number),
        rule(R"([+\-!=])", Category::Operator),
    };
}

QList<SyntaxRules::Rule> shellRules()
{
    return {
        rule(R"((?<![\w$#{])#.*$)", Category::Comment),
        singleQuoted(),
        doubleQuoted(),
        rule(R"(\$\{[^}]*\}|\$\w+|\$[?#@*$!0-9-])", Category::Variable),
        rule(R"(\b(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|select|return|local|)"
             R"(export|readonly|unset|set|exit|break|continue|shift|trap|eval|exec|source)\b)",
             Category::Keyword),
        rule(R"(\b\d+\b)", Category::Number),
        rule(R"([|&;<>()]+|\[\[?|\]\]?)", Category::Operator),
    };
}

QList<SyntaxRules::Rule> powerShellRules()
{
    return {
        rule(R"(<#.*?(?:#>|$))", Category::Comment),
        rule(R"(#.*$)", Category::Comment),
        singleQuoted(),
        rule(R"("(?:[^"`]|`.)*"?)", Category::String),
        rule(R"(\$(?:\{[^}]*\}|[\w:]+|\$|\?|_))", Category::Variable),
        rule(R"(\b(?:if|elseif|else|foreach|for|while|do|until|switch|function|filter|param|begin|process|end|)"
             R"(return|break|continue|throw|try|catch|finally|trap|exit|in|class|enum)\b)",
             Category::Keyword, 0, true),
        rule(R"(\b[A-Za-z]+-[A-Za-z][A-Za-z0-9]*\b)", Category::Builtin),
        rule(R"(-(?:eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|contains|notcontains|in|notin|replace|and|or|)"
             R"(not|xor|band|bor|is|isnot|as|f)\b)",
             Category::Operator, 0, true),
        rule(R"(\b\d+(?:\.\d+)?\b)", Category::Number),
        rule(R"(\[[A-Za-z][\w.]*\])", Category::Section),
        rule(R"([|=+*/%!<>(){};,-])", Category::Operator),
    };
}

QList<SyntaxRules::Rule> diffRules()
{
    return {
        rule(R"(^(?:\+\+\+|---)(?:\s.*)?$)", Category::Meta),
        rule(R"(^(?:diff|index|new file mode|deleted file mode|similarity index|rename from|rename to)\b.*$)",
             Category::Meta),
        rule(R"(^@@.*$)", Category::Section),
        rule(R"(^\+.*$)", Category::Added),
        rule(R"(^-.*$)", Category::Removed),
        rule(R"(^\\.*$)", Category::Comment),
    };
}

QString baseName(const QString &path)
{
    const qsizetype slash = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return path.mid(slash + 1);
}

} // namespace

SyntaxRules::SyntaxRules(QList<Rule> rules)
    : m_rules(std::move(rules))
{}

SyntaxRules::Language SyntaxRules::detect(const QString &rawPath)
{
    QString path = rawPath;
    path.replace(u'\\', u'/');
    const QString name = baseName(path);
    const QString lower = path.toLower();
    const QString lowerName = name.toLower();
    const bool conf = lowerName.endsWith(QLatin1String(".conf"));

    if (lowerName.endsWith(QLatin1String(".diff")) || lowerName.endsWith(QLatin1String(".patch")))
        return Language::Diff;
    if (lowerName.endsWith(QLatin1String(".ps1")) || lowerName.endsWith(QLatin1String(".psm1")) ||
        lowerName.endsWith(QLatin1String(".psd1")))
        return Language::PowerShell;
    if (name == QLatin1String("sudoers") || path.contains(QLatin1String("/sudoers.d/")))
        return Language::Sudoers;
    if (name.contains(QLatin1String("sshd_config")) || name.contains(QLatin1String("ssh_config")) ||
        ((path.contains(QLatin1String("/sshd_config.d/")) || path.contains(QLatin1String("/ssh_config.d/"))) && conf))
        return Language::SshConfig;
    if (lowerName == QLatin1String("nginx.conf") ||
        (lower.contains(QLatin1String("/nginx/")) &&
         (conf || lower.contains(QLatin1String("/sites-available/")) ||
          lower.contains(QLatin1String("/sites-enabled/")) || lower.contains(QLatin1String("/snippets/")))))
        return Language::Nginx;
    if (lowerName == QLatin1String("httpd.conf") || lowerName == QLatin1String("apache2.conf") ||
        lowerName == QLatin1String(".htaccess") ||
        ((lower.contains(QLatin1String("/apache2/")) || lower.contains(QLatin1String("/httpd/"))) &&
         (conf || lower.contains(QLatin1String("/sites-available/")) ||
          lower.contains(QLatin1String("/sites-enabled/")))))
        return Language::Apache;
    if (lowerName.endsWith(QLatin1String(".sh")) || lowerName.endsWith(QLatin1String(".bash")) ||
        lowerName == QLatin1String(".bashrc") || lowerName == QLatin1String(".profile") ||
        path == QLatin1String("/etc/profile") || path.startsWith(QLatin1String("/etc/profile.d/")))
        return Language::Shell;
    return Language::Plain;
}

const SyntaxRules &SyntaxRules::forLanguage(Language language)
{
    static const std::array<SyntaxRules, 8> tables = {
        SyntaxRules(),
        SyntaxRules(sudoersRules()),
        SyntaxRules(sshRules()),
        SyntaxRules(nginxRules()),
        SyntaxRules(apacheRules()),
        SyntaxRules(shellRules()),
        SyntaxRules(powerShellRules()),
        SyntaxRules(diffRules()),
    };
    return tables.at(std::size_t(language));
}

QString SyntaxRules::languageName(Language language)
{
    switch (language) {
    case Language::Plain:
        return QStringLiteral("text");
    case Language::Sudoers:
        return QStringLiteral("sudoers");
    case Language::SshConfig:
        return QStringLiteral("ssh_config");
    case Language::Nginx:
        return QStringLiteral("nginx");
    case Language::Apache:
        return QStringLiteral("Apache");
    case Language::Shell:
        return QStringLiteral("shell");
    case Language::PowerShell:
        return QStringLiteral("PowerShell");
    case Language::Diff:
        return QStringLiteral("diff");
    }
    return {};
}

QList<SyntaxRules::Language> SyntaxRules::languages()
{
    return {Language::Plain,  Language::Sudoers, Language::SshConfig,  Language::Nginx,
            Language::Apache, Language::Shell,   Language::PowerShell, Language::Diff};
}

QList<SyntaxRules::Span> SyntaxRules::highlight(const QString &line) const
{
    QList<Span> spans;
    if (m_rules.isEmpty() || line.isEmpty())
        return spans;
    // The next match of each rule at or after the scan position, refreshed only when the scan passes it.
    struct Next
    {
        qsizetype start = -1; // -1: not searched yet; length of line: no further match
        qsizetype end = 0;
        qsizetype spanStart = 0;
        qsizetype spanEnd = 0;
    };
    QList<Next> next(m_rules.size());
    const qsizetype size = line.size();
    qsizetype pos = 0;
    while (pos < size) {
        qsizetype bestRule = -1;
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            Next &n = next[i];
            if (n.start < pos && n.start != size) {
                const Rule &r = m_rules.at(i);
                // Anchored patterns (^) only ever match at offset 0 of the subject, which QRegularExpression keeps
                // even when matching from an offset.
                QRegularExpressionMatch match = r.pattern.match(line, pos);
                while (match.hasMatch() && match.capturedLength(0) == 0) {
                    const qsizetype from = match.capturedStart(0) + 1;
                    match = from < size ? r.pattern.match(line, from) : QRegularExpressionMatch();
                }
                if (match.hasMatch() && match.capturedStart(r.group) >= 0) {
                    n.start = match.capturedStart(0);
                    n.end = match.capturedEnd(0);
                    n.spanStart = match.capturedStart(r.group);
                    n.spanEnd = match.capturedEnd(r.group);
                } else {
                    n.start = size;
                }
            }
            if (n.start != size && (bestRule < 0 || n.start < next.at(bestRule).start))
                bestRule = i;
        }
        if (bestRule < 0)
            break;
        const Next &best = next.at(bestRule);
        if (best.spanEnd > best.spanStart && best.spanStart >= pos)
            spans.append(Span{int(best.spanStart), int(best.spanEnd - best.spanStart), m_rules.at(bestRule).category});
        pos = std::max(best.end, pos + 1);
    }
    return spans;
}

} // namespace Bulwark::Ui
