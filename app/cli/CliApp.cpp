// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliApp.h"

#include "app/cli/CheckTlsCommand.h"
#include "app/cli/CliIo.h"
#include "app/cli/JournalCommand.h"
#include "app/cli/PlanAccountsCommand.h"
#include "app/cli/PlanLuksCommand.h"
#include "app/cli/PlanPrinter.h"
#include "app/cli/PlanSshCommand.h"
#include "app/cli/PlanTlsCommand.h"
#include "app/cli/PlanWindowsCommand.h"
#include "core/apply/Applier.h"
#include "core/facts/BasicFacts.h"
#include "core/facts/LinuxFacts.h"
#include "core/facts/SudoersReader.h"
#include "core/facts/WindowsFacts.h"
#include "core/luks/LuksHeaderBackup.h"
#include "core/luks/LuksPlanner.h"
#include "core/plan/ServicesPlanner.h"
#include "core/plan/SudoersPlanner.h"
#include "core/report/HtmlReport.h"
#include "core/rules/RuleCatalog.h"
#include "core/scan/Scanner.h"
#include "core/transport/SshConfig.h"
#include "core/transport/SshSession.h"
#include "core/transport/WinRmPins.h"
#include "core/transport/WinRmSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cstdio>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Transport;

namespace {

// WinRmSession names the unverifiable certificate's fingerprint in the HostKeyUnknown message.
QString certificateFingerprint(const Error &error)
{
    static const QRegularExpression pattern(QStringLiteral("SHA256:[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){31}"));
    return pattern.match(error.message()).captured();
}

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
{}

int CliApp::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Bulwark headless console.\n\n"
           "Commands:\n"
           "  exec   Run one command on a host: bulwark-cli exec --host user@host:port [--sudo] -- ARGV...\n"
           "         On a Windows host over WinRM: bulwark-cli exec --host winrms://user@host[:5986] "
           "[--password-file FILE] [--trust-fingerprint SHA256:...] -- ARGV... (HTTPS; winrm://user@host[:5985] is "
           "plain HTTP and needs --allow-unencrypted); ARGV runs through cmd.exe, PowerShell errors are shown as "
           "text; the password is asked without echo or read from --password-file (or the file named by "
           "BULWARK_WINRM_PASSWORD_FILE); an accepted certificate is pinned in %1\n"
           "  facts  Probe a host's first facts: bulwark-cli facts --host user@host:port [--json FILE]; on a Windows "
           "host (--host winrms://user@host) the whole Windows fact tree of one probe run\n"
           "  scan   Audit a host: bulwark-cli scan --host user@host:port [--json FILE] [--html FILE] [--no-sudo]; "
           "a Windows host (winrms://) is audited with the Windows rules (WinRM has no sudo: --no-sudo does not "
           "apply)\n"
           "  plan services  Plan disabling services, changing nothing: bulwark-cli plan services --host ... "
           "--disable UNIT[,UNIT] [--mask] [--diff] [--out PLAN.json]\n"
           "  plan sudoers  Plan a sudoers change, changing nothing: bulwark-cli plan sudoers --host ... "
           "(--grant USER|%GROUP --command CMD [--command CMD] [--runas USER] [--nopasswd] [--noexec] "
           "| --revoke FILE:LINE | --restrict FILE:LINE --command CMD ...) [--allow-all] [--diff] [--out PLAN.json]; "
           "a change that would cost the login account its sudo access is refused (exit 255)\n")
            .arg(WinRmPins::defaultPath()) +
        PlanAccountsCommand::help() + PlanWindowsCommand::help() + PlanSshCommand::help() + PlanTlsCommand::help() +
        CheckTlsCommand::help() + PlanLuksCommand::help() +
        tr("  apply PLAN.json  Show the plan as it will run (with diffs), ask, then apply it as a journaled "
           "transaction: bulwark-cli apply PLAN.json --host ... [--yes] [--no-sudo] [--journal FILE] "
           "[--backups DIR] [--host-backups DIR] [--confirm-seconds N] [--json REPORT|-] [--passphrase-file FILE] "
           "[--luks-headers DIR]; a change to how people log in is commit-confirmed: the host undoes it by itself "
           "unless a fresh login succeeds within the window; a plan that sets a passphrase asks for it twice "
           "without echo (or reads --passphrase-file); after a LUKS plan the header backup is copied here\n"
           "  recover TRANSACTION  After an interrupted apply, find out which changes the host has: "
           "bulwark-cli recover ID --host ... [--journal FILE]\n"
           "  rollback TRANSACTION  Show the plan that undoes a transaction, ask, then apply it: "
           "bulwark-cli rollback ID --host ... [--yes] [--no-sudo] [--journal FILE] [--backups DIR]\n"
           "  luks fetch-header  Copy a LUKS header backup from the host to this machine (0600, sha256 checked "
           "against the host's): bulwark-cli luks fetch-header --host ... --name NAME [--luks-headers DIR]\n"
           "  journal list|show TRANSACTION|verify  Read the local change journal (no host): "
           "bulwark-cli journal list [--journal FILE] [--json -]\n"
           "A TRANSACTION may be given by the first characters of its id, as journal list shows them. Every change "
           "to a host (apply, rollback, exec) is recorded in the journal before it runs.\n\n"
           "Exit codes: the remote command's status for exec; for scan 0 when no check failed and 1 when one did; "
           "for apply and rollback 0 applied and verified, 1 a step failed and everything was rolled back (the host "
           "is unchanged), 4 refused or declined (nothing ran), 5 interrupted (the connection dropped: run the "
           "recover command printed), 6 a step failed and undoing it failed too; for journal verify 1 when the "
           "journal was tampered with or damaged; "
           "2 usage (also apply/rollback in batch mode without --yes: nothing was changed); 3 host key not "
           "trusted; 124 timeout; 130 canceled; 255 connection, login or sudo failure."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("exec, facts, scan, plan services, apply, recover, rollback or journal"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        tr("Target: [user@]host[:port] or an ssh_config alias; for a Windows host "
                                           "winrms://user@host[:port] (WinRM over HTTPS) or winrm://user@host[:port] "
                                           "(HTTP)."),
                                        tr("target"));
    const QCommandLineOption identityOption(QStringList{QStringLiteral("i"), QStringLiteral("identity")},
                                            tr("Private key file (repeatable)."), tr("file"));
    const QCommandLineOption knownHostsOption(QStringLiteral("known-hosts"),
                                              tr("known_hosts file (default ~/.ssh/known_hosts)."), tr("file"));
    const QCommandLineOption acceptOption(
        QStringLiteral("accept-host-key"),
        tr("Trust an unknown host key with exactly this SHA256 fingerprint and record it."), tr("fingerprint"));
    const QCommandLineOption configOption(
        QStringList{QStringLiteral("F"), QStringLiteral("ssh-config")},
        tr("ssh_config file to use instead of ~/.ssh/config and /etc/ssh/ssh_config ('none' for no file)."),
        tr("file"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"),
        tr("Read the login password from the first line of standard input (also used for sudo)."));
    const QCommandLineOption sudoPasswordStdinOption(
        QStringLiteral("sudo-password-stdin"), tr("Read the sudo password from the next line of standard input."));
    const QCommandLineOption askPasswordOption(QStringLiteral("ask-password"),
                                               tr("Ask for the login password on the terminal."));
    const QCommandLineOption sudoOption(QStringLiteral("sudo"), tr("Run the command through sudo."));
    const QCommandLineOption noAgentOption(QStringLiteral("no-agent"), tr("Do not use ssh-agent."));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("Never ask questions on the terminal."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds before the remote command is stopped (0: none)."), tr("seconds"),
                                           QStringLiteral("600"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Write facts or the scan as JSON to this file ('-' for standard output)."),
                                        tr("file"));
    const QCommandLineOption htmlOption(QStringLiteral("html"), tr("Write the scan report as HTML to this file."),
                                        tr("file"));
    const QCommandLineOption disableOption(
        QStringLiteral("disable"), tr("plan services: units to stop and disable (comma-separated or repeated)."),
        tr("units"));
    const QCommandLineOption maskOption(QStringLiteral("mask"), tr("plan services: also mask the units."));
    const QCommandLineOption grantOption(
        QStringLiteral("grant"), tr("plan sudoers: give this user or %group commands (a drop-in)."), tr("principal"));
    const QCommandLineOption revokeOption(QStringLiteral("revoke"), tr("plan sudoers: remove the rule at FILE:LINE."),
                                          tr("file:line"));
    const QCommandLineOption restrictOption(QStringLiteral("restrict"),
                                            tr("plan sudoers: replace the rule at FILE:LINE by --command ones."),
                                            tr("file:line"));
    const QCommandLineOption commandOption(
        QStringLiteral("command"), tr("plan sudoers: an absolute command with arguments (repeatable)."), tr("command"));
    const QCommandLineOption runasOption(QStringLiteral("runas"), tr("plan sudoers: run the commands as (root)."),
                                         tr("user"), QStringLiteral("root"));
    const QCommandLineOption nopasswdOption(QStringLiteral("nopasswd"),
                                            tr("plan sudoers: without asking for a password."));
    const QCommandLineOption noexecOption(QStringLiteral("noexec"),
                                          tr("plan sudoers: the commands may not start other programs."));
    const QCommandLineOption allowAllOption(QStringLiteral("allow-all"),
                                            tr("plan sudoers: allow ALL as a command or runas user."));
    const QCommandLineOption diffOption(QStringLiteral("diff"), tr("plan: show file changes as unified diffs."));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                       tr("plan: save the plan as JSON to this file."), tr("file"));
    const QCommandLineOption noSudoOption(
        QStringLiteral("no-sudo"),
        tr("Scan without sudo (root-only checks are then reported as not checked); apply, rollback, recover: work "
           "on files as the login user (for files it owns)."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       tr("apply, rollback: apply without asking (needed in batch mode)."));
    const QCommandLineOption journalOption(QStringLiteral("journal"),
                                           tr("The change journal (default %1).").arg(Apply::Journal::defaultPath()),
                                           tr("file"));
    const QCommandLineOption backupsOption(QStringLiteral("backups"),
                                           tr("apply, rollback: where originals are kept on this machine (default %1).")
                                               .arg(Apply::Applier::defaultLocalBackupRoot()),
                                           tr("dir"));
    const QCommandLineOption hostBackupsOption(QStringLiteral("host-backups"),
                                               tr("apply, rollback: where originals are kept on the host (default %1).")
                                                   .arg(Apply::ApplyOptions().hostBackupRoot),
                                               tr("dir"));
    const QCommandLineOption confirmOption(
        QStringLiteral("confirm-seconds"),
        tr("apply, rollback: for a change to how people log in, the window in which a fresh login must succeed "
           "before the host undoes the change by itself (default %1).")
            .arg(Apply::ApplyOptions().confirmSeconds),
        tr("seconds"));
    parser.addOptions({hostOption,
                       identityOption,
                       knownHostsOption,
                       acceptOption,
                       configOption,
                       passwordStdinOption,
                       sudoPasswordStdinOption,
                       askPasswordOption,
                       sudoOption,
                       noAgentOption,
                       batchOption,
                       timeoutOption,
                       jsonOption,
                       htmlOption,
                       noSudoOption,
                       disableOption,
                       maskOption,
                       grantOption,
                       revokeOption,
                       restrictOption,
                       commandOption,
                       runasOption,
                       nopasswdOption,
                       noexecOption,
                       allowAllOption,
                       diffOption,
                       outOption,
                       yesOption,
                       journalOption,
                       backupsOption,
                       hostBackupsOption,
                       confirmOption});
    parser.addOptions(PlanAccountsCommand::options());
    parser.addOptions(PlanSshCommand::options());
    parser.addOptions(PlanTlsCommand::options());
    parser.addOptions(CheckTlsCommand::options());
    parser.addOptions(PlanLuksCommand::options());
    parser.addOptions(PlanWindowsCommand::options());
    const QCommandLineOption passphraseFileOption(
        QStringLiteral("passphrase-file"),
        tr("apply: read the passphrase a plan sets from this file (its first line, without the newline), for "
           "scripts; never give it as an argument."),
        tr("file"));
    const QCommandLineOption luksHeadersOption(
        QStringLiteral("luks-headers"),
        tr("apply: where LUKS header backups are copied on this machine (default %1/<host>).")
            .arg(Luks::LuksHeaderBackup::defaultRoot()),
        tr("dir"));
    parser.addOptions({passphraseFileOption, luksHeadersOption});
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"),
        tr("WinRM: read the password from this file (its first line), for scripts; never give it as an argument."),
        tr("file"));
    const QCommandLineOption trustFingerprintOption(
        QStringLiteral("trust-fingerprint"),
        tr("WinRM over HTTPS: trust an unverifiable certificate with exactly this SHA256 fingerprint and pin it."),
        tr("fingerprint"));
    const QCommandLineOption allowUnencryptedOption(
        QStringLiteral("allow-unencrypted"),
        tr("WinRM over HTTP (winrm://): send the password with Basic authentication unencrypted."));
    parser.addOptions({passwordFileOption, trustFingerprintOption, allowUnencryptedOption});

    // Everything after "--" is the remote argv, untouched.
    QStringList own = arguments;
    const qsizetype dashes = own.indexOf(QStringLiteral("--"));
    if (dashes >= 0) {
        m_remoteArgv = own.mid(dashes + 1);
        own = own.mid(0, dashes);
    }
    parser.process(own);

    QStringList positional = parser.positionalArguments();
    if (positional.size() == 2 && positional.constFirst() == u"plan") {
        if (positional.at(1) != u"services" && positional.at(1) != u"sudoers" && positional.at(1) != u"accounts" &&
            positional.at(1) != u"ssh" && positional.at(1) != u"tls" && positional.at(1) != u"luks") {
            CliIo::printErr(tr("unknown plan \"%1\"; use plan services, sudoers, accounts, ssh, luks or tls")
                                .arg(positional.at(1)));
            return Usage;
        }
        positional = {QStringLiteral("plan-") + positional.at(1)};
    }
    if (positional.size() == 2 && positional.constFirst() == u"luks") {
        if (positional.at(1) != u"fetch-header") {
            CliIo::printErr(tr("unknown luks command \"%1\"; use luks fetch-header").arg(positional.at(1)));
            return Usage;
        }
        positional = {QStringLiteral("luks-fetch-header")};
    }
    m_journalPath = parser.value(journalOption);
    m_jsonPath = parser.value(jsonOption);
    // The journal is local: no host, no connection.
    if (!positional.isEmpty() && positional.constFirst() == u"journal") {
        const QString action = positional.value(1);
        if (positional.size() != (action == u"show" ? 3 : 2)) {
            CliIo::printErr(tr("usage: bulwark-cli journal list|show TRANSACTION|verify [--journal FILE] [--json -]"));
            return Usage;
        }
        return JournalCommand::run(action, positional.value(2), m_journalPath, m_jsonPath);
    }
    // check tls makes the console's own TLS handshake with a site: no SSH, no --host.
    if (!positional.isEmpty() && positional.constFirst() == u"check") {
        if (positional.size() != 3 || positional.at(1) != u"tls") {
            CliIo::printErr(tr("usage: bulwark-cli check tls HOST[:PORT] [--server-name NAME]"));
            return Usage;
        }
        return CheckTlsCommand::run(positional.at(2), parser);
    }
    const bool changeCommand =
        !positional.isEmpty() && (positional.constFirst() == u"apply" || positional.constFirst() == u"recover" ||
                                  positional.constFirst() == u"rollback");
    if (positional.size() != (changeCommand ? 2 : 1) || !parser.isSet(hostOption)) {
        CliIo::printErr(tr("usage: bulwark-cli exec|facts|scan --host [user@]host[:port] [options] [-- ARGV...], "
                           "bulwark-cli apply PLAN.json|recover ID|rollback ID --host ... or bulwark-cli journal "
                           "list|show ID|verify  (see --help)"));
        return Usage;
    }
    m_command = positional.constFirst();
    if (m_command == u"exec" && m_remoteArgv.isEmpty()) {
        CliIo::printErr(tr("exec needs a command after --"));
        return Usage;
    }
    if (m_command != u"exec" && m_command != u"facts" && m_command != u"scan" && m_command != u"plan-services" &&
        m_command != u"plan-sudoers" && m_command != u"plan-accounts" && m_command != u"plan-ssh" &&
        m_command != u"plan-tls" && m_command != u"plan-luks" && m_command != u"luks-fetch-header" && !changeCommand) {
        CliIo::printErr(
            tr("unknown command \"%1\"; use exec, facts, scan, plan services, apply, recover, rollback or journal")
                .arg(m_command));
        return Usage;
    }
    // A Windows host has its own plan services and plan accounts options.
    const bool windowsHost = parser.value(hostOption).startsWith(QLatin1String("winrm://"), Qt::CaseInsensitive) ||
                             parser.value(hostOption).startsWith(QLatin1String("winrms://"), Qt::CaseInsensitive);
    if (windowsHost && (m_command == u"plan-services" || m_command == u"plan-accounts") &&
        !(m_windowsRequest = PlanWindowsCommand::parse(m_command, parser)))
        return Usage;
    for (const QString &value : parser.values(disableOption))
        m_disable += value.split(u',', Qt::SkipEmptyParts);
    if (m_command == u"plan-services" && m_disable.isEmpty()) {
        CliIo::printErr(tr("plan services needs --disable UNIT"));
        return Usage;
    }
    if (m_command == u"plan-sudoers") {
        if (const int refused = parseSudoersChoice(parser); refused >= 0)
            return refused;
    }
    if (m_command == u"plan-accounts" && !windowsHost && !(m_accountsChoice = PlanAccountsCommand::parse(parser)))
        return Usage;
    if (m_command == u"plan-ssh" && !(m_sshChoice = PlanSshCommand::parse(parser)))
        return Usage;
    if (m_command == u"plan-tls" && !(m_tlsRequest = PlanTlsCommand::parse(parser)))
        return Usage;
    if (m_command == u"plan-luks" && !(m_luksRequest = PlanLuksCommand::parse(parser)))
        return Usage;
    if (m_command == u"luks-fetch-header") {
        m_luksName = parser.value(QStringLiteral("name"));
        if (!Plan::LuksPlanner::isValidMapperName(m_luksName)) {
            CliIo::printErr(tr("luks fetch-header needs --name NAME, the mapping name of the plan (its header backup "
                               "is /etc/luks-keys/NAME.header)"));
            return Usage;
        }
    }
    m_passphraseFile = parser.value(passphraseFileOption);
    m_luksHeaderRoot = parser.value(luksHeadersOption);
    m_mask = parser.isSet(maskOption);
    m_showDiff = parser.isSet(diffOption);
    m_outPath = parser.value(outOption);

    const QString hostSpec = parser.value(hostOption);
    m_winrm = hostSpec.startsWith(QLatin1String("winrm://"), Qt::CaseInsensitive) ||
              hostSpec.startsWith(QLatin1String("winrms://"), Qt::CaseInsensitive);
    auto target = m_winrm ? Result<SshTarget>(SshTarget()) : SshTarget::parse(hostSpec);
    if (!target) {
        CliIo::printErr(target.error().toString());
        return Usage;
    }
    SshConfig config;
    const QString configFile = m_winrm ? QStringLiteral("none") : parser.value(configOption);
    if (configFile.isEmpty()) {
        config = SshConfig::loadDefault();
    } else if (configFile != u"none") {
        QFile file(configFile);
        if (!file.open(QIODevice::ReadOnly)) {
            CliIo::printErr(tr("cannot read %1: %2").arg(configFile, file.errorString()));
            return Usage;
        }
        config = SshConfig::parse(file.readAll(), configFile);
    }
    for (const QString &warning : config.warnings())
        CliIo::printErr(tr("warning: %1").arg(warning));
    m_target = *target;
    m_target.identityFiles = parser.values(identityOption);
    m_target.knownHostsFile = parser.value(knownHostsOption);
    m_target.acceptFingerprint = parser.value(acceptOption);
    m_target.useAgent = !parser.isSet(noAgentOption);
    m_target = config.resolve(m_target);

    m_sudo = parser.isSet(sudoOption);
    m_batch = parser.isSet(batchOption) || !::isatty(STDIN_FILENO);
    m_htmlPath = parser.value(htmlOption);
    // WinRM has no sudo: its login already has every right of its account.
    if (!m_winrm && (m_command == u"scan" || m_command.startsWith(u"plan-") || changeCommand))
        m_sudo = !parser.isSet(noSudoOption);
    m_yes = parser.isSet(yesOption);
    m_localBackupRoot = parser.value(backupsOption);
    m_hostBackupRoot = parser.value(hostBackupsOption);
    if (parser.isSet(confirmOption)) {
        bool ok = false;
        m_confirmSeconds = parser.value(confirmOption).toInt(&ok);
        if (!ok || m_confirmSeconds < 10 || m_confirmSeconds > 86400) {
            CliIo::printErr(tr("--confirm-seconds takes a number of seconds from 10 to 86400"));
            return Usage;
        }
    }
    // Before the change commands, which check the journal's host name against the WinRM target's.
    if (m_winrm) {
        if (const int refused = setUpWinRm(parser, hostSpec); refused >= 0)
            return refused;
    }
    if (changeCommand) {
        if (const int refused = parseChangeCommand(positional); refused >= 0)
            return refused;
    }
    bool timeoutOk = false;
    m_timeoutSeconds = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || m_timeoutSeconds < 0) {
        CliIo::printErr(tr("--timeout takes a number of seconds"));
        return Usage;
    }

    if (parser.isSet(passwordStdinOption)) {
        m_credentials.password = CliIo::readLine(stdin);
        m_credentials.sudoPassword = m_credentials.password;
    }
    if (parser.isSet(sudoPasswordStdinOption))
        m_credentials.sudoPassword = CliIo::readLine(stdin);
    if (parser.isSet(askPasswordOption) && !m_winrm) { // WinRM: setUpWinRm asks, naming the Windows host
        m_credentials.password = CliIo::askSecret(tr("Password for %1: ").arg(m_target.displayName()));
        m_credentials.sudoPassword = m_credentials.password;
    }
    connectThen([this] {
        if (m_command == u"apply" || m_command == u"rollback" || m_command == u"recover")
            runChange();
        else if (m_command == u"exec")
            runExec();
        else if (m_command == u"scan")
            runScan();
        else if (m_windowsRequest)
            runPlanWindows();
        else if (m_command == u"plan-services")
            runPlanServices();
        else if (m_command == u"plan-sudoers")
            runPlanSudoers();
        else if (m_command == u"plan-accounts")
            runPlanAccounts();
        else if (m_command == u"plan-ssh")
            runPlanSsh();
        else if (m_command == u"plan-tls")
            runPlanTls();
        else if (m_command == u"plan-luks")
            runPlanLuks();
        else if (m_command == u"luks-fetch-header")
            runLuksFetchHeader();
        else
            runFacts();
    });
    return -1;
}

