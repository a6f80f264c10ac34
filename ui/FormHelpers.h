// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QLabel;
class QWidget;

// Small pieces shared by the host dialogs.
namespace Bulwark::Ui::FormHelpers {

// A wrapped, muted explanation under a form field or at the top of a dialog.
QLabel *hintLabel(const QString &text, QWidget *parent);
// "~" and "~/..." as the user's home, the way ssh reads identity file paths.
QString expandHome(const QString &path);

} // namespace Bulwark::Ui::FormHelpers
