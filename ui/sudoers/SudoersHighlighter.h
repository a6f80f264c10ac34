// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <memory>

namespace Bulwark::Ui {

class LineHighlighter;

// The diff view's sudoers highlighting (LineHighlighter with the built-in "sudoers" rules, or KF6 when it has them)
// for a QTextDocument, coloured with DiffPalette so it reads on light and dark themes. GUI thread only.
class SudoersHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SudoersHighlighter(QTextDocument *document);
    ~SudoersHighlighter() override;

    // The palette the colours are chosen for (the editor's); re-highlights.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    std::unique_ptr<LineHighlighter> m_lines;
    QPalette m_palette;
};

} // namespace Bulwark::Ui
