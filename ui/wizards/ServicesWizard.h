// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/scan/ScanRecord.h"
#include "ui/wizards/PlanWizard.h"

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Bulwark::Ui {

class ServicesFilterModel;
class ServicesModel;

// Switches services off on one host, the Bulwark way: nothing changes on the server until the admin has seen the
// changes and pressed "Apply N changes".
//  1. Choose: the services of the latest scan (ServicesModel), recommended ones checked; the session's own and
//     essential units cannot be checked. Options: also mask, also stop their socket and path units.
// Steps 2 to 4 are a PlanApplyPanel in a PlanWizard.
//  2. Preview: ServicesPlanner::plan(), then Applier::prepare() on the host's worker (reads only), shown in a
//     PlanPreview with the plan's warnings. A refusal shows in the banner and nothing can be applied.
//  3. Apply: Applier::apply() on the host's worker with live progress, Cancel (rolls back), the outcome in words;
//     after an interruption "Check host state" (Applier::recover).
//  4. Result: after Applied, the host is scanned again through the console's ScanController: "Score 58 → 63" and
//     the checks that now pass.
// Lives on the GUI thread and never waits on it; the host's connection is reached through the window's host list.
class ServicesWizard : public PlanWizard
{
    Q_OBJECT

public:
    ServicesWizard(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~ServicesWizard() override;

    // Checks only the services that failed check `ruleId` recommends (opened from a finding's "Fix with…").
    void preselectRule(const QString &ruleId);

    ServicesModel *model() const { return m_model; }
    ServicesFilterModel *proxy() const { return m_proxy; }
    // The plan as prepared on the host; empty until the preview is ready.
    Plan::ChangePlan preparedPlan() const;
    bool isPreviewReady() const;

protected:
    QStringList stepNames() const override;
    QString previewToolTip() const override;
    bool canPreview() const override;
    QString applyText(int changes) const override;
    void startPreview() override;
    bool canApplyNow() const override;
    bool canReturnAfterApply() const override { return false; }
    void updateExtraButtons(Page page) override;

private:
    QWidget *createChoosePage();
    void updateChosenCount();

    std::shared_ptr<const Scan::ScanRecord> m_record; // the scan the choice is made from

    // Choose
    ServicesModel *m_model = nullptr;
    ServicesFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_onlyRecommended = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_mask = nullptr;
    QCheckBox *m_sockets = nullptr;
    QLabel *m_chosen = nullptr;
    QLabel *m_noScan = nullptr;
};

} // namespace Bulwark::Ui
