// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
// The LineHighlighter used when KF6 SyntaxHighlighting is not available: the built-in SyntaxRules tables.
#include "ui/diff/LineHighlighter.h"

namespace Bulwark::Ui {

class LineHighlighter::Private
{
public:
    const SyntaxRules *rules = nullptr;
};

LineHighlighter::LineHighlighter(const QString &path, std::optional<SyntaxRules::Language> language)
    : m_language(language.value_or(SyntaxRules::detect(path)))
    , d(std::make_unique<Private>())
{
    d->rules = &SyntaxRules::forLanguage(m_language);
}

LineHighlighter::~LineHighlighter() = default;

QList<SyntaxRules::Span> LineHighlighter::highlight(const QString &line) const
{
    return d->rules->highlight(line);
}

QString LineHighlighter::backendName()
{
    return QStringLiteral("built-in");
}

} // namespace Bulwark::Ui
