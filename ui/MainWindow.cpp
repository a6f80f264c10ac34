// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include "core/apply/Journal.h"
#include "core/inventory/Inventory.h"
#include "core/report/HtmlReport.h"
#include "core/scan/ScanHistory.h"
#include "ui/DashboardPage.h"
#include "ui/EditHostDialog.h"
#include "ui/EmptyStatePage.h"
#include "ui/ErrorBanner.h"
#include "ui/FindingDetailsView.h"
#include "ui/FindingsPage.h"
#include "ui/Format.h"
#include "ui/FutureWatch.h"
#include "ui/HostConnector.h"
#include "ui/HostFactsPage.h"
#include "ui/HostHeader.h"
#include "ui/HostListModel.h"
#include "ui/HostPage.h"
#include "ui/HostTreeView.h"
#include "ui/Icons.h"
#include "ui/Palette.h"
#include "ui/ScanController.h"
#include "ui/ScanStore.h"
#include "ui/UiLogging.h"
#include "ui/accounts/AccountsWizard.h"
#include "ui/journal/JournalPage.h"
#include "ui/luks/LuksWizard.h"
#include "ui/ssh/SshWizard.h"
#include "ui/sudoers/SudoersEditor.h"
#include "ui/sudoers/SudoersWizard.h"
#include "ui/tls/TlsWizard.h"
#include "ui/windows/WindowsAdminWizard.h"
#include "ui/windows/WindowsServicesWizard.h"
#include "ui/wizards/ServicesWizard.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Bulwark::Ui {

using Rules::RuleCatalog;

