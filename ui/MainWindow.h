// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/ConnectionPtr.h"
#include "ui/Host.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace Bulwark::Ui {

class AddHostDialog;
class EmptyStatePage;
class HostFactsPage;
class HostListModel;

// The console's window: hosts on the left (HostListModel in a QTreeView), the selected host's details on the
// right, an empty-state page while there is no host. Every network step runs on the host's worker and continues
// here with QFuture::then; the window never waits.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    HostListModel *hostModel() const { return m_model; }
    // Adds `host` with its open connection (or none), selects it and shows its facts.
    void addHost(const Host &host, ConnectionPtr connection);
    // The selected host's row, or -1.
    int currentRow() const;
    // The Add host dialog while it is open.
    AddHostDialog *addHostDialog() const;

public Q_SLOTS:
    void showAddHostDialog();
    void removeCurrentHost();
    // Connects the selected host again (with the credentials it was added with) and refreshes its facts.
    void connectCurrentHost();
    void showAbout();

private:
    void createActions();
    void createMenus();
    void updateDetails();
    void updateActions();
    void updateSummary();
    void selectRow(int row);

    HostListModel *m_model = nullptr;
    QTreeView *m_hostView = nullptr;
    QStackedWidget *m_details = nullptr;
    EmptyStatePage *m_emptyPage = nullptr;
    QWidget *m_selectPage = nullptr;
    HostFactsPage *m_factsPage = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_addHostAction = nullptr;
    QAction *m_removeHostAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QPointer<AddHostDialog> m_addHostDialog;
};

} // namespace Bulwark::Ui
