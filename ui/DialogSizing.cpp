// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/DialogSizing.h"

#include <QLayout>
#include <QWidget>

namespace Bulwark::Ui {

void fitToContents(QWidget *window, int width)
{
    if (QLayout *layout = window->layout())
        layout->activate();
    const int w = qMax(width < 0 ? window->width() : width, window->minimumSizeHint().width());
    const int needed = window->hasHeightForWidth() ? window->heightForWidth(w) : window->sizeHint().height();
    const int h = qMax(needed, window->minimumSizeHint().height());
    if (w != window->width() || h != window->height())
        window->resize(w, h);
}

} // namespace Bulwark::Ui
