// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/diff/SyntaxRules.h"

#include <QColor>
#include <QPalette>

// The diff view's colours, chosen from the widget's palette so they read on light and dark themes: light
// backgrounds with dark syntax colours on a light Base, the reverse on a dark one. Every syntax colour keeps at least
// 4.5:1 contrast against the added and removed line backgrounds it is painted on.
namespace Bulwark::Ui::DiffPalette {

bool isDark(const QPalette &palette);

QColor addedBackground(const QPalette &palette);
QColor removedBackground(const QPalette &palette);
QColor addedWordBackground(const QPalette &palette);   // the changed words of an added line
QColor removedWordBackground(const QPalette &palette); // the changed words of a removed line
QColor gutterBackground(const QPalette &palette);
QColor gutterText(const QPalette &palette);
QColor skippedBackground(const QPalette &palette);
QColor emptyCellBackground(const QPalette &palette); // side by side: the side without a line
QColor addedText(const QPalette &palette);           // "+3" in the header
QColor removedText(const QPalette &palette);         // "−1" in the header

// Text colour of a syntax category; Normal is the palette's text colour.
QColor syntax(SyntaxRules::Category category, const QPalette &palette);

} // namespace Bulwark::Ui::DiffPalette
