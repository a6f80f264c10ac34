// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scan/ScanRecord.h"
#include "core/util/Error.h"
#include "ui/wizards/PlanWizard.h"

#include <QJsonObject>
#include <memory>
#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace Bulwark::Windows {
struct WindowsAdminChoice;
}

namespace Bulwark::Ui {

class ErrorBanner;

// Renames and disables the built-in Administrator of one Windows host (the account with RID 500, whatever it is
// called now): the account attackers guess first, which cannot be locked out; and disables the built-in Guest
// (RID 501) when it is enabled.
//  1. Choose: the built-in Administrator as the latest scan found it (name, SID, enabled, last logon), the other
//     local administrators, a new name checked as it is typed (WindowsAdminPlanner::newNameRefusal: Windows' rules,
//     the names the host has already), "also disable it" (on by default) and "also disable the Guest" (on while the
//     Guest is enabled). What WindowsAdminPlanner refuses is said in the banner before Preview can be pressed: Bulwark
//     signs in with this account (then only the Guest can be disabled), or it is the last enabled administrator.
//  2. Preview: WindowsAdminPlanner::plan(), each step with the account before and after ("Name: Administrator /
//     Enabled: True" → "Name: pacs-admin / Enabled: False").
//  3. Apply and 4. Result with a rescan, in the shared PlanApplyPanel.
// Lives on the GUI thread and never waits on it.
class WindowsAdminWizard : public PlanWizard
{
    Q_OBJECT

public:
    WindowsAdminWizard(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~WindowsAdminWizard() override;

    // Opened from a finding's "Fix with…": a check about the built-in Administrator keeps the Guest option off; any
    // other (the Guest's) keeps the Administrator as it is and only disables the Guest. The admin still previews.
    void presetRule(const QString &ruleId);

    // The built-in Administrator of the latest scan (RID 500); empty when the scan has none.
    std::optional<QJsonObject> administrator() const { return m_admin; }
    QString newName() const;
    void setNewName(const QString &name);
    bool disableChecked() const;
    void setDisableChecked(bool disable);
    // "Also disable the built-in Guest" ("disableGuestCheck"): ticked while the scan found the Guest enabled.
    bool disableGuestChecked() const;
    void setDisableGuestChecked(bool disable);
    // What the new name field says about the name typed ("newNameStatus"); empty while it is fine.
    QString nameProblem() const { return m_nameProblem; }
    // Why the planner refuses the choice as it stands (shown in "refusalBanner"); empty when it does not. When
    // Bulwark signs in as the built-in Administrator, the banner says that too, and only the Guest can be disabled.
    QString refusal() const
    {
        return m_refusal.isError() ? m_refusal.message() : m_ownRefusal.isError() ? m_ownRefusal.message() : QString();
    }

protected:
    QString previewToolTip() const override;
    bool canPreview() const override;
    void startPreview() override;
    QString applyText(int changes) const override;
    bool canReturnAfterApply() const override { return false; }

private:
    QWidget *createChoosePage();
    void showAdministrator();
    void showOtherAdministrators();
    Windows::WindowsAdminChoice choice() const;
    // Checks the name and asks the planner whether it would make the change; updates the page and the buttons.
    void validate();

    std::shared_ptr<const Scan::ScanRecord> m_record;
    QJsonObject m_facts;
    std::optional<QJsonObject> m_admin;
    QString m_nameProblem;
    Error m_refusal;
    bool m_ownAccount = false; // Bulwark signs in as the built-in Administrator
    Error m_ownRefusal;        // what the planner says to changing it then

    ErrorBanner *m_banner = nullptr;
    QLabel *m_adminName = nullptr;
    QLabel *m_adminSid = nullptr;
    QLabel *m_adminEnabled = nullptr;
    QLabel *m_adminLastLogon = nullptr;
    QLabel *m_adminPassword = nullptr;
    QLabel *m_sessionNote = nullptr;
    QStandardItemModel *m_others = nullptr;
    QTableView *m_othersView = nullptr;
    QLabel *m_othersNote = nullptr;
    QGroupBox *m_choiceBox = nullptr;
    QLineEdit *m_newName = nullptr;
    QLabel *m_nameStatus = nullptr;
    QCheckBox *m_disable = nullptr;
    QCheckBox *m_guest = nullptr;
};

} // namespace Bulwark::Ui