void CliApp::connectThen(std::function<void()> next)
{
    HostConnection::SessionFactory factory;
    if (m_winrm) {
        const WinRmTarget target = m_winrmTarget;
        const WinRmCredentials credentials = m_winrmCredentials;
        factory = [target, credentials] {
            return std::make_unique<WinRmSession>(target, credentials);
        };
    } else {
        const SshTarget target = m_target;
        const SshCredentials credentials = m_credentials;
        factory = [target, credentials] {
            return std::make_unique<SshSession>(target, credentials);
        };
    }
    m_connection = std::make_unique<HostConnection>(std::move(factory));
    m_connection->open().then(this, [this, next](const Result<void> &opened) {
        if (opened) {
            if (m_winrm)
                pinAcceptedCertificate(next);
            else
                next();
            return;
        }
        const Error &error = opened.error();
        if (m_winrm) {
            const QString fingerprint = certificateFingerprint(error);
            if (error.code() == Error::Code::HostKeyUnknown && !m_batch && !m_askedTrust && !fingerprint.isEmpty()) {
                m_askedTrust = true;
                CliIo::printErr(error.message());
                if (CliIo::askYesNo(tr("Trust this certificate and pin it? (yes/no) "))) {
                    m_winrmTarget.acceptFingerprint = fingerprint;
                    connectThen(next);
                    return;
                }
            }
            if (error.code() == Error::Code::HostKeyUnknown && !fingerprint.isEmpty()) {
                CliIo::printErr(QStringLiteral("bulwark-cli: ") + error.message());
                if (!error.detail().isEmpty())
                    CliIo::printErr(QStringLiteral("  ") + error.detail());
                CliIo::printErr(tr("After checking the fingerprint with the host's administrator, run again with "
                                   "--trust-fingerprint %1")
                                    .arg(fingerprint));
                done(HostKeyNotTrusted);
                return;
            }
            fail(error);
            return;
        }
        if (error.code() == Error::Code::HostKeyUnknown && !m_batch && !m_askedTrust) {
            m_askedTrust = true;
            CliIo::printErr(error.message());
            if (CliIo::askYesNo(tr("Trust this host key and remember it? (yes/no) "))) {
                m_target.acceptFingerprint = error.detail();
                connectThen(next);
                return;
            }
        }
        fail(error);
    });
}

