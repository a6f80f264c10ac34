// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/accounts/AccountsWizard.h"

#include "core/accounts/AccountsPlanner.h"
#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/MainWindow.h"
#include "ui/ScanStore.h"
#include "ui/accounts/AccountsModel.h"
#include "ui/accounts/AccountsSnapshotLoader.h"
#include "ui/sudoers/PlanApplyPanel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Kind = Plan::AccountAction::Kind;

AccountsWizard::AccountsWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : PlanWizard(window, hostId, parent)
    , m_loader(new AccountsSnapshotLoader(window, hostId, this))
{
    setObjectName(QStringLiteral("accountsWizard"));
    if (window)
        m_record = window->scanStore()->latest(hostId);
    setWindowTitle(tr("Accounts — %1").arg(m_hostName));
    resize(1150, 760);

    createPanel()->setTitle(tr("What will change in the accounts of %1").arg(m_hostName));
    panel()->setPreparedNote([](int changes) {
        return tr("They are made in this order (%1 in all). Each one is checked on the host after it is made; if one "
                  "fails, all are undone. Account changes can lock people out, so read the warnings below.")
            .arg(changes);
    });
    setUpFrame(createChoosePage());

    connect(m_loader, &AccountsSnapshotLoader::connecting, this,
            [this] { m_status->setText(tr("Connecting to %1…").arg(m_hostName)); });
    connect(m_loader, &AccountsSnapshotLoader::loaded, this, [this](const Result<Facts::AccountsSnapshot> &snapshot) {
        if (!snapshot) {
            m_status->setText(tr("The accounts of %1 could not be read. Nothing was changed.").arg(m_hostName));
            m_banner->showError(snapshot.error(), ErrorBanner::Severity::Warning);
            updateButtons();
            return;
        }
        setSnapshot(*snapshot);
    });

    refreshModel();
    updateRootLogin();
    if (!m_record)
        m_status->setText(tr("Scan %1 first: the wizard works from the latest scan.").arg(m_hostName));
    updateButtons();
}

AccountsWizard::~AccountsWizard() = default;

