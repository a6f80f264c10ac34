// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/ApplyCommand.h"

#include "app/cli/CliIo.h"
#include "app/cli/PlanPrinter.h"
#include "core/luks/LuksHeaderBackup.h"
#include "core/luks/LuksPlanner.h"
#include "core/transport/SshSession.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Bulwark;
using namespace Bulwark::Apply;

namespace {

// Exit codes shared with CliApp's --help.
constexpr int ExitApplied = 0;
constexpr int ExitRolledBack = 1;
constexpr int ExitUsage = 2;
constexpr int ExitRefused = 4;
constexpr int ExitInterrupted = 5;
constexpr int ExitRollbackFailed = 6;

// Shorter passphrases are refused: this one protects a disk of patient data against whoever holds it.
constexpr qsizetype minimumPassphrase = 12;

} // namespace

ApplyCommand::ApplyCommand(Transport::HostConnection &connection, Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(std::move(options))
    , m_journalArgument(m_options.journalPath)
{
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = Journal::defaultPath();
    const Transport::SshTarget target = m_options.target;
    const Transport::SshCredentials credentials = m_options.credentials;
    // The final verification logs in again with the same target and credentials: a change that locks out new
    // logins fails there and is rolled back while the applying session still works.
    if (m_options.freshSession)
        m_options.apply.freshSession = m_options.freshSession;
    else
        m_options.apply.freshSession = [target, credentials]() -> std::unique_ptr<Transport::Session> {
            return std::make_unique<Transport::SshSession>(target, credentials);
        };
}

QString ApplyCommand::hostName() const
{
    return m_options.hostDisplayName.isEmpty() ? m_options.target.displayName() : m_options.hostDisplayName;
}

int ApplyCommand::exitCodeFor(ApplyReport::Outcome outcome)
{
    switch (outcome) {
    case ApplyReport::Outcome::Applied:
    case ApplyReport::Outcome::Recovered:
        return ExitApplied;
    case ApplyReport::Outcome::RolledBack:
        return ExitRolledBack;
    case ApplyReport::Outcome::Refused:
        return ExitRefused;
    case ApplyReport::Outcome::Interrupted:
        return ExitInterrupted;
    case ApplyReport::Outcome::RollbackFailed:
        return ExitRollbackFailed;
    }
    return ExitRefused;
}

FILE *ApplyCommand::textStream() const
{
    return m_options.jsonPath == u"-" ? stderr : stdout;
}

void ApplyCommand::applyPlan(const Plan::ChangePlan &plan)
{
    const ApplyOptions options = m_options.apply;
    const QString journalPath = m_options.journalPath;
    m_connection
        .submit<Plan::ChangePlan>([plan, options, journalPath](Transport::Session &session, const CancelToken &cancel) {
            Journal journal(journalPath);
            Applier applier(session, journal, options);
            return applier.prepare(plan, cancel);
        })
        .then(this, [this](const Result<Plan::ChangePlan> &prepared) {
            if (!prepared) {
                Q_EMIT failed(prepared.error());
                return;
            }
            confirmAndApply(*prepared);
        });
}

void ApplyCommand::confirmAndApply(const Plan::ChangePlan &prepared)
{
    const QString host = hostName();
    const int count = int(prepared.changes().size());
    const QString heading =
        prepared.rollbackOf().isEmpty()
            ? tr("Plan for %1, exactly as it will run (nothing has been changed yet):").arg(host)
            : tr("Rollback of transaction %1 on %2, exactly as it will run (nothing has been changed yet):")
                  .arg(prepared.rollbackOf(), host);
    CliIo::print(PlanPrinter::render(prepared, heading, {}, true), textStream());
    if (!prepared.hostDisplayName().isEmpty() && prepared.hostDisplayName() != host)
        CliIo::printErr(tr("warning: this plan was made for %1, not for %2").arg(prepared.hostDisplayName(), host));
    if (prepared.accessAffecting())
        CliIo::print(QStringLiteral("\n%1\n").arg(commitConfirmNote(m_options.apply.confirmSeconds)), textStream());
    if (prepared.isEmpty()) {
        CliIo::printErr(tr("The plan has no changes; nothing to do."));
        Q_EMIT finished(ExitApplied);
        return;
    }

    if (!m_options.yes) {
        if (m_options.batch) {
            CliIo::printErr(tr("bulwark-cli: not applying without --yes in batch mode; nothing was changed."));
            Q_EMIT finished(ExitUsage);
            return;
        }
        const QString question = prepared.rollbackOf().isEmpty()
                                     ? tr("Apply the changes above to %1 (%2 in all)? (yes/no) ").arg(host).arg(count)
                                     : tr("Apply the changes above to %1 (%2 in all) to undo transaction %3? (yes/no) ")
                                           .arg(host)
                                           .arg(count)
                                           .arg(prepared.rollbackOf().left(8));
        if (!CliIo::askYesNo(question)) {
            CliIo::printErr(tr("Not applied; nothing was changed."));
            Q_EMIT finished(ExitRefused);
            return;
        }
    }

    if (!collectSecrets(prepared)) {
        Q_EMIT finished(m_options.batch && m_options.passphraseFile.isEmpty() ? ExitUsage : ExitRefused);
        return;
    }
    m_headerPaths = Luks::LuksHeaderBackup::hostPathsIn(prepared);

    const ApplyOptions options = m_options.apply;
    const QString journalPath = m_options.journalPath;
    // stdio locks each call, so the worker prints its progress itself; the main thread waits in its event loop.
    auto progress = [](const ApplyProgress &step) {
        const QString position = step.changeIndex < 0 ? QStringLiteral("*") : QString::number(step.changeIndex + 1);
        CliIo::printErr(QStringLiteral("[%1/%2] %3 %4")
                            .arg(position)
                            .arg(step.changeCount)
                            .arg(phaseKey(step.phase), step.message));
    };
    m_connection
        .submit<ApplyReport>(
            [prepared, options, journalPath, progress](Transport::Session &session, const CancelToken &cancel) {
                Journal journal(journalPath);
                Applier applier(session, journal, options);
                applier.setProgressCallback(progress);
                return Result<ApplyReport>(applier.apply(prepared, cancel));
            })
        .then(this, [this](const Result<ApplyReport> &result) {
            if (!result) {
                Q_EMIT failed(result.error());
                return;
            }
            report(*result);
        });
}

void ApplyCommand::recover(const QString &transactionId)
{
    const ApplyOptions options = m_options.apply;
    const QString journalPath = m_options.journalPath;
    m_connection
        .submit<ApplyReport>(
            [transactionId, options, journalPath](Transport::Session &session, const CancelToken &cancel) {
                Journal journal(journalPath);
                Applier applier(session, journal, options);
                return Result<ApplyReport>(applier.recover(transactionId, cancel));
            })
        .then(this, [this](const Result<ApplyReport> &result) {
            if (!result) {
                Q_EMIT failed(result.error());
                return;
            }
            report(*result);
        });
}

void ApplyCommand::report(const ApplyReport &report)
{
    QString text = tr("\nTransaction %1: %2\n").arg(report.transactionId, outcomeKey(report.outcome));
    text += report.summary() + u'\n';
    for (const ChangeOutcome &change : report.changes) {
        text += QStringLiteral("  %1. %2: %3\n").arg(change.index + 1).arg(change.title, stateKey(change.state));
        if (!change.detail.isEmpty())
            text += QStringLiteral("     %1\n").arg(change.detail);
    }
    if (report.outcome == ApplyReport::Outcome::Interrupted && report.revertPending) {
        text += tr("\nThe host undoes this transaction by itself at %1 (automatic undo). After that, check it with:\n"
                   "  bulwark-cli recover %2 --host %3%4\n"
                   "(with this command's connection options).\n")
                    .arg(revertTimeText(report.revertDeadline), report.transactionId, hostName(),
                         m_journalArgument.isEmpty() ? QString() : QStringLiteral(" --journal ") + m_journalArgument);
    } else if (report.outcome == ApplyReport::Outcome::Interrupted) {
        text += tr("\nThe host was left mid-transaction. When it is reachable again, find out what it has with:\n"
                   "  bulwark-cli recover %1 --host %2%3\n"
                   "(with this command's connection options), then undo it with bulwark-cli rollback %1, or keep "
                   "it.\n")
                    .arg(report.transactionId, hostName(),
                         m_journalArgument.isEmpty() ? QString() : QStringLiteral(" --journal ") + m_journalArgument);
    }
    CliIo::print(text, textStream());
    wipeSecrets();
    if (report.outcome == ApplyReport::Outcome::Applied && !m_headerPaths.isEmpty()) {
        fetchHeaders(report, m_headerPaths);
        return;
    }
    finish(report, exitCodeFor(report.outcome));
}

void ApplyCommand::finish(const ApplyReport &report, int exitCode)
{
    // A report that cannot be written is said on stderr; the exit code still tells what happened to the host.
    if (!m_options.jsonPath.isEmpty())
        CliIo::writeOutput(m_options.jsonPath, QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    Q_EMIT finished(exitCode);
}

void ApplyCommand::wipeSecrets()
{
    Apply::wipeSecrets(m_options.apply.secrets);
}

bool ApplyCommand::collectSecrets(const Plan::ChangePlan &plan)
{
    for (const QString &slot : Apply::Applier::requiredSecrets(plan)) {
        if (slot != Plan::LuksPlanner::passphraseSlot()) {
            CliIo::printErr(tr("bulwark-cli: the plan needs the secret \"%1\", which bulwark-cli cannot ask for; "
                               "nothing was changed.")
                                .arg(slot));
            return false;
        }
        QByteArray secret;
        if (!m_options.passphraseFile.isEmpty()) {
            QFile file(m_options.passphraseFile);
            if (!file.open(QIODevice::ReadOnly)) {
                CliIo::printErr(tr("bulwark-cli: cannot read the passphrase file %1: %2; nothing was changed.")
                                    .arg(m_options.passphraseFile, file.errorString()));
                return false;
            }
            // The first line without its newline: what is typed at the console to unlock it later.
            secret = file.readLine(4096);
            if (secret.endsWith('\n'))
                secret.chop(1);
            if (secret.endsWith('\r'))
                secret.chop(1);
        } else if (m_options.batch) {
            CliIo::printErr(tr("bulwark-cli: this plan sets a LUKS passphrase; in batch mode give it with "
                               "--passphrase-file FILE. Nothing was changed."));
            return false;
        } else {
            CliIo::printErr(tr("The plan sets a LUKS passphrase. It is what unlocks the device by hand (and at boot "
                               "when there is no key file): at least %1 characters; not shown, never saved.")
                                .arg(minimumPassphrase));
            secret = CliIo::askSecret(tr("New LUKS passphrase: "));
            QByteArray again = CliIo::askSecret(tr("The same passphrase again: "));
            const bool same = secret == again;
            again.fill('\0');
            if (!same) {
                secret.fill('\0');
                CliIo::printErr(tr("bulwark-cli: the two passphrases differ; nothing was changed."));
                return false;
            }
        }
        QString problem;
        if (secret.size() < minimumPassphrase)
            problem = tr("the passphrase is shorter than %1 characters").arg(minimumPassphrase);
        else if (secret.contains('\0') || secret.contains('\n') || secret.contains('\r'))
            problem = tr("the passphrase holds a line break or a NUL byte, which cannot be typed at the console");
        if (!problem.isEmpty()) {
            secret.fill('\0');
            CliIo::printErr(tr("bulwark-cli: %1; nothing was changed.").arg(problem));
            return false;
        }
        m_options.apply.secrets.insert(slot, secret);
    }
    return true;
}

void ApplyCommand::fetchHeaders(const ApplyReport &report, const QStringList &hostPaths)
{
    const QString root =
        m_options.luksHeaderRoot.isEmpty() ? Luks::LuksHeaderBackup::defaultRoot() : m_options.luksHeaderRoot;
    const QString localDir = Luks::LuksHeaderBackup::hostDirectory(root, hostName());
    const QString journalPath = m_options.journalPath;
    const QString transaction = report.transactionId;
    m_connection
        .submit<QList<Luks::LuksHeaderCopy>>(
            [hostPaths, localDir, journalPath, transaction](
                Transport::Session &session, const CancelToken &cancel) -> Result<QList<Luks::LuksHeaderCopy>> {
                QList<Luks::LuksHeaderCopy> copies;
                Journal journal(journalPath);
                for (const QString &path : hostPaths) {
                    auto copy = Luks::LuksHeaderBackup::fetch(session, path, localDir, cancel);
                    if (!copy)
                        return copy.error();
                    journal.append(Luks::LuksHeaderBackup::kindFetched(), session.displayName(),
                                   Luks::LuksHeaderBackup::journalPayload(*copy, transaction));
                    copies.append(*copy);
                }
                return copies;
            })
        .then(this, [this, report, hostPaths](const Result<QList<Luks::LuksHeaderCopy>> &copies) {
            if (!copies) {
                QStringList commands;
                for (const QString &path : hostPaths)
                    commands.append(QStringLiteral("  bulwark-cli luks fetch-header --host %1 --name %2")
                                        .arg(hostName(), QFileInfo(path).completeBaseName()));
                CliIo::printErr(tr("warning: the changes are applied, but the LUKS header backup could not be copied "
                                   "to this machine: %1\nCopy it once the host is reachable (with this command's "
                                   "connection options) and keep it offline: without it a damaged header means the "
                                   "data is lost.\n%2")
                                    .arg(copies.error().toString(), commands.join(u'\n')));
                finish(report, ExitApplied);
                return;
            }
            QString text;
            for (const Luks::LuksHeaderCopy &copy : *copies)
                text += tr("LUKS header backup %1 copied to %2 (sha256 %3, the same on the host)%4. Keep it offline, "
                           "with the key or passphrase kept apart.\n")
                            .arg(copy.hostPath, copy.localPath, QString::fromLatin1(copy.sha256),
                                 copy.alreadyThere ? tr("; an identical copy was there already") : QString());
            CliIo::print(text, textStream());
            finish(report, ExitApplied);
        });
}
