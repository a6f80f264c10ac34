// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QTabWidget;

namespace Bulwark::Ui {

class DashboardPage;
class FindingsPage;
class HostFactsPage;
class HostHeader;

// The selected host: its header (HostHeader) above the tabs Dashboard, Findings and Facts ("hostTabs"). A frame
// for the pages; MainWindow fills them.
class HostPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        DashboardTab,
        FindingsTab,
        FactsTab
    };

    explicit HostPage(QWidget *parent = nullptr);

    HostHeader *header() const { return m_header; }
    QTabWidget *tabs() const { return m_tabs; }
    DashboardPage *dashboard() const { return m_dashboard; }
    FindingsPage *findings() const { return m_findings; }
    HostFactsPage *facts() const { return m_facts; }
    // "Findings (12)" while checks failed.
    void setFailedCount(int failed);

private:
    HostHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardPage *m_dashboard = nullptr;
    FindingsPage *m_findings = nullptr;
    HostFactsPage *m_facts = nullptr;
};

} // namespace Bulwark::Ui
