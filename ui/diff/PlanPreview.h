// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListView;
class QScrollArea;
class QVBoxLayout;

namespace Bulwark::Ui {

class PlanChangesModel;

// What a plan will do, before it is applied: the plan's warnings on a strip at the top, a summary ("3 changes:
// 2 commands, 1 file edit"), the list of changes and the selected change in detail. A command shows its argv as
// separate tokens (never joined), the line a POSIX shell receives, its effect on the host's units (from the facts),
// the checks run afterwards and the steps that undo it (a Windows step, {powershell.exe, ..., -Command, SCRIPT}, shows
// its script as written instead, and the state it changes, CommandStep::stateLabel(), as a diff in the same DiffView
// file edits use); a file edit shows its diff, validator, mode and owner and
// verification. Steps that destroy data for good (CommandStep::irreversible) are listed in red above the changes and
// marked "cannot be undone" in their detail; a step that reads a secret on stdin names the secret's slot, never its
// value (the preview never has it). GUI thread only.
class PlanPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPreview(QWidget *parent = nullptr);
    ~PlanPreview() override;

    // facts: the host facts JSON, for CommandStep::describeEffect.
    void setPlan(const Plan::ChangePlan &plan, const QJsonObject &facts);
    // The window of the automatic undo an access-affecting plan is applied with (ApplyOptions::confirmSeconds),
    // named in the note above the plan. Call before setPlan().
    void setConfirmSeconds(int seconds) { m_confirmSeconds = seconds; }
    void clear();
    int currentChange() const;
    void setCurrentChange(int index);

    PlanChangesModel *model() const { return m_model; }

private:
    void showChange(int index);
    QWidget *commandDetail(const Plan::Change &change, const Plan::CommandStep &step);
    QWidget *fileDetail(const Plan::Change &change, const Plan::FileEdit &edit);

    QLabel *m_warnings = nullptr;
    QLabel *m_commitConfirm = nullptr; // shown for access-affecting plans
    QLabel *m_irreversible = nullptr;  // shown for plans with steps that cannot be undone
    QLabel *m_summary = nullptr;
    QListView *m_list = nullptr;
    PlanChangesModel *m_model = nullptr;
    QWidget *m_detail = nullptr;
    QVBoxLayout *m_detailLayout = nullptr;
    QWidget *m_detailContent = nullptr;
    QJsonObject m_facts;
    int m_confirmSeconds = 120; // ApplyOptions' default
};

} // namespace Bulwark::Ui
