// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/util/Logging.h"

Q_LOGGING_CATEGORY(lcTransport, "bulwark.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFacts, "bulwark.facts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApply, "bulwark.apply", QtInfoMsg)
