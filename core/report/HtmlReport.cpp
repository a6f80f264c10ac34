// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/report/HtmlReport.h"

#include <QCoreApplication>

namespace Bulwark::Report {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString scoreText(std::optional<int> score)
{
    return score ? QString::number(*score) : QStringLiteral("–");
}

QString statusClass(Rules::Finding::Status status)
{
    return Rules::Finding::statusKey(status);
}

const char *Style = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1d2733; margin: 2em auto; max-width: 60em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #d5dbe1; }
.meta { color: #5a6775; } .score { font-size: 3em; font-weight: bold; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.35em 0.6em; border-bottom: 1px solid #e4e8ec; vertical-align: top; }
.fail { color: #b42318; font-weight: bold; } .pass { color: #1f7a3f; } .unknown, .not_applicable { color: #6b7785; }
.sev { display: inline-block; padding: 0 0.5em; border-radius: 0.6em; font-size: 0.85em; color: white; }
.sev-critical { background: #7a1010; } .sev-high { background: #b42318; } .sev-medium { background: #b54708; }
.sev-low { background: #4e5ba6; } .sev-info { background: #6b7785; }
.finding { border: 1px solid #e4e8ec; border-radius: 6px; padding: 0.8em 1em; margin: 0.8em 0; page-break-inside: avoid; }
.finding h3 { margin: 0 0 0.4em 0; font-size: 1.05em; } .label { font-weight: bold; } code { background: #f3f5f7; padding: 0 0.2em; }
.refs { color: #5a6775; font-size: 0.9em; }
)";

} // namespace

QByteArray HtmlReport::render(const Scan::ScanRecord &record, const Rules::RuleCatalog &catalog)
{
    const Rules::Score score = record.score();
    const Rules::Score::Tally &total = score.total();
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
                           "charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>\n")
                .arg(esc(tr("Bulwark audit: %1").arg(record.hostName.isEmpty() ? record.target : record.hostName)),
                     QString::fromLatin1(Style));
    html += QStringLiteral("<h1>%1</h1>\n")
                .arg(esc(tr("Audit of %1").arg(record.hostName.isEmpty() ? record.target : record.hostName)));
    const QJsonObject os = record.facts.value(QStringLiteral("os")).toObject();
    html += QStringLiteral("<p class=\"meta\">%1 · %2 · %3</p>\n")
                .arg(esc(record.target), esc(os.value(QStringLiteral("prettyName")).toString()),
                     esc(record.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));

    html += QStringLiteral("<p><span class=\"score\">%1</span> / 100</p>\n").arg(scoreText(score.value()));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(tr("%1 checks passed, %2 failed. %3 did not apply to this host and %4 could not be checked; "
                            "neither counts towards the score.")
                             .arg(total.passed)
                             .arg(total.failed)
                             .arg(total.notApplicable)
                             .arg(total.unknown)));
    html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(esc(tr("Score = 100 × (weight of passed checks) / (weight of passed + failed checks); weights: "
                            "critical 10, high 5, medium 3, low 1, info 0.")));

    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(esc(tr("By area")), esc(tr("Area")), esc(tr("Score")), esc(tr("Failed")), esc(tr("Passed")));
    for (const Rules::Area area : score.areas()) {
        const Rules::Score::Tally tally = score.area(area);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(esc(Rules::areaDisplayName(area)), scoreText(tally.score()))
                    .arg(tally.failed)
                    .arg(tally.passed);
    }
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Failed checks, most severe first")));
    QList<Rules::Finding> failed;
    for (const Rules::Finding &finding : record.findings)
        if (finding.status() == Rules::Finding::Status::Fail)
            failed.append(finding);
    std::stable_sort(failed.begin(), failed.end(),
                     [](const Rules::Finding &a, const Rules::Finding &b) { return a.severity() < b.severity(); });
    if (failed.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No check failed.")));
    for (const Rules::Finding &finding : std::as_const(failed)) {
        const auto rule = catalog.rule(finding.ruleId());
        const QString severityKey = Rules::severityKey(finding.severity());
        html += QStringLiteral("<div class=\"finding\"><h3><span class=\"sev sev-%1\">%2</span> %3 <span "
                               "class=\"meta\">%4</span></h3>\n")
                    .arg(severityKey, esc(Rules::severityDisplayName(finding.severity())),
                         esc(rule ? rule->title() : finding.ruleId()), esc(finding.ruleId()));
        if (rule) {
            html += QStringLiteral("<p>%1</p>\n").arg(esc(rule->rationale()));
            if (!finding.evidence().isEmpty()) {
                html += QStringLiteral("<p><span class=\"label\">%1</span></p><ul>").arg(esc(tr("Found on the host:")));
                for (const QString &item : finding.evidence())
                    html += QStringLiteral("<li><code>%1</code></li>").arg(esc(item));
                html += QStringLiteral("</ul>\n");
            }
            html += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>\n")
                        .arg(esc(tr("How to fix:")), esc(rule->fix()));
            html += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>\n")
                        .arg(esc(tr("What may change:")), esc(rule->impact()));
            const auto &refs = rule->references();
            QStringList refText;
            if (!refs.hipaa.isEmpty())
                refText << QStringLiteral("HIPAA 45 CFR ") + refs.hipaa.join(QStringLiteral(", "));
            if (!refs.dspt.isEmpty())
                refText << QStringLiteral("NHS DSPT ") + refs.dspt.join(QStringLiteral(", "));
            if (!refs.cyberEssentials.isEmpty())
                refText << QStringLiteral("Cyber Essentials: ") + refs.cyberEssentials.join(QStringLiteral(", "));
            if (!refs.cis.isEmpty())
                refText << refs.cis.join(QStringLiteral(", "));
            html += QStringLiteral("<p class=\"refs\">%1</p>\n").arg(esc(refText.join(QStringLiteral(" · "))));
        }
        html += QStringLiteral("</div>\n");
    }

    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                .arg(esc(tr("All checks")), esc(tr("Check")), esc(tr("Severity")), esc(tr("Result")));
    for (const Rules::Finding &finding : record.findings) {
        const auto rule = catalog.rule(finding.ruleId());
        html += QStringLiteral(
                    "<tr><td>%1<br><span class=\"meta\">%2</span></td><td>%3</td><td class=\"%4\">%5</td></tr>\n")
                    .arg(esc(rule ? rule->title() : finding.ruleId()), esc(finding.ruleId()),
                         esc(Rules::severityDisplayName(finding.severity())), statusClass(finding.status()),
                         esc(Rules::Finding::statusDisplayName(finding.status())));
    }
    html += QStringLiteral("</table>\n<p class=\"meta\">%1</p>\n</body></html>\n")
                .arg(esc(tr("Generated by Bulwark %1 · rule set %2 · %3 remote command(s)")
                             .arg(QStringLiteral(BULWARK_VERSION), record.catalogId)
                             .arg(record.remoteCommands)));
    return html.toUtf8();
}

} // namespace Bulwark::Report