int CliApp::setUpWinRm(const QCommandLineParser &parser, const QString &spec)
{
    static const QStringList windowsCommands = {QStringLiteral("exec"),          QStringLiteral("facts"),
                                                QStringLiteral("scan"),          QStringLiteral("plan-services"),
                                                QStringLiteral("plan-accounts"), QStringLiteral("apply"),
                                                QStringLiteral("rollback"),      QStringLiteral("recover")};
    if (!windowsCommands.contains(m_command)) {
        CliIo::printErr(tr("bulwark-cli: %1 does not work on a Windows host (WinRM) yet; it needs an SSH host")
                            .arg(m_command.replace(u'-', u' ')));
        return Usage;
    }
    if (m_sudo) {
        CliIo::printErr(tr("bulwark-cli: --sudo does not apply to a Windows host: a WinRM login already has all the "
                           "rights of its account (WinRM admits administrators, and others cannot elevate over a "
                           "network logon). Run the command without --sudo."));
        return Usage;
    }
    const bool https = spec.startsWith(QLatin1String("winrms://"), Qt::CaseInsensitive);
    auto target =
        WinRmTarget::parse((https ? QStringLiteral("https://") : QStringLiteral("http://")) + spec.section(u'/', 2));
    if (!target) {
        CliIo::printErr(QStringLiteral("bulwark-cli: ") +
                        target.error().message().replace(QLatin1String("https://"), QLatin1String("winrms://")));
        return Usage;
    }
    m_winrmTarget = *target;
    if (m_winrmTarget.user.isEmpty()) {
        CliIo::printErr(tr("bulwark-cli: a WinRM host needs a user: winrms://user@host[:port]"));
        return Usage;
    }
    m_winrmTarget.allowUnencrypted = parser.isSet(QStringLiteral("allow-unencrypted"));
    m_winrmTarget.acceptFingerprint = parser.value(QStringLiteral("trust-fingerprint"));
    m_winrmTarget.operationTimeout = std::chrono::seconds(20);
    if (https) {
        auto pinned = WinRmPins().find(m_winrmTarget.hostName, m_winrmTarget.effectivePort());
        if (!pinned) {
            CliIo::printErr(QStringLiteral("bulwark-cli: ") + pinned.error().toString());
            return ConnectionError;
        }
        m_winrmTarget.pinnedFingerprint = *pinned;
    } else if (!m_winrmTarget.acceptFingerprint.isEmpty()) {
        CliIo::printErr(tr("bulwark-cli: --trust-fingerprint is for HTTPS (winrms://); plain HTTP has no certificate"));
        return Usage;
    }

    // The password: a file for scripts, else the terminal without echo; never argv or the environment itself.
    QString passwordFile = parser.value(QStringLiteral("password-file"));
    if (passwordFile.isEmpty())
        passwordFile = qEnvironmentVariable("BULWARK_WINRM_PASSWORD_FILE");
    QByteArray password = m_credentials.password; // --password-stdin, --ask-password
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            CliIo::printErr(
                tr("bulwark-cli: cannot read the password file %1: %2").arg(passwordFile, file.errorString()));
            return Usage;
        }
        password = file.readLine(4096);
        if (password.endsWith('\n'))
            password.chop(1);
        if (password.endsWith('\r'))
            password.chop(1);
    } else if (password.isEmpty() && (!m_batch || parser.isSet(QStringLiteral("ask-password")))) {
        password = CliIo::askSecret(tr("Password for %1: ").arg(m_winrmTarget.displayName()));
    }
    m_credentials = SshCredentials();
    if (password.isEmpty()) {
        CliIo::printErr(tr("bulwark-cli: no password for %1; give --password-file FILE (or set "
                           "BULWARK_WINRM_PASSWORD_FILE), or run on a terminal to be asked")
                            .arg(m_winrmTarget.displayName()));
        return Usage;
    }
    m_winrmCredentials.password = password;
    password.fill('\0');
    return -1;
}

