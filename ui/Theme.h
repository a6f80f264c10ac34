// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QFont;

namespace Bulwark::Ui::Theme {

// Application-wide appearance, applied once after the QApplication exists: keeps the platform's style and palette
// (so dark themes and accessibility settings carry through) but never lets body text fall below 10 points, which the
// bare X11 fallback (9 points) would otherwise give on hospital workstations without a desktop theme.
void apply();

// The system's fixed-pitch font at the size of body text, for fingerprints, commands and library messages.
QFont monospaceFont();

} // namespace Bulwark::Ui::Theme
