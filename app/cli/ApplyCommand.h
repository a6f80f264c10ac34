// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/Applier.h"
#include "core/plan/ChangePlan.h"
#include "core/transport/HostConnection.h"
#include "core/transport/SshTarget.h"
#include "core/util/Error.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

// bulwark-cli apply, rollback and recover: a plan prepared on the host's worker, shown with its diffs, confirmed,
// applied by the Applier as a journaled transaction and reported. Lives on the main thread; every remote step runs
// on the HostConnection's worker, which owns the Applier for the duration of one job.
class ApplyCommand : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Bulwark::Transport::SshTarget target; // as connected (with any host key the user accepted)
        Bulwark::Transport::SshCredentials credentials;
        // A host reached otherwise (a Windows host over WinRM): its name and how to log in to it again for the final
        // verification. Empty: target and credentials (SSH).
        QString hostDisplayName;
        std::function<std::unique_ptr<Bulwark::Transport::Session>()> freshSession;
        Bulwark::Apply::ApplyOptions apply; // elevate, backup roots; freshSession is filled in here
        QString journalPath;                // empty: Journal::defaultPath()
        QString jsonPath;                   // the ApplyReport as JSON; '-' puts it on stdout and the text on stderr
        bool yes = false;                   // do not ask
        bool batch = false;                 // never ask: without `yes`, refuse
        // A plan that sets a LUKS passphrase: read it from this file (the first line, without its newline) instead
        // of asking twice on the terminal; required in batch mode.
        QString passphraseFile;
        QString luksHeaderRoot; // where LUKS header backups are copied; empty: LuksHeaderBackup::defaultRoot()
    };

    ApplyCommand(Bulwark::Transport::HostConnection &connection, Options options, QObject *parent = nullptr);

    // Prepares, shows, confirms and applies `plan`. A plan with rollbackOf() set is shown as a rollback.
    void applyPlan(const Bulwark::Plan::ChangePlan &plan);
    // Finds out which state each change of `transactionId` left on the host (Applier::recover).
    void recover(const QString &transactionId);

    // The exit code for an Applier outcome (documented in bulwark-cli --help).
    static int exitCodeFor(Bulwark::Apply::ApplyReport::Outcome outcome);

Q_SIGNALS:
    void finished(int exitCode);
    // The connection or the host failed before any transaction started.
    void failed(const Bulwark::Error &error);

private:
    void confirmAndApply(const Bulwark::Plan::ChangePlan &prepared);
    void report(const Bulwark::Apply::ApplyReport &report);
    // The secrets `plan` reads (Applier::requiredSecrets) into m_options.apply.secrets, from --passphrase-file or
    // asked twice without echo; false after saying why (nothing was changed).
    bool collectSecrets(const Bulwark::Plan::ChangePlan &plan);
    // After an applied LUKS plan: copies its header backups to the workstation, journals where, then finishes.
    void fetchHeaders(const Bulwark::Apply::ApplyReport &report, const QStringList &hostPaths);
    void finish(const Bulwark::Apply::ApplyReport &report, int exitCode);
    void wipeSecrets();
    FILE *textStream() const;
    QString hostName() const;

    Bulwark::Transport::HostConnection &m_connection;
    Options m_options;
    QString m_journalArgument; // --journal as given, for the commands suggested to the user
    QStringList m_headerPaths; // the LUKS header backups the applied plan leaves on the host
};
