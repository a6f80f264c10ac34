// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// The console's category; enable with QT_LOGGING_RULES="bulwark.ui.debug=true". Never logs a secret.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
