// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/FindingDetailsView.h"

#include "ui/Palette.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Rules::Finding;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString badge(const QString &text, const QColor &color)
{
    // Qt's rich text has no padding on inline spans: non-breaking spaces give the badge its room.
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff; font-weight:600;\">&nbsp;%2&nbsp;</span>")
        .arg(color.name(), esc(text));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style=\"margin-top:18px; margin-bottom:6px; color:#1d2733;\">%1</h3>").arg(esc(text));
}

// Plain text from the catalog as paragraphs; a line's shell command ("…: sudo systemctl …") is set in monospace.
QString prose(const QString &text)
{
    static const QRegularExpression command(QStringLiteral("(\\bsudo\\s.+)$"));
    QString html;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QString body = esc(line.trimmed());
        const QRegularExpressionMatch match = command.match(line.trimmed());
        if (match.hasMatch()) {
            const QString before = esc(line.trimmed().left(match.capturedStart(1)));
            body = before +
                   QStringLiteral("<code style=\"background-color:#f1f3f5;\">%1</code>").arg(esc(match.captured(1)));
        }
        html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:6px;\">%1</p>").arg(body);
    }
    return html;
}

} // namespace

FindingDetailsView::FindingDetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findingDetailsView"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("findingDetails"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(16);
    m_browser->setStyleSheet(QStringLiteral("QTextBrowser { background: #ffffff; color: #1d2733; }"));

    m_actions = new QWidget(this);
    m_actions->setObjectName(QStringLiteral("findingActions"));
    m_actions->setAutoFillBackground(true);
    m_fixWith = new QPushButton(m_actions);
    m_fixWith->setObjectName(QStringLiteral("fixWithButton"));
    m_fixWith->setEnabled(false);
    m_fixWith->setToolTip(tr("This wizard arrives in a later release"));
    m_fixNote = new QLabel(tr("This wizard arrives in a later release. Until then, follow the steps under "
                              "\"How to fix\"."),
                           m_actions);
    m_fixNote->setObjectName(QStringLiteral("fixWithNote"));
    m_fixNote->setWordWrap(true);
    m_fixNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_fixWith, &QPushButton::clicked, this, [this] {
        if (hasWizard(m_wizard))
            Q_EMIT fixRequested(m_wizard, m_ruleId);
    });
    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(16, 10, 16, 10);
    actions->setSpacing(12);
    actions->addWidget(m_fixWith);
    actions->addWidget(m_fixNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_actions);
    clear(tr("Select a check to see what was found and how to fix it."));
}

bool FindingDetailsView::hasWizard(Rules::Wizard wizard)
{
    switch (wizard) {
    case Rules::Wizard::Services:
    case Rules::Wizard::Accounts:
    case Rules::Wizard::Sudoers:
    case Rules::Wizard::Ssh:
    case Rules::Wizard::Luks:
    case Rules::Wizard::Tls:
        return true;
    case Rules::Wizard::None:
    case Rules::Wizard::Firewall:
    case Rules::Wizard::Updates:
        break;
    }
    return false;
}

QString FindingDetailsView::wizardName(Rules::Wizard wizard)
{
    switch (wizard) {
    case Rules::Wizard::None:
        break;
    case Rules::Wizard::Services:
        return tr("Services");
    case Rules::Wizard::Accounts:
        return tr("Accounts");
    case Rules::Wizard::Sudoers:
        return tr("Sudo rules");
    case Rules::Wizard::Ssh:
        return tr("SSH settings");
    case Rules::Wizard::Luks:
        return tr("Disk encryption");
    case Rules::Wizard::Tls:
        return tr("TLS settings");
    case Rules::Wizard::Firewall:
        return tr("Firewall");
    case Rules::Wizard::Updates:
        return tr("Updates");
    }
    return {};
}

void FindingDetailsView::clear(const QString &message)
{
    m_browser->setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>").arg(Palette::neutral().name(), esc(message)));
    m_actions->setVisible(false);
}

QString FindingDetailsView::plainText() const
{
    return m_browser->toPlainText();
}

QString FindingDetailsView::html() const
{
    return m_browser->toHtml();
}

