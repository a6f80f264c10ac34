// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/diff/PlanPreview.h"

#include "core/apply/ApplyReport.h"
#include "core/transport/ShellQuote.h"
#include "ui/Theme.h"
#include "ui/diff/DiffPalette.h"
#include "ui/diff/DiffView.h"
#include "ui/diff/FlowLayout.h"
#include "ui/diff/PlanChangesModel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <optional>

namespace Bulwark::Ui {

using Plan::Change;
using Plan::CommandStep;
using Plan::FileEdit;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent, const char *name = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (name)
        label->setObjectName(QString::fromLatin1(name));
    return label;
}

QLabel *secondary(const QString &text, QWidget *parent)
{
    QLabel *label = paragraph(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// One argument per framed token, so "two words" reads as one argument and nothing looks like shell syntax.
QWidget *argvWidget(const QStringList &argv, QWidget *parent, const char *name)
{
    auto *widget = new QWidget(parent);
    widget->setObjectName(QString::fromLatin1(name));
    auto *flow = new FlowLayout(widget, 4);
    const QFont mono = Theme::monospaceFont();
    for (const QString &argument : argv) {
        auto *token = new QLabel(widget);
        token->setObjectName(QStringLiteral("argvToken"));
        token->setProperty("argument", argument);
        token->setTextFormat(Qt::PlainText);
        token->setTextInteractionFlags(Qt::TextSelectableByMouse);
        token->setFont(mono);
        if (argument.isEmpty()) {
            token->setText(QStringLiteral("\u2205"));
            token->setToolTip(PlanPreview::tr("An empty argument"));
        } else {
            token->setText(argument);
        }
        token->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 3px; "
                                            "padding: 1px 5px; background: palette(alternate-base); }"));
        flow->addWidget(token);
    }
    widget->setAccessibleName(PlanPreview::tr("%n argument(s)", nullptr, int(argv.size())));
    return widget;
}

// The script of a Windows step's readable form {powershell.exe, -NoProfile, -NonInteractive, -Command, SCRIPT}.
std::optional<QString> powershellScript(const QStringList &argv)
{
    if (argv.size() != 5 || argv.at(3) != QLatin1String("-Command") || argv.at(4) == QLatin1String("-"))
        return std::nullopt;
    const QString program = argv.at(0).toLower();
    if (program != QLatin1String("powershell.exe") && program != QLatin1String("powershell"))
        return std::nullopt;
    return argv.at(4);
}

// A command: a PowerShell step as its program line and its script (monospace, as written), anything else as argv
// tokens.
QWidget *commandWidget(const QStringList &argv, QWidget *parent, const char *name)
{
    const auto script = powershellScript(argv);
    if (!script)
        return argvWidget(argv, parent, name);
    auto *widget = new QWidget(parent);
    widget->setObjectName(QString::fromLatin1(name));
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(argvWidget(argv.mid(0, 4), widget, "powershellProgram"));
    QString lines = QString(*script).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (lines.endsWith(u'\n'))
        lines.chop(1);
    auto *text = new QLabel(lines, widget);
    text->setObjectName(QStringLiteral("powershellScript"));
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setFont(Theme::monospaceFont());
    text->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 4px 6px; "
                                       "background: palette(alternate-base); }"));
    layout->addWidget(text);
    return widget;
}

QWidget *badge(const QString &text, const QColor &background, const QColor &foreground, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; padding: 2px 6px; }")
                             .arg(background.name(), foreground.name()));
    return label;
}

} // namespace

