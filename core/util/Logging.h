// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// One category per module; enable with QT_LOGGING_RULES="bulwark.transport.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTransport)
Q_DECLARE_LOGGING_CATEGORY(lcFacts)
Q_DECLARE_LOGGING_CATEGORY(lcApply)