void CliApp::pinAcceptedCertificate(std::function<void()> next)
{
    const QString accepted = m_winrmTarget.acceptFingerprint;
    if (m_winrmTarget.scheme != WinRmTarget::Scheme::Https || accepted.isEmpty()) {
        next();
        return;
    }
    // The pin is the certificate the host presented, read on the worker where the session lives.
    m_connection
        ->submit<QString>([](Session &session, const CancelToken &) -> Result<QString> {
            const auto *winrm = dynamic_cast<WinRmSession *>(&session);
            if (!winrm || winrm->lastCertificateChain().isEmpty())
                return QString();
            return WinRmTarget::fingerprint(winrm->lastCertificateChain().constFirst());
        })
        .then(this, [this, accepted, next](const Result<QString> &presented) {
            if (presented && !presented->isEmpty() && WinRmTarget::sameFingerprint(accepted, *presented) &&
                !WinRmTarget::sameFingerprint(m_winrmTarget.pinnedFingerprint, *presented)) {
                const WinRmPins pins;
                if (auto written = pins.remember(m_winrmTarget.hostName, m_winrmTarget.effectivePort(), *presented);
                    !written)
                    CliIo::printErr(tr("warning: the certificate was not pinned: %1").arg(written.error().toString()));
                else
                    CliIo::printErr(tr("bulwark-cli: pinned the certificate %1 of %2 in %3")
                                        .arg(*presented, m_winrmTarget.displayName(), pins.path()));
            }
            next();
        });
}

