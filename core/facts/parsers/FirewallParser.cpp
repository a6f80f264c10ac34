// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/FirewallParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QRegularExpression>

namespace Bulwark::Facts::FirewallParser {

using namespace ParseUtil;

namespace {

// Counts braces outside double quotes.
void countBraces(const QString &line, int &open, int &close)
{
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'{')
            ++open;
        else if (!quoted && c == u'}')
            ++close;
    }
}

} // namespace

RulesetSummary nftRuleset(const QString &text)
{
    static const QRegularExpression baseChain(
        QStringLiteral("^type\\s+(\\w+)\\s+hook\\s+(\\w+)\\b.*?(?:policy\\s+(\\w+))?\\s*;?\\s*$"));
    static const QRegularExpression policyOnly(QStringLiteral("\\bpolicy\\s+(\\w+)"));
    RulesetSummary summary;
    // Blocks: table > chain | set | map | flowtable | ...; rules are the statement lines directly in a chain.
    enum class Block
    {
        Table,
        Chain,
        Other
    };
    QList<Block> stack;
    QString chainType; // "filter", "nat", "route"; empty for a regular (jump target) chain
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        int open = 0;
        int close = 0;
        countBraces(line, open, close);
        const QStringList f = fields(line);
        if (open > close && line.endsWith(u'{')) {
            if (stack.size() > 64)
                return summary;
            if (stack.isEmpty() && f.value(0) == u"table")
                stack.append(Block::Table);
            else if (!stack.isEmpty() && stack.constLast() == Block::Table && f.value(0) == u"chain") {
                stack.append(Block::Chain);
                chainType.clear();
            } else
                stack.append(Block::Other);
            continue;
        }
        if (close > open && line.startsWith(u'}')) {
            for (int i = 0; i < close - open && !stack.isEmpty(); ++i)
                stack.removeLast();
            continue;
        }
        if (stack.isEmpty() || stack.constLast() != Block::Chain)
            continue;
        const auto base = baseChain.match(line);
        if (base.hasMatch()) {
            chainType = base.captured(1);
            const auto policy = policyOnly.match(line);
            const bool drop = policy.hasMatch() && policy.captured(1) == u"drop";
            if (chainType == u"filter" && drop) {
                summary.filterDrop = true;
                if (base.captured(2) == u"input")
                    summary.inputDrop = true;
            }
            continue;
        }
        if (line.startsWith(u"policy ") || line.startsWith(u"comment ") || line.startsWith(u"devices "))
            continue;
        ++summary.rules;
        if (chainType.isEmpty() || chainType == u"filter")
            ++summary.filterRules;
    }
    return summary;
}

RulesetSummary iptablesSave(const QString &text)
{
    RulesetSummary summary;
    QString table;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(u'*')) {
            table = line.mid(1);
        } else if (line.startsWith(u"-A ")) {
            ++summary.rules;
            if (table == u"filter")
                ++summary.filterRules;
        } else if (line.startsWith(u':') && table == u"filter") {
            const QStringList f = fields(line);
            if (f.size() >= 2 && f.at(1) == u"DROP") {
                summary.filterDrop = true;
                if (f.at(0) == u":INPUT")
                    summary.inputDrop = true;
            }
        }
    }
    return summary;
}

