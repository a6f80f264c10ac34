// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/accounts/AccountsChoice.h"
#include "core/accounts/AccountsSnapshot.h"
#include "core/apply/ApplyReport.h"
#include "core/scan/ScanRecord.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
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
class AccountsWizard : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        ChoosePage,
        PreviewPage,
        ApplyPage,
        ResultPage
    };

    AccountsWizard(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~AccountsWizard() override;

    QUuid hostId() const { return m_hostId; }
    Page currentPage() const;
    bool hasSnapshot() const { return m_snapshot.has_value(); }
    bool isApplying() const;

    // Opened from a finding's "Fix with…": checks the suggested actions of the accounts that rule lists, once the
    // account data is in (the admin still previews and applies).
    void presetRule(const QString &ruleId);
    // Also list the accounts nothing was found on.
    void setShowAll(bool showAll);
    bool moveHome() const;
    void setMoveHome(bool moveHome);
    Plan::AccountsChoice choice() const;

    AccountsModel *model() const { return m_model; }
    PlanApplyPanel *panel() const { return m_panel; }
    // The root SSH login line, as shown.
    QString rootLoginText() const;

public Q_SLOTS:
    void reload();
    void setSnapshot(const Bulwark::Facts::AccountsSnapshot &snapshot);
    void showPreview();
    void applyChanges();
    void goBack();
    void reject() override;

Q_SIGNALS:
    void snapshotLoaded();
    void previewUpdated();
    void applyFinished(const Bulwark::Apply::ApplyReport &report);
    // "Change in the SSH wizard…": the rule about root's SSH login that fails (or BW-LNX-ACS-002).
    void openSshWizard(const QString &ruleId);

private:
    QWidget *createChoosePage();
    void refreshModel();
    void updateRootLogin();
    void updateDetails();
    void updateButtons();
    void updateSteps();

    QPointer<MainWindow> m_window;
    QUuid m_hostId;
    QString m_hostName;
    std::shared_ptr<const Scan::ScanRecord> m_record;
    AccountsSnapshotLoader *m_loader = nullptr;
    std::optional<Facts::AccountsSnapshot> m_snapshot;
    QString m_presetRule;
    QString m_sshRuleId;

    QLabel *m_steps = nullptr;
    QStackedWidget *m_pages = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rootLogin = nullptr;
    QPushButton *m_sshButton = nullptr;
    QTableView *m_view = nullptr;
    AccountsModel *m_model = nullptr;
    QCheckBox *m_showAll = nullptr;
    QCheckBox *m_moveHome = nullptr;
    QLabel *m_details = nullptr;
    PlanApplyPanel *m_panel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Bulwark::Ui
