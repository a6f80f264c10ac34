// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliApp.h"

#include "core/diff/TextDiff.h"
#include "core/facts/BasicFacts.h"
#include "core/facts/LinuxFacts.h"
#include "core/plan/ServicesPlanner.h"
#include "core/report/HtmlReport.h"
#include "core/rules/RuleCatalog.h"
#include "core/scan/Scanner.h"
#include "core/transport/ShellQuote.h"
#include "core/transport/SshConfig.h"
#include "core/transport/SshSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Transport;

namespace {

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QByteArray readSecretLine(FILE *in)
{
    QByteArray line;
    for (int c = std::fgetc(in); c != EOF && c != '\n'; c = std::fgetc(in))
        line += char(c);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Reads a secret from the terminal without echo; the secret never touches argv or the environment.
QByteArray askSecret(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    const QByteArray p = prompt.toLocal8Bit();
    std::fwrite(p.constData(), 1, size_t(p.size()), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool haveTermios = tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray secret = readSecretLine(tty);
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputc('\n', tty);
    std::fclose(tty);
    return secret;
}

bool askYesNo(const QString &question)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    const QByteArray q = question.toLocal8Bit();
    std::fwrite(q.constData(), 1, size_t(q.size()), tty);
    std::fflush(tty);
    const QByteArray answer = readSecretLine(tty).trimmed().toLower();
    std::fclose(tty);
    return answer == "yes" || answer == "y";
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
           "  facts  Probe a host's first facts: bulwark-cli facts --host user@host:port [--json FILE]\n"
           "  scan   Audit a host: bulwark-cli scan --host user@host:port [--json FILE] [--html FILE] [--no-sudo]\n"
           "  plan services  Plan disabling services, changing nothing: bulwark-cli plan services --host ... "
           "--disable UNIT[,UNIT] [--mask] [--diff] [--out PLAN.json]\n\n"
           "Exit codes: the remote command's status for exec; for scan 0 when no check failed and 1 when one did; "
           "2 usage; 3 host key not trusted; 124 timeout; 130 canceled; 255 connection, login or sudo failure."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("exec, facts, scan or plan services"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        tr("Target: [user@]host[:port] or an ssh_config alias."), tr("target"));
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
    const QCommandLineOption diffOption(QStringLiteral("diff"), tr("plan: show file changes as unified diffs."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("plan: save the plan as JSON to this file."),
                                       tr("file"));
    const QCommandLineOption noSudoOption(QStringLiteral("no-sudo"),
                                          tr("Scan without sudo (root-only checks are then reported as not checked)."));
    parser.addOptions({hostOption, identityOption, knownHostsOption, acceptOption, configOption, passwordStdinOption,
                       sudoPasswordStdinOption, askPasswordOption, sudoOption, noAgentOption, batchOption,
                       timeoutOption, jsonOption, htmlOption, noSudoOption, disableOption, maskOption, diffOption,
                       outOption});

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
        if (positional.at(1) != u"services") {
            printErr(tr("unknown plan \"%1\"; use plan services").arg(positional.at(1)));
            return Usage;
        }
        positional = {QStringLiteral("plan-services")};
    }
    if (positional.size() != 1 || !parser.isSet(hostOption)) {
        printErr(
            tr("usage: bulwark-cli exec|facts|scan --host [user@]host[:port] [options] [-- ARGV...]  (see --help)"));
        return Usage;
    }
    m_command = positional.constFirst();
    if (m_command == u"exec" && m_remoteArgv.isEmpty()) {
        printErr(tr("exec needs a command after --"));
        return Usage;
    }
    if (m_command != u"exec" && m_command != u"facts" && m_command != u"scan" && m_command != u"plan-services") {
        printErr(tr("unknown command \"%1\"; use exec, facts, scan or plan services").arg(m_command));
        return Usage;
    }
    for (const QString &value : parser.values(disableOption))
        m_disable += value.split(u',', Qt::SkipEmptyParts);
    if (m_command == u"plan-services" && m_disable.isEmpty()) {
        printErr(tr("plan services needs --disable UNIT"));
        return Usage;
    }
    m_mask = parser.isSet(maskOption);
    m_showDiff = parser.isSet(diffOption);
    m_outPath = parser.value(outOption);

    auto target = SshTarget::parse(parser.value(hostOption));
    if (!target) {
        printErr(target.error().toString());
        return Usage;
    }
    SshConfig config;
    const QString configFile = parser.value(configOption);
    if (configFile.isEmpty()) {
        config = SshConfig::loadDefault();
    } else if (configFile != u"none") {
        QFile file(configFile);
        if (!file.open(QIODevice::ReadOnly)) {
            printErr(tr("cannot read %1: %2").arg(configFile, file.errorString()));
            return Usage;
        }
        config = SshConfig::parse(file.readAll(), configFile);
    }
    for (const QString &warning : config.warnings())
        printErr(tr("warning: %1").arg(warning));
    m_target = *target;
    m_target.identityFiles = parser.values(identityOption);
    m_target.knownHostsFile = parser.value(knownHostsOption);
    m_target.acceptFingerprint = parser.value(acceptOption);
    m_target.useAgent = !parser.isSet(noAgentOption);
    m_target = config.resolve(m_target);

    m_sudo = parser.isSet(sudoOption);
    m_batch = parser.isSet(batchOption) || !::isatty(STDIN_FILENO);
    m_jsonPath = parser.value(jsonOption);
    m_htmlPath = parser.value(htmlOption);
    if (m_command == u"scan" || m_command == u"plan-services")
        m_sudo = !parser.isSet(noSudoOption);
    bool timeoutOk = false;
    m_timeoutSeconds = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || m_timeoutSeconds < 0) {
        printErr(tr("--timeout takes a number of seconds"));
        return Usage;
    }

    if (parser.isSet(passwordStdinOption)) {
        m_credentials.password = readSecretLine(stdin);
        m_credentials.sudoPassword = m_credentials.password;
    }
    if (parser.isSet(sudoPasswordStdinOption))
        m_credentials.sudoPassword = readSecretLine(stdin);
    if (parser.isSet(askPasswordOption)) {
        m_credentials.password = askSecret(tr("Password for %1: ").arg(m_target.displayName()));
        m_credentials.sudoPassword = m_credentials.password;
    }

    connectThen([this] {
        if (m_command == u"exec")
            runExec();
        else if (m_command == u"scan")
            runScan();
        else if (m_command == u"plan-services")
            runPlanServices();
        else
            runFacts();
    });
    return -1;
}

void CliApp::connectThen(std::function<void()> next)
{
    const SshTarget target = m_target;
    const SshCredentials credentials = m_credentials;
    m_connection = std::make_unique<HostConnection>(
        [target, credentials] { return std::make_unique<SshSession>(target, credentials); });
    m_connection->open().then(this, [this, next](const Result<void> &opened) {
        if (opened) {
            next();
            return;
        }
        const Error &error = opened.error();
        if (error.code() == Error::Code::HostKeyUnknown && !m_batch && !m_askedTrust) {
            m_askedTrust = true;
            printErr(error.message());
            if (askYesNo(tr("Trust this host key and remember it? (yes/no) "))) {
                m_target.acceptFingerprint = error.detail();
                connectThen(next);
                return;
            }
        }
        fail(error);
    });
}

void CliApp::runExec()
{
    RemoteCommand command = RemoteCommand::fromArgs(m_remoteArgv);
    command.elevate = m_sudo;
    command.timeout = std::chrono::seconds(m_timeoutSeconds);
    m_connection->run(command).then(this, [this](const Result<CommandResult> &result) {
        if (!result) {
            fail(result.error());
            return;
        }
        std::fwrite(result->stdOut.constData(), 1, size_t(result->stdOut.size()), stdout);
        std::fflush(stdout);
        std::fwrite(result->stdErr.constData(), 1, size_t(result->stdErr.size()), stderr);
        if (result->stdOutTruncated || result->stdErrTruncated) {
            printErr(tr("bulwark-cli: output limit reached; the command was stopped"));
            done(1);
            return;
        }
        if (!result->exitSignal.isEmpty()) {
            printErr(tr("bulwark-cli: remote command killed by signal %1").arg(result->exitSignal));
            done(ConnectionError);
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
            done(writeOutput(m_jsonPath.isEmpty() ? QStringLiteral("-") : m_jsonPath, json) ? Ok : 1);
        });
}

bool CliApp::writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
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
            if (!m_jsonPath.isEmpty() && !writeOutput(m_jsonPath, QJsonDocument(record.toJson()).toJson())) {
                done(ConnectionError);
                return;
            }
            if (!m_htmlPath.isEmpty() && !writeOutput(m_htmlPath, Report::HtmlReport::render(record, *shared))) {
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
            QString out = tr("Plan for %1 (nothing has been changed):\n").arg(m_target.displayName());
            for (const QString &line : plan->summary())
                out += QStringLiteral("  ") + line + u'\n';
            int number = 0;
            for (const Plan::Change &change : plan->changes()) {
                out += QStringLiteral("\n%1. %2\n").arg(++number).arg(change.title());
                if (const Plan::CommandStep *step = change.command()) {
                    const auto line = Transport::ShellQuote::render(Transport::ShellQuote::toArgv(step->argv()));
                    out += tr("   runs:    %1%2\n")
                               .arg(step->elevate() ? QStringLiteral("(sudo) ") : QString(),
                                    line ? QString::fromUtf8(*line) : step->argv().join(u' '));
                    out += tr("   effect:  %1\n").arg(step->describeEffect(*facts));
                    for (const Plan::CommandCheck &check : step->verify())
                        out += tr("   verify:  %1 -> %2\n")
                                   .arg(check.argv().join(u' '), check.expectedStdout().join(QStringLiteral(" or ")));
                    for (const Plan::CommandStep &undo : step->inverse())
                        out += tr("   undo:    %1\n").arg(undo.argv().join(u' '));
                } else if (const Plan::FileEdit *edit = change.fileEdit()) {
                    out += tr("   edits:   %1\n").arg(edit->path());
                    if (m_showDiff && !edit->needsRead()) {
                        const auto diff = Diff::TextDiff::compute(edit->before(), edit->after());
                        if (diff)
                            out += QString::fromUtf8(
                                diff->unified(QStringLiteral("a") + edit->path(), QStringLiteral("b") + edit->path()));
                    } else if (m_showDiff) {
                        out += tr("   (the diff is shown when the file is read at apply time)\n");
                    }
                }
            }
            for (const QString &warning : plan->warnings())
                out += tr("\nwarning: %1").arg(warning);
            out += u'\n';
            const QByteArray bytes = out.toLocal8Bit();
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            std::fflush(stdout);
            if (!m_outPath.isEmpty() && !writeOutput(m_outPath, plan->toJsonBytes())) {
                done(1);
                return;
            }
            done(Ok);
        });
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
    printErr(QStringLiteral("bulwark-cli: ") + error.message());
    if (!error.detail().isEmpty())
        printErr(QStringLiteral("  ") + error.detail());
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