int CliApp::parseChangeCommand(const QStringList &positional)
{
    const QString argument = positional.at(1);
    if (m_command == u"apply") {
        QFile file(argument);
        if (!file.open(QIODevice::ReadOnly)) {
            CliIo::printErr(tr("bulwark-cli: cannot read the plan %1: %2").arg(argument, file.errorString()));
            return Usage;
        }
        auto plan = Plan::ChangePlan::fromJsonBytes(file.readAll());
        if (!plan) {
            CliIo::printErr(
                tr("bulwark-cli: %1 is not a plan Bulwark can apply: %2").arg(argument, plan.error().toString()));
            return Usage;
        }
        m_plan = *plan;
        return -1;
    }

    // rollback and recover start from the journal, for the host that transaction ran on.
    const Apply::Journal journal(m_journalPath.isEmpty() ? Apply::Journal::defaultPath() : m_journalPath);
    const auto record = JournalCommand::findTransaction(journal, argument);
    if (!record) {
        CliIo::printErr(QStringLiteral("bulwark-cli: ") + record.error().toString());
        return Usage;
    }
    if (record->host != hostDisplayName()) {
        CliIo::printErr(tr("bulwark-cli: transaction %1 ran on %2, not on %3; nothing was changed.")
                            .arg(record->id, record->host, hostDisplayName()));
        return Usage;
    }
    m_transaction = record->id;
    if (m_command == u"rollback") {
        auto plan = Apply::Applier::rollbackPlan(journal, record->id, m_localBackupRoot);
        if (!plan) {
            CliIo::printErr(QStringLiteral("bulwark-cli: ") + plan.error().toString());
            return Refused;
        }
        m_plan = *plan;
    }
    return -1;
}

