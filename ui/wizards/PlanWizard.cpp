// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/PlanWizard.h"

#include "ui/FormHelpers.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/sudoers/PlanApplyPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Bulwark::Ui {

PlanWizard::PlanWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : QDialog(parent ? parent : window)
    , m_window(window)
    , m_hostId(hostId)
{
    if (window && window->hostModel()->contains(hostId))
        m_hostName = window->hostModel()->host(hostId).displayName();
    setSizeGripEnabled(true);
    // Made first, as the wizards always made them: widgets take the keyboard focus in the order they are made.
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setTextFormat(Qt::RichText);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("wizardPages"));
}

PlanWizard::~PlanWizard() = default;

PlanApplyPanel *PlanWizard::createPanel()
{
    if (m_panel)
        return m_panel;
    m_panel = new PlanApplyPanel(m_window, m_hostId, this);
    connect(m_panel, &PlanApplyPanel::stateChanged, this, &PlanWizard::updateButtons);
    connect(m_panel, &PlanApplyPanel::previewUpdated, this, &PlanWizard::previewUpdated);
    connect(m_panel, &PlanApplyPanel::applyFinished, this, &PlanWizard::applyFinished);
    connect(m_panel, &PlanApplyPanel::resultReady, this, &PlanWizard::resultReady);
    return m_panel;
}

void PlanWizard::setUpFrame(QWidget *choosePage, QWidget *planPage)
{
    createPanel();
    m_pages->addWidget(choosePage);
    m_pages->addWidget(planPage ? planPage : m_panel);

    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QPushButton::clicked, this, &PlanWizard::goBack);
    m_next = new QPushButton(tr("&Preview Changes >"), this);
    m_next->setObjectName(QStringLiteral("previewButton"));
    m_next->setToolTip(previewToolTip());
    connect(m_next, &QPushButton::clicked, this, &PlanWizard::showPreview);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    connect(m_apply, &QPushButton::clicked, this, &PlanWizard::applyChanges);
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &PlanWizard::reject);

    m_buttonRow = new QHBoxLayout;
    m_buttonRow->addWidget(m_back);
    m_buttonRow->addStretch(1);
    m_buttonRow->addWidget(m_next);
    m_buttonRow->addWidget(m_apply);
    m_buttonRow->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(m_steps);
    layout->addWidget(m_pages, 1);
    layout->addLayout(m_buttonRow);
}

PlanWizard::Page PlanWizard::currentPage() const
{
    if (m_pages->currentIndex() <= 0)
        return ChoosePage;
    switch (m_panel->stage()) {
    case PlanApplyPanel::PreviewStage:
        return PreviewPage;
    case PlanApplyPanel::ApplyStage:
        return ApplyPage;
    case PlanApplyPanel::ResultStage:
        return ResultPage;
    }
    return ChoosePage;
}

bool PlanWizard::isApplying() const
{
    return m_panel->isApplying();
}

void PlanWizard::showChoosePage()
{
    m_pages->setCurrentIndex(0);
}

void PlanWizard::showPlanPage()
{
    m_pages->setCurrentIndex(1);
}

void PlanWizard::showPreview()
{
    startPreview();
}

void PlanWizard::applyChanges()
{
    if (currentPage() != PreviewPage || !canApplyNow())
        return;
    m_panel->apply();
    updateButtons();
}

void PlanWizard::goBack()
{
    // From the preview, or after an apply that ended without changing anything for good (refused, rolled back).
    const Page page = currentPage();
    const bool settled = canReturnAfterApply() && page == ApplyPage && !m_panel->isBusy();
    if (page != PreviewPage && !settled)
        return;
    cancelPreviewWork();
    m_panel->cancelPreview(); // a prepare: reads only
    previewLeft();
    showChoosePage();
    updateButtons();
}

void PlanWizard::reject()
{
    if (m_panel->isApplying() || (currentPage() == ApplyPage && m_panel->isBusy()))
        return; // a transaction runs or is about to: it ends applied or rolled back, never abandoned
    cancelPreviewWork();
    m_panel->cancelPreview();
    QDialog::reject();
}

QStringList PlanWizard::stepNames() const
{
    return {tr("Choose"), tr("Preview"), tr("Apply"), tr("Result")};
}

QString PlanWizard::previewToolTip() const
{
    return tr("Shows exactly what would change. Changes nothing.");
}

bool PlanWizard::canApplyNow() const
{
    return m_panel->canApply();
}

void PlanWizard::updateButtons()
{
    if (!m_back)
        return; // the frame is not set up yet
    const Page page = currentPage();
    updateExtraButtons(page);
    const bool settled = page == ApplyPage && !m_panel->isBusy();
    // Connecting for the apply counts as running: once the connection is there, the transaction starts.
    const bool running = page == ApplyPage && m_panel->isBusy();
    if (canReturnAfterApply()) {
        m_back->setVisible(page == PreviewPage || page == ChoosePage || settled);
        m_back->setEnabled((page == PreviewPage && !m_panel->isApplying()) || settled);
    } else {
        m_back->setVisible(page == PreviewPage || page == ChoosePage);
        m_back->setEnabled(page == PreviewPage && !m_panel->isBusy());
    }
    m_next->setVisible(page == ChoosePage);
    m_next->setEnabled(canPreview());
    m_apply->setVisible(page == PreviewPage);
    m_apply->setText(applyText(m_panel->changeCount()));
    m_apply->setEnabled(canApplyNow());
    m_close->setText(page == ResultPage || (page == ApplyPage && !running) ? tr("Close") : tr("Cancel"));
    m_close->setEnabled(!running);
    if (page == PreviewPage && m_apply->isEnabled())
        m_apply->setDefault(true);
    else if (page == ChoosePage)
        m_next->setDefault(true);
    m_steps->setText(FormHelpers::stepsText(stepNames(), int(page)));
}

} // namespace Bulwark::Ui
