// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/diff/SyntaxRules.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace Bulwark::Ui {

// Highlights one line at a time for the diff view's delegate. Built with KF6 SyntaxHighlighting when CMake finds it
// (LineHighlighterKF6.cpp, its definitions chosen by file name, falling back to the built-in rules for formats it
// does not know such as sudoers); otherwise with the built-in SyntaxRules (LineHighlighterBuiltin.cpp). Callers
// never see which: exactly one of the two .cpp files is compiled. GUI thread only.
class LineHighlighter
{
public:
    // The language is detected from path unless `language` overrides it.
    explicit LineHighlighter(const QString &path = {}, std::optional<SyntaxRules::Language> language = {});
    ~LineHighlighter();
    LineHighlighter(const LineHighlighter &) = delete;
    LineHighlighter &operator=(const LineHighlighter &) = delete;

    SyntaxRules::Language language() const { return m_language; }
    QList<SyntaxRules::Span> highlight(const QString &line) const;

    // "built-in" or "KF6 SyntaxHighlighting".
    static QString backendName();

private:
    class Private;
    SyntaxRules::Language m_language = SyntaxRules::Language::Plain;
    std::unique_ptr<Private> d;
};

} // namespace Bulwark::Ui
