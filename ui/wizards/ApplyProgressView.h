// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/ApplyReport.h"
#include "core/plan/ChangePlan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Bulwark::Ui {

class ErrorBanner;

// A transaction as it runs: one row per change with the phase it is in (from ApplyProgress), a Cancel button while it
// runs, then the outcome in plain words (Applied / Rolled back / Interrupted / Refused) with ApplyReport::summary(),
// and, after an interruption, "Check host state" (Applier::recover). For an access-affecting plan a line says when the
// automatic undo armed on the host fires, and afterwards what became of it. Shows; the caller runs the ApplyJob.
class ApplyProgressView : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ChangeColumn,
        StateColumn,
        ColumnCount
    };

    explicit ApplyProgressView(QWidget *parent = nullptr);

    // A new run of `plan` (its rows all "Waiting"); the Cancel button shows. The headline says `running` while it
    // runs and `finished` once the report is in.
    void start(const Plan::ChangePlan &plan, const QString &running, const QString &finished);
    // The words for a successful run ("Applied" unless set: a rollback says "Rolled back").
    void setAppliedText(const QString &text) { m_appliedText = text; }
    void showProgress(const Apply::ApplyProgress &progress);
    void showReport(const Apply::ApplyReport &report);

    // The outcome headline ("Applied", "Rolled back", ...) and the report's summary, for tests.
    QString outcomeText() const;
    QString summaryText() const;
    // The line about the automatic undo of an access-affecting plan (its deadline while armed), empty without one;
    // for tests.
    QString revertText() const;
    // The state column of change `index` ("Applied", "Staging…"), for tests.
    QString stateText(int index) const;
    QStandardItemModel *model() const { return m_model; }

    // Words for an outcome; translated.
    static QString outcomeName(Apply::ApplyReport::Outcome outcome);
    static QString changeStateName(Apply::ChangeOutcome::State state);

Q_SIGNALS:
    void cancelRequested();
    void checkHostStateRequested(const QString &transactionId);

private:
    QLabel *m_headline = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_revert = nullptr; // commit-confirmed: when the host undoes the plan by itself
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_summary = nullptr;
    ErrorBanner *m_banner = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_checkHost = nullptr;
    QString m_transactionId;
    QString m_finishedHeadline;
    QString m_appliedText;
};

} // namespace Bulwark::Ui
