// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/SudoersWizard.h"

#include "core/plan/SudoersPlanner.h"
#include "core/sudoers/SudoersLinter.h"
#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/MainWindow.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/sudoers/SudoersLintModel.h"
#include "ui/sudoers/SudoersRulesModel.h"
#include "ui/sudoers/SudoersSnapshotLoader.h"

#include <QBrush>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Bulwark::Ui {

using Action = Plan::SudoersChoice::Action;

namespace {

bool isAll(const QString &command)
{
    return command.trimmed() == QLatin1String("ALL");
}

} // namespace

SudoersWizard::SudoersWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : PlanWizard(window, hostId, parent)
    , m_loader(new SudoersSnapshotLoader(window, hostId, this))
{
    setObjectName(QStringLiteral("sudoersWizard"));
    setWindowTitle(tr("Sudo Rights — %1").arg(m_hostName));
    resize(1100, 760);

    createPanel()->setTitle(tr("What will change in the sudoers configuration of %1").arg(m_hostName));
    setUpFrame(createChoosePage());

    m_openEditor = new QPushButton(tr("&Edit the Files Instead…"), this);
    m_openEditor->setObjectName(QStringLiteral("openEditorButton"));
    m_openEditor->setToolTip(tr("Opens the sudoers editor for Defaults and everything the wizard does not cover"));
    m_openEditor->setAutoDefault(false);
    connect(m_openEditor, &QPushButton::clicked, this, [this] {
        const QPointer<MainWindow> console = m_window;
        reject();
        if (console)
            console->showSudoersEditor();
    });
    buttonRow()->insertWidget(1, m_openEditor);

    connect(m_loader, &SudoersSnapshotLoader::connecting, this,
            [this] { m_status->setText(tr("Connecting to %1…").arg(m_hostName)); });
    connect(m_loader, &SudoersSnapshotLoader::loaded, this, [this](const Result<Facts::SudoersSnapshot> &snapshot) {
        if (!snapshot) {
            m_status->setText(tr("The sudoers configuration could not be read. Nothing was changed."));
            m_banner->showError(snapshot.error(), ErrorBanner::Severity::Warning);
            updateButtons();
            return;
        }
        setSnapshot(*snapshot);
    });
    setAction(Action::Grant);
}

SudoersWizard::~SudoersWizard() = default;

