// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/diff/DiffPalette.h"

namespace Bulwark::Ui::DiffPalette {

namespace {

QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark(palette) ? dark : light);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor addedBackground(const QPalette &palette)
{
    return pick(palette, 0xe6ffec, 0x15301f);
}

QColor removedBackground(const QPalette &palette)
{
    return pick(palette, 0xffebe9, 0x3a1a1c);
}

QColor addedWordBackground(const QPalette &palette)
{
    return pick(palette, 0xabf2bc, 0x2b6a3a);
}

QColor removedWordBackground(const QPalette &palette)
{
    return pick(palette, 0xffc1bd, 0x7d2c31);
}

QColor gutterBackground(const QPalette &palette)
{
    return pick(palette, 0xf3f5f7, 0x1f2328);
}

QColor gutterText(const QPalette &palette)
{
    return pick(palette, 0x5f6b78, 0x8b949e);
}

QColor skippedBackground(const QPalette &palette)
{
    return pick(palette, 0xeaf1fb, 0x1c2b3f);
}

QColor emptyCellBackground(const QPalette &palette)
{
    return pick(palette, 0xf3f5f7, 0x22262c);
}

QColor addedText(const QPalette &palette)
{
    return pick(palette, 0x1a7f37, 0x56d364);
}

QColor removedText(const QPalette &palette)
{
    return pick(palette, 0xc0242c, 0xff7b72);
}

QColor syntax(SyntaxRules::Category category, const QPalette &palette)
{
    using Category = SyntaxRules::Category;
    switch (category) {
    case Category::Normal:
        break;
    case Category::Comment:
        return pick(palette, 0x5c6570, 0x8b949e);
    case Category::Keyword:
        return pick(palette, 0x0b4fa8, 0x79c0ff);
    case Category::Builtin:
        return pick(palette, 0x6f3fc0, 0xd2a8ff);
    case Category::String:
        return pick(palette, 0x0a3069, 0xa5d6ff);
    case Category::Number:
        return pick(palette, 0x8a3500, 0xffa657);
    case Category::Variable:
        return pick(palette, 0x8a1c6c, 0xf0a0d8);
    case Category::Operator:
        return pick(palette, 0xa8202a, 0xff9492);
    case Category::Section:
        return pick(palette, 0x116329, 0x7ee787);
    case Category::Added:
        return pick(palette, 0x116329, 0x7ee787);
    case Category::Removed:
        return pick(palette, 0x82071e, 0xffa198);
    case Category::Meta:
        return pick(palette, 0x3d4650, 0xc9d1d9);
    }
    return palette.color(QPalette::Text);
}

} // namespace Bulwark::Ui::DiffPalette