void CliApp::runChange()
{
    ApplyCommand::Options options;
    options.target = m_target;
    options.credentials = m_credentials;
    options.apply.elevate = m_sudo;
    if (!m_hostBackupRoot.isEmpty())
        options.apply.hostBackupRoot = m_hostBackupRoot;
    if (m_confirmSeconds > 0)
        options.apply.confirmSeconds = m_confirmSeconds;
    options.apply.localBackupRoot = m_localBackupRoot;
    options.journalPath = m_journalPath;
    options.jsonPath = m_jsonPath;
    options.yes = m_yes;
    options.batch = m_batch;
    options.passphraseFile = m_passphraseFile;
    options.luksHeaderRoot = m_luksHeaderRoot;
    if (m_winrm) {
        // The final verification logs in to the Windows host again, as the connection did.
        const WinRmTarget target = m_winrmTarget;
        const WinRmCredentials credentials = m_winrmCredentials;
        options.hostDisplayName = hostDisplayName();
        options.freshSession = [target, credentials]() -> std::unique_ptr<Session> {
            return std::make_unique<WinRmSession>(target, credentials);
        };
    }
    m_change = std::make_unique<ApplyCommand>(*m_connection, options);
    connect(m_change.get(), &ApplyCommand::finished, this, &CliApp::done);
    connect(m_change.get(), &ApplyCommand::failed, this, &CliApp::fail);
    if (m_command == u"recover")
        m_change->recover(m_transaction);
    else
        m_change->applyPlan(m_plan);
}

QString CliApp::hostDisplayName() const
{
    return m_winrm ? m_winrmTarget.displayName() : m_target.displayName();
}

void CliApp::runPlanWindows()
{
    const PlanWindowsCommand::Options options{hostDisplayName(), m_outPath, m_showDiff};
    auto *command = new PlanWindowsCommand(*m_connection, *m_windowsRequest, options, this);
    connect(command, &PlanWindowsCommand::finished, this, &CliApp::done);
    connect(command, &PlanWindowsCommand::failed, this, &CliApp::fail);
    command->start();
}

void CliApp::runExec()
{
    RemoteCommand command = RemoteCommand::fromArgs(m_remoteArgv);
    command.elevate = m_sudo;
    command.timeout = std::chrono::seconds(m_timeoutSeconds);
    const QString journalPath = m_journalPath.isEmpty() ? Apply::Journal::defaultPath() : m_journalPath;
    // The command may change anything, so it goes through the Applier, which journals it.
    m_connection
        ->submit<CommandResult>([command, journalPath](Session &session, const CancelToken &cancel) {
            Apply::Journal journal(journalPath);
            Apply::ApplyOptions options;
            options.elevate = command.elevate;
            Apply::Applier applier(session, journal, options);
            return applier.runOperatorCommand(command, cancel);
        })
        .then(this, [this](const Result<CommandResult> &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            std::fwrite(result->stdOut.constData(), 1, size_t(result->stdOut.size()), stdout);
            std::fflush(stdout);
            std::fwrite(result->stdErr.constData(), 1, size_t(result->stdErr.size()), stderr);
            if (result->stdOutTruncated || result->stdErrTruncated) {
                CliIo::printErr(tr("bulwark-cli: output limit reached; the command was stopped"));
                done(1);
                return;
            }
            if (!result->exitSignal.isEmpty()) {
                CliIo::printErr(tr("bulwark-cli: remote command killed by signal %1").arg(result->exitSignal));
                done(ConnectionError);
                return;
            }
            // Windows exit codes are 32 bits (3010: reboot required, 0xC000013A: Ctrl+C); an exit status keeps only 8,
            // and 256 would even read as success. -1: no exit code came.
            if (result->exitStatus > 255 || result->exitStatus < -1) {
                CliIo::printErr(tr("bulwark-cli: the remote command exited with code %1 (0x%2), which an exit status "
                                   "cannot carry; exiting with 1")
                                    .arg(result->exitStatus)
                                    .arg(quint32(result->exitStatus), 8, 16, QLatin1Char('0')));
                done(1);
                return;
            }
            done(result->exitStatus < 0 ? ConnectionError : result->exitStatus);
        });
}

