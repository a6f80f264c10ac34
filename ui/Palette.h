// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/Taxonomy.h"

#include <QColor>
#include <QIcon>
#include <QString>
#include <optional>

// The console's meaning colours, in one place so the dashboard, the findings table and the details agree with each
// other and with the HTML report (core/report/HtmlReport.cpp). Every colour is dark enough for white text on it and
// readable as text on white (WCAG AA, 4.5:1), and is never the only cue: each comes with a word ("High", "Fail",
// "At risk") next to it.
namespace Bulwark::Ui::Palette {

// Score bands: 80-100 good, 50-79 needs attention, 0-49 at risk; no score (nothing measured) is neutral.
enum class Band
{
    None,
    AtRisk,
    NeedsAttention,
    Good
};

Band band(std::optional<int> score);
QColor bandColor(Band band);
QString bandName(Band band); // "Good", "Needs attention", "At risk", "Not measured"

QColor severityColor(Rules::Severity severity);
QColor statusColor(Rules::Finding::Status status);
// Findings status in words for the console: "Failed", "Passed", "Not applicable", "Could not be checked".
QString statusName(Rules::Finding::Status status);

QColor neutral();    // secondary text, axes, not-applicable
QColor track();      // the empty part of a ring or bar
QColor cardBorder(); // the outline of dashboard cards
QColor cardFill();   // the fill of dashboard cards

// A rounded "pill" icon in `color`, for table cells next to the word it stands for.
QIcon badge(const QColor &color);

} // namespace Bulwark::Ui::Palette
