// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/LinuxContext.h"
#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>
#include <optional>

// firewall: nftables ruleset, iptables-save (v4 + v6), firewalld and ufw state.
namespace Bulwark::Facts::FirewallParser {

struct RulesetSummary
{
    qint64 rules = 0;        // every rule
    qint64 filterRules = 0;  // rules in filter chains (what filters traffic; nat rules do not)
    bool inputDrop = false;  // a filter chain on the input hook with policy drop
    bool filterDrop = false; // any filter base chain with policy drop
};

// `nft list ruleset` text.
RulesetSummary nftRuleset(const QString &text);
// `iptables-save` text.
RulesetSummary iptablesSave(const QString &text);

// Empty when the probe did not get that far.
QJsonObject parse(const ProbeSections &sections, const LinuxContext &context);

} // namespace Bulwark::Facts::FirewallParser
