// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/SudoersHighlighter.h"

#include "ui/diff/DiffPalette.h"
#include "ui/diff/LineHighlighter.h"

#include <QTextCharFormat>

namespace Bulwark::Ui {

SudoersHighlighter::SudoersHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_lines(std::make_unique<LineHighlighter>(QStringLiteral("/etc/sudoers"), SyntaxRules::Language::Sudoers))
{}

SudoersHighlighter::~SudoersHighlighter() = default;

void SudoersHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    rehighlight();
}

void SudoersHighlighter::highlightBlock(const QString &text)
{
    for (const SyntaxRules::Span &span : m_lines->highlight(text)) {
        if (span.category == SyntaxRules::Category::Normal)
            continue;
        QTextCharFormat format;
        format.setForeground(DiffPalette::syntax(span.category, m_palette));
        if (span.category == SyntaxRules::Category::Comment)
            format.setFontItalic(true);
        if (span.category == SyntaxRules::Category::Keyword || span.category == SyntaxRules::Category::Builtin)
            format.setFontWeight(QFont::DemiBold);
        setFormat(span.start, span.length, format);
    }
}

} // namespace Bulwark::Ui
