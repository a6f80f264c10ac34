// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include "core/transport/SshSession.h"
#include "ui/AddHostDialog.h"
#include "ui/EmptyStatePage.h"
#include "ui/HostFactsPage.h"
#include "ui/HostListModel.h"
#include "ui/HostProbe.h"
#include "ui/HostTreeView.h"
#include "ui/Icons.h"
#include "ui/UiLogging.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Transport::HostConnection;
using Transport::SshCredentials;
using Transport::SshTarget;

namespace {

constexpr int StatusMessageMs = 6000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new HostListModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Bulwark"));
    setWindowIcon(Icons::icon(Icons::Glyph::Shield));
    setMinimumSize(960, 640);
    resize(1200, 760);

    createActions();
    createMenus();

    // Left: the hosts.
    auto *hostPane = new QWidget(this);
    hostPane->setObjectName(QStringLiteral("hostPane"));
    auto *hostsTitle = new QLabel(tr("Hosts"), hostPane);
    QFont titleFont = hostsTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    hostsTitle->setFont(titleFont);

    auto *hostView = new HostTreeView(hostPane);
    hostView->setPlaceholderText(tr("No hosts added"));
    m_hostView = hostView;
    m_hostView->setObjectName(QStringLiteral("hostListView"));
    m_hostView->setModel(m_model);
    m_hostView->setRootIsDecorated(false);
    m_hostView->setUniformRowHeights(true);
    m_hostView->setItemsExpandable(false);
    m_hostView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hostView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostView->setAllColumnsShowFocus(true);
    m_hostView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_hostView->addActions({m_connectAction, m_removeHostAction});
    m_hostView->header()->setStretchLastSection(false);
    m_hostView->header()->setSectionResizeMode(HostListModel::NameColumn, QHeaderView::Stretch);
    m_hostView->header()->setSectionResizeMode(HostListModel::AddressColumn, QHeaderView::ResizeToContents);
    m_hostView->header()->setSectionResizeMode(HostListModel::StatusColumn, QHeaderView::ResizeToContents);

    auto *hostLayout = new QVBoxLayout(hostPane);
    hostLayout->setContentsMargins(12, 14, 6, 12);
    hostLayout->setSpacing(8);
    hostLayout->addWidget(hostsTitle);
    hostLayout->addWidget(m_hostView, 1);

    // Right: details of the selected host.
    m_details = new QStackedWidget(this);
    m_details->setObjectName(QStringLiteral("detailsStack"));
    m_emptyPage = new EmptyStatePage(m_details);
    m_selectPage = new QLabel(tr("Select a host on the left to see its details."), m_details);
    m_selectPage->setObjectName(QStringLiteral("selectHostPage"));
    static_cast<QLabel *>(m_selectPage)->setAlignment(Qt::AlignCenter);
    m_selectPage->setForegroundRole(QPalette::PlaceholderText);
    m_factsPage = new HostFactsPage(m_details);
    m_details->addWidget(m_emptyPage);
    m_details->addWidget(m_selectPage);
    m_details->addWidget(m_factsPage);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(hostPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    hostPane->setMinimumWidth(320);
    splitter->setSizes({470, 730});
    setCentralWidget(splitter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setContentsMargins(6, 0, 6, 0);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_summary);

    connect(m_emptyPage, &EmptyStatePage::addHostRequested, this, &MainWindow::showAddHostDialog);
    connect(m_factsPage, &HostFactsPage::refreshRequested, this, &MainWindow::connectCurrentHost);
    const auto selectionChanged = [this] {
        updateDetails();
        updateActions();
    };
    connect(m_hostView->selectionModel(), &QItemSelectionModel::currentChanged, this, selectionChanged);
    connect(m_hostView->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = currentRow();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateDetails();
                updateActions();
                updateSummary();
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            updateDetails();
            updateActions();
            updateSummary();
        });
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        updateActions();
        updateSummary();
    });

    updateDetails();
    updateActions();
    updateSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_addHostAction = new QAction(Icons::icon(Icons::Glyph::AddHost), tr("&Add Host…"), this);
    m_addHostAction->setObjectName(QStringLiteral("actionAddHost"));
    m_addHostAction->setIconText(tr("Add host…"));
    m_addHostAction->setShortcut(QKeySequence::New);
    m_addHostAction->setStatusTip(tr("Connect to a Linux server over SSH and add it to the list"));
    connect(m_addHostAction, &QAction::triggered, this, &MainWindow::showAddHostDialog);

    m_connectAction = new QAction(Icons::icon(Icons::Glyph::Connect), tr("&Connect"), this);
    m_connectAction->setObjectName(QStringLiteral("actionConnect"));
    m_connectAction->setShortcut(QKeySequence::Refresh);
    m_connectAction->setStatusTip(tr("Connect to the selected host and refresh its facts"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectCurrentHost);

    m_removeHostAction = new QAction(Icons::icon(Icons::Glyph::RemoveHost), tr("&Remove Host"), this);
    m_removeHostAction->setObjectName(QStringLiteral("actionRemoveHost"));
    m_removeHostAction->setIconText(tr("Remove"));
    m_removeHostAction->setShortcut(QKeySequence::Delete);
    m_removeHostAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeHostAction->setStatusTip(tr("Remove the selected host from the list (nothing on the host changes)"));
    connect(m_removeHostAction, &QAction::triggered, this, &MainWindow::removeCurrentHost);

    m_quitAction = new QAction(Icons::icon(Icons::Glyph::Quit), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Bulwark"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addHostAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *host = menuBar()->addMenu(tr("&Host"));
    host->addAction(m_connectAction);
    host->addSeparator();
    host->addAction(m_removeHostAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(22, 22));
    toolBar->addAction(m_addHostAction);
    toolBar->addAction(m_connectAction);
    toolBar->addSeparator();
    toolBar->addAction(m_removeHostAction);
}

int MainWindow::currentRow() const
{
    const QModelIndex current = m_hostView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_hostView->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return current.row();
}

void MainWindow::addHost(const Host &host, ConnectionPtr connection)
{
    const int row = m_model->addHost(host, std::move(connection));
    selectRow(row);
    statusBar()->showMessage(tr("Added %1.").arg(host.displayName()), StatusMessageMs);
}

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_hostView->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateDetails();
    updateActions();
}

