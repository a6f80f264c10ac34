// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/SudoersReader.h"
#include "core/plan/SudoersChoice.h"
#include "ui/wizards/PlanWizard.h"

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace Bulwark::Ui {

class ErrorBanner;
class MainWindow;
class PlanApplyPanel;
class SudoersRulesModel;
class SudoersSnapshotLoader;

// Grants, revokes or narrows sudo rights on one host, the Bulwark way.
//  1. Choose: Grant (a user or group from the host's accounts, the commands in a list that warns inline about
//     commands that can start a shell and about wildcards, run as root by default, NOPASSWD off unless asked for,
//     NOEXEC), Revoke or Restrict (least privilege) one of the user specifications of the configuration, listed
//     with file, line, text and what stands out ("NOPASSWD: ALL").
//  2. Preview: SudoersPlanner::plan(); a refusal (the lockout pre-flight, an invalid command) is shown in words and
//     nothing can be applied; otherwise the diff in a PlanPreview.
//  3. Apply and 4. Result with a rescan, as in the services wizard (PlanApplyPanel).
// The configuration is read with SudoersReader on the host's worker (reload()); tests hand it in (setSnapshot()).
// Lives on the GUI thread and never waits on it.
class SudoersWizard : public PlanWizard
{
    Q_OBJECT

public:
    SudoersWizard(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~SudoersWizard() override;

    bool hasSnapshot() const { return m_snapshot.has_value(); }

    Plan::SudoersChoice::Action action() const;
    void setAction(Plan::SudoersChoice::Action action);
    // Restrict the rule at `file`:`line` (opened from a finding's "Fix with…"); applied once the configuration is in.
    void presetRule(const QString &file, int line);
    // The selected rule's row in rulesModel(), or -1.
    int selectedRule() const;
    void selectRule(int row);
    QStringList commands() const;
    void setCommands(const QStringList &commands);
    // The inline warning for one command ("" when there is none).
    static QString commandWarning(const QString &command);
    // The choice as the page shows it.
    Plan::SudoersChoice choice() const;

    SudoersRulesModel *rulesModel() const { return m_rules; }

public Q_SLOTS:
    void reload();
    void setSnapshot(const Bulwark::Facts::SudoersSnapshot &snapshot);

Q_SIGNALS:
    void snapshotLoaded();

protected:
    bool canPreview() const override;
    QString applyText(int changes) const override;
    void startPreview() override;
    void updateExtraButtons(Page page) override;

private:
    QWidget *createChoosePage();
    void addCommand();
    void onRuleSelected();
    void updateForm();
    void updateWarnings();

    SudoersSnapshotLoader *m_loader = nullptr;
    std::optional<Facts::SudoersSnapshot> m_snapshot;
    std::optional<std::pair<QString, int>> m_preset;
    bool m_commandsFromRule = false; // the commands list holds the selected rule's commands, untouched

    ErrorBanner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QButtonGroup *m_actions = nullptr;
    QGroupBox *m_ruleBox = nullptr;
    QTableView *m_ruleView = nullptr;
    SudoersRulesModel *m_rules = nullptr;
    QGroupBox *m_formBox = nullptr;
    QComboBox *m_principal = nullptr;
    QLabel *m_principalNote = nullptr;
    QListWidget *m_commands = nullptr;
    QLineEdit *m_commandInput = nullptr;
    QPushButton *m_addCommand = nullptr;
    QPushButton *m_removeCommand = nullptr;
    QLabel *m_warnings = nullptr;
    QLineEdit *m_runAs = nullptr;
    QCheckBox *m_noPassword = nullptr;
    QCheckBox *m_noExec = nullptr;
    QCheckBox *m_allowAll = nullptr;
    QPushButton *m_openEditor = nullptr;
};

} // namespace Bulwark::Ui
