// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/Host.h"

#include <QByteArray>
#include <QString>

class QWidget;

namespace GuiTest {

// Applies the product's theme and the en_GB translation, so texts (and plural forms) read as a user in an NHS trust
// sees them.
void installTranslations();

// With BULWARK_SCREENSHOT_DIR set, saves `widget` as <dir>/<name>.png (it must be shown). Otherwise does nothing.
void screenshot(QWidget *widget, const QString &name);

// The recorded probe output of a Debian 12 host (tests/data/facts/local-debian12.out) with its boundary.
QByteArray debianProbeOutput();
QByteArray debianProbeBoundary();

// A made-up host with facts, as if it had just been probed.
Bulwark::Ui::Host sampleHost();

} // namespace GuiTest
