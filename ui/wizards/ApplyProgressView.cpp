// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/ApplyProgressView.h"

#include "ui/ErrorBanner.h"
#include "ui/Palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Apply::ApplyReport;
using Apply::ChangeOutcome;

ApplyProgressView::ApplyProgressView(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("applyProgress"));
    m_model->setHorizontalHeaderLabels({tr("Change"), tr("State")});

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("applyHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("applyPhase"));
    m_phase->setWordWrap(true);
    m_phase->setForegroundRole(QPalette::PlaceholderText);

    m_revert = new QLabel(this);
    m_revert->setObjectName(QStringLiteral("applyRevertDeadline"));
    m_revert->setWordWrap(true);
    m_revert->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revert->setVisible(false);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("applyChanges"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("applyOutcome"));
    QFont big = m_outcome->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_outcome->setFont(big);
    m_outcome->setVisible(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("applySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setVisible(false);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("applyErrorBanner"));

    m_cancel = new QPushButton(tr("Cancel and Roll Back"), this);
    m_cancel->setObjectName(QStringLiteral("cancelApplyButton"));
    m_cancel->setToolTip(tr("Stops after the current step and undoes every change made so far"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_phase->setText(tr("Stopping after the current step, then undoing what was done…"));
        Q_EMIT cancelRequested();
    });
    m_checkHost = new QPushButton(tr("Check Host State"), this);
    m_checkHost->setObjectName(QStringLiteral("checkHostStateButton"));
    m_checkHost->setToolTip(tr("Finds out, change by change, whether the host has the old or the new state. Changes "
                               "nothing."));
    m_checkHost->setVisible(false);
    connect(m_checkHost, &QPushButton::clicked, this, [this] { Q_EMIT checkHostStateRequested(m_transactionId); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_checkHost);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_phase);
    layout->addWidget(m_revert);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
}

void ApplyProgressView::start(const Plan::ChangePlan &plan, const QString &running, const QString &finished)
{
    m_headline->setText(running);
    m_finishedHeadline = finished;
    m_phase->setText(tr("Starting…"));
    m_model->removeRows(0, m_model->rowCount());
    for (const Plan::Change &change : plan.changes()) {
        auto *title = new QStandardItem(change.title());
        title->setToolTip(change.title());
        auto *state = new QStandardItem(tr("Waiting"));
        state->setForeground(Palette::neutral());
        m_model->appendRow({title, state});
    }
    m_outcome->setVisible(false);
    m_summary->setVisible(false);
    m_banner->clear();
    m_revert->clear();
    m_revert->setVisible(false);
    m_checkHost->setVisible(false);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_transactionId.clear();
}

void ApplyProgressView::showProgress(const Apply::ApplyProgress &progress)
{
    const QString phase = Apply::phaseDisplayName(progress.phase);
    m_phase->setText(progress.message.isEmpty() ? phase : progress.message);
    if (progress.revertDeadline.isValid())
        m_revert->setText(tr("Automatic undo armed: unless a fresh login confirms access, the host restores the "
                             "originals by itself at %1.")
                              .arg(Apply::revertTimeText(progress.revertDeadline)));
    m_revert->setVisible(progress.revertDeadline.isValid());
    if (progress.changeIndex < 0 || progress.changeIndex >= m_model->rowCount())
        return;
    for (int row = 0; row < progress.changeIndex; ++row) {
        QStandardItem *earlier = m_model->item(row, StateColumn);
        if (earlier->data(Qt::UserRole).toBool())
            continue;
        earlier->setText(tr("Done"));
        earlier->setForeground(Palette::neutral());
    }
    QStandardItem *state = m_model->item(progress.changeIndex, StateColumn);
    state->setText(tr("%1…").arg(phase));
    state->setForeground(palette().color(QPalette::Text));
    state->setData(false, Qt::UserRole);
}

void ApplyProgressView::showReport(const ApplyReport &report)
{
    m_transactionId = report.transactionId;
    m_cancel->setVisible(false);
    m_phase->clear();
    for (const ChangeOutcome &change : report.changes) {
        if (change.index < 0 || change.index >= m_model->rowCount())
            continue;
        QStandardItem *state = m_model->item(change.index, StateColumn);
        state->setText(changeStateName(change.state));
        state->setToolTip(change.detail);
        state->setData(true, Qt::UserRole);
        QColor color = Palette::neutral();
        if (change.state == ChangeOutcome::State::Applied || change.state == ChangeOutcome::State::New)
            color = Palette::statusColor(Rules::Finding::Status::Pass);
        else if (change.state == ChangeOutcome::State::Failed || change.state == ChangeOutcome::State::Unknown)
            color = Palette::statusColor(Rules::Finding::Status::Fail);
        state->setForeground(color);
    }
    m_headline->setText(m_finishedHeadline);
    m_outcome->setText(report.outcome == ApplyReport::Outcome::Applied && !m_appliedText.isEmpty()
                           ? m_appliedText
                           : outcomeName(report.outcome));
    m_outcome->setVisible(true);
    QPalette outcomePalette = m_outcome->palette();
    const bool good =
        report.outcome == ApplyReport::Outcome::Applied || report.outcome == ApplyReport::Outcome::Recovered;
    const bool bad =
        report.outcome == ApplyReport::Outcome::Interrupted || report.outcome == ApplyReport::Outcome::RollbackFailed;
    outcomePalette.setColor(QPalette::WindowText, good  ? Palette::statusColor(Rules::Finding::Status::Pass)
                                                  : bad ? Palette::statusColor(Rules::Finding::Status::Fail)
                                                        : palette().color(QPalette::WindowText));
    m_outcome->setPalette(outcomePalette);
    if (report.hostReverted)
        m_revert->setText(tr("The host's automatic undo (armed until %1) put the originals back.")
                              .arg(Apply::revertTimeText(report.revertDeadline)));
    else if (report.revertPending)
        m_revert->setText(tr("The automatic undo is still armed: the host restores the originals by itself at %1.")
                              .arg(Apply::revertTimeText(report.revertDeadline)));
    else if (report.revertDeadline.isValid() && report.outcome == ApplyReport::Outcome::Applied)
        m_revert->setText(tr("A fresh login confirmed access; the automatic undo was removed from the host."));
    else if (report.revertDeadline.isValid())
        m_revert->setText(tr("The automatic undo was removed from the host before the changes were undone."));
    else
        m_revert->clear();
    m_revert->setVisible(!m_revert->text().isEmpty());
    m_summary->setText(report.summary());
    m_summary->setVisible(!m_summary->text().isEmpty());
    if (report.error.isError() && bad)
        m_banner->showError(report.error, ErrorBanner::Severity::Critical);
    else if (report.error.isError() && report.error.code() != Error::Code::Canceled) // the summary says it
        m_banner->showError(report.error, ErrorBanner::Severity::Warning);
    else
        m_banner->clear();
    m_checkHost->setVisible(report.outcome == ApplyReport::Outcome::Interrupted && !report.transactionId.isEmpty());
}

QString ApplyProgressView::outcomeText() const
{
    return m_outcome->isVisibleTo(this) ? m_outcome->text() : QString();
}

QString ApplyProgressView::revertText() const
{
    return m_revert->isVisibleTo(this) ? m_revert->text() : QString();
}

QString ApplyProgressView::summaryText() const
{
    return m_summary->text();
}

QString ApplyProgressView::stateText(int index) const
{
    const QStandardItem *item = m_model->item(index, StateColumn);
    return item ? item->text() : QString();
}

QString ApplyProgressView::outcomeName(ApplyReport::Outcome outcome)
{
    switch (outcome) {
    case ApplyReport::Outcome::Applied:
        return tr("Applied");
    case ApplyReport::Outcome::RolledBack:
        return tr("Rolled back — the host is as it was");
    case ApplyReport::Outcome::Refused:
        return tr("Refused — nothing was changed");
    case ApplyReport::Outcome::Interrupted:
        return tr("Interrupted — the connection dropped");
    case ApplyReport::Outcome::RollbackFailed:
        return tr("Undoing failed — the host needs attention");
    case ApplyReport::Outcome::Recovered:
        return tr("Host state checked");
    }
    return {};
}

QString ApplyProgressView::changeStateName(ChangeOutcome::State state)
{
    switch (state) {
    case ChangeOutcome::State::NotStarted:
        return tr("Not started");
    case ChangeOutcome::State::Applied:
        return tr("Applied");
    case ChangeOutcome::State::Failed:
        return tr("Failed");
    case ChangeOutcome::State::RolledBack:
        return tr("Rolled back");
    case ChangeOutcome::State::Old:
        return tr("Host has the original");
    case ChangeOutcome::State::New:
        return tr("Host has the change");
    case ChangeOutcome::State::Unknown:
        return tr("Unknown");
    }
    return {};
}

} // namespace Bulwark::Ui