void FindingDetailsView::setFinding(const Finding &finding, const std::optional<Rules::Rule> &rule)
{
    const Finding::Status status = finding.status();
    QString html;
    html += QStringLiteral("<h2 style=\"margin-top:0; margin-bottom:8px; color:#1d2733;\">%1</h2>")
                .arg(esc(rule ? rule->title() : finding.ruleId()));
    html += QStringLiteral("<p style=\"margin-bottom:4px;\">%1&nbsp;&nbsp;%2&nbsp;&nbsp;<span style=\"color:%3;\">"
                           "%4 · %5</span></p>")
                .arg(badge(Palette::statusName(status), Palette::statusColor(status)),
                     badge(tr("%1 severity").arg(Rules::severityDisplayName(finding.severity())),
                           Palette::severityColor(finding.severity())),
                     Palette::neutral().name(), esc(Rules::areaDisplayName(finding.area())), esc(finding.ruleId()));

    // What the scan saw.
    QString foundHeading = tr("What we found");
    QString foundEmpty;
    switch (status) {
    case Finding::Status::Fail:
        foundEmpty = tr("The check failed; the host reported no details.");
        break;
    case Finding::Status::Pass:
        foundEmpty = tr("The check passed: nothing to fix.");
        break;
    case Finding::Status::NotApplicable:
        foundHeading = tr("Why it does not apply");
        foundEmpty = tr("The check does not apply to this host.");
        break;
    case Finding::Status::Unknown:
        foundHeading = tr("Why it could not be checked");
        foundEmpty = tr("The host did not report the facts this check needs.");
        break;
    }
    html += heading(foundHeading);
    const QStringList evidence = finding.evidence();
    if (evidence.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(foundEmpty));
    } else {
        const QString mono = Theme::monospaceFont().family();
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" "
                               "style=\"background-color:#f4f6f8; border: 1px solid #d5dbe1;\">");
        for (const QString &item : evidence)
            html += QStringLiteral("<tr><td style=\"font-family:'%1';\">%2</td></tr>").arg(esc(mono), esc(item));
        html += QStringLiteral("</table>");
        if (status == Finding::Status::Unknown)
            html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                        .arg(Palette::neutral().name(),
                             esc(tr("Checks that could not be run do not count towards the score. Scanning with "
                                    "sudo often lets Bulwark read what was missing.")));
    }

    if (rule) {
        html += heading(tr("Why it matters"));
        html += prose(rule->rationale());
        if (status != Finding::Status::NotApplicable) {
            html += heading(status == Finding::Status::Pass ? tr("How it is kept this way") : tr("How to fix"));
            html += prose(rule->fix());
            html += heading(tr("What may change"));
            html += prose(rule->impact());
        }
        const Rules::Rule::References &refs = rule->references();
        if (!refs.isEmpty()) {
            html += heading(tr("References"));
            html += QStringLiteral("<ul style=\"margin-top:0;\">");
            for (const QString &section : refs.hipaa)
                html += QStringLiteral("<li>%1</li>").arg(esc(tr("HIPAA 45 CFR %1").arg(section)));
            for (const QString &standard : refs.dspt)
                html += QStringLiteral("<li>%1</li>").arg(esc(tr("NHS DSPT: %1").arg(standard)));
            for (const QString &control : refs.cyberEssentials)
                html += QStringLiteral("<li>%1</li>").arg(esc(tr("Cyber Essentials: %1").arg(control)));
            for (const QString &benchmark : refs.cis)
                html += QStringLiteral("<li>%1</li>").arg(esc(benchmark));
            html += QStringLiteral("</ul>");
        }
    } else {
        html += QStringLiteral("<p style=\"color:%1;\">%2</p>")
                    .arg(Palette::neutral().name(),
                         esc(tr("This version of Bulwark no longer has the rule %1, so it cannot explain it.")
                                 .arg(finding.ruleId())));
    }
    m_browser->setHtml(html);

    const QString wizard = rule ? wizardName(rule->wizard()) : QString();
    const bool offerFix = !wizard.isEmpty() && status == Finding::Status::Fail;
    m_wizard = rule ? rule->wizard() : Rules::Wizard::None;
    m_ruleId = finding.ruleId();
    const bool available = hasWizard(m_wizard);
    m_fixWith->setEnabled(available);
    m_fixWith->setToolTip(available ? tr("Choose what to change, see every change before it is made, then apply it")
                                    : tr("This wizard arrives in a later release"));
    m_fixNote->setVisible(!available);
    m_fixWith->setText(tr("Fix with %1…").arg(wizard));
    m_fixWith->setMinimumWidth(m_fixWith->sizeHint().width() + 24); // room around the words, even when disabled
    m_actions->setVisible(offerFix);
}

} // namespace Bulwark::Ui