void CliApp::runFacts()
{
    const SshTarget target = m_target;
    m_connection
        ->submit<QJsonObject>([target](Session &session, const CancelToken &cancel) -> Result<QJsonObject> {
            if (session.platform() == Session::Platform::Windows) {
                // The whole Windows fact tree (resources/rules/FACTS-windows.md): one probe run, one command.
                auto windows = Facts::WindowsFacts::probe(session, cancel);
                if (!windows)
                    return windows.error();
                return QJsonObject{{QStringLiteral("host"), session.displayName()},
                                   {QStringLiteral("platform"), QStringLiteral("windows")},
                                   {QStringLiteral("facts"), *windows}};
            }
            auto facts = Facts::BasicFacts::probe(session, cancel);
            if (!facts)
                return facts.error();
            const auto *ssh = dynamic_cast<SshSession *>(&session);
            QJsonObject root{
                {QStringLiteral("host"), target.displayName()},
                {QStringLiteral("facts"), facts->toJson()},
            };
            if (ssh) {
                root.insert(QStringLiteral("hostKey"),
                            QJsonObject{{QStringLiteral("type"), ssh->lastHostKey().type},
                                        {QStringLiteral("fingerprint"), ssh->lastHostKey().fingerprint()}});
                root.insert(QStringLiteral("authMethod"), ssh->authMethod());
            }
            return root;
        })
        .then(this, [this](const Result<QJsonObject> &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            const QByteArray json = QJsonDocument(*result).toJson(QJsonDocument::Indented);
            done(CliIo::writeOutput(m_jsonPath.isEmpty() ? QStringLiteral("-") : m_jsonPath, json) ? Ok : 1);
        });
}

void CliApp::runScan()
{
    auto catalog = Rules::RuleCatalog::loadBuiltIn();
    if (!catalog) {
        fail(catalog.error());
        return;
    }
    auto shared = std::make_shared<const Rules::RuleCatalog>(std::move(*catalog));
    Scan::Scanner::Options options;
    options.elevate = m_sudo;
    options.hostName = m_target.alias;
    m_connection
        ->submit<Scan::ScanRecord>([shared, options](Session &session, const CancelToken &cancel) {
            return Scan::Scanner::run(session, *shared, options, cancel);
        })
        .then(this, [this, shared](const Result<Scan::ScanRecord> &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            const Scan::ScanRecord &record = *result;
            const Rules::Score score = record.score();
            if (!m_jsonPath.isEmpty() && !CliIo::writeOutput(m_jsonPath, QJsonDocument(record.toJson()).toJson())) {
                done(ConnectionError);
                return;
            }
            if (!m_htmlPath.isEmpty() && !CliIo::writeOutput(m_htmlPath, Report::HtmlReport::render(record, *shared))) {
                done(ConnectionError);
                return;
            }
            if (m_jsonPath != u"-" && m_htmlPath != u"-") {
                QString summary =
                    tr("%1: score %2/100; %3 passed, %4 failed, %5 not applicable, %6 not checked (%7 ms, %8 remote "
                       "command)\n")
                        .arg(record.target, score.value() ? QString::number(*score.value()) : QStringLiteral("-"))
                        .arg(score.total().passed)
                        .arg(score.total().failed)
                        .arg(score.total().notApplicable)
                        .arg(score.total().unknown)
                        .arg(record.durationMs())
                        .arg(record.remoteCommands);
                for (const Rules::Finding &finding : record.findings) {
                    if (finding.status() != Rules::Finding::Status::Fail)
                        continue;
                    const auto rule = shared->rule(finding.ruleId());
                    summary += QStringLiteral("  FAIL %1 [%2] %3\n")
                                   .arg(finding.ruleId(), Rules::severityKey(finding.severity()),
                                        rule ? rule->title() : QString());
                }
                const QByteArray bytes = summary.toLocal8Bit();
                std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
                std::fflush(stdout);
            }
            done(score.total().failed > 0 ? ScanFailed : Ok);
        });
}

void CliApp::runPlanServices()
{
    const bool elevate = m_sudo;
    m_connection
        ->submit<QJsonObject>([elevate](Session &session, const CancelToken &cancel) {
            return Facts::LinuxFacts::probe(session, cancel, elevate);
        })
        .then(this, [this](const Result<QJsonObject> &facts) {
            if (!facts) {
                fail(facts.error());
                return;
            }
            Plan::ServicesChoice choice;
            choice.units = m_disable;
            choice.mask = m_mask;
            choice.hostDisplayName = m_target.displayName();
            const auto plan = Plan::ServicesPlanner::plan(*facts, choice);
            if (!plan) {
                fail(plan.error());
                return;
            }
            const QString out = PlanPrinter::render(
                *plan, tr("Plan for %1 (nothing has been changed):").arg(m_target.displayName()), *facts, m_showDiff);
            CliIo::print(out);
            if (!m_outPath.isEmpty() && !CliIo::writeOutput(m_outPath, plan->toJsonBytes())) {
                done(1);
                return;
            }
            done(Ok);
        });
}

int CliApp::parseSudoersChoice(const QCommandLineParser &parser)
{
    const QString usage = tr("plan sudoers needs one of --grant PRINCIPAL --command CMD, --revoke FILE:LINE or "
                             "--restrict FILE:LINE --command CMD");
    const QStringList actions = {QStringLiteral("grant"), QStringLiteral("revoke"), QStringLiteral("restrict")};
    QStringList given;
    for (const QString &action : actions) {
        if (parser.isSet(action))
            given.append(action);
    }
    if (given.size() != 1) {
        CliIo::printErr(usage);
        return Usage;
    }
    Plan::SudoersChoice &choice = m_sudoersChoice;
    choice.commands = parser.values(QStringLiteral("command"));
    choice.runAs = parser.value(QStringLiteral("runas"));
    choice.noPassword = parser.isSet(QStringLiteral("nopasswd"));
    choice.noExec = parser.isSet(QStringLiteral("noexec"));
    choice.allowAll = parser.isSet(QStringLiteral("allow-all"));
    const QString action = given.constFirst();
    if (action == u"grant") {
        choice.action = Plan::SudoersChoice::Action::Grant;
        choice.principal = parser.value(QStringLiteral("grant"));
    } else {
        choice.action =
            action == u"revoke" ? Plan::SudoersChoice::Action::Revoke : Plan::SudoersChoice::Action::Restrict;
        const QString where = parser.value(action);
        const qsizetype colon = where.lastIndexOf(u':');
        bool ok = false;
        choice.file = where.left(colon);
        choice.line = colon > 0 ? where.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || choice.line <= 0 || !choice.file.startsWith(u'/')) {
            CliIo::printErr(tr("--%1 takes FILE:LINE, e.g. /etc/sudoers.d/90-admin:1").arg(action));
            return Usage;
        }
    }
    if (choice.action != Plan::SudoersChoice::Action::Revoke && choice.commands.isEmpty()) {
        CliIo::printErr(usage);
        return Usage;
    }
    return -1;
}