PlanPreview::PlanPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planPreview"));

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("planWarnings"));
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setContentsMargins(10, 8, 10, 8);
    m_warnings->setStyleSheet(
        DiffPalette::isDark(palette())
            ? QStringLiteral("QLabel { background: #3a3012; color: #f5e2a8; border: 1px solid #7a6120; }")
            : QStringLiteral("QLabel { background: #fff4d6; color: #3d2e00; border: 1px solid #e0b84a; }"));
    m_warnings->hide();

    m_commitConfirm = new QLabel(this);
    m_commitConfirm->setObjectName(QStringLiteral("planCommitConfirm"));
    m_commitConfirm->setWordWrap(true);
    m_commitConfirm->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commitConfirm->setContentsMargins(10, 8, 10, 8);
    m_commitConfirm->setStyleSheet(
        DiffPalette::isDark(palette())
            ? QStringLiteral("QLabel { background: #16304a; color: #cfe3f7; border: 1px solid #2f5f8f; }")
            : QStringLiteral("QLabel { background: #e8f1fb; color: #0d2b4a; border: 1px solid #7aa7d6; }"));
    m_commitConfirm->hide();

    m_irreversible = new QLabel(this);
    m_irreversible->setObjectName(QStringLiteral("planIrreversible"));
    m_irreversible->setTextFormat(Qt::RichText);
    m_irreversible->setWordWrap(true);
    m_irreversible->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_irreversible->setContentsMargins(10, 8, 10, 8);
    m_irreversible->setStyleSheet(
        DiffPalette::isDark(palette())
            ? QStringLiteral("QLabel { background: #4a1616; color: #f7d0d0; border: 1px solid #a33a3a; }")
            : QStringLiteral("QLabel { background: #fdecea; color: #7f1010; border: 1px solid #d32f2f; }"));
    m_irreversible->hide();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));

    m_model = new PlanChangesModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("planChanges"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(20, 20));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(220);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showChange(current.isValid() ? current.row() : -1); });

    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("planChangeDetail"));
    m_detailLayout = new QVBoxLayout(m_detail);
    m_detailLayout->setContentsMargins(0, 0, 0, 0);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("planSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 720});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_warnings);
    layout->addWidget(m_commitConfirm);
    layout->addWidget(m_irreversible);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    clear();
}

PlanPreview::~PlanPreview() = default;

void PlanPreview::setPlan(const Plan::ChangePlan &plan, const QJsonObject &facts)
{
    m_facts = facts;
    const QStringList warnings = plan.warnings();
    if (warnings.isEmpty()) {
        m_warnings->clear();
        m_warnings->hide();
    } else {
        QString html = QStringLiteral("<b>%1</b>").arg(tr("Read before you continue:", nullptr, int(warnings.size())));
        html += QStringLiteral("<ul style=\"margin-left:-20px; margin-top:2px; margin-bottom:0;\">");
        for (const QString &warning : warnings)
            html += QStringLiteral("<li>") + warning.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        m_warnings->setText(html);
        m_warnings->show();
    }
    m_commitConfirm->setText(Apply::commitConfirmNote(m_confirmSeconds));
    m_commitConfirm->setVisible(plan.accessAffecting());
    const QList<Change> changes = plan.changes();
    int commands = 0;
    int files = 0;
    QStringList irreversible;
    for (int i = 0; i < changes.size(); ++i) {
        const Change &change = changes.at(i);
        (change.isFileEdit() ? files : commands)++;
        if (const CommandStep *step = change.command(); step && step->irreversible())
            irreversible.append(tr("%1. %2").arg(i + 1).arg(change.title()));
    }
    if (irreversible.isEmpty()) {
        m_irreversible->clear();
        m_irreversible->hide();
    } else {
        QString html = QStringLiteral("<b>%1</b>")
                           .arg(tr("These steps CANNOT BE UNDONE: what is on the device is gone once they run, and "
                                   "rolling back does not bring it back.")
                                    .toHtmlEscaped());
        html += QStringLiteral("<ul style=\"margin-left:-20px; margin-top:2px; margin-bottom:0;\">");
        for (const QString &line : std::as_const(irreversible))
            html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        m_irreversible->setText(html);
        m_irreversible->show();
    }
    //: %1 is "N changes", %2 "X commands", %3 "Y file edits"
    m_summary->setText(tr("%1: %2, %3")
                           .arg(tr("%n change(s)", nullptr, int(changes.size())),
                                tr("%n command(s)", nullptr, commands), tr("%n file edit(s)", nullptr, files)));
    m_model->setChanges(changes);
    if (changes.isEmpty())
        showChange(-1);
    else
        setCurrentChange(0);
}

void PlanPreview::clear()
{
    m_facts = {};
    m_warnings->clear();
    m_warnings->hide();
    m_commitConfirm->clear();
    m_commitConfirm->hide();
    m_irreversible->clear();
    m_irreversible->hide();
    m_summary->setText(tr("No changes."));
    m_model->setChanges({});
    showChange(-1);
}

int PlanPreview::currentChange() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlanPreview::setCurrentChange(int index)
{
    if (index < 0 || index >= m_model->rowCount()) {
        m_list->setCurrentIndex({});
        showChange(-1);
        return;
    }
    m_list->setCurrentIndex(m_model->index(index, 0));
    if (!m_detailContent || m_detailContent->property("changeIndex").toInt() != index)
        showChange(index);
}

