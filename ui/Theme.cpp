// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/Theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace Bulwark::Ui::Theme {

namespace {
constexpr qreal MinimumPointSize = 10.0;
} // namespace

void apply()
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < MinimumPointSize) {
        font.setPointSizeF(MinimumPointSize);
        QApplication::setFont(font);
    }
}

QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const qreal body = QApplication::font().pointSizeF();
    if (body > 0 && font.pointSizeF() < body)
        font.setPointSizeF(body);
    return font;
}

} // namespace Bulwark::Ui::Theme