void CliApp::runPlanSudoers()
{
    const bool hasPassword = !m_credentials.sudoPassword.isEmpty();
    m_connection
        ->submit<Facts::SudoersSnapshot>([hasPassword](Session &session, const CancelToken &cancel) {
            return Facts::SudoersReader::read(session, hasPassword, cancel);
        })
        .then(this, [this](const Result<Facts::SudoersSnapshot> &snapshot) {
            if (!snapshot) {
                fail(snapshot.error());
                return;
            }
            Plan::SudoersChoice choice = m_sudoersChoice;
            choice.hostDisplayName = m_target.displayName();
            const auto plan = Plan::SudoersPlanner::plan(snapshot->tree, choice, snapshot->identity);
            if (!plan) {
                fail(plan.error()); // a refusal: exit 255 with the reason
                return;
            }
            const QString out = PlanPrinter::render(
                *plan, tr("Plan for %1 (nothing has been changed):").arg(m_target.displayName()), {}, m_showDiff);
            CliIo::print(out);
            if (!m_outPath.isEmpty() && !CliIo::writeOutput(m_outPath, plan->toJsonBytes())) {
                done(1);
                return;
            }
            done(Ok);
        });
}

void CliApp::runPlanAccounts()
{
    const PlanAccountsCommand::Options options{m_target.displayName(), m_sudo, !m_credentials.sudoPassword.isEmpty(),
                                               m_outPath, m_showDiff};
    auto *command = new PlanAccountsCommand(*m_connection, *m_accountsChoice, options, this);
    connect(command, &PlanAccountsCommand::finished, this, &CliApp::done);
    connect(command, &PlanAccountsCommand::failed, this, &CliApp::fail);
    command->start();
}

void CliApp::runPlanSsh()
{
    const PlanSshCommand::Options options{m_target.displayName(), m_sudo, m_outPath, m_showDiff};
    auto *command = new PlanSshCommand(*m_connection, *m_sshChoice, options, this);
    connect(command, &PlanSshCommand::finished, this, &CliApp::done);
    connect(command, &PlanSshCommand::failed, this, &CliApp::fail);
    command->start();
}

void CliApp::runPlanTls()
{
    const PlanTlsCommand::Options options{m_target.displayName(), m_target.hostName, m_outPath};
    auto *command = new PlanTlsCommand(*m_connection, *m_tlsRequest, options, this);
    connect(command, &PlanTlsCommand::finished, this, &CliApp::done);
    connect(command, &PlanTlsCommand::failed, this, &CliApp::fail);
    command->start();
}

void CliApp::cancel()
{
    if (m_connection)
        m_connection->cancel();
    else
        done(Canceled);
}

void CliApp::fail(const Error &error)
{
    CliIo::printErr(QStringLiteral("bulwark-cli: ") + error.message());
    if (!error.detail().isEmpty())
        CliIo::printErr(QStringLiteral("  ") + error.detail());
    switch (error.code()) {
    case Error::Code::HostKeyUnknown:
    case Error::Code::HostKeyChanged:
    case Error::Code::HostKeyRevoked:
        done(HostKeyNotTrusted);
        break;
    case Error::Code::Timeout:
        done(Timeout);
        break;
    case Error::Code::Canceled:
        done(Canceled);
        break;
    default:
        done(ConnectionError);
        break;
    }
}

void CliApp::done(int exitCode)
{
    // Close on the worker before the event loop ends, so the session never outlives its thread.
    m_connection.reset();
    Q_EMIT finished(exitCode);
}

void CliApp::runPlanLuks()
{
    const PlanLuksCommand::Options options{m_target.displayName(), m_outPath, true};
    auto *command = new PlanLuksCommand(*m_connection, *m_luksRequest, options, this);
    connect(command, &PlanLuksCommand::finished, this, &CliApp::done);
    connect(command, &PlanLuksCommand::failed, this, &CliApp::fail);
    command->start();
}

void CliApp::runLuksFetchHeader()
{
    const QString hostPath = Plan::LuksPlanner::headerBackupPath(m_luksName);
    const QString root = m_luksHeaderRoot.isEmpty() ? Luks::LuksHeaderBackup::defaultRoot() : m_luksHeaderRoot;
    const QString localDir = Luks::LuksHeaderBackup::hostDirectory(root, m_target.displayName());
    const QString journalPath = m_journalPath.isEmpty() ? Apply::Journal::defaultPath() : m_journalPath;
    m_connection
        ->submit<Luks::LuksHeaderCopy>(
            [hostPath, localDir, journalPath](Session &session,
                                              const CancelToken &cancel) -> Result<Luks::LuksHeaderCopy> {
                auto copy = Luks::LuksHeaderBackup::fetch(session, hostPath, localDir, cancel);
                if (!copy)
                    return copy.error();
                Apply::Journal journal(journalPath);
                if (auto written = journal.append(Luks::LuksHeaderBackup::kindFetched(), session.displayName(),
                                                  Luks::LuksHeaderBackup::journalPayload(*copy, QString()));
                    !written)
                    CliIo::printErr(tr("warning: the journal was not written: %1").arg(written.error().toString()));
                return copy;
            })
        .then(this, [this](const Result<Luks::LuksHeaderCopy> &copy) {
            if (!copy) {
                fail(copy.error());
                return;
            }
            CliIo::print(tr("LUKS header backup %1 (UUID %2) copied to %3, sha256 %4, the same on the host%5. Keep it "
                            "offline, with the key or passphrase kept apart.\n")
                             .arg(copy->hostPath, copy->uuid, copy->localPath, QString::fromLatin1(copy->sha256),
                                  copy->alreadyThere ? tr("; an identical copy was there already") : QString()));
            done(0);
        });
}
