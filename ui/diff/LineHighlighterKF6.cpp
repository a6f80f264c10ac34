// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
// The LineHighlighter used when CMake finds KF6 SyntaxHighlighting: its definition for the file name, one line at a
// time from the initial state (the diff view paints rows in any order); formats it has no definition for (sudoers)
// and explicit language overrides use the built-in SyntaxRules.
#include "ui/diff/LineHighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace Bulwark::Ui {

namespace {

namespace KSH = KSyntaxHighlighting;

KSH::Repository &repository()
{
    static KSH::Repository instance; // GUI thread only, like every LineHighlighter
    return instance;
}

SyntaxRules::Category category(KSH::Theme::TextStyle style)
{
    using Style = KSH::Theme::TextStyle;
    using Category = SyntaxRules::Category;
    switch (style) {
    case Style::Comment:
    case Style::Documentation:
    case Style::CommentVar:
    case Style::RegionMarker:
        return Category::Comment;
    case Style::Keyword:
    case Style::ControlFlow:
    case Style::Preprocessor:
    case Style::Import:
        return Category::Keyword;
    case Style::Function:
    case Style::BuiltIn:
    case Style::Extension:
    case Style::DataType:
        return Category::Builtin;
    case Style::String:
    case Style::VerbatimString:
    case Style::SpecialString:
    case Style::Char:
    case Style::SpecialChar:
        return Category::String;
    case Style::DecVal:
    case Style::BaseN:
    case Style::Float:
    case Style::Constant:
        return Category::Number;
    case Style::Variable:
    case Style::Attribute:
        return Category::Variable;
    case Style::Operator:
        return Category::Operator;
    case Style::Annotation:
    case Style::Information:
    case Style::Others:
        return Category::Section;
    case Style::Warning:
    case Style::Alert:
    case Style::Error:
        return Category::Removed;
    case Style::Normal:
        break;
    }
    return Category::Normal;
}

class SpanCollector : public KSH::AbstractHighlighter
{
public:
    QList<SyntaxRules::Span> run(const QString &line)
    {
        m_spans.clear();
        highlightLine(line, KSH::State());
        return m_spans;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        const SyntaxRules::Category c = category(format.textStyle());
        if (length > 0 && c != SyntaxRules::Category::Normal)
            m_spans.append(SyntaxRules::Span{offset, length, c});
    }

private:
    QList<SyntaxRules::Span> m_spans;
};

} // namespace

class LineHighlighter::Private
{
public:
    const SyntaxRules *rules = nullptr;
    std::unique_ptr<SpanCollector> collector; // null: the built-in rules
};

LineHighlighter::LineHighlighter(const QString &path, std::optional<SyntaxRules::Language> language)
    : m_language(language.value_or(SyntaxRules::detect(path)))
    , d(std::make_unique<Private>())
{
    d->rules = &SyntaxRules::forLanguage(m_language);
    if (language)
        return;
    const KSH::Definition definition = repository().definitionForFileName(path);
    if (!definition.isValid())
        return;
    d->collector = std::make_unique<SpanCollector>();
    d->collector->setDefinition(definition);
    d->collector->setTheme(repository().defaultTheme());
}

LineHighlighter::~LineHighlighter() = default;

QList<SyntaxRules::Span> LineHighlighter::highlight(const QString &line) const
{
    if (d->collector)
        return d->collector->run(line);
    return d->rules->highlight(line);
}

QString LineHighlighter::backendName()
{
    return QStringLiteral("KF6 SyntaxHighlighting");
}

} // namespace Bulwark::Ui
