// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostPage.h"

#include "ui/DashboardPage.h"
#include "ui/FindingsPage.h"
#include "ui/HostFactsPage.h"
#include "ui/HostHeader.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Bulwark::Ui {

HostPage::HostPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hostPage"));
    m_header = new HostHeader(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("hostTabs"));
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardPage(m_tabs);
    m_findings = new FindingsPage(m_tabs);
    m_facts = new HostFactsPage(m_tabs);
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_findings, tr("F&indings"));
    m_tabs->addTab(m_facts, tr("F&acts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
}

void HostPage::setFailedCount(int failed)
{
    m_tabs->setTabText(FindingsTab, failed > 0 ? tr("F&indings (%1 failed)").arg(failed) : tr("F&indings"));
}

} // namespace Bulwark::Ui