namespace {

constexpr int StatusMessageMs = 6000;

MainWindow::Settings withDefaults(MainWindow::Settings settings)
{
    if (settings.inventoryPath.isEmpty())
        settings.inventoryPath = Inventory::Inventory::defaultPath();
    if (settings.scanRoot.isEmpty())
        settings.scanRoot = Scan::ScanHistory::defaultRoot();
    if (settings.journalPath.isEmpty())
        settings.journalPath = Apply::Journal::defaultPath();
    return settings;
}

QString safeFileName(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = text;
    name.replace(unsafe, QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("host") : name;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Settings(), parent)
{}

MainWindow::MainWindow(Settings settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(withDefaults(std::move(settings)))
    , m_sshConfig(m_settings.sshConfig ? *m_settings.sshConfig : Transport::SshConfig::loadDefault())
    , m_model(new HostListModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Bulwark"));
    setWindowIcon(Icons::icon(Icons::Glyph::Shield));
    setMinimumSize(960, 640);
    resize(1280, 820);

    m_connector = new HostConnector(m_model, this, this);
    if (m_settings.sessionFactory)
        m_connector->setSessionFactory(m_settings.sessionFactory);
    if (m_settings.winRmSessionFactory)
        m_connector->setWinRmSessionFactory(m_settings.winRmSessionFactory);
    m_connector->setWinRmPinsPath(m_settings.winRmPinsPath);
    m_scans = new ScanController(m_model, m_connector, this);
    m_scans->setHistoryRoot(m_settings.scanRoot);
    m_store = new ScanStore(m_settings.scanRoot, this);

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

    m_inventoryBanner = new ErrorBanner(hostPane);
    m_inventoryBanner->setObjectName(QStringLiteral("inventoryBanner"));

    auto *hostView = new HostTreeView(hostPane);
    hostView->setPlaceholderText(tr("No hosts added"));
    m_hostView = hostView;
    m_hostView->setObjectName(QStringLiteral("hostListView"));
    m_hostView->setModel(m_model);
    m_hostView->setRootIsDecorated(true);
    m_hostView->setUniformRowHeights(true);
    m_hostView->setItemsExpandable(true);
    m_hostView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hostView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostView->setAllColumnsShowFocus(true);
    m_hostView->setIndentation(16);
    m_hostView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_hostView->addActions({m_scanAction, m_connectAction, m_editHostAction, m_exportAction, m_removeHostAction});
    m_hostView->header()->setStretchLastSection(false);
    m_hostView->header()->setSectionResizeMode(HostListModel::NameColumn, QHeaderView::Stretch);
    m_hostView->header()->setSectionResizeMode(HostListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_hostView->header()->setSectionResizeMode(HostListModel::ScoreColumn, QHeaderView::ResizeToContents);
    // The address is in the header of the host page and in the name's tooltip; the pane stays narrow without it.
    m_hostView->setColumnHidden(HostListModel::AddressColumn, true);

    auto *hostLayout = new QVBoxLayout(hostPane);
    hostLayout->setContentsMargins(12, 14, 6, 12);
    hostLayout->setSpacing(8);
    hostLayout->addWidget(hostsTitle);
    hostLayout->addWidget(m_inventoryBanner);
    hostLayout->addWidget(m_hostView, 1);

    // Right: the selected host.
    m_details = new QStackedWidget(this);
    m_details->setObjectName(QStringLiteral("detailsStack"));
    m_emptyPage = new EmptyStatePage(m_details);
    m_selectPage = new QLabel(tr("Select a host on the left to see its audit."), m_details);
    m_selectPage->setObjectName(QStringLiteral("selectHostPage"));
    m_selectPage->setAlignment(Qt::AlignCenter);
    m_selectPage->setWordWrap(true);
    m_selectPage->setForegroundRole(QPalette::PlaceholderText);
    m_hostPage = new HostPage(m_details);
    m_details->addWidget(m_emptyPage);
    m_details->addWidget(m_selectPage);
    m_details->addWidget(m_hostPage);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(hostPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    hostPane->setMinimumWidth(340);
    splitter->setSizes({420, 860});
    setCentralWidget(splitter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setContentsMargins(6, 0, 6, 0);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_summary);

    // Pages.
    connect(m_emptyPage, &EmptyStatePage::addHostRequested, this, &MainWindow::showAddHostDialog);
    HostHeader *header = m_hostPage->header();
    connect(header, &HostHeader::scanRequested, this, &MainWindow::scanCurrentHost);
    connect(header, &HostHeader::cancelRequested, this, &MainWindow::cancelCurrentScan);
    connect(m_hostPage->dashboard(), &DashboardPage::scanRequested, this, &MainWindow::scanCurrentHost);
    connect(m_hostPage->dashboard(), &DashboardPage::findingsRequested, this, [this](int severity) {
        m_hostPage->findings()->showFailed(severity < 0 ? std::nullopt : std::optional(Rules::Severity(severity)));
        m_hostPage->tabs()->setCurrentIndex(HostPage::FindingsTab);
    });
    connect(m_hostPage->findings()->details(), &FindingDetailsView::fixRequested, this,
            [this](Rules::Wizard wizard, const QString &ruleId) {
                if (wizard == Rules::Wizard::Services)
                    showServicesWizard(ruleId);
                else if (wizard == Rules::Wizard::Sudoers)
                    showSudoersWizard(ruleId);
                else if (wizard == Rules::Wizard::Ssh)
                    showSshWizard(ruleId);
                else if (wizard == Rules::Wizard::Accounts)
                    showAccountsWizard(ruleId);
                else if (wizard == Rules::Wizard::Luks)
                    showLuksWizard(ruleId);
                else if (wizard == Rules::Wizard::Tls)
                    showTlsWizard(ruleId);
            });
    m_hostPage->addAction(m_servicesAction);
    m_hostPage->addAction(m_sudoersAction);
    m_hostPage->addAction(m_sshAction);
    m_hostPage->addAction(m_accountsAction);
    m_hostPage->addAction(m_luksAction);
    m_hostPage->addAction(m_tlsAction);

    // Selection and model.
    const auto refresh = [this] {
        updateDetails();
        updateActions();
        updateSummary();
    };
    connect(m_hostView->selectionModel(), &QItemSelectionModel::currentChanged, this, refresh);
    connect(m_hostView->selectionModel(), &QItemSelectionModel::selectionChanged, this, refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, refresh](const QModelIndex &under) {
        m_hostView->expand(under);
        m_hostView->expandAll();
        refresh();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, refresh] {
        m_hostView->expandAll();
        refresh();
    });
    connect(m_model, &HostListModel::saveFailed, this,
            [this](const Error &error) { m_inventoryBanner->showError(error, ErrorBanner::Severity::Warning); });

    // Scans.
    connect(m_scans, &ScanController::started, this, [this, refresh](const QUuid &id) {
        m_scanProblems.remove(id);
        refresh();
    });
    connect(m_scans, &ScanController::stageChanged, this, refresh);
    connect(m_scans, &ScanController::finished, this, [this](const QUuid &id, const ScanController::Outcome &outcome) {
        onScanFinished(id, outcome.record, outcome.history, outcome.saveError);
    });
    connect(m_scans, &ScanController::failed, this, [this, refresh](const QUuid &id, const Error &error) {
        m_scanProblems.insert(
            id, Error(error.code(), tr("The scan did not complete: %1").arg(error.message()), error.detail()));
        if (m_model->contains(id))
            statusBar()->showMessage(tr("Scanning %1 failed.").arg(m_model->host(id).displayName()), StatusMessageMs);
        refresh();
    });
    connect(m_scans, &ScanController::stopped, this, [this, refresh](const QUuid &id) {
        m_scanProblems.insert(
            id, Error(Error::Code::Canceled, tr("The scan was stopped. Nothing on the host was changed.")));
        refresh();
    });
    connect(m_store, &ScanStore::changed, this, &MainWindow::onStoreChanged);

    // The saved hosts and what is known of their scans.
    if (const auto loaded = m_model->load(m_settings.inventoryPath, m_sshConfig); !loaded) {
        m_inventoryBanner->showError(loaded.error(), ErrorBanner::Severity::Warning);
        qCWarning(lcUi).noquote() << loaded.error().toString();
    }
    m_store->load(m_model->hostIds());
    m_hostView->expandAll();
    if (m_model->hostCount() > 0)
        selectHost(m_model->hostIds().constFirst());

    // The rule catalog: shared read-only by every scan, the findings and the reports.
    if (m_settings.catalog) {
        setCatalog(m_settings.catalog);
    } else {
        const auto loading = QtConcurrent::run([] { return RuleCatalog::loadBuiltIn(); });
        onFinished(this, loading, [this](const Result<RuleCatalog> &loaded) {
            if (!loaded) {
                m_catalogError = Error(loaded.error().code(),
                                       tr("The rule catalog could not be loaded, so hosts cannot be scanned: %1")
                                           .arg(loaded.error().message()),
                                       loaded.error().detail());
                qCWarning(lcUi).noquote() << m_catalogError.toString();
                updateDetails();
                updateActions();
                return;
            }
            setCatalog(std::make_shared<const RuleCatalog>(*loaded));
        });
    }

    updateDetails();
    updateActions();
    updateSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::setCatalog(std::shared_ptr<const RuleCatalog> catalog)
{
    m_catalog = std::move(catalog);
    m_scans->setCatalog(m_catalog);
    m_hostPage->dashboard()->setManualPractices(m_catalog->manualPractices(Rules::Platform::Linux));
    m_shownRecord = nullptr; // titles come from the catalog: draw again
    m_shownHost = QUuid();   // and the checklist of the shown host's platform
    qCInfo(lcUi) << "rule catalog ready:" << m_catalog->size() << "rules";
    updateDetails();
    updateActions();
    Q_EMIT catalogReady();
}

void MainWindow::createActions()
{
    m_addHostAction = new QAction(Icons::icon(Icons::Glyph::AddHost), tr("&Add Host…"), this);
    m_addHostAction->setObjectName(QStringLiteral("actionAddHost"));
    m_addHostAction->setIconText(tr("Add host…"));
    m_addHostAction->setShortcut(QKeySequence::New);
    m_addHostAction->setStatusTip(tr("Connect to a Linux server over SSH or a Windows server over WinRM and add it to "
                                     "the list"));
    connect(m_addHostAction, &QAction::triggered, this, &MainWindow::showAddHostDialog);

    m_scanAction = new QAction(Icons::icon(Icons::Glyph::Scan), tr("&Scan"), this);
    m_scanAction->setObjectName(QStringLiteral("actionScan"));
    m_scanAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_scanAction->setStatusTip(tr("Audit the selected host: one read-only command, then every check. Nothing on the "
                                  "host changes."));
    connect(m_scanAction, &QAction::triggered, this, &MainWindow::scanCurrentHost);

    m_connectAction = new QAction(Icons::icon(Icons::Glyph::Connect), tr("&Connect"), this);
    m_connectAction->setObjectName(QStringLiteral("actionConnect"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_connectAction->setStatusTip(tr("Connect to the selected host and refresh its facts"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectCurrentHost);

    m_editHostAction = new QAction(Icons::icon(Icons::Glyph::Edit), tr("&Edit Host…"), this);
    m_editHostAction->setObjectName(QStringLiteral("actionEditHost"));
    m_editHostAction->setIconText(tr("Edit…"));
    m_editHostAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editHostAction->setStatusTip(tr("Change the selected host's name, address, group, key or sudo setting"));
    connect(m_editHostAction, &QAction::triggered, this, &MainWindow::showEditHostDialog);

    m_removeHostAction = new QAction(Icons::icon(Icons::Glyph::RemoveHost), tr("&Remove Host…"), this);
    m_removeHostAction->setObjectName(QStringLiteral("actionRemoveHost"));
    m_removeHostAction->setIconText(tr("Remove…"));
    m_removeHostAction->setShortcut(QKeySequence::Delete);
    m_removeHostAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeHostAction->setStatusTip(
        tr("Remove the selected host and its saved scans from Bulwark (nothing on the host changes)"));
    connect(m_removeHostAction, &QAction::triggered, this, &MainWindow::removeCurrentHost);

    m_exportAction = new QAction(Icons::icon(Icons::Glyph::Export), tr("&Export Report…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportReport"));
    m_exportAction->setIconText(tr("Export report…"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save the selected host's latest scan as an HTML report or as JSON"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);

    m_quitAction = new QAction(Icons::icon(Icons::Glyph::Quit), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_servicesAction = new QAction(Icons::icon(Icons::Glyph::Shield), tr("Ser&vices…"), this);
    m_servicesAction->setObjectName(QStringLiteral("actionServicesWizard"));
    m_servicesAction->setIconText(tr("Services…"));
    m_servicesAction->setStatusTip(tr("Switch off services the selected host does not need. You see every change "
                                      "before it is made."));
    connect(m_servicesAction, &QAction::triggered, this, [this] { showServicesWizard(); });

    m_sudoersAction = new QAction(tr("Sud&oers…"), this);
    m_sudoersAction->setObjectName(QStringLiteral("actionSudoersEditor"));
    m_sudoersAction->setIconText(tr("Sudoers…"));
    m_sudoersAction->setStatusTip(tr("See and edit who may act as root on the selected host, checked as you type. "
                                     "You see every change before it is made."));
    connect(m_sudoersAction, &QAction::triggered, this, &MainWindow::showSudoersEditor);

    m_sshAction = new QAction(tr("SS&H access…"), this);
    m_sshAction->setObjectName(QStringLiteral("actionSshWizard"));
    m_sshAction->setIconText(tr("SSH…"));
    m_sshAction->setStatusTip(tr("Harden how people log in to the selected host over SSH. Bulwark checks first that "
                                 "you keep your own way in, and the host undoes the change by itself if you lose it."));
    connect(m_sshAction, &QAction::triggered, this, [this] { showSshWizard(); });

    m_accountsAction = new QAction(tr("&Accounts…"), this);
    m_accountsAction->setObjectName(QStringLiteral("actionAccountsWizard"));
    m_accountsAction->setIconText(tr("Accounts…"));
    m_accountsAction->setStatusTip(tr("Lock, expire or rename the accounts the selected host should not have open. "
                                      "Your own account is never touched."));
    connect(m_accountsAction, &QAction::triggered, this, [this] { showAccountsWizard(); });

    m_luksAction = new QAction(tr("Encrypt a &Disk (LUKS)…"), this);
    m_luksAction->setObjectName(QStringLiteral("actionLuksWizard"));
    m_luksAction->setIconText(tr("Encrypt disk…"));
    m_luksAction->setStatusTip(tr("Encrypt an empty disk or partition of the selected host with LUKS2 and mount it at "
                                  "boot. Mounted or busy disks are never formatted."));
    connect(m_luksAction, &QAction::triggered, this, [this] { showLuksWizard(); });

    m_tlsAction = new QAction(tr("&TLS on Web Servers…"), this);
    m_tlsAction->setObjectName(QStringLiteral("actionTlsWizard"));
    m_tlsAction->setIconText(tr("TLS…"));
    m_tlsAction->setStatusTip(tr("Give the web sites of the selected host a certificate, TLS 1.2 and 1.3 only, HSTS "
                                 "and a redirect to HTTPS. You see every edit before it is made."));
    connect(m_tlsAction, &QAction::triggered, this, [this] { showTlsWizard(); });

    m_journalAction = new QAction(tr("Change &Journal"), this);
    m_journalAction->setObjectName(QStringLiteral("actionJournal"));
    m_journalAction->setIconText(tr("Change journal"));
    m_journalAction->setStatusTip(tr("Every change Bulwark made to your servers, who made it and how to undo it"));
    connect(m_journalAction, &QAction::triggered, this, &MainWindow::showJournal);

    m_aboutAction = new QAction(tr("&About Bulwark"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addHostAction);
    file->addAction(m_exportAction);
    file->addAction(m_journalAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *host = menuBar()->addMenu(tr("&Host"));
    host->addAction(m_scanAction);
    host->addAction(m_connectAction);
    host->addSeparator();
    host->addAction(m_servicesAction);
    host->addAction(m_sudoersAction);
    host->addAction(m_sshAction);
    host->addAction(m_accountsAction);
    host->addAction(m_luksAction);
    host->addAction(m_tlsAction);
    host->addSeparator();
    host->addAction(m_editHostAction);
    host->addAction(m_removeHostAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(22, 22));
    toolBar->addAction(m_addHostAction);
    toolBar->addSeparator();
    toolBar->addAction(m_scanAction);
    toolBar->addAction(m_connectAction);
    toolBar->addSeparator();
    toolBar->addAction(m_editHostAction);
    toolBar->addAction(m_removeHostAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);
    toolBar->addSeparator();
    toolBar->addAction(m_servicesAction);
    toolBar->addAction(m_sshAction);
    toolBar->addAction(m_accountsAction);
    toolBar->addAction(m_tlsAction);
    toolBar->addAction(m_journalAction);
}

QUuid MainWindow::currentHostId() const
{
    const QModelIndex current = m_hostView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_hostView->selectionModel()->isSelected(current.siblingAtColumn(0)))
        return {};
    const QUuid id = m_model->hostId(current);
    return m_model->contains(id) ? id : QUuid();
}

void MainWindow::selectHost(const QUuid &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    m_hostView->expand(index.parent());
    m_hostView->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_hostView->scrollTo(index);
    updateDetails();
    updateActions();
}

void MainWindow::addHost(const Host &host, ConnectionPtr connection)
{
    m_model->addHost(host, std::move(connection));
    m_store->load(host.id);
    selectHost(host.id);
    statusBar()->showMessage(tr("Added %1.").arg(host.displayName()), StatusMessageMs);
}

AddHostDialog *MainWindow::addHostDialog() const
{
    return m_addHostDialog;
}

EditHostDialog *MainWindow::editHostDialog() const
{
    return m_editHostDialog;
}

ServicesWizard *MainWindow::servicesWizard() const
{
    return m_servicesWizard;
}

SudoersEditor *MainWindow::sudoersEditor() const
{
    return m_sudoersEditor;
}

SudoersWizard *MainWindow::sudoersWizard() const
{
    return m_sudoersWizard;
}

SshWizard *MainWindow::sshWizard() const
{
    return m_sshWizard;
}

AccountsWizard *MainWindow::accountsWizard() const
{
    return m_accountsWizard;
}

LuksWizard *MainWindow::luksWizard() const
{
    return m_luksWizard;
}

TlsWizard *MainWindow::tlsWizard() const
{
    return m_tlsWizard;
}

JournalPage *MainWindow::journalPage() const
{
    return m_journalPage;
}

Apply::ApplyOptions MainWindow::applyOptions(const QUuid &id) const
{
    Apply::ApplyOptions options;
    options.localBackupRoot = m_settings.localBackupRoot;
    if (!m_model->contains(id))
        return options;
    // The final verification logs in anew, with the same target and the credentials typed for this host (a password,
    // a sudo password; on Windows the pinned certificate), so it proves that the way in still works after the change.
    options.freshSession = m_connector->freshSessionFactory(id);
    return options;
}

namespace {

// The one wizard of a kind: raises the open one when it serves this host and no rule was asked for, or while it
// applies (a change in flight is never closed from here); otherwise closes it so a new one can open. True: raised.
template<typename Wizard>
bool raiseOpenWizard(const QPointer<Wizard> &open, const QUuid &id, const QString &ruleId)
{
    if (!open)
        return false;
    if (open->isApplying() || (open->hostId() == id && ruleId.isEmpty())) {
        open->raise();
        open->activateWindow();
        return true;
    }
    open->close();
    return false;
}

} // namespace

void MainWindow::showServicesWizard(const QString &ruleId)
{
    if (showWindowsWizard(Rules::Wizard::Services, ruleId))
        return;
    const QUuid id = currentHostId();
    if (id.isNull() || !m_store->latest(id) || raiseOpenWizard(m_servicesWizard, id, ruleId))
        return;
    auto *wizard = new ServicesWizard(this, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!ruleId.isEmpty())
        wizard->preselectRule(ruleId);
    connect(wizard, &ServicesWizard::applyFinished, this, [this] {
        if (m_journalPage)
            m_journalPage->reload();
    });
    m_servicesWizard = wizard;
    wizard->open(); // window-modal; no nested event loop
}

void MainWindow::showSudoersEditor()
{
    const QUuid id = currentHostId();
    if (id.isNull() || isWindowsHost(id))
        return;
    if (m_sudoersEditor) {
        if (m_sudoersEditor->hostId() == id || m_sudoersEditor->isApplying()) {
            m_sudoersEditor->raise();
            m_sudoersEditor->activateWindow();
            return;
        }
        m_sudoersEditor->close();
    }
    auto *editor = new SudoersEditor(this, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &SudoersEditor::applyFinished, this, [this] {
        if (m_journalPage)
            m_journalPage->reload();
    });
    m_sudoersEditor = editor;
    editor->open(); // window-modal; no nested event loop
    editor->reload();
}

void MainWindow::showSudoersWizard(const QString &ruleId)
{
    const QUuid id = currentHostId();
    if (id.isNull() || isWindowsHost(id) || raiseOpenWizard(m_sudoersWizard, id, ruleId))
        return;
    auto *wizard = new SudoersWizard(this, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The failed check's evidence names the rule: "/etc/sudoers.d/90-labadmin:1: labadmin ALL=(ALL) NOPASSWD: ALL".
    if (const auto record = m_store->latest(id); record && !ruleId.isEmpty()) {
        static const QRegularExpression where(QStringLiteral("^(/[^:\\s]+):(\\d+):"));
        for (const Rules::Finding &finding : record->findings) {
            if (finding.ruleId() != ruleId)
                continue;
            for (const QString &evidence : finding.evidence()) {
                const QRegularExpressionMatch match = where.match(evidence);
                if (match.hasMatch()) {
                    wizard->presetRule(match.captured(1), match.captured(2).toInt());
                    break;
                }
            }
            break;
        }
    }
    connect(wizard, &SudoersWizard::applyFinished, this, [this] {
        if (m_journalPage)
            m_journalPage->reload();
    });
    m_sudoersWizard = wizard;
    wizard->open(); // window-modal; no nested event loop
    wizard->reload();
}

void MainWindow::showSshWizard(const QString &ruleId)
{
    const QUuid id = currentHostId();
    if (id.isNull() || isWindowsHost(id) || !m_store->latest(id) || raiseOpenWizard(m_sshWizard, id, ruleId))
        return;
    auto *wizard = new SshWizard(this, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!ruleId.isEmpty())
        wizard->presetRule(ruleId);
    connect(wizard, &SshWizard::applyFinished, this, [this] {
        if (m_journalPage)
            m_journalPage->reload();
    });
    m_sshWizard = wizard;
    wizard->open(); // window-modal; no nested event loop
    wizard->reload();
}

void MainWindow::showAccountsWizard(const QString &ruleId)
{
    if (showWindowsWizard(Rules::Wizard::Accounts, ruleId))
        return;
    const QUuid id = currentHostId();
    if (id.isNull() || !m_store->latest(id) || raiseOpenWizard(m_accountsWizard, id, ruleId))
        return;
    auto *wizard = new AccountsWizard(this, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!ruleId.isEmpty())
        wizard->presetRule(ruleId);
    connect(wizard, &AccountsWizard::applyFinished, this, [this] {
        if (m_journalPage)
            m_journalPage->reload();
    });
    // Root's SSH login belongs to the SSH wizard: the accounts wizard closes (unless it applies) and hands over.
    connect(wizard, &AccountsWizard::openSshWizard, this, [this](const QString &sshRule) {
        if (m_accountsWizard && !m_accountsWizard->isApplying())
            m_accountsWizard->close();
        showSshWizard(sshRule);
    });
    m_accountsWizard = wizard;
    wizard->open(); // window-modal; no nested event loop
    wizard->reload();
}

void MainWindow::showLuksWizard(const QString &ruleId)
{
    const QUuid id = currentHostId();
    if (id.isNull() || isWindowsHost(id) || raiseOpenWizard(m_luksWizard, id, ruleId))
        return;
    auto *wizard = new LuksWizard(this, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!ruleId.isEmpty())
        wizard->presetRule(ruleId);
    // The header backup's copy is journaled after the apply: the journal page shows both.
    connect(wizard, &LuksWizard::applyFinished, this, [this] {
        if (m_journalPage)
            m_journalPage->reload();
    });
    connect(wizard, &LuksWizard::headerFetchFinished, this, [this] {
        if (m_journalPage)
            m_journalPage->reload();
    });
    m_luksWizard = wizard;
    wizard->open(); // window-modal; no nested event loop
    wizard->reload();
}

void MainWindow::showTlsWizard(const QString &ruleId)
{
    const QUuid id = currentHostId();
    if (id.isNull() || isWindowsHost(id) || raiseOpenWizard(m_tlsWizard, id, ruleId))
        return;
    auto *wizard = new TlsWizard(this, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!ruleId.isEmpty())
        wizard->presetRule(ruleId);
    connect(wizard, &TlsWizard::applyFinished, this, [this] {
        if (m_journalPage)
            m_journalPage->reload();
    });
    m_tlsWizard = wizard;
    wizard->open(); // window-modal; no nested event loop
    wizard->reload();
}

void MainWindow::showJournal()
{
    if (!m_journalPage) {
        m_journalPage = new JournalPage(this, this);
        m_journalPage->setWindowFlag(Qt::Window);
    }
    m_journalPage->reload();
    m_journalPage->show();
    m_journalPage->raise();
    m_journalPage->activateWindow();
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
    if (m_settings.sshConfig)
        dialog->setSshConfig(*m_settings.sshConfig);
    if (m_settings.sessionFactory)
        dialog->setSessionFactory(m_settings.sessionFactory);
    if (m_settings.winRmSessionFactory)
        dialog->setWinRmSessionFactory(m_settings.winRmSessionFactory);
    dialog->setWinRmPinsPath(m_settings.winRmPinsPath);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Host host = dialog->host();
        if (host.isWindows()) // the password typed there, for the next connections this session
            m_connector->setWinRmCredentials(host.id, dialog->takeWinRmCredentials());
        addHost(host, dialog->takeConnection());
    });
    m_addHostDialog = dialog;
    dialog->open(); // window-modal; no nested event loop
}

void MainWindow::showEditHostDialog()
{
    const QUuid id = currentHostId();
    if (id.isNull())
        return;
    if (m_editHostDialog) {
        m_editHostDialog->raise();
        m_editHostDialog->activateWindow();
        return;
    }
    auto *dialog = new EditHostDialog(m_model->host(id), m_model->groups(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!m_model->contains(id))
            return;
        Host edited = dialog->host();
        if (dialog->changesConnection()) {
            // The old connection dials the old address: stop what runs on it and let it go.
            m_scans->cancel(id);
            m_connector->cancel(id);
            m_model->setConnection(id, nullptr);
            m_model->setStatus(id, HostListModel::Status::Disconnected);
            const Host resolved = Host::fromEntry(edited.toEntry(), m_sshConfig);
            edited.target = resolved.target;
            edited.winRm = resolved.winRm;
            edited.certificateFingerprint.clear();
            edited.certificateSubject.clear();
            edited.hostKey = {};
            edited.authMethod.clear();
        }
        m_model->setHost(id, edited);
        selectHost(id); // the row moves when its group changed
        statusBar()->showMessage(tr("Saved %1.").arg(edited.displayName()), StatusMessageMs);
    });
    m_editHostDialog = dialog;
    dialog->open();
}

void MainWindow::removeCurrentHost()
{
    const QUuid id = currentHostId();
    if (id.isNull())
        return;
    const QString name = m_model->host(id).displayName();
    const int scans = int(m_store->history(id).size());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Host"), tr("Remove %1 from Bulwark?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeHostBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        scans > 0 ? tr("Its %n saved scan(s) are deleted too. Nothing on the server changes.", nullptr, scans)
                  : tr("Nothing on the server changes."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("cancelRemoveButton"));
    box->setDefaultButton(keep);
    connect(remove, &QPushButton::clicked, this, [this, id, name] {
        if (!m_model->contains(id))
            return;
        const QModelIndex index = m_model->indexOf(id);
        const QModelIndex parent = index.parent();
        const int row = index.row();
        m_scans->cancel(id);
        m_connector->cancel(id);
        m_connector->dismissDialog(id);
        m_scanProblems.remove(id);
        m_model->removeHost(id); // its connection is retired without waiting
        m_store->forget(id);
        // Select the neighbour, in the same group if it still has one.
        QModelIndex next = m_model->index(qMin(row, m_model->rowCount(parent) - 1), 0, parent);
        if (!next.isValid() || m_model->isGroup(next))
            next = m_model->index(0, 0);
        while (next.isValid() && m_model->isGroup(next))
            next = m_model->index(0, 0, next);
        if (next.isValid())
            selectHost(m_model->hostId(next));
        statusBar()->showMessage(tr("Removed %1 and its saved scans.").arg(name), StatusMessageMs);
    });
    box->open();
}

void MainWindow::connectCurrentHost()
{
    const QUuid id = currentHostId();
    if (id.isNull() || m_model->status(id) == HostListModel::Status::Connecting || m_scans->isScanning(id))
        return;
    m_scanProblems.remove(id);
    statusBar()->showMessage(tr("Connecting to %1…").arg(m_model->host(id).dialledName()), StatusMessageMs);
    m_connector->reconnectHost(id);
}

void MainWindow::scanCurrentHost()
{
    const QUuid id = currentHostId();
    if (id.isNull() || !m_catalog)
        return;
    m_hostPage->tabs()->setCurrentIndex(HostPage::DashboardTab);
    m_scans->start(id);
}

void MainWindow::cancelCurrentScan()
{
    const QUuid id = currentHostId();
    if (!id.isNull())
        m_scans->cancel(id);
}

void MainWindow::onScanFinished(const QUuid &id, const Scan::ScanRecord &record,
                                const QList<Scan::ScanHistory::Summary> &history, const Error &saveError)
{
    if (!m_model->contains(id))
        return;
    m_scanProblems.remove(id);
    if (saveError.isError())
        m_scanProblems.insert(
            id, Error(saveError.code(),
                      tr("The scan could not be saved, so it is shown now but not kept: %1").arg(saveError.message()),
                      saveError.detail()));
    Host host = m_model->host(id);
    host.applyScanFacts(record.facts, record.finishedAt);
    m_model->setHost(id, host);
    const std::optional<int> score = record.score().value();
    m_model->setScore(id, score, true);
    m_store->add(id, record, history);
    statusBar()->showMessage(score ? tr("Scanned %1: score %2 of 100.").arg(host.displayName()).arg(*score)
                                   : tr("Scanned %1.").arg(host.displayName()),
                             StatusMessageMs);
}

void MainWindow::onStoreChanged(const QUuid &id)
{
    if (!m_model->contains(id))
        return;
    const auto record = m_store->latest(id);
    m_model->setScore(id, record ? record->score().value() : std::nullopt, bool(record));
    if (record) {
        Host host = m_model->host(id);
        if (!host.hasFacts() || host.factsUpdated < record->finishedAt) {
            host.applyScanFacts(record->facts, record->finishedAt);
            m_model->setHost(id, host);
        }
    }
    if (id == currentHostId()) {
        m_shownRecord = nullptr;
        updateDetails();
        updateActions();
    }
}

QString MainWindow::lastScanText(const QUuid &id) const
{
    switch (m_store->state(id)) {
    case ScanStore::State::Unknown:
    case ScanStore::State::Loading:
        return tr("Reading the latest scan…");
    case ScanStore::State::NoScan:
        return tr("Not scanned yet");
    case ScanStore::State::Failed:
        return tr("The latest scan could not be read");
    case ScanStore::State::Loaded:
        break;
    }
    const auto record = m_store->latest(id);
    if (!record)
        return {};
    const std::optional<int> score = record->score().value();
    const QString when = Format::dateTime(record->startedAt);
    if (!score)
        return tr("Last scan %1 · nothing could be measured").arg(when);
    return tr("Last scan %1 · score %2 of 100, %3")
        .arg(when)
        .arg(*score)
        .arg(Palette::bandName(Palette::band(score)).toLower());
}

void MainWindow::updateDetails()
{
    if (m_model->hostCount() == 0) {
        m_details->setCurrentWidget(m_emptyPage);
        m_shownHost = QUuid();
        return;
    }
    const QUuid id = currentHostId();
    if (id.isNull()) {
        const QModelIndex current = m_hostView->selectionModel()->currentIndex();
        if (m_model->isGroup(current.siblingAtColumn(0)) &&
            m_hostView->selectionModel()->isSelected(current.siblingAtColumn(0))) {
            const QString group = current.siblingAtColumn(0).data(HostListModel::GroupRole).toString();
            m_selectPage->setText(tr("%1: %n host(s). Select one to see its audit.", nullptr,
                                     m_model->rowCount(current.siblingAtColumn(0)))
                                      .arg(group));
        } else {
            m_selectPage->setText(tr("Select a host on the left to see its audit."));
        }
        m_details->setCurrentWidget(m_selectPage);
        m_shownHost = QUuid();
        return;
    }

    const Host &host = m_model->host(id);
    const HostListModel::Status status = m_model->status(id);
    const bool scanning = m_scans->isScanning(id);
    HostHeader *header = m_hostPage->header();
    header->setHost(host, status);
    header->setScanning(scanning, m_scans->stageText(id));
    header->setScanEnabled(m_catalog != nullptr,
                           m_catalogError.isError() ? m_catalogError.message() : tr("Loading the rule catalog…"));
    Error problem = m_scanProblems.value(id);
    if (!problem.isError() && status == HostListModel::Status::Failed)
        problem = m_model->lastError(id);
    if (!problem.isError())
        problem = m_catalogError;
    header->showProblem(scanning ? Error() : problem);
    header->setLastScan(lastScanText(id));
    m_hostPage->facts()->setHost(host);
    m_hostPage->dashboard()->setScanning(scanning);

    DashboardPage *dashboard = m_hostPage->dashboard();
    FindingsPage *findings = m_hostPage->findings();
    const auto record = m_store->latest(id);
    switch (m_store->state(id)) {
    case ScanStore::State::Unknown:
        m_store->load(id);
        [[fallthrough]];
    case ScanStore::State::Loading:
        dashboard->showLoading(id);
        findings->clear();
        m_hostPage->setFailedCount(0);
        m_shownRecord = nullptr;
        break;
    case ScanStore::State::NoScan:
        dashboard->showNoScan(
            id,
            m_catalog
                ? int(m_catalog->rules(isWindowsHost(id) ? Rules::Platform::Windows : Rules::Platform::Linux).size())
                : 0);
        findings->clear();
        m_hostPage->setFailedCount(0);
        m_shownRecord = nullptr;
        break;
    case ScanStore::State::Failed:
        dashboard->showUnreadable(id, m_store->error(id));
        findings->clear();
        m_hostPage->setFailedCount(0);
        m_shownRecord = nullptr;
        break;
    case ScanStore::State::Loaded:
        if (record && (record.get() != m_shownRecord || m_shownHost != id)) {
            dashboard->showScan(id, *record, m_store->history(id));
            findings->setScan(record, m_catalog);
            m_hostPage->setFailedCount(record->score().total().failed);
            m_shownRecord = record.get();
        }
        break;
    }
    if (m_catalog && id != m_shownHost) // the manual checklist of this host's platform (Windows or Linux)
        m_hostPage->dashboard()->setManualPractices(
            m_catalog->manualPractices(host.isWindows() ? Rules::Platform::Windows : Rules::Platform::Linux));
    m_shownHost = id;
    m_details->setCurrentWidget(m_hostPage);
}

void MainWindow::updateActions()
{
    const QUuid id = currentHostId();
    const bool has = !id.isNull();
    const bool scanning = has && m_scans->isScanning(id);
    m_scanAction->setEnabled(has && m_catalog && !scanning);
    m_connectAction->setEnabled(has && !scanning && m_model->status(id) != HostListModel::Status::Connecting);
    m_editHostAction->setEnabled(has);
    m_removeHostAction->setEnabled(has);
    m_exportAction->setEnabled(has && m_store->latest(id) && m_catalog);
    const bool scanned = has && m_store->latest(id);
    m_servicesAction->setEnabled(scanned && !scanning);
    m_sudoersAction->setEnabled(has && !scanning);
    m_sshAction->setEnabled(scanned && !scanning);
    m_accountsAction->setEnabled(scanned && !scanning);
    m_luksAction->setEnabled(has && !scanning);
    m_tlsAction->setEnabled(has && !scanning);
    const QString scanFirst = tr("Scan the host first: the wizard works from the latest scan");
    m_servicesAction->setToolTip(scanned ? tr("Switch off services the host does not need") : scanFirst);
    m_sshAction->setToolTip(scanned ? tr("Harden SSH logins without locking yourself out") : scanFirst);
    m_accountsAction->setToolTip(scanned ? tr("Lock or rename accounts that should not be open") : scanFirst);
    m_sudoersAction->setToolTip(QString());
    m_luksAction->setToolTip(QString());
    m_tlsAction->setToolTip(QString());
    disableLinuxOnlyTools(id);
}

bool MainWindow::isWindowsHost(const QUuid &id) const
{
    return !id.isNull() && m_model->contains(id) && m_model->host(id).isWindows();
}

void MainWindow::disableLinuxOnlyTools(const QUuid &id)
{
    // The Services and Accounts wizards have Windows counterparts (showWindowsWizard); these tools do not.
    if (!isWindowsHost(id))
        return;
    const QList<std::pair<QAction *, QString>> linuxOnly = {
        {m_sudoersAction, tr("Windows has no sudo: administrators are the members of the local Administrators group "
                             "(see Accounts…)")},
        {m_sshAction, tr("Bulwark reaches this Windows host over WinRM; the SSH access wizard is for Linux hosts")},
        {m_luksAction, tr("LUKS is Linux disk encryption; Windows disks are encrypted with BitLocker (see the "
                          "BitLocker findings)")},
        {m_tlsAction, tr("The TLS wizard configures nginx and Apache on Linux; IIS is not supported yet")},
    };
    for (const auto &[action, why] : linuxOnly) {
        action->setEnabled(false);
        action->setToolTip(why);
    }
}

void MainWindow::updateSummary()
{
    const int hosts = m_model->hostCount();
    if (hosts == 0) {
        m_summary->setText(tr("No hosts"));
        return;
    }
    m_summary->setText(tr("%n host(s), %1 connected", nullptr, hosts).arg(m_model->connectedCount()));
}

void MainWindow::showExportDialog()
{
    const QUuid id = currentHostId();
    const auto record = id.isNull() ? nullptr : m_store->latest(id);
    if (!record || !m_catalog)
        return;
    const QString base = QStringLiteral("%1-audit-%2")
                             .arg(safeFileName(m_model->host(id).displayName()),
                                  record->startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Export Report"), QDir(directory).filePath(base + QStringLiteral(".html")));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString html = tr("HTML report for people (*.html)");
    const QString json = tr("JSON data for tools (*.json)");
    dialog->setNameFilters({html, json});
    dialog->setDefaultSuffix(QStringLiteral("html"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, json, base](const QString &filter) {
        const bool isJson = filter == json;
        dialog->setDefaultSuffix(isJson ? QStringLiteral("json") : QStringLiteral("html"));
        dialog->selectFile(base + (isJson ? QStringLiteral(".json") : QStringLiteral(".html")));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportReport);
    dialog->open(); // no nested event loop
}

void MainWindow::exportReport(const QString &path)
{
    const QUuid id = currentHostId();
    const auto record = id.isNull() ? nullptr : m_store->latest(id);
    if (!record || !m_catalog || path.isEmpty())
        return;
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    statusBar()->showMessage(tr("Saving the report to %1…").arg(QDir::toNativeSeparators(path)));
    const auto saving = QtConcurrent::run([record, catalog = m_catalog, path, json]() -> Error {
        const QByteArray bytes = json ? QJsonDocument(record->toJson()).toJson(QJsonDocument::Indented)
                                      : Report::HtmlReport::render(*record, *catalog);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error(Error::Code::Io, tr("Cannot save the report to %1.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
        return {};
    });
    onFinished(this, saving, [this, path](const Error &error) {
        if (error.isError()) {
            statusBar()->showMessage(error.message(), StatusMessageMs);
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("Export Report"), error.message(), QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("exportFailedBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setDetailedText(error.detail());
            box->open();
        } else {
            statusBar()->showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)), StatusMessageMs);
        }
        Q_EMIT reportExported(path, error);
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

// Windows hosts: "Services…" and "Accounts…" (and Fix with… from their findings) open the Windows wizards.

WindowsServicesWizard *MainWindow::windowsServicesWizard() const
{
    return m_windowsServicesWizard;
}

WindowsAdminWizard *MainWindow::windowsAdminWizard() const
{
    return m_windowsAdminWizard;
}

bool MainWindow::showWindowsWizard(Rules::Wizard kind, const QString &ruleId)
{
    const QUuid id = currentHostId();
    const auto record = id.isNull() ? nullptr : m_store->latest(id);
    const QJsonObject facts = record ? record->facts : QJsonObject();
    if (facts.value(QStringLiteral("probe")).toObject().value(QStringLiteral("platform")).toString() != u"windows" &&
        facts.value(QStringLiteral("os")).toObject().value(QStringLiteral("family")).toString() != u"windows")
        return false;
    PlanWizard *wizard = nullptr;
    if (kind == Rules::Wizard::Services) {
        if (raiseOpenWizard(m_windowsServicesWizard, id, ruleId))
            return true;
        auto *services = new WindowsServicesWizard(this, id, this);
        if (!ruleId.isEmpty())
            services->preselectRule(ruleId);
        m_windowsServicesWizard = services;
        wizard = services;
    } else if (kind == Rules::Wizard::Accounts) {
        if (raiseOpenWizard(m_windowsAdminWizard, id, ruleId))
            return true;
        auto *accounts = new WindowsAdminWizard(this, id, this);
        accounts->presetRule(ruleId);
        m_windowsAdminWizard = accounts;
        wizard = accounts;
    } else {
        return true; // no Windows wizard of this kind: nothing opens
    }
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &PlanWizard::applyFinished, this, [this] {
        if (m_journalPage)
            m_journalPage->reload();
    });
    wizard->open(); // window-modal; no nested event loop
    return true;
}

} // namespace Bulwark::Ui
