// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/ApplyCommand.h"
#include "app/cli/PlanLuksCommand.h"
#include "app/cli/PlanTlsCommand.h"
#include "app/cli/PlanWindowsCommand.h"
#include "core/accounts/AccountsChoice.h"
#include "core/plan/ChangePlan.h"
#include "core/plan/SudoersChoice.h"
#include "core/ssh/SshChoice.h"
#include "core/transport/HostConnection.h"
#include "core/transport/SshTarget.h"
#include "core/transport/WinRmTarget.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

// bulwark-cli: the console's engine without a window. Lives on the main thread; each host's work runs on that
// host's HostConnection worker, and the main thread only waits in its event loop.
class CliApp : public QObject
{
    Q_OBJECT

public:
    // Process exit codes, documented in --help.
    enum ExitCode
    {
        Ok = 0,
        ScanFailed = 1,
        RolledBack = 1, // apply/rollback: a step failed and everything was undone
        Usage = 2,
        HostKeyNotTrusted = 3,
        Refused = 4,        // apply/rollback: nothing ran
        Interrupted = 5,    // apply/rollback: the connection dropped mid-transaction; run recover
        RollbackFailed = 6, // apply/rollback: a step failed and undoing it failed too
        Timeout = 124,
        Canceled = 130,
        ConnectionError = 255,
    };

    explicit CliApp(QObject *parent = nullptr);

    // Parses arguments and starts the work; returns -1 while running, or an exit code when done already.
    int start(const QStringList &arguments);
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    int parseChangeCommand(const QStringList &positional);
    // --host winrm://... or winrms://...: the Windows target, its password and its certificate pin.
    int setUpWinRm(const QCommandLineParser &parser, const QString &spec);
    // After a WinRM open: pins the certificate the operator accepted, then runs `next`.
    void pinAcceptedCertificate(std::function<void()> next);
    void connectThen(std::function<void()> next);
    void runChange();
    void runExec();
    void runFacts();
    void runScan();
    void runPlanServices();
    void runPlanSudoers();
    void runPlanAccounts();
    void runPlanSsh();
    void runPlanTls();
    void runPlanLuks();
    void runPlanWindows();
    // The host as the journal and the plans name it: the WinRM or the SSH target's display name.
    QString hostDisplayName() const;
    void runLuksFetchHeader();
    int parseSudoersChoice(const QCommandLineParser &parser);
    void fail(const Bulwark::Error &error);
    void done(int exitCode);

    Bulwark::Transport::SshTarget m_target;
    Bulwark::Transport::SshCredentials m_credentials;
    bool m_winrm = false; // --host winrm://... or winrms://...: a Windows host, exec only
    Bulwark::Transport::WinRmTarget m_winrmTarget;
    Bulwark::Transport::WinRmCredentials m_winrmCredentials;
    std::unique_ptr<Bulwark::Transport::HostConnection> m_connection;
    std::unique_ptr<ApplyCommand> m_change;
    Bulwark::Plan::ChangePlan m_plan; // apply, rollback: the plan to prepare and apply
    QString m_transaction;            // recover: the full transaction id
    QString m_journalPath;            // empty: Journal::defaultPath()
    QString m_hostBackupRoot;
    int m_confirmSeconds = 0; // 0: ApplyOptions' default
    QString m_localBackupRoot;
    bool m_yes = false;
    QStringList m_remoteArgv;
    QString m_command;
    QString m_jsonPath;
    QString m_htmlPath;
    QString m_outPath;
    QStringList m_disable;
    Bulwark::Plan::SudoersChoice m_sudoersChoice;                  // plan sudoers
    std::optional<Bulwark::Plan::AccountsChoice> m_accountsChoice; // plan accounts
    std::optional<Bulwark::Plan::SshChoice> m_sshChoice;           // plan ssh
    std::optional<PlanTlsCommand::Request> m_tlsRequest;           // plan tls
    std::optional<PlanLuksCommand::Request> m_luksRequest;         // plan luks
    std::optional<PlanWindowsCommand::Request> m_windowsRequest;   // plan services|accounts on a Windows host
    QString m_passphraseFile;                                      // apply: --passphrase-file
    QString m_luksHeaderRoot;                                      // apply, luks fetch-header: --luks-headers
    QString m_luksName;                                            // luks fetch-header: --name
    bool m_mask = false;
    bool m_showDiff = false;
    bool m_sudo = false;
    bool m_batch = false;
    int m_timeoutSeconds = 600;
    bool m_askedTrust = false;
};