QWidget *SudoersWizard::createChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));
    m_banner = new ErrorBanner(page);
    m_banner->setObjectName(QStringLiteral("chooseBanner"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("chooseStatus"));
    m_status->setWordWrap(true);

    // What to do.
    m_actions = new QButtonGroup(this);
    auto *grant = new QRadioButton(tr("&Grant: let a user or group run specific commands as root"), page);
    grant->setObjectName(QStringLiteral("grantRadio"));
    auto *restrict = new QRadioButton(tr("Re&strict: narrow an existing rule to what is needed"), page);
    restrict->setObjectName(QStringLiteral("restrictRadio"));
    auto *revoke = new QRadioButton(tr("Re&voke: remove an existing rule"), page);
    revoke->setObjectName(QStringLiteral("revokeRadio"));
    m_actions->addButton(grant, int(Action::Grant));
    m_actions->addButton(restrict, int(Action::Restrict));
    m_actions->addButton(revoke, int(Action::Revoke));
    connect(m_actions, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateForm();
    });
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(grant);
    actionRow->addWidget(restrict);
    actionRow->addWidget(revoke);
    actionRow->addStretch(1);

    // The existing rules.
    m_ruleBox = new QGroupBox(tr("Rule"), page);
    m_ruleBox->setObjectName(QStringLiteral("ruleBox"));
    m_rules = new SudoersRulesModel(this);
    m_ruleView = new QTableView(m_ruleBox);
    m_ruleView->setObjectName(QStringLiteral("sudoersRules"));
    m_ruleView->setModel(m_rules);
    m_ruleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ruleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ruleView->verticalHeader()->setVisible(false);
    m_ruleView->setAlternatingRowColors(true);
    m_ruleView->setWordWrap(false);
    QHeaderView *header = m_ruleView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(SudoersRulesModel::FileColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SudoersRulesModel::LineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SudoersRulesModel::RuleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SudoersRulesModel::NotesColumn, QHeaderView::ResizeToContents);
    connect(m_ruleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SudoersWizard::onRuleSelected);
    auto *ruleLayout = new QVBoxLayout(m_ruleBox);
    ruleLayout->addWidget(m_ruleView);

    // The new rule.
    m_formBox = new QGroupBox(tr("New rule"), page);
    m_formBox->setObjectName(QStringLiteral("ruleForm"));
    m_principal = new QComboBox(m_formBox);
    m_principal->setObjectName(QStringLiteral("principalCombo"));
    m_principal->setEditable(true);
    m_principal->setInsertPolicy(QComboBox::NoInsert);
    m_principal->setMinimumContentsLength(24);
    connect(m_principal, &QComboBox::currentTextChanged, this, &SudoersWizard::updateButtons);
    m_principalNote = new QLabel(m_formBox);
    m_principalNote->setObjectName(QStringLiteral("principalNote"));
    m_principalNote->setWordWrap(true);
    m_principalNote->setForegroundRole(QPalette::PlaceholderText);

    m_commands = new QListWidget(m_formBox);
    m_commands->setObjectName(QStringLiteral("commandsList"));
    m_commands->setMinimumHeight(70);
    m_commands->setMaximumHeight(130);
    connect(m_commands, &QListWidget::itemChanged, this, [this] {
        m_commandsFromRule = false;
        updateWarnings();
    });
    connect(m_commands, &QListWidget::currentRowChanged, this, &SudoersWizard::updateButtons);
    m_commandInput = new QLineEdit(m_formBox);
    m_commandInput->setObjectName(QStringLiteral("commandInput"));
    m_commandInput->setPlaceholderText(tr("Full path and arguments, e.g. /usr/sbin/nginx -s reload"));
    connect(m_commandInput, &QLineEdit::returnPressed, this, &SudoersWizard::addCommand);
    connect(m_commandInput, &QLineEdit::textChanged, this, &SudoersWizard::updateWarnings);
    m_addCommand = new QPushButton(tr("A&dd"), m_formBox);
    m_addCommand->setObjectName(QStringLiteral("addCommandButton"));
    m_addCommand->setAutoDefault(false);
    connect(m_addCommand, &QPushButton::clicked, this, &SudoersWizard::addCommand);
    m_removeCommand = new QPushButton(tr("Re&move"), m_formBox);
    m_removeCommand->setObjectName(QStringLiteral("removeCommandButton"));
    m_removeCommand->setAutoDefault(false);
    connect(m_removeCommand, &QPushButton::clicked, this, [this] {
        delete m_commands->takeItem(m_commands->currentRow());
        m_commandsFromRule = false;
        updateWarnings();
    });
    m_warnings = new QLabel(m_formBox);
    m_warnings->setObjectName(QStringLiteral("commandWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_commandInput, 1);
    inputRow->addWidget(m_addCommand);
    inputRow->addWidget(m_removeCommand);
    auto *commandsBox = new QVBoxLayout;
    commandsBox->addWidget(m_commands, 1);
    commandsBox->addLayout(inputRow);
    commandsBox->addWidget(m_warnings);

    m_runAs = new QLineEdit(QStringLiteral("root"), m_formBox);
    m_runAs->setObjectName(QStringLiteral("runAsEdit"));
    m_noPassword =
        new QCheckBox(tr("Without a password (NOPASSWD) — only for automation that cannot type one"), m_formBox);
    m_noPassword->setObjectName(QStringLiteral("noPasswordCheck"));
    m_noExec = new QCheckBox(tr("The commands may not start other programs (NOEXEC)"), m_formBox);
    m_noExec->setObjectName(QStringLiteral("noExecCheck"));
    m_allowAll = new QCheckBox(tr("Yes, allow ALL commands: this is full root access"), m_formBox);
    m_allowAll->setObjectName(QStringLiteral("allowAllCheck"));
    connect(m_allowAll, &QCheckBox::toggled, this, &SudoersWizard::updateButtons);

    auto *form = new QFormLayout(m_formBox);
    form->addRow(tr("&User or group:"), m_principal);
    form->addRow(QString(), m_principalNote);
    auto *commandsLabel = new QLabel(tr("&Commands:"), m_formBox);
    commandsLabel->setBuddy(m_commandInput);
    form->addRow(commandsLabel, commandsBox);
    form->addRow(tr("&Run as:"), m_runAs);
    form->addRow(QString(), m_noPassword);
    form->addRow(QString(), m_noExec);
    form->addRow(QString(), m_allowAll);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormHelpers::pageTitle(tr("Who may run what as root on %1?").arg(m_hostName), page));
    auto *intro = new QLabel(tr("Give each account only the commands it needs. Nothing changes on the host until you "
                                "have seen the changes and pressed Apply."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addLayout(actionRow);
    layout->addWidget(m_ruleBox, 1);
    layout->addWidget(m_formBox, 0);
    layout->addStretch(0); // takes the room while the rule list is hidden (Grant)
    return page;
}

Action SudoersWizard::action() const
{
    return Action(m_actions->checkedId());
}

void SudoersWizard::setAction(Action action)
{
    m_actions->button(int(action))->setChecked(true);
    updateForm();
}

void SudoersWizard::presetRule(const QString &file, int line)
{
    m_preset = std::make_pair(file, line);
    setAction(Action::Restrict);
    if (m_snapshot)
        setSnapshot(*m_snapshot);
}

int SudoersWizard::selectedRule() const
{
    const QModelIndex current = m_ruleView->selectionModel()->currentIndex();
    return current.isValid() && m_ruleView->selectionModel()->isRowSelected(current.row()) ? current.row() : -1;
}

void SudoersWizard::selectRule(int row)
{
    if (row < 0 || row >= m_rules->rowCount()) {
        m_ruleView->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_rules->index(row, 0);
    m_ruleView->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ruleView->scrollTo(index);
}

QStringList SudoersWizard::commands() const
{
    QStringList out;
    for (int i = 0; i < m_commands->count(); ++i) {
        const QString command = m_commands->item(i)->text().trimmed();
        if (!command.isEmpty())
            out.append(command);
    }
    return out;
}

void SudoersWizard::setCommands(const QStringList &commands)
{
    m_commands->clear();
    for (const QString &command : commands) {
        auto *item = new QListWidgetItem(command, m_commands);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_commandsFromRule = false;
    updateWarnings();
}

void SudoersWizard::addCommand()
{
    const QString command = m_commandInput->text().trimmed();
    if (command.isEmpty())
        return;
    if (m_commandsFromRule)
        m_commands->clear(); // the first command typed replaces the rule's own
    auto *item = new QListWidgetItem(command, m_commands);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_commandInput->clear();
    m_commandsFromRule = false;
    updateWarnings();
}

QString SudoersWizard::commandWarning(const QString &command)
{
    const QString trimmed = command.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (isAll(trimmed))
        return tr("ALL is every command: full root access.");
    if (!trimmed.startsWith(QLatin1Char('/')))
        return tr("Commands are written with their full path, e.g. /usr/bin/systemctl.");
    const QByteArray path = trimmed.section(QLatin1Char(' '), 0, 0).toUtf8();
    Sudoers::Member member;
    member.kind = Sudoers::Member::Kind::Command;
    member.name = path;
    member.args = trimmed.section(QLatin1Char(' '), 1).toUtf8();
    member.hasArgs = !member.args.isEmpty();
    if (Sudoers::SudoersLinter::canEscapeToShell(member))
        return tr("%1 can start a shell, which gives full root access.").arg(QString::fromUtf8(path));
    if (member.hasWildcard())
        return tr("The wildcard in %1 may match far more than intended (sudo matches it against any arguments).")
            .arg(trimmed);
    return {};
}

Plan::SudoersChoice SudoersWizard::choice() const
{
    Plan::SudoersChoice choice;
    choice.action = action();
    choice.hostDisplayName = m_hostName;
    if (choice.action != Action::Revoke) {
        choice.principal = m_principal->currentText().trimmed();
        choice.commands = commands();
        choice.runAs = m_runAs->text().trimmed().isEmpty() ? QStringLiteral("root") : m_runAs->text().trimmed();
        choice.noPassword = m_noPassword->isChecked();
        choice.noExec = m_noExec->isChecked();
        choice.allowAll = m_allowAll->isChecked();
    }
    if (choice.action != Action::Grant) {
        const int row = selectedRule();
        if (row >= 0) {
            choice.file = m_rules->rule(row).path;
            choice.line = m_rules->rule(row).line;
        }
    }
    return choice;
}

void SudoersWizard::reload()
{
    m_banner->clear();
    m_status->setText(tr("Reading the sudoers configuration of %1 (nothing is changed)…").arg(m_hostName));
    m_loader->load();
    updateButtons();
}

void SudoersWizard::setSnapshot(const Facts::SudoersSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_banner->clear();
    const QList<Sudoers::LintFinding> findings =
        Sudoers::SudoersLinter::lint(snapshot.tree.files(), SudoersLintModel::lintContext(snapshot));
    m_rules->setConfiguration(snapshot.tree.files(), findings);
    m_status->setText(
        tr("%n rule(s) in the sudoers configuration of %1.", nullptr, m_rules->rowCount()).arg(m_hostName));

    // Who can be named: the host's accounts and groups.
    const QString typed = m_principal->currentText();
    QStringList users(snapshot.users.begin(), snapshot.users.end());
    QStringList groups(snapshot.groups.begin(), snapshot.groups.end());
    std::sort(users.begin(), users.end());
    std::sort(groups.begin(), groups.end());
    m_principal->clear();
    m_principal->addItems(users);
    for (const QString &group : groups)
        m_principal->addItem(QLatin1Char('%') + group);
    m_principal->setCurrentText(typed);

    if (m_preset) {
        const int row = m_rules->row(m_preset->first, m_preset->second);
        m_preset.reset();
        if (row >= 0) {
            setAction(Action::Restrict);
            selectRule(row);
        } else {
            setAction(Action::Grant);
        }
    }
    showChoosePage();
    updateForm();
    Q_EMIT snapshotLoaded();
}

void SudoersWizard::onRuleSelected()
{
    const int row = selectedRule();
    if (row >= 0 && action() == Action::Restrict && (m_commandsFromRule || commands().isEmpty())) {
        // Start from the rule's own commands; NOPASSWD stays off unless the admin asks for it.
        setCommands(m_rules->rule(row).commands);
        m_commandsFromRule = true;
    }
    updateButtons();
}

void SudoersWizard::updateForm()
{
    const Action current = action();
    m_ruleBox->setVisible(current != Action::Grant);
    m_ruleBox->setTitle(current == Action::Revoke ? tr("Rule to remove") : tr("Rule to narrow"));
    m_formBox->setVisible(current != Action::Revoke);
    m_formBox->setTitle(current == Action::Restrict ? tr("What it becomes") : tr("New rule"));
    m_principal->lineEdit()->setPlaceholderText(current == Action::Restrict ? tr("the rule's own users")
                                                                            : tr("a user, or %group"));
    m_principalNote->setText(current == Action::Restrict
                                 ? tr("Leave empty to keep the rule's users.")
                                 : tr("Grants are written to their own file in /etc/sudoers.d."));
    if (current == Action::Restrict && selectedRule() >= 0 && commands().isEmpty())
        onRuleSelected();
    updateWarnings();
}

void SudoersWizard::updateWarnings()
{
    QStringList lines;
    bool all = false;
    QStringList candidates = commands();
    if (!m_commandInput->text().trimmed().isEmpty())
        candidates.append(m_commandInput->text().trimmed());
    for (int i = 0; i < m_commands->count(); ++i) {
        QListWidgetItem *item = m_commands->item(i);
        const QString warning = commandWarning(item->text());
        const QSignalBlocker blocker(m_commands);
        item->setToolTip(warning);
        item->setForeground(warning.isEmpty() ? QBrush() : QBrush(QColor(0xb0, 0x3a, 0x00)));
    }
    for (const QString &command : candidates) {
        all = all || isAll(command);
        const QString warning = commandWarning(command);
        if (!warning.isEmpty() && !lines.contains(warning))
            lines.append(warning);
    }
    QString html;
    for (const QString &line : lines)
        html += QStringLiteral("<div style=\"color:#b03a00\">⚠ %1</div>").arg(line.toHtmlEscaped());
    m_warnings->setText(html);
    m_warnings->setVisible(!lines.isEmpty());
    m_allowAll->setVisible(all && action() != Action::Revoke);
    if (!all)
        m_allowAll->setChecked(false);
    updateButtons();
}

void SudoersWizard::startPreview()
{
    if (currentPage() != ChoosePage || !m_snapshot)
        return;
    const Plan::SudoersChoice chosen = choice();
    showPlanPage();
    const Result<Plan::ChangePlan> plan = Plan::SudoersPlanner::plan(m_snapshot->tree, chosen, m_snapshot->identity);
    if (!plan)
        panel()->showRefusal(tr("Bulwark will not make this change. Nothing was changed."), plan.error());
    else
        panel()->preview(*plan);
    updateButtons();
}

QString SudoersWizard::applyText(int changes) const
{
    return changes > 0 ? tr("&Apply %n Change(s)", nullptr, changes) : tr("&Apply");
}

bool SudoersWizard::canPreview() const
{
    const Action current = action();
    bool ready = m_snapshot.has_value();
    if (current == Action::Grant)
        ready = ready && !m_principal->currentText().trimmed().isEmpty() && !commands().isEmpty();
    else
        ready = ready && selectedRule() >= 0 && (current == Action::Revoke || !commands().isEmpty());
    return ready;
}

void SudoersWizard::updateExtraButtons(Page page)
{
    m_removeCommand->setEnabled(m_commands->currentRow() >= 0);
    m_openEditor->setVisible(page == ChoosePage && m_window);
}

} // namespace Bulwark::Ui
