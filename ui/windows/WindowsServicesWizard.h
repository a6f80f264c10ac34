// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scan/ScanRecord.h"
#include "ui/wizards/PlanWizard.h"

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Bulwark::Ui {

class ServicesFilterModel;
class WindowsServicesModel;

// Switches services off on one Windows host: nothing changes on the server until the admin has seen the changes
// and pressed "Apply N changes".
//  1. Choose: the services of the latest scan (WindowsServicesModel), the ones failed BW-WIN-SVC checks recommend
//     checked with the reason; protected ones (WinRM: Bulwark's own connection) greyed with theirs. A filter, "only
//     recommended", and "also stop them now".
// Steps 2 to 4 are a PlanApplyPanel in a PlanWizard, as for Linux hosts:
//  2. Preview: WindowsServicesPlanner::plan(); each step with its start mode and state before and after. A refusal
//     shows in the banner and nothing can be applied.
//  3. Apply: Applier::apply() on the host's worker (the PowerShell steps go over WinRM), live progress, Cancel rolls
//     back.
//  4. Result: the host scanned again, the score before and after.
// Lives on the GUI thread and never waits on it; the host's connection is reached through the window's host list.
class WindowsServicesWizard : public PlanWizard
{
    Q_OBJECT

public:
    WindowsServicesWizard(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~WindowsServicesWizard() override;

    // Checks only the services that failed check `ruleId` recommends (opened from a finding's "Fix with…").
    void preselectRule(const QString &ruleId);

    WindowsServicesModel *model() const { return m_model; }
    ServicesFilterModel *proxy() const { return m_proxy; }

protected:
    QString previewToolTip() const override;
    bool canPreview() const override;
    QString applyText(int changes) const override;
    void startPreview() override;
    bool canReturnAfterApply() const override { return false; }

private:
    QWidget *createChoosePage();
    void updateChosenCount();
    void updateAdvice();

    std::shared_ptr<const Scan::ScanRecord> m_record; // the scan the choice is made from

    WindowsServicesModel *m_model = nullptr;
    ServicesFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_onlyRecommended = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_advice = nullptr;
    QCheckBox *m_stopNow = nullptr;
    QLabel *m_chosen = nullptr;
    QLabel *m_noScan = nullptr;
};

} // namespace Bulwark::Ui