void PlanPreview::showChange(int index)
{
    if (m_detailContent) {
        delete m_detailContent; // never the sender of the signal that got here
        m_detailContent = nullptr;
    }
    QWidget *content = nullptr;
    if (index < 0 || index >= m_model->changes().size()) {
        auto *empty = secondary(m_model->rowCount() == 0 ? tr("The plan has no changes.")
                                                         : tr("Select a change to see exactly what it does."),
                                m_detail);
        empty->setAlignment(Qt::AlignCenter);
        content = empty;
    } else {
        const Change &change = m_model->changes().at(index);
        if (const CommandStep *step = change.command())
            content = commandDetail(change, *step);
        else if (const FileEdit *edit = change.fileEdit())
            content = fileDetail(change, *edit);
    }
    if (!content)
        return;
    content->setProperty("changeIndex", index);
    m_detailContent = content;
    m_detailLayout->addWidget(content, 1);
    content->show();
}

QWidget *PlanPreview::commandDetail(const Change &change, const CommandStep &step)
{
    auto *scroll = new QScrollArea(m_detail);
    scroll->setObjectName(QStringLiteral("commandDetail"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 4, 12, 12);
    layout->setSpacing(6);

    QLabel *title = paragraph(change.title(), page, "changeTitle");
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    layout->addWidget(title);
    if (!change.ruleIds().isEmpty())
        layout->addWidget(secondary(tr("Addresses %1").arg(change.ruleIds().join(QStringLiteral(", "))), page));
    if (step.irreversible()) {
        auto *mark = new QLabel(tr("Cannot be undone: whatever this step destroys is gone for good, even if the plan "
                                   "is rolled back."),
                                page);
        mark->setObjectName(QStringLiteral("irreversibleMark"));
        mark->setWordWrap(true);
        mark->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; border-radius: 3px; "
                                           "padding: 4px 8px; font-weight: bold; }"));
        layout->addWidget(mark);
    }

    layout->addWidget(heading(tr("Effect"), page));
    layout->addWidget(paragraph(step.describeEffect(m_facts), page, "commandEffect"));
    if (step.hasStateChange()) {
        // The state the step changes, in the diff view file edits use: the label names it like a file.
        auto *diff = new DiffView(page);
        diff->setObjectName(QStringLiteral("planStateDiffView"));
        diff->setMinimumHeight(120);
        const auto lines = [](const QString &text) -> QByteArray {
            QByteArray bytes = text.toUtf8();
            if (!bytes.isEmpty() && !bytes.endsWith('\n'))
                bytes += '\n';
            return bytes;
        };
        diff->setFile(step.stateLabel(), lines(step.stateBefore()), lines(step.stateAfter()));
        layout->addWidget(diff);
    }

    const bool powershell = powershellScript(step.argv()).has_value();
    layout->addWidget(heading(powershell ? tr("Command (a PowerShell script, sent encoded)")
                                         : tr("Command (each box is one argument)"),
                              page));
    layout->addWidget(commandWidget(step.argv(), page, "commandArgv"));
    if (step.elevate() || step.accessAffecting()) {
        auto *badges = new QWidget(page);
        auto *row = new QHBoxLayout(badges);
        row->setContentsMargins(0, 2, 0, 0);
        if (step.elevate())
            row->addWidget(badge(tr("Runs as root (sudo)"), palette().color(QPalette::AlternateBase),
                                 palette().color(QPalette::Text), badges));
        if (step.accessAffecting())
            row->addWidget(badge(tr("May change how you reach this host: undone by the host unless a new login works"),
                                 QColor(0xa8, 0x4d, 0x00), Qt::white, badges));
        row->addStretch(1);
        layout->addWidget(badges);
    }
    if (!step.secretSlot().isEmpty()) {
        QLabel *secret = paragraph(tr("Reads the secret \u201c%1\u201d on its standard input, given only when you "
                                      "press Apply. Its value is never in the command line, the plan, the journal or "
                                      "a log, and is not shown here.")
                                       .arg(step.secretSlot()),
                                   page, "commandSecret");
        layout->addWidget(secret);
    }
    if (!powershell) {
        const auto rendered = Transport::ShellQuote::render(Transport::ShellQuote::toArgv(step.argv()));
        if (rendered) {
            layout->addWidget(secondary(tr("As sent to the shell:"), page));
            QLabel *shell = paragraph(QString::fromUtf8(*rendered), page, "commandShell");
            shell->setFont(Theme::monospaceFont());
            layout->addWidget(shell);
        }
    }

    layout->addWidget(heading(tr("Checked afterwards"), page));
    const QList<Plan::CommandCheck> checks = step.verify();
    if (checks.isEmpty())
        layout->addWidget(secondary(tr("No check: the command's exit status decides."), page));
    for (const Plan::CommandCheck &check : checks) {
        layout->addWidget(commandWidget(check.argv(), page, "verifyArgv"));
        QStringList expectations;
        if (!check.expectedStdout().isEmpty()) {
            QStringList quoted;
            for (const QString &output : check.expectedStdout())
                quoted << QStringLiteral("\u201c%1\u201d").arg(output);
            expectations << tr("prints %1").arg(quoted.join(tr(" or ")));
        }
        if (check.expectedExitStatus())
            expectations << tr("exits with status %1").arg(*check.expectedExitStatus());
        if (!expectations.isEmpty())
            layout->addWidget(
                paragraph(tr("Expected: %1").arg(expectations.join(tr(", and "))), page, "verifyExpected"));
    }

    layout->addWidget(heading(tr("Undo"), page));
    const std::vector<CommandStep> inverse = step.inverse();
    if (inverse.empty())
        layout->addWidget(secondary(tr("This step has no automatic undo."), page));
    for (const CommandStep &undo : inverse) {
        if (!undo.description().isEmpty())
            layout->addWidget(paragraph(undo.description(), page));
        layout->addWidget(commandWidget(undo.argv(), page, "undoArgv"));
    }
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QWidget *PlanPreview::fileDetail(const Change &change, const FileEdit &edit)
{
    auto *page = new QWidget(m_detail);
    page->setObjectName(QStringLiteral("fileDetail"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 4, 12, 8);
    layout->setSpacing(6);

    QLabel *title = paragraph(change.title(), page, "changeTitle");
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    layout->addWidget(title);
    if (!change.ruleIds().isEmpty())
        layout->addWidget(secondary(tr("Addresses %1").arg(change.ruleIds().join(QStringLiteral(", "))), page));

    if (edit.needsRead()) {
        QLabel *path = paragraph(edit.path(), page, "filePath");
        path->setFont(Theme::monospaceFont());
        layout->addWidget(path);
        layout->addWidget(paragraph(tr("The current content is read from the host when you continue. The exact "
                                       "change is shown then, before anything is written."),
                                    page, "fileNeedsRead"));
    } else {
        auto *diff = new DiffView(page);
        diff->setObjectName(QStringLiteral("planDiffView"));
        diff->setMinimumHeight(160);
        diff->setFile(edit.path(), edit.before(), edit.after());
        layout->addWidget(diff, 1);
    }

    QString ownership;
    if (edit.mode().isEmpty() && edit.owner().isEmpty() && edit.group().isEmpty()) {
        ownership = tr("Keeps the file's current mode and owner.");
    } else {
        QStringList parts;
        if (!edit.mode().isEmpty())
            parts << tr("mode %1").arg(edit.mode());
        if (!edit.owner().isEmpty() || !edit.group().isEmpty())
            parts << tr("owner %1:%2")
                         .arg(edit.owner().isEmpty() ? tr("(unchanged)") : edit.owner(),
                              edit.group().isEmpty() ? tr("(unchanged)") : edit.group());
        ownership = tr("Written with %1.").arg(parts.join(QStringLiteral(", ")));
    }
    layout->addWidget(paragraph(ownership, page, "fileOwnership"));
    if (edit.accessAffecting()) {
        auto *badges = new QWidget(page);
        badges->setObjectName(QStringLiteral("fileAccessAffecting"));
        auto *row = new QHBoxLayout(badges);
        row->setContentsMargins(0, 2, 0, 0);
        row->addWidget(badge(tr("May change how you reach this host: undone by the host unless a new login works"),
                             QColor(0xa8, 0x4d, 0x00), Qt::white, badges));
        row->addStretch(1);
        layout->addWidget(badges);
    }

    layout->addWidget(heading(tr("Validated before the swap"), page));
    if (edit.validator().isEmpty()) {
        layout->addWidget(secondary(tr("No validator exists for this file."), page));
    } else {
        layout->addWidget(argvWidget(edit.validator(), page, "validatorArgv"));
        layout->addWidget(secondary(tr("%1 stands for the staged copy; the file is replaced only if this succeeds.")
                                        .arg(FileEdit::stagedPlaceholder()),
                                    page));
    }
    layout->addWidget(heading(tr("Checked afterwards"), page));
    if (edit.verify().isEmpty())
        layout->addWidget(secondary(tr("The new file's content hash is compared."), page));
    else
        layout->addWidget(argvWidget(edit.verify(), page, "verifyArgv"));
    if (edit.needsRead())
        layout->addStretch(1);
    return page;
}

} // namespace Bulwark::Ui
