// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "bulwark.ui", QtInfoMsg)