QWidget *AccountsWizard::createChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));
    m_banner = new ErrorBanner(page);
    m_banner->setObjectName(QStringLiteral("chooseBanner"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("chooseStatus"));
    m_status->setWordWrap(true);

    // Root's SSH login belongs to the SSH wizard; shown here because it is half of "can root log in".
    m_rootLogin = new QLabel(page);
    m_rootLogin->setObjectName(QStringLiteral("rootLoginLabel"));
    m_rootLogin->setWordWrap(true);
    m_sshButton = new QPushButton(tr("Change in the &SSH Wizard…"), page);
    m_sshButton->setObjectName(QStringLiteral("sshWizardButton"));
    m_sshButton->setAutoDefault(false);
    connect(m_sshButton, &QPushButton::clicked, this, [this] { Q_EMIT openSshWizard(m_sshRuleId); });
    auto *rootRow = new QHBoxLayout;
    rootRow->addWidget(m_rootLogin, 1);
    rootRow->addWidget(m_sshButton);

    m_model = new AccountsModel(this);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("accountsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    for (int column = 0; column < AccountsModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AccountsModel::FindingColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AccountsModel::RenameColumn, QHeaderView::Interactive);
    header->resizeSection(AccountsModel::RenameColumn, 130);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsWizard::updateDetails);
    connect(m_model, &AccountsModel::choiceChanged, this, [this] {
        updateDetails();
        updateButtons();
    });

    m_showAll = new QCheckBox(tr("Show &every account that can log in"), page);
    m_showAll->setObjectName(QStringLiteral("showAllCheck"));
    connect(m_showAll, &QCheckBox::toggled, this, &AccountsWizard::refreshModel);
    m_moveHome = new QCheckBox(tr("A renamed account's &home directory is renamed too (/home/old → /home/new)"), page);
    m_moveHome->setObjectName(QStringLiteral("moveHomeCheck"));
    auto *options = new QHBoxLayout;
    options->addWidget(m_showAll);
    options->addSpacing(24);
    options->addWidget(m_moveHome);
    options->addStretch(1);

    m_details = new QLabel(page);
    m_details->setObjectName(QStringLiteral("accountDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormHelpers::pageTitle(tr("Who can log in to %1?").arg(m_hostName), page));
    auto *intro = new QLabel(tr("Lock what nobody should use. Bulwark never changes the account it logs in with, and "
                                "never locks root's password unless another administrator keeps working sudo. "
                                "Nothing changes on the host until you have seen the changes and pressed Apply."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addLayout(rootRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(options);
    layout->addWidget(m_details);
    return page;
}

void AccountsWizard::presetRule(const QString &ruleId)
{
    m_presetRule = ruleId;
    if (m_snapshot) {
        m_model->presetRule(m_presetRule);
        m_presetRule.clear();
    }
}

void AccountsWizard::setShowAll(bool showAll)
{
    m_showAll->setChecked(showAll);
}

bool AccountsWizard::moveHome() const
{
    return m_moveHome->isChecked();
}

void AccountsWizard::setMoveHome(bool moveHome)
{
    m_moveHome->setChecked(moveHome);
}

Plan::AccountsChoice AccountsWizard::choice() const
{
    Plan::AccountsChoice choice;
    choice.actions = m_model->actions(m_moveHome->isChecked());
    choice.hostDisplayName = m_hostName;
    return choice;
}

QString AccountsWizard::rootLoginText() const
{
    return m_rootLogin->text();
}

void AccountsWizard::refreshModel()
{
    const QJsonObject facts = m_record ? m_record->facts : QJsonObject();
    m_model->setAccounts(facts, m_snapshot ? &*m_snapshot : nullptr, m_showAll->isChecked());
    if (m_model->rowCount() > 0 && !m_view->selectionModel()->currentIndex().isValid())
        m_view->selectRow(0);
    updateDetails();
}

void AccountsWizard::updateRootLogin()
{
    const QJsonObject sshd = m_record ? m_record->facts.value(QStringLiteral("sshd")).toObject() : QJsonObject();
    const QString value =
        sshd.value(QStringLiteral("effective")).toObject().value(QStringLiteral("permitrootlogin")).toString();
    m_sshRuleId = QStringLiteral("BW-LNX-ACS-002");
    if (value == u"yes") {
        m_sshRuleId = QStringLiteral("BW-LNX-ACS-001");
        m_rootLogin->setText(tr("Root login over SSH: <b>allowed, also with a password</b> (PermitRootLogin yes)."));
    } else if (value == u"prohibit-password" || value == u"without-password") {
        m_rootLogin->setText(tr("Root login over SSH: <b>with a key only</b> (PermitRootLogin %1).").arg(value));
    } else if (value == u"forced-commands-only") {
        m_rootLogin->setText(
            tr("Root login over SSH: <b>only for forced commands</b> (PermitRootLogin forced-commands-only)."));
    } else if (value == u"no") {
        m_rootLogin->setText(tr("Root login over SSH: <b>not allowed</b> (PermitRootLogin no)."));
    } else {
        m_rootLogin->setText(tr("Root login over SSH: not known (the SSH settings were not read)."));
    }
    m_sshButton->setVisible(value != u"no");
}

void AccountsWizard::updateDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->setText(m_model->rowCount() == 0 && m_record
                               ? tr("No account needs attention. Tick \"Show every account that can log in\" to lock "
                                    "or rename another one.")
                               : QString());
        return;
    }
    const Plan::AccountCandidate &c = m_model->account(current.row());
    QString html = QStringLiteral("<b>%1</b> (uid %2)").arg(c.name.toHtmlEscaped()).arg(c.uid);
    if (!c.refusal.isEmpty()) {
        html +=
            QStringLiteral(": ") + tr("you are logged in as this account; Bulwark leaves it alone.").toHtmlEscaped();
    } else {
        if (!c.finding.isEmpty())
            html += QStringLiteral(": ") + c.finding.toHtmlEscaped();
        if (!c.recommendation.isEmpty())
            html += QStringLiteral("<br>") + tr("Recommended: %1").arg(c.recommendation).toHtmlEscaped();
        if (!c.ruleIds.isEmpty())
            html += QStringLiteral(" <span style=\"color:gray\">(%1)</span>")
                        .arg(c.ruleIds.join(QStringLiteral(", ")).toHtmlEscaped());
        QStringList notes;
        for (const Kind kind : {Kind::LockPassword, Kind::Expire, Kind::SetNologin, Kind::Rename}) {
            const QString why = m_model->unavailable(c.name, kind);
            if (!why.isEmpty() && !notes.contains(why))
                notes.append(why);
        }
        if (const QString problem = m_model->renameProblem(c.name); !problem.isEmpty())
            notes.append(problem);
        for (const QString &note : std::as_const(notes))
            html += QStringLiteral("<br><span style=\"color:#b03a00\">%1</span>").arg(note.toHtmlEscaped());
    }
    m_details->setText(html);
}

void AccountsWizard::startPreview()
{
    if (currentPage() != ChoosePage || !m_snapshot || !m_record)
        return;
    const Plan::AccountsChoice chosen = choice();
    showPlanPage();
    const Result<Plan::ChangePlan> plan = Plan::AccountsPlanner::plan(m_record->facts, chosen, *m_snapshot);
    if (!plan)
        panel()->showRefusal(tr("Bulwark will not make this change. Nothing was changed."), plan.error());
    else
        panel()->preview(*plan);
    updateButtons();
}

void AccountsWizard::reload()
{
    if (!m_record)
        return;
    m_banner->clear();
    m_status->setText(tr("Reading the accounts of %1 (nothing is changed)…").arg(m_hostName));
    m_loader->load();
    updateButtons();
}

void AccountsWizard::setSnapshot(const Facts::AccountsSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_banner->clear();
    refreshModel();
    const int found =
        int(Plan::AccountsPlanner::candidates(m_record ? m_record->facts : QJsonObject(), &snapshot).size());
    m_status->setText(found == 0 ? tr("No account of %1 needs attention.").arg(m_hostName)
                                 : tr("Accounts of %1 that need attention: %2.").arg(m_hostName).arg(found));
    if (!m_presetRule.isEmpty()) {
        m_model->presetRule(m_presetRule);
        m_presetRule.clear();
    }
    showChoosePage();
    updateButtons();
    Q_EMIT snapshotLoaded();
}

bool AccountsWizard::canPreview() const
{
    return m_snapshot.has_value() && m_record && m_model->hasActions();
}

QString AccountsWizard::applyText(int changes) const
{
    return changes > 0 ? tr("&Apply Changes (%1)").arg(changes) : tr("&Apply");
}

} // namespace Bulwark::Ui