AddHostDialog *MainWindow::addHostDialog() const
{
    return m_addHostDialog;
}

void MainWindow::showAddHostDialog()
{
    if (m_addHostDialog) {
        m_addHostDialog->raise();
        m_addHostDialog->activateWindow();
        return;
    }
    auto *dialog = new AddHostDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addHost(dialog->host(), dialog->takeConnection()); });
    m_addHostDialog = dialog;
    dialog->open(); // window-modal; no nested event loop
}

void MainWindow::removeCurrentHost()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_model->host(row).displayName();
    m_model->removeHost(row); // its connection is retired without waiting
    if (m_model->rowCount() > 0)
        selectRow(qMin(row, m_model->rowCount() - 1));
    statusBar()->showMessage(tr("Removed %1 from the list.").arg(name), StatusMessageMs);
}

void MainWindow::connectCurrentHost()
{
    const int row = currentRow();
    if (row < 0 || m_model->status(row) == HostListModel::Status::Connecting)
        return;
    const Host host = m_model->host(row);
    if (!m_model->connection(row)) {
        // A host without a live connection (not added in this session): agent and keys only, no password.
        const SshTarget target = host.target;
        m_model->setConnection(row, makeConnection([target] {
                                   return std::make_unique<Transport::SshSession>(target, SshCredentials());
                               }));
    }
    HostConnection *connection = m_model->connection(row);
    m_model->setStatus(row, HostListModel::Status::Connecting);
    statusBar()->showMessage(tr("Connecting to %1…").arg(host.target.displayName()));

    // The connection is the continuation's context: alive until its work is done (see ConnectionRetirer). The
    // guard drops results for a host that was removed, or whose connection was replaced, in the meantime.
    const QUuid id = host.id;
    const QPointer<MainWindow> self(this);
    const auto rowFor = [self, id, connection]() -> int {
        if (!self)
            return -1;
        const int r = self->m_model->rowOf(id);
        return r >= 0 && self->m_model->connection(r) == connection ? r : -1;
    };
    const auto failed = [self, rowFor](const Error &error) {
        const int r = rowFor();
        if (r < 0)
            return;
        self->m_model->setStatus(r, HostListModel::Status::Failed, error);
        self->statusBar()->showMessage(error.message(), StatusMessageMs);
        qCInfo(lcUi).noquote() << "reconnecting" << self->m_model->host(r).target.displayName()
                               << "failed:" << error.message();
    };
    connection->open().then(connection, [self, rowFor, failed, connection](const Result<void> &opened) {
        if (rowFor() < 0)
            return;
        if (!opened) {
            failed(opened.error());
            return;
        }
        HostProbe::probe(*connection)
            .then(connection, [self, rowFor, failed](const Result<HostProbe::Outcome> &outcome) {
                const int r = rowFor();
                if (r < 0)
                    return;
                if (!outcome) {
                    failed(outcome.error());
                    return;
                }
                Host updated = self->m_model->host(r);
                HostProbe::apply(*outcome, updated);
                self->m_model->setHost(r, updated);
                self->m_model->setStatus(r, HostListModel::Status::Connected);
                self->statusBar()->showMessage(tr("Facts of %1 refreshed.").arg(updated.displayName()),
                                               StatusMessageMs);
            });
    });
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About Bulwark"));
    box->setIconPixmap(Icons::icon(Icons::Glyph::Shield).pixmap(QSize(64, 64), devicePixelRatioF()));
    box->setText(tr("<h3>Bulwark %1</h3>").arg(QApplication::applicationVersion().toHtmlEscaped()));
    box->setInformativeText(tr("Audits and hardens the servers that hold patient data. Bulwark shows every change "
                               "before it makes it, and changes nothing without your approval.<br><br>"
                               "Licensed under the Apache License 2.0."));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::updateDetails()
{
    if (m_model->rowCount() == 0) {
        m_details->setCurrentWidget(m_emptyPage);
        return;
    }
    const int row = currentRow();
    if (row < 0) {
        m_details->setCurrentWidget(m_selectPage);
        return;
    }
    m_factsPage->setHost(m_model->host(row), m_model->status(row), m_model->lastError(row));
    m_details->setCurrentWidget(m_factsPage);
}

void MainWindow::updateActions()
{
    const int row = currentRow();
    m_removeHostAction->setEnabled(row >= 0);
    m_connectAction->setEnabled(row >= 0 && m_model->status(row) != HostListModel::Status::Connecting);
}

void MainWindow::updateSummary()
{
    const int hosts = m_model->rowCount();
    if (hosts == 0) {
        m_summary->setText(tr("No hosts"));
        return;
    }
    m_summary->setText(tr("%n host(s), %1 connected", nullptr, hosts).arg(m_model->connectedCount()));
}

} // namespace Bulwark::Ui
