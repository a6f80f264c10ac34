// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/RuleCatalog.h"
#include "core/scan/ScanRecord.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Bulwark::Report {

// A self-contained HTML page for one scan (inline CSS, no scripts, no external resources), for handing to an
// auditor or printing. Every value from the host is HTML-escaped.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    static QByteArray render(const Scan::ScanRecord &record, const Rules::RuleCatalog &catalog);
};

} // namespace Bulwark::Report
