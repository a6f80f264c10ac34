// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/Applier.h"
#include "core/rules/RuleCatalog.h"
#include "core/scan/ScanHistory.h"
#include "core/transport/SshConfig.h"
#include "core/util/Error.h"
#include "ui/AddHostDialog.h"
#include "ui/ConnectionPtr.h"
#include "ui/Host.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace Bulwark::Ui {

class EditHostDialog;
class EmptyStatePage;
class ErrorBanner;
class HostConnector;
class HostListModel;
class HostPage;
class JournalPage;
class ScanController;
class ScanStore;
class ServicesWizard;
class SudoersEditor;
class SudoersWizard;
class SshWizard;
class AccountsWizard;
class LuksWizard;
class TlsWizard;
class WindowsServicesWizard;
class WindowsAdminWizard;

// The console's window: the hosts on the left (HostListModel in a tree, groups as parent rows), the selected host on
// the right (HostPage: header with Scan, tabs Dashboard / Findings / Facts), an empty-state page while there is no
// host. The host list is the inventory (saved after every change); scans are kept by ScanHistory. Every network step
// and every read of a saved scan runs off the GUI thread and continues here; the window never waits.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Where the window keeps its data and how it reaches hosts; the defaults are the product's, tests point them at
    // a temporary directory and a fake session.
    struct Settings
    {
        QString inventoryPath;                                  // empty: Inventory::defaultPath()
        QString scanRoot;                                       // empty: ScanHistory::defaultRoot()
        std::optional<Transport::SshConfig> sshConfig;          // empty: ~/.ssh/config and /etc/ssh/ssh_config
        AddHostDialog::SessionFactory sessionFactory;           // empty: SshSession
        AddHostDialog::WinRmSessionFactory winRmSessionFactory; // empty: WinRmSession
        QString winRmPinsPath;                                  // empty: Transport::WinRmPins::defaultPath()
        // Empty: RuleCatalog::loadBuiltIn(), read off the GUI thread at startup (catalogReady() follows).
        std::shared_ptr<const Rules::RuleCatalog> catalog;
        QString journalPath;     // empty: Apply::Journal::defaultPath()
        QString localBackupRoot; // empty: Apply::Applier::defaultLocalBackupRoot()
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(Settings settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    HostListModel *hostModel() const { return m_model; }
    ScanController *scanController() const { return m_scans; }
    ScanStore *scanStore() const { return m_store; }
    HostConnector *connector() const { return m_connector; }
    HostPage *hostPage() const { return m_hostPage; }
    std::shared_ptr<const Rules::RuleCatalog> catalog() const { return m_catalog; }

    // Adds `host` with its open connection (or none), selects it and shows it.
    void addHost(const Host &host, ConnectionPtr connection);
    // The selected host, or a null id (nothing or a group selected).
    QUuid currentHostId() const;
    void selectHost(const QUuid &id);
    // Dialogs while they are open.
    AddHostDialog *addHostDialog() const;
    EditHostDialog *editHostDialog() const;
    ServicesWizard *servicesWizard() const;
    SudoersEditor *sudoersEditor() const;
    SudoersWizard *sudoersWizard() const;
    SshWizard *sshWizard() const;
    AccountsWizard *accountsWizard() const;
    LuksWizard *luksWizard() const;
    TlsWizard *tlsWizard() const;
    // The wizards "Services…" and "Accounts…" open for a Windows host.
    WindowsServicesWizard *windowsServicesWizard() const;
    WindowsAdminWizard *windowsAdminWizard() const;
    // The change journal window, once opened.
    JournalPage *journalPage() const;

    // The change journal every apply writes to.
    QString journalPath() const { return m_settings.journalPath; }
    // How changes reach host `id`: local backups from the settings, and a fresh login for the final verification.
    Apply::ApplyOptions applyOptions(const QUuid &id) const;

public Q_SLOTS:
    void showAddHostDialog();
    void showEditHostDialog();
    // Asks first; removing forgets the host's saved scans too.
    void removeCurrentHost();
    // Connects the selected host again and refreshes its facts.
    void connectCurrentHost();
    void scanCurrentHost();
    void cancelCurrentScan();
    // Asks where to save the selected host's latest scan (HTML or JSON).
    void showExportDialog();
    // Writes the selected host's latest scan to `path`: JSON for *.json, HTML otherwise. reportExported() follows.
    void exportReport(const QString &path);
    void showAbout();
    // The services wizard for the selected host (needs a scan); `ruleId` pre-selects that failed check's services.
    void showServicesWizard(const QString &ruleId = {});
    // The sudoers configuration of the selected host, read from it and editable with live checks.
    void showSudoersEditor();
    // The sudo rights wizard for the selected host; for a failed check `ruleId` whose evidence names a rule
    // ("file:line: text") it opens on narrowing that rule, otherwise on granting.
    void showSudoersWizard(const QString &ruleId = {});
    // The SSH hardening wizard for the selected host (needs a scan); `ruleId` presets what that failed check needs.
    void showSshWizard(const QString &ruleId = {});
    // The accounts wizard for the selected host (needs a scan); `ruleId` presets that failed check's accounts.
    void showAccountsWizard(const QString &ruleId = {});
    // The LUKS wizard for the selected host (reads the host's disks itself, no scan needed); `ruleId` (a failed
    // BW-LNX-ENC-* check) selects the first empty disk.
    void showLuksWizard(const QString &ruleId = {});
    // The TLS wizard for the web sites of the selected host (reads nginx itself, no scan needed); `ruleId` (a failed
    // BW-LNX-WEB-* check) selects the site it is about and presets what it needs.
    void showTlsWizard(const QString &ruleId = {});
    // The change journal window.
    void showJournal();

Q_SIGNALS:
    void catalogReady();
    void reportExported(const QString &path, const Bulwark::Error &error);

private:
    void createActions();
    void createMenus();
    void setCatalog(std::shared_ptr<const Rules::RuleCatalog> catalog);
    void updateDetails();
    void updateActions();
    void updateSummary();
    void onStoreChanged(const QUuid &id);
    void onScanFinished(const QUuid &id, const Scan::ScanRecord &record,
                        const QList<Scan::ScanHistory::Summary> &history, const Error &saveError);
    void showProblem(const Error &error);
    QString lastScanText(const QUuid &id) const;
    // Windows hosts: whether the selected host is one, and why a Linux-only tool is off for it.
    bool isWindowsHost(const QUuid &id) const;
    void disableLinuxOnlyTools(const QUuid &id);
    // For a host whose latest scan is of Windows, opens its wizard of that kind (Services: WindowsServicesWizard,
    // Accounts: WindowsAdminWizard) and returns true; false for any other host (its Linux wizard opens).
    bool showWindowsWizard(Rules::Wizard wizard, const QString &ruleId);

    Settings m_settings;
    Transport::SshConfig m_sshConfig;
    std::shared_ptr<const Rules::RuleCatalog> m_catalog;
    Error m_catalogError;
    HostListModel *m_model = nullptr;
    HostConnector *m_connector = nullptr;
    ScanController *m_scans = nullptr;
    ScanStore *m_store = nullptr;
    QHash<QUuid, Error> m_scanProblems; // the last scan's failure or stop, per host, until the next scan

    QTreeView *m_hostView = nullptr;
    ErrorBanner *m_inventoryBanner = nullptr;
    QStackedWidget *m_details = nullptr;
    EmptyStatePage *m_emptyPage = nullptr;
    QLabel *m_selectPage = nullptr;
    HostPage *m_hostPage = nullptr;
    QLabel *m_summary = nullptr;
    // What the host page shows, so unrelated updates do not redraw the charts.
    QUuid m_shownHost;
    const Scan::ScanRecord *m_shownRecord = nullptr;

    QAction *m_addHostAction = nullptr;
    QAction *m_scanAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_editHostAction = nullptr;
    QAction *m_removeHostAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_servicesAction = nullptr;
    QAction *m_sudoersAction = nullptr;
    QAction *m_sshAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_luksAction = nullptr;
    QAction *m_tlsAction = nullptr;
    QAction *m_journalAction = nullptr;
    QPointer<AddHostDialog> m_addHostDialog;
    QPointer<EditHostDialog> m_editHostDialog;
    QPointer<ServicesWizard> m_servicesWizard;
    QPointer<SudoersEditor> m_sudoersEditor;
    QPointer<SudoersWizard> m_sudoersWizard;
    QPointer<SshWizard> m_sshWizard;
    QPointer<AccountsWizard> m_accountsWizard;
    QPointer<LuksWizard> m_luksWizard;
    QPointer<TlsWizard> m_tlsWizard;
    QPointer<WindowsServicesWizard> m_windowsServicesWizard;
    QPointer<WindowsAdminWizard> m_windowsAdminWizard;
    QPointer<JournalPage> m_journalPage;
};

} // namespace Bulwark::Ui
