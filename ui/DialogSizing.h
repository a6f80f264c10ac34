// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QWidget;

namespace Bulwark::Ui {

// Resizes a window whose content wraps (word-wrapped labels) to the height that content needs at `width` (-1: its
// current width). A shown dialog neither grows when a message appears nor accounts for wrapping on its own.
void fitToContents(QWidget *window, int width = -1);

} // namespace Bulwark::Ui
