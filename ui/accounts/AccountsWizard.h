// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/accounts/AccountsChoice.h"
#include "core/accounts/AccountsSnapshot.h"
#include "core/scan/ScanRecord.h"
#include "ui/wizards/PlanWizard.h"

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Bulwark::Ui {

class AccountsModel;
class AccountsSnapshotLoader;
class ErrorBanner;
class MainWindow;
class PlanApplyPanel;

// Locks down the accounts of one host without locking anyone out.
//  1. Choose: the accounts the checks found (uid 0 besides root, empty or no password with a shell, system accounts
//     with a shell, root's usable password while administrators use sudo), or every account that can log in, with
//     uid, shell, password state, last login and the finding; per row Lock / Expire / Nologin check boxes and a
//     "Rename to" cell. What the planner would refuse cannot be checked and says why in its tool tip; Bulwark's own
//     account is greyed ("you are logged in as this account"). Root's SSH login (sshd.effective.permitrootlogin)
//     is shown with "Change in the SSH wizard…" (openSshWizard()).
//  2. Preview: AccountsPlanner::plan(); a refusal (the lock-out pre-flight) in words and nothing to apply;
//     otherwise the commands, effects and warnings in the PlanApplyPanel.
//  3. Apply and 4. Result with a rescan, as in the sudoers wizard.
// The facts are the host's latest scan; the rest (AccountsReader) is read on the host's worker by reload(), which
// the caller starts after open(); tests hand it in (setSnapshot()). Lives on the GUI thread and never waits on it.
class AccountsWizard : public PlanWizard
{
    Q_OBJECT

public:
    AccountsWizard(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~AccountsWizard() override;

    bool hasSnapshot() const { return m_snapshot.has_value(); }

    // Opened from a finding's "Fix with…": checks the suggested actions of the accounts that rule lists, once the
    // account data is in (the admin still previews and applies).
    void presetRule(const QString &ruleId);
    // Also list the accounts nothing was found on.
    void setShowAll(bool showAll);
    bool moveHome() const;
    void setMoveHome(bool moveHome);
    Plan::AccountsChoice choice() const;

    AccountsModel *model() const { return m_model; }
    // The root SSH login line, as shown.
    QString rootLoginText() const;

public Q_SLOTS:
    void reload();
    void setSnapshot(const Bulwark::Facts::AccountsSnapshot &snapshot);

Q_SIGNALS:
    void snapshotLoaded();
    // "Change in the SSH wizard…": the rule about root's SSH login that fails (or BW-LNX-ACS-002).
    void openSshWizard(const QString &ruleId);

protected:
    bool canPreview() const override;
    void startPreview() override;
    QString applyText(int changes) const override;

private:
    QWidget *createChoosePage();
    void refreshModel();
    void updateRootLogin();
    void updateDetails();

    std::shared_ptr<const Scan::ScanRecord> m_record;
    AccountsSnapshotLoader *m_loader = nullptr;
    std::optional<Facts::AccountsSnapshot> m_snapshot;
    QString m_presetRule;
    QString m_sshRuleId;

    ErrorBanner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rootLogin = nullptr;
    QPushButton *m_sshButton = nullptr;
    QTableView *m_view = nullptr;
    AccountsModel *m_model = nullptr;
    QCheckBox *m_showAll = nullptr;
    QCheckBox *m_moveHome = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace Bulwark::Ui