QJsonObject parse(const ProbeSections &sections, const LinuxContext &context)
{
    if (!context.binariesKnown)
        return {};
    // Each source: true/false when known, nullopt when not. A tool that is not installed has no rules.
    std::optional<bool> filtering = false;
    std::optional<bool> inputDrop = false;
    auto merge = [](std::optional<bool> &into, std::optional<bool> value) {
        if (into && *into)
            return;
        if (value && *value)
            into = true;
        else if (!value)
            into = std::nullopt;
    };

    QJsonObject nftables{{QStringLiteral("present"), context.hasBinary(QStringLiteral("nft"))}};
    if (!context.hasBinary(QStringLiteral("nft"))) {
        nftables.insert(QStringLiteral("ruleCount"), 0);
    } else if (sections.complete("nft-ruleset")) {
        const RulesetSummary nft = nftRuleset(sections.text("nft-ruleset"));
        nftables.insert(QStringLiteral("ruleCount"), nft.rules);
        merge(filtering, nft.filterRules > 0 || nft.filterDrop);
        merge(inputDrop, nft.inputDrop);
    } else {
        merge(filtering, std::nullopt);
        merge(inputDrop, std::nullopt);
    }
    insertIf(nftables, QStringLiteral("serviceEnabled"), context.unitEnabled(QStringLiteral("nftables.service")));

    const bool iptablesPresent =
        context.hasBinary(QStringLiteral("iptables-save")) || context.hasBinary(QStringLiteral("ip6tables-save"));
    QJsonObject iptables{{QStringLiteral("present"), iptablesPresent}};
    if (!iptablesPresent) {
        iptables.insert(QStringLiteral("ruleCount"), 0);
    } else {
        RulesetSummary total;
        bool known = true;
        for (const char *name : {"iptables-save", "ip6tables-save"}) {
            if (!context.hasBinary(QString::fromLatin1(name)))
                continue;
            if (!sections.complete(name)) {
                known = false;
                continue;
            }
            const RulesetSummary one = iptablesSave(sections.text(name));
            total.rules += one.rules;
            total.filterRules += one.filterRules;
            total.filterDrop = total.filterDrop || one.filterDrop;
            total.inputDrop = total.inputDrop || one.inputDrop;
        }
        if (known)
            iptables.insert(QStringLiteral("ruleCount"), total.rules);
        // Rules seen in one family count even when the other could not be read.
        merge(filtering, (total.filterRules > 0 || total.filterDrop) ? std::optional<bool>(true)
                         : known                                     ? std::optional<bool>(false)
                                                                     : std::nullopt);
        merge(inputDrop, total.inputDrop ? std::optional<bool>(true)
                         : known         ? std::optional<bool>(false)
                                         : std::nullopt);
    }

    const bool firewalldPresent = context.hasBinary(QStringLiteral("firewall-cmd")) ||
                                  (context.unitsKnown && context.units.contains(QStringLiteral("firewalld.service")));
    QJsonObject firewalld{{QStringLiteral("present"), firewalldPresent}};
    if (!firewalldPresent) {
        firewalld.insert(QStringLiteral("active"), false);
    } else {
        const auto active = context.unitActive(QStringLiteral("firewalld.service"));
        insertIf(firewalld, QStringLiteral("active"), active);
        merge(filtering, active);
        merge(inputDrop, active); // firewalld's zones reject what they do not allow
    }

    const bool ufwPresent = context.hasBinary(QStringLiteral("ufw")) || sections.has("ufw-conf");
    QJsonObject ufw{{QStringLiteral("present"), ufwPresent}};
    if (!ufwPresent) {
        ufw.insert(QStringLiteral("active"), false);
    } else {
        std::optional<bool> active;
        if (sections.complete("ufw-conf")) {
            active = false;
            for (const QString &line : sections.lines("ufw-conf", 1000)) {
                if (line.trimmed().startsWith(u"ENABLED="))
                    active = toBool(line.trimmed().mid(8).remove(u'"').remove(u'\'')).value_or(false);
            }
        }
        insertIf(ufw, QStringLiteral("active"), active);
        merge(filtering, active);
        if (active && *active) {
            std::optional<bool> drop;
            if (sections.complete("ufw-default")) {
                drop = false;
                for (const QString &line : sections.lines("ufw-default", 1000)) {
                    const QString trimmed = line.trimmed();
                    if (trimmed.startsWith(u"DEFAULT_INPUT_POLICY=")) {
                        const QString value = trimmed.mid(21).remove(u'"').remove(u'\'');
                        drop = value == u"DROP" || value == u"REJECT";
                    }
                }
            }
            merge(inputDrop, drop);
        }
    }

    QJsonObject out{{QStringLiteral("nftables"), nftables},
                    {QStringLiteral("iptables"), iptables},
                    {QStringLiteral("firewalld"), firewalld},
                    {QStringLiteral("ufw"), ufw}};
    insertIf(out, QStringLiteral("active"), filtering);
    insertIf(out, QStringLiteral("inputPolicyDrop"), inputDrop);
    return out;
}

} // namespace Bulwark::Facts::FirewallParser
