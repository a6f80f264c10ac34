// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/Applier.h"

#include "core/apply/RemoteFiles.h"
#include "core/apply/TransactionLog.h"
#include "core/diff/TextDiff.h"
#include "core/plan/PlanPolicy.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace Bulwark::Apply {

namespace {

const char *const context = "Bulwark::Apply::Applier";

// Commit-confirmed: no change starts with less than this left before the automatic undo fires (milliseconds), or a
// quarter of the window when that is shorter.
constexpr qint64 minimumConfirmMargin = 1500;

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

// A failed remote operation that cannot be followed by any other: the connection is gone.
bool isConnectionLost(const Error &error, const Transport::Session &session)
{
    return error.code() == Error::Code::Disconnected || error.code() == Error::Code::ConnectFailed || !session.isOpen();
}

ApplyProgress progressAt(int changeIndex, int changeCount, Phase phase, const QString &message)
{
    ApplyProgress progress;
    progress.changeIndex = changeIndex;
    progress.changeCount = changeCount;
    progress.phase = phase;
    progress.message = message;
    return progress;
}

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

// Runs a plan's command with the secret its slot names on stdin (Applier::apply checked that it is there). The copy
// handed to the session is zeroed when the command is done; the secret is never logged or journaled.
Result<Transport::CommandResult> runStep(RemoteFiles &files, const Plan::CommandStep &step,
                                         const QHash<QString, QByteArray> &secrets, const CancelToken &cancel)
{
    if (step.secretSlot().isEmpty())
        return files.run(step.argv(), step.elevate(), cancel);
    const QByteArray &secret = secrets.value(step.secretSlot());
    QByteArray copy(secret.constData(), secret.size()); // a buffer of its own, so zeroing it touches no other
    auto result = files.run(step.argv(), step.elevate(), cancel, copy);
    copy.fill('\0');
    return result;
}

// The plan as journaled: file contents replaced by their hashes (the originals live in the backups, the change is
// in the diff), so the journal stays readable and small.
QJsonObject strippedPlan(const Plan::ChangePlan &plan)
{
    QJsonObject object = plan.toJson();
    QJsonArray changes = object.value(key("changes")).toArray();
    const QList<Plan::Change> planChanges = plan.changes();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QJsonObject change = changes.at(i).toObject();
        if (!change.contains(key("file")))
            continue;
        QJsonObject file = change.value(key("file")).toObject();
        file.remove(key("before"));
        file.remove(key("after"));
        file.insert(key("afterSha256"),
                    QString::fromLatin1(Plan::FileEdit::sha256Hex(planChanges.at(i).fileEdit()->after())));
        change.insert(key("file"), file);
        changes.replace(i, change);
    }
    object.insert(key("changes"), changes);
    return object;
}

QString unifiedDiff(const Plan::FileEdit &edit)
{
    const auto diff = Diff::TextDiff::compute(edit.before(), edit.after());
    if (!diff)
        return {};
    const QString before = edit.beforeExists() ? QStringLiteral("a") + edit.path() : QStringLiteral("/dev/null");
    const QString after = edit.afterExists() ? QStringLiteral("b") + edit.path() : QStringLiteral("/dev/null");
    return QString::fromUtf8(diff->unified(before, after));
}

QByteArray expectedBeforeHash(const Plan::FileEdit &edit)
{
    return edit.beforeExists() ? edit.beforeSha256() : RemoteFiles::absentHash();
}

QByteArray expectedAfterHash(const Plan::FileEdit &edit)
{
    return edit.afterExists() ? Plan::FileEdit::sha256Hex(edit.after()) : RemoteFiles::absentHash();
}

Result<void> writePrivateFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Cannot keep a copy of the original at %1.").arg(path), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size() || !file.commit())
        return Error(Error::Code::Io, tr("Cannot keep a copy of the original at %1.").arg(path), file.errorString());
    return {};
}

Result<QByteArray> readLocalFile(const QString &path, const QByteArray &expectedHash)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("The copy kept at %1 cannot be read.").arg(path), file.errorString());
    const QByteArray content = file.readAll();
    if (Plan::FileEdit::sha256Hex(content) != expectedHash)
        return Error(Error::Code::Io,
                     tr("The copy kept at %1 is not the one the journal recorded; it was changed.").arg(path));
    return content;
}

// The automatic undo fired on its own before a fresh login confirmed access; `cause` is what went wrong meanwhile.
Error tooLate(const QDateTime &deadline, int seconds, const Error &cause)
{
    return Error(Error::Code::RemoteFailure,
                 tr("The host undid the change by itself because the confirmation came too late (the automatic undo "
                    "fired at %1, %2 seconds after it was armed).")
                     .arg(revertTimeText(deadline))
                     .arg(seconds),
                 cause.isError() ? cause.toString() : QString());
}

QJsonArray outcomesJson(const QList<ChangeOutcome> &changes)
{
    QJsonArray array;
    for (const ChangeOutcome &change : changes)
        array.append(QJsonObject{
            {key("index"), change.index}, {key("state"), stateKey(change.state)}, {key("detail"), change.detail}});
    return array;
}

// A Windows plan step: the readable PowerShell form the Windows planners write.
bool isPowershellStep(const Plan::CommandStep &step)
{
    const QStringList argv = step.argv();
    if (argv.isEmpty())
        return false;
    const QString program = argv.constFirst().toLower();
    return program == QLatin1String("powershell.exe") || program == QLatin1String("powershell");
}

} // namespace

Result<void> Applier::checkPlatform(const Plan::ChangePlan &plan, Transport::Session::Platform platform)
{
    for (const Plan::Change &change : plan.changes()) {
        if (platform == Transport::Session::Platform::Windows) {
            if (const Plan::FileEdit *edit = change.fileEdit())
                return Error(Error::Code::InvalidArgument,
                             tr("\"%1\" edits %2, but Bulwark changes Windows hosts only through commands; the plan "
                                "was refused and nothing was changed.")
                                 .arg(change.title(), edit->path()));
        } else if (const Plan::CommandStep *step = change.command(); step && isPowershellStep(*step)) {
            return Error(Error::Code::InvalidArgument,
                         tr("\"%1\" is a step for a Windows host (PowerShell), and this host is not Windows; the plan "
                            "was refused and nothing was changed.")
                             .arg(change.title()));
        }
    }
    if (platform == Transport::Session::Platform::Windows && plan.accessAffecting())
        return Error(
            Error::Code::InvalidArgument,
            tr("This plan changes how you reach the host, and on Windows Bulwark cannot arm the automatic undo "
               "that protects such a change; it was refused and nothing was changed."));
    return {};
}

struct Applier::Transaction
{
    struct File
    {
        QString staged;      // on the host, next to the target
        QString hostBackup;  // on the host, in the transaction's backup folder
        QString localBefore; // on the workstation
        QString localAfter;
        bool swapped = false; // the target holds the new content (or was removed): rollback restores it
    };

    QString id;
    Plan::ChangePlan plan;
    QList<ChangeOutcome> outcomes;
    QHash<int, File> files;
    QList<int> done; // changes whose effect may be on the host, in the order they were made
    bool interrupted = false;
    Error error;

    // Commit-confirmed (the plan is access-affecting).
    bool confirm = false;
    QString hostFolder;
    std::unique_ptr<HostRevert> revert; // on the applying session; set once arming was attempted
    QDateTime deadline;                 // UTC, when the host undoes the transaction by itself
    bool disarmed = false;
    bool hostReverted = false;
    int failedFinalCheck = -1; // the change whose final check failed (after an undo fired: because of it)
};

void wipeSecrets(QHash<QString, QByteArray> &secrets)
{
    if (!secrets.isDetached()) {
        secrets.clear(); // the other holders still hold every value; the last of them zeroes
        return;
    }
    for (QByteArray &secret : secrets) {
        if (secret.isDetached())
            secret.fill('\0');
    }
    secrets.clear();
}

QStringList Applier::requiredSecrets(const Plan::ChangePlan &plan)
{
    QStringList names;
    for (const Plan::Change &change : plan.changes()) {
        const Plan::CommandStep *step = change.command();
        if (step && !step->secretSlot().isEmpty() && !names.contains(step->secretSlot()))
            names.append(step->secretSlot());
    }
    names.sort();
    return names;
}

QString Applier::defaultLocalBackupRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

Applier::Applier(Transport::Session &session, Journal &journal, ApplyOptions options)
    : m_session(session)
    , m_journal(journal)
    , m_options(std::move(options))
    , m_files(std::make_unique<RemoteFiles>(session, m_options.elevate))
{
    if (m_options.localBackupRoot.isEmpty())
        m_options.localBackupRoot = defaultLocalBackupRoot();
}

Applier::~Applier()
{
    wipeSecrets(m_options.secrets);
}

void Applier::setProgressCallback(std::function<void(const ApplyProgress &)> callback)
{
    m_progress = std::move(callback);
}

void Applier::progress(const ApplyProgress &progress) const
{
    qCDebug(lcApply) << phaseKey(progress.phase) << progress.changeIndex << progress.message;
    if (!m_progress)
        return;
    ApplyProgress reported = progress;
    if (!reported.revertDeadline.isValid())
        reported.revertDeadline = m_revertDeadline;
    m_progress(reported);
}

Result<void> Applier::journal(const QString &kind, const QJsonObject &payload)
{
    auto entry = m_journal.append(kind, m_session.displayName(), payload);
    if (!entry)
        return entry.error();
    return {};
}

Result<Plan::ChangePlan> Applier::prepare(const Plan::ChangePlan &plan, const CancelToken &cancel)
{
    Plan::ChangePlan prepared = plan;
    QList<Plan::Change> changes = plan.changes();
    for (Plan::Change &change : changes) {
        const Plan::FileEdit *edit = change.fileEdit();
        if (!edit || !edit->needsRead())
            continue;
        auto state = m_files->inspect(edit->path(), cancel);
        if (!state)
            return state.error();
        if (state->kind != RemoteFileState::Kind::File)
            return Error(Error::Code::InvalidArgument,
                         tr("%1 is not a regular file on the host; Bulwark does not edit it.").arg(edit->path()));
        Plan::FileEdit updated = *edit;
        updated.setBefore(state->content);
        auto after = updated.applyTransform(state->content);
        if (!after)
            return after.error();
        updated.setAfter(*after);
        change = Plan::Change(change.title(), updated, change.ruleIds());
    }
    prepared.setChanges(changes);
    return prepared;
}

ApplyReport Applier::apply(const Plan::ChangePlan &plan, const CancelToken &cancel)
{
    Transaction tx;
    tx.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    tx.plan = plan;
    const QList<Plan::Change> changes = plan.changes();
    for (qsizetype i = 0; i < changes.size(); ++i)
        tx.outcomes.append(ChangeOutcome{int(i), changes.at(i).title(), ChangeOutcome::State::NotStarted, {}});

    ApplyReport report;
    report.transactionId = tx.id;
    m_revertDeadline = {};
    auto finish = [&](ApplyReport::Outcome outcome, const Error &error) {
        report.outcome = outcome;
        report.error = error;
        report.changes = tx.outcomes;
        report.revertDeadline = tx.deadline;
        report.hostReverted = tx.hostReverted;
        report.revertPending = tx.revert && !tx.disarmed && !tx.hostReverted;
        m_revertDeadline = {};
        QJsonObject payload{{key("transaction"), tx.id},
                            {key("outcome"), outcomeKey(outcome)},
                            {key("changes"), outcomesJson(tx.outcomes)}};
        if (error.isError())
            payload.insert(key("error"), error.toString());
        if (tx.revert)
            payload.insert(key("revert"), tx.hostReverted ? HostRevert::stateKey(HostRevert::State::Reverted)
                                          : tx.disarmed   ? HostRevert::stateKey(HostRevert::State::Disarmed)
                                                          : HostRevert::stateKey(HostRevert::State::Pending));
        if (auto written = journal(kindApplyFinished(), payload); !written)
            qCWarning(lcApply) << "could not journal the end of" << tx.id << written.error().toString();
        return report;
    };

    // 1. The plan itself.
    Result<void> allowed = Plan::PlanPolicy::check(plan);
    for (const Plan::Change &change : changes) {
        if (allowed && change.fileEdit() && change.fileEdit()->needsRead())
            allowed = Error(Error::Code::InvalidArgument,
                            tr("The plan has not been prepared: %1 must be read and shown as a diff first.")
                                .arg(change.fileEdit()->path()));
    }

    // Secrets: every slot a step reads is given, and no undo reads one (the automatic undo on the host has none).
    for (const Plan::Change &change : changes) {
        const Plan::CommandStep *step = change.command();
        if (!allowed || !step)
            continue;
        const QString slot = step->secretSlot();
        if (!slot.isEmpty() && m_options.secrets.value(slot).isEmpty())
            allowed = Error(Error::Code::InvalidArgument,
                            tr("\"%1\" needs the secret \"%2\", which was not given; nothing was changed.")
                                .arg(change.title(), slot));
        for (const Plan::CommandStep &inverse : step->inverse()) {
            if (allowed && !inverse.secretSlot().isEmpty())
                allowed = Error(Error::Code::InvalidArgument,
                                tr("The undo of \"%1\" reads a secret; an undo must run without one, so the plan "
                                   "was refused.")
                                    .arg(change.title()));
        }
    }

    // The host's platform: Windows hosts get command-only plans (PowerShell steps); no file edit, host backup folder
    // or automatic undo on the host, all of which are POSIX scripts.
    if (allowed)
        allowed = checkPlatform(plan, m_session.platform());

    // Commit-confirmed: only a fresh login can prove that access still works.
    const QString localFolder = m_options.localBackupRoot + u'/' + tx.id;
    const QString hostFolder = m_options.hostBackupRoot + u'/' + tx.id;
    tx.confirm = plan.accessAffecting();
    tx.hostFolder = hostFolder;
    if (allowed && tx.confirm && !m_options.freshSession)
        allowed = Error(Error::Code::InvalidArgument,
                        tr("This plan changes how you log in to the host, and Bulwark has no way to open a new login "
                           "that would prove access still works afterwards; it was refused."));
    if (allowed && tx.confirm && (m_options.confirmSeconds < 1 || m_options.confirmSeconds > 86400))
        allowed = Error(Error::Code::InvalidArgument,
                        tr("The time to confirm access must be between 1 second and 24 hours (it is %1 seconds).")
                            .arg(m_options.confirmSeconds));
    if (allowed && tx.confirm && !HostRevert::isUsableFolder(hostFolder))
        allowed = Error(Error::Code::InvalidArgument,
                        tr("The host backup folder %1 has characters the automatic undo cannot use; use letters, "
                           "digits, \"/\", \".\", \"_\" and \"-\" only.")
                            .arg(hostFolder));

    // The journal knows about the transaction before anything touches the host; if it cannot be written, nothing
    // runs.
    QJsonArray files;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Plan::FileEdit *edit = changes.at(i).fileEdit();
        if (!edit)
            continue;
        Transaction::File file;
        const QString name = edit->path().section(u'/', -1);
        file.staged = RemoteFiles::stagedPathFor(edit->path(), tx.id.left(8) + u'-' + QString::number(i));
        file.hostBackup = hostFolder + u'/' + QString::number(i) + u'-' + name;
        file.localBefore = localFolder + u'/' + QString::number(i) + QStringLiteral(".before");
        file.localAfter = localFolder + u'/' + QString::number(i) + QStringLiteral(".after");
        tx.files.insert(int(i), file);
        files.append(QJsonObject{
            {key("index"), int(i)},
            {key("path"), edit->path()},
            {key("beforeSha256"), QString::fromLatin1(expectedBeforeHash(*edit))},
            {key("afterSha256"), QString::fromLatin1(expectedAfterHash(*edit))},
            {key("diff"), unifiedDiff(*edit)},
            {key("staged"), file.staged},
            {key("hostBackup"), edit->beforeExists() ? file.hostBackup : QString()},
            {key("localBefore"), file.localBefore},
            {key("localAfter"), file.localAfter},
        });
    }
    QJsonObject started{{key("transaction"), tx.id}, {key("plan"), strippedPlan(plan)}, {key("files"), files}};
    // The host folder holds the file backups and the automatic undo: named only when the transaction uses it (never
    // for a Windows plan, whose steps are commands only).
    if (!tx.files.isEmpty() || tx.confirm)
        started.insert(key("hostBackupFolder"), hostFolder);
    if (!plan.rollbackOf().isEmpty())
        started.insert(key("rollbackOf"), plan.rollbackOf());
    if (tx.confirm)
        started.insert(key("confirmSeconds"), m_options.confirmSeconds);
    if (auto written = journal(kindApplyStarted(), started); !written) {
        report.outcome = ApplyReport::Outcome::Refused;
        report.error = Error(Error::Code::Io, tr("The change journal cannot be written, so nothing was changed."),
                             written.error().toString());
        report.changes = tx.outcomes;
        return report;
    }
    if (!allowed)
        return finish(ApplyReport::Outcome::Refused, allowed.error());

    // 2. Every file is still what the preview showed; keep the originals on the workstation.
    progress(progressAt(-1, int(changes.size()), Phase::Check,
                        tr("Checking that the files are unchanged since the preview")));
    journal(kindStepStarted(),
            {{key("transaction"), tx.id}, {key("index"), -1}, {key("phase"), phaseKey(Phase::Check)}});
    if (!QDir().mkpath(localFolder))
        return finish(ApplyReport::Outcome::Refused,
                      Error(Error::Code::Io, tr("Cannot create %1 for the copies of the originals.").arg(localFolder)));
    QFile::setPermissions(localFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Plan::FileEdit *edit = changes.at(i).fileEdit();
        if (!edit)
            continue;
        auto state = m_files->inspect(edit->path(), cancel);
        if (!state) {
            const bool lost = isConnectionLost(state.error(), m_session);
            return finish(lost ? ApplyReport::Outcome::Interrupted : ApplyReport::Outcome::Refused, state.error());
        }
        Error refusal;
        if (state->kind == RemoteFileState::Kind::Symlink || state->kind == RemoteFileState::Kind::Other)
            refusal = Error(
                Error::Code::InvalidArgument,
                tr("%1 is a symbolic link or not a regular file; Bulwark edits only regular files.").arg(edit->path()));
        else if (state->sha256 != expectedBeforeHash(*edit))
            refusal =
                Error(Error::Code::InvalidArgument,
                      state->kind == RemoteFileState::Kind::Absent
                          ? tr("%1 no longer exists on the host; preview the change again.").arg(edit->path())
                      : edit->beforeExists()
                          ? tr("%1 changed on the host since the preview; preview the change again.").arg(edit->path())
                          : tr("%1 now exists on the host; preview the change again.").arg(edit->path()));
        if (refusal.isError()) {
            tx.outcomes[i].state = ChangeOutcome::State::Failed;
            tx.outcomes[i].detail = refusal.message();
            return finish(ApplyReport::Outcome::Refused, refusal);
        }
        const Transaction::File &file = tx.files.value(int(i));
        auto keptBefore = writePrivateFile(file.localBefore, state->content);
        auto keptAfter = keptBefore ? writePrivateFile(file.localAfter, edit->after()) : keptBefore;
        if (!keptAfter)
            return finish(ApplyReport::Outcome::Refused, keptAfter.error());
    }

    // The automatic undo, before the first change.
    if (tx.confirm && !armRevert(tx, cancel))
        return finish(tx.interrupted ? ApplyReport::Outcome::Interrupted : ApplyReport::Outcome::Refused, tx.error);

    // 3. The changes, in order.
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (cancel.isCanceled()) {
            tx.error = Error(Error::Code::Canceled, tr("Canceled before \"%1\".").arg(changes.at(i).title()));
            break;
        }
        // A change must not run into the automatic undo: it could land after the undo and stay.
        if (tx.revert && QDateTime::currentDateTimeUtc().msecsTo(tx.deadline) <
                             qMin<qint64>(minimumConfirmMargin, m_options.confirmSeconds * 250)) {
            tx.error = Error(Error::Code::Timeout,
                             tr("The time to confirm access ran out before \"%1\"; the changes were undone.")
                                 .arg(changes.at(i).title()));
            break;
        }
        const bool ok = changes.at(i).fileEdit() ? applyFileEdit(tx, int(i), cancel) : applyCommand(tx, int(i), cancel);
        if (!ok)
            break;
    }
    if (tx.interrupted)
        return finish(ApplyReport::Outcome::Interrupted, tx.error);

    // 4. Everything again, from a fresh login when there is one.
    if (!tx.error.isError() && !verifyAll(tx, cancel) && tx.interrupted)
        return finish(ApplyReport::Outcome::Interrupted, tx.error);

    if (!tx.error.isError()) {
        for (ChangeOutcome &outcome : tx.outcomes)
            outcome.state = ChangeOutcome::State::Applied;
        return finish(ApplyReport::Outcome::Applied, {});
    }

    // 5. Undo what was done, newest first. With an automatic undo armed, the host runs it now instead: started
    // detached on the host, it finishes even when the connection drops during the undo, and its lock keeps it to one
    // run, so the console's undo and the host's can never overlap or leave a half-undone access change behind.
    if (tx.revert && !tx.disarmed && !tx.hostReverted) {
        const bool runByHost = revertOnHostNow(tx);
        if (tx.interrupted)
            return finish(ApplyReport::Outcome::Interrupted, tx.error);
        if (runByHost && !tx.hostReverted)
            // Still running when the wait ran out: recover() tells later what the host ended with.
            return finish(ApplyReport::Outcome::Interrupted, tx.error);
    }
    if (tx.hostReverted) {
        for (int index : std::as_const(tx.done)) {
            if (tx.outcomes[index].state != ChangeOutcome::State::Failed || index == tx.failedFinalCheck)
                tx.outcomes[index].state = ChangeOutcome::State::RolledBack;
        }
        return finish(ApplyReport::Outcome::RolledBack, tx.error);
    }
    rollback(tx);
    if (tx.interrupted)
        return finish(ApplyReport::Outcome::Interrupted, tx.error);
    for (const ChangeOutcome &outcome : std::as_const(tx.outcomes)) {
        if (outcome.state == ChangeOutcome::State::Unknown)
            return finish(ApplyReport::Outcome::RollbackFailed, tx.error);
    }
    return finish(ApplyReport::Outcome::RolledBack, tx.error);
}

bool Applier::applyFileEdit(Transaction &tx, int index, const CancelToken &cancel)
{
    const Plan::Change change = tx.plan.changes().at(index);
    const Plan::FileEdit &edit = *change.fileEdit();
    Transaction::File &file = tx.files[index];
    const int count = int(tx.plan.changes().size());
    ChangeOutcome &outcome = tx.outcomes[index];

    // Runs one phase: journal, progress, the operation; on failure records it and says whether to go on.
    auto phase = [&](Phase which, const QString &message, auto &&operation) -> bool {
        progress(progressAt(index, count, which, message));
        // A step the journal does not know about is never started.
        Result<void> result = journal(
            kindStepStarted(), {{key("transaction"), tx.id}, {key("index"), index}, {key("phase"), phaseKey(which)}});
        if (result)
            result = operation();
        if (result)
            return true;
        tx.error = result.error();
        tx.interrupted = isConnectionLost(result.error(), m_session);
        outcome.state = ChangeOutcome::State::Failed;
        outcome.detail = result.error().toString();
        journal(JournalEntry::kindStepFailed(), {{key("transaction"), tx.id},
                                                 {key("index"), index},
                                                 {key("phase"), phaseKey(which)},
                                                 {key("error"), result.error().toString()},
                                                 {key("connectionLost"), tx.interrupted}});
        return false;
    };

    // From the first write on, this change may have left something on the host that rollback must look at.
    tx.done.append(index);
    if (edit.beforeExists()) {
        const bool ok = phase(Phase::Backup, tr("Backing up %1 on the host").arg(edit.path()), [&]() -> Result<void> {
            auto hash = m_files->backup(edit.path(), file.hostBackup, cancel);
            if (!hash)
                return hash.error();
            if (*hash != edit.beforeSha256())
                return Error(Error::Code::RemoteFailure,
                             tr("%1 changed on the host while it was being backed up.").arg(edit.path()));
            return {};
        });
        if (!ok)
            return false;
    }
    const QByteArray afterHash = expectedAfterHash(edit);
    if (edit.afterExists()) {
        bool ok = phase(Phase::Stage, tr("Writing the new %1 next to it").arg(edit.path()), [&]() -> Result<void> {
            // The automatic undo removes a file the transaction created only while it has this content (and, like
            // for every started edit, the staged copy).
            if (tx.revert && !edit.beforeExists()) {
                if (auto marked = tx.revert->markCreated(index, edit.path(), afterHash, cancel); !marked)
                    return marked;
            }
            auto hash =
                m_files->stage(edit.path(), file.staged, edit.after(), edit.mode(), edit.owner(), edit.group(), cancel);
            if (!hash)
                return hash.error();
            if (*hash != afterHash)
                return Error(Error::Code::RemoteFailure,
                             tr("The new %1 did not arrive intact on the host.").arg(edit.path()));
            return {};
        });
        if (ok && !edit.validator().isEmpty()) {
            const QStringList validator = edit.validatorFor(file.staged);
            ok = phase(
                Phase::Validate, tr("Checking the new %1 with %2").arg(edit.path(), validator.constFirst()),
                [&]() -> Result<void> {
                    auto result = m_files->run(validator, true, cancel);
                    if (!result)
                        return result.error();
                    if (result->exitStatus != 0)
                        return Error(
                            Error::Code::RemoteFailure,
                            tr("%1 rejected the new %2; nothing was changed.").arg(validator.constFirst(), edit.path()),
                            QString::fromUtf8(result->stdErr + result->stdOut).trimmed().left(4000));
                    return {};
                });
        }
        if (ok)
            ok = phase(Phase::Swap, tr("Putting the new %1 in place").arg(edit.path()), [&]() -> Result<void> {
                auto swapped = m_files->swap(edit.path(), file.staged, expectedBeforeHash(edit), afterHash, cancel);
                if (swapped)
                    file.swapped = true;
                return swapped;
            });
        if (!ok)
            return false;
    } else {
        const bool ok = phase(Phase::Swap, tr("Removing %1").arg(edit.path()), [&]() -> Result<void> {
            auto removed = m_files->removeIf(edit.path(), edit.beforeSha256(), cancel);
            if (removed)
                file.swapped = true;
            return removed;
        });
        if (!ok)
            return false;
    }
    if (!edit.reload().isEmpty()) {
        const bool ok = phase(Phase::Reload, tr("Reloading with %1").arg(edit.reload().join(u' ')),
                              [&]() { return runReload(edit, cancel); });
        if (!ok)
            return false;
    }
    journal(JournalEntry::kindStepApplied(), {{key("transaction"), tx.id}, {key("index"), index}});

    if (!edit.verify().isEmpty()) {
        const bool ok =
            phase(Phase::Verify, tr("Checking %1 after the change").arg(edit.path()), [&]() -> Result<void> {
                auto result = m_files->run(edit.verify(), true, cancel);
                if (!result)
                    return result.error();
                if (result->exitStatus != 0)
                    return Error(Error::Code::RemoteFailure, tr("The check after changing %1 failed.").arg(edit.path()),
                                 QString::fromUtf8(result->stdErr + result->stdOut).trimmed().left(4000));
                return {};
            });
        if (!ok)
            return false;
    }
    journal(JournalEntry::kindStepVerified(), {{key("transaction"), tx.id}, {key("index"), index}});
    outcome.state = ChangeOutcome::State::Applied;
    return true;
}

Result<void> Applier::runReload(const Plan::FileEdit &edit, const CancelToken &cancel)
{
    auto result = m_files->run(edit.reload(), true, cancel);
    if (!result)
        return result.error();
    if (result->exitStatus != 0)
        return Error(Error::Code::RemoteFailure, tr("\"%1\" failed.").arg(edit.reload().join(u' ')),
                     QString::fromUtf8(result->stdErr + result->stdOut).trimmed().left(4000));
    return {};
}

namespace {

Result<void> runChecks(RemoteFiles &files, const QList<Plan::CommandCheck> &checks, const CancelToken &cancel)
{
    for (const Plan::CommandCheck &check : checks) {
        auto result = files.run(check.argv(), true, cancel);
        if (!result)
            return result.error();
        if (!check.matches(result->exitStatus, result->stdOut))
            return Error(Error::Code::RemoteFailure,
                         tr("The check \"%1\" did not give the expected result.").arg(check.argv().join(u' ')),
                         tr("printed \"%1\", exit status %2")
                             .arg(QString::fromUtf8(result->stdOut.trimmed().left(200)))
                             .arg(result->exitStatus));
    }
    return {};
}

} // namespace

bool Applier::applyCommand(Transaction &tx, int index, const CancelToken &cancel)
{
    const Plan::Change change = tx.plan.changes().at(index);
    const Plan::CommandStep &step = *change.command();
    const int count = int(tx.plan.changes().size());
    ChangeOutcome &outcome = tx.outcomes[index];

    auto fail = [&](Phase which, const Error &error) {
        tx.error = error;
        tx.interrupted = isConnectionLost(error, m_session);
        outcome.state = ChangeOutcome::State::Failed;
        outcome.detail = error.toString();
        journal(JournalEntry::kindStepFailed(), {{key("transaction"), tx.id},
                                                 {key("index"), index},
                                                 {key("phase"), phaseKey(which)},
                                                 {key("error"), error.toString()},
                                                 {key("connectionLost"), tx.interrupted}});
        return false;
    };

    progress(progressAt(index, count, Phase::Run, change.title()));
    if (auto written =
            journal(kindStepStarted(),
                    {{key("transaction"), tx.id}, {key("index"), index}, {key("phase"), phaseKey(Phase::Run)}});
        !written)
        return fail(Phase::Run, written.error());
    tx.done.append(index);
    // The automatic undo runs this step's inverse only if it was started.
    if (tx.revert) {
        if (auto marked = tx.revert->markStarted(index, cancel); !marked)
            return fail(Phase::Run, marked.error());
    }
    auto result = runStep(*m_files, step, m_options.secrets, cancel);
    if (!result)
        return fail(Phase::Run, result.error());
    if (result->exitStatus != 0)
        return fail(Phase::Run, Error(Error::Code::RemoteFailure, tr("\"%1\" failed.").arg(change.title()),
                                      QString::fromUtf8(result->stdErr + result->stdOut).trimmed().left(4000)));
    journal(JournalEntry::kindStepApplied(), {{key("transaction"), tx.id}, {key("index"), index}});

    progress(progressAt(index, count, Phase::Verify, tr("Checking: %1").arg(change.title())));
    journal(kindStepStarted(),
            {{key("transaction"), tx.id}, {key("index"), index}, {key("phase"), phaseKey(Phase::Verify)}});
    if (auto checked = runChecks(*m_files, step.verify(), cancel); !checked)
        return fail(Phase::Verify, checked.error());
    journal(JournalEntry::kindStepVerified(), {{key("transaction"), tx.id}, {key("index"), index}});
    outcome.state = ChangeOutcome::State::Applied;
    return true;
}

bool Applier::verifyAll(Transaction &tx, const CancelToken &cancel)
{
    const QList<Plan::Change> changes = tx.plan.changes();
    progress(progressAt(-1, int(changes.size()), Phase::FinalVerify,
                        m_options.freshSession ? tr("Logging in again to check every change")
                                               : tr("Checking every change")));
    journal(kindStepStarted(),
            {{key("transaction"), tx.id}, {key("index"), -1}, {key("phase"), phaseKey(Phase::FinalVerify)}});

    auto fail = [&](const Error &error, bool lost) {
        tx.error = error;
        tx.interrupted = lost;
        journal(JournalEntry::kindStepFailed(), {{key("transaction"), tx.id},
                                                 {key("index"), -1},
                                                 {key("phase"), phaseKey(Phase::FinalVerify)},
                                                 {key("error"), error.toString()},
                                                 {key("connectionLost"), lost}});
        return false;
    };

    std::unique_ptr<Transport::Session> fresh;
    if (tx.revert)
        progress(progressAt(-1, int(changes.size()), Phase::Confirm,
                            tr("Waiting for a fresh login to confirm access (the host undoes this by itself at %1)")
                                .arg(revertTimeText(tx.deadline))));
    if (m_options.freshSession) {
        fresh = m_options.freshSession();
        Result<void> opened =
            fresh ? fresh->open(cancel) : Result<void>(Error(Error::Code::ConnectFailed, tr("No new session.")));
        if (!opened)
            // Bulwark's own way in no longer works: that is a failed change, and the open session undoes it.
            return fail(Error(Error::Code::ConnectFailed,
                              tr("A new login to the host failed after the change, so it was undone."),
                              opened.error().toString()),
                        !m_session.isOpen());
    }
    Transport::Session &session = fresh ? *fresh : m_session;
    RemoteFiles files(session, m_options.elevate);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        Result<void> checked;
        if (const Plan::FileEdit *edit = changes.at(i).fileEdit()) {
            auto hash = files.hash(edit->path(), cancel);
            if (!hash)
                checked = hash.error();
            else if (*hash != expectedAfterHash(*edit))
                checked = Error(Error::Code::RemoteFailure,
                                tr("%1 does not have the new content after the change.").arg(edit->path()));
            else if (!edit->verify().isEmpty()) {
                auto result = files.run(edit->verify(), true, cancel);
                if (!result)
                    checked = result.error();
                else if (result->exitStatus != 0)
                    checked =
                        Error(Error::Code::RemoteFailure, tr("The check after changing %1 failed.").arg(edit->path()),
                              QString::fromUtf8(result->stdErr).trimmed().left(4000));
            }
        } else if (const Plan::CommandStep *step = changes.at(i).command()) {
            checked = runChecks(files, step->verify(), cancel);
        }
        if (!checked) {
            // A fresh session that drops is a failed check; only losing the applying session interrupts.
            tx.outcomes[i].state = ChangeOutcome::State::Failed;
            tx.outcomes[i].detail = checked.error().toString();
            tx.failedFinalCheck = int(i);
            if (fresh)
                fresh->close();
            return fail(checked.error(), !m_session.isOpen());
        }
    }
    // Commit-confirmed: access is proven by this login, and only this login disarms the automatic undo.
    if (tx.revert && fresh) {
        journal(kindStepStarted(),
                {{key("transaction"), tx.id}, {key("index"), -1}, {key("phase"), phaseKey(Phase::Confirm)}});
        auto disarmed = disarmRevert(tx, *fresh, key("fresh-login"));
        fresh->close();
        if (tx.hostReverted)
            return fail(tx.error, false);
        if (!disarmed)
            // The undo may still fire: roll back from the applying session, which disarms it first.
            return fail(Error(disarmed.error().code(),
                              tr("The new login could not remove the automatic undo from the host, so the change "
                                 "was undone."),
                              disarmed.error().toString()),
                        !m_session.isOpen());
        return true;
    }
    if (fresh)
        fresh->close();
    return true;
}

bool Applier::armRevert(Transaction &tx, const CancelToken &cancel)
{
    const QList<Plan::Change> changes = tx.plan.changes();
    const int count = int(changes.size());
    // What the undo runs after the originals are back, newest change first: inverses of started commands; for
    // started edits, removing a staged copy left behind and the reload (the daemon must read the original again).
    QList<HostRevert::Undo> undo;
    for (int index = count - 1; index >= 0; --index) {
        if (const Plan::FileEdit *edit = changes.at(index).fileEdit()) {
            if (edit->afterExists())
                undo.append(
                    {index,
                     {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), tx.files.value(index).staged}});
            if (!edit->reload().isEmpty())
                undo.append({index, edit->reload()});
        } else if (const Plan::CommandStep *step = changes.at(index).command()) {
            for (const Plan::CommandStep &inverse : step->inverse())
                undo.append({index, inverse.argv()});
        }
    }
    tx.deadline = QDateTime::currentDateTimeUtc().addSecs(m_options.confirmSeconds);
    m_revertDeadline = tx.deadline;
    const QString deadline = tx.deadline.toString(Qt::ISODateWithMs);
    progress(progressAt(
        -1, count, Phase::Arm,
        tr("Arming the automatic undo on the host: unless a fresh login confirms access, the host restores the "
           "originals by itself at %1")
            .arg(revertTimeText(tx.deadline))));
    if (auto written = journal(kindRevertArmed(), {{key("transaction"), tx.id},
                                                   {key("state"), key("arming")},
                                                   {key("deadline"), deadline},
                                                   {key("seconds"), m_options.confirmSeconds}});
        !written) {
        tx.error = written.error();
        m_revertDeadline = {};
        tx.deadline = {};
        return false;
    }
    // From here the host may hold an armed undo, whatever the answer says.
    tx.revert =
        std::make_unique<HostRevert>(m_session, m_options.elevate, tx.hostFolder, HostRevert::unitNameFor(tx.id));
    auto armed = tx.revert->arm(m_options.confirmSeconds, undo, cancel);
    if (!armed) {
        tx.interrupted = isConnectionLost(armed.error(), m_session);
        tx.error = Error(armed.error().code(),
                         tr("Bulwark could not arm the automatic undo on the host, so nothing was changed."),
                         armed.error().toString());
        journal(JournalEntry::kindStepFailed(), {{key("transaction"), tx.id},
                                                 {key("index"), -1},
                                                 {key("phase"), phaseKey(Phase::Arm)},
                                                 {key("error"), armed.error().toString()},
                                                 {key("connectionLost"), tx.interrupted}});
        if (!tx.interrupted) {
            // Half-armed is harmless (nothing to undo yet), but leave nothing behind that fires.
            disarmRevert(tx, m_session, key("applying-session"));
            tx.revert.reset();
            tx.deadline = {};
            m_revertDeadline = {};
        }
        return false;
    }
    journal(kindRevertArmed(), {{key("transaction"), tx.id},
                                {key("state"), key("armed")},
                                {key("deadline"), deadline},
                                {key("seconds"), m_options.confirmSeconds},
                                {key("mechanism"), armed->mechanism},
                                {key("handle"), armed->handle}});
    return true;
}

bool Applier::revertOnHostNow(Transaction &tx)
{
    progress(progressAt(-1, int(tx.plan.changes().size()), Phase::Rollback,
                        tr("Undoing the changes: the host runs its automatic undo now")));
    journal(kindStepStarted(),
            {{key("transaction"), tx.id}, {key("index"), -1}, {key("phase"), phaseKey(Phase::Rollback)}});
    HostRevert revert(m_session, m_options.elevate, tx.hostFolder, HostRevert::unitNameFor(tx.id));
    const CancelToken uncancelable; // undoing is never canceled
    constexpr int waitSeconds = 120;
    auto status = revert.revertNow(waitSeconds, uncancelable);
    journal(kindRevertDisarmed(), {{key("transaction"), tx.id},
                                   {key("via"), key("undo-now")},
                                   {key("result"), status ? HostRevert::stateKey(status->state) : key("error")},
                                   {key("error"), status ? QString() : status.error().toString()}});
    if (!status) {
        if (isConnectionLost(status.error(), m_session)) {
            // Started or not, the host undoes it: now, or when the timer fires.
            tx.interrupted = true;
            return true;
        }
        qCWarning(lcApply) << "the host's automatic undo could not be started" << status.error().toString();
        return false; // the console undoes it itself; the armed undo would find the originals back
    }
    switch (status->state) {
    case HostRevert::State::Reverted: {
        tx.hostReverted = true;
        m_revertDeadline = {};
        // Finished at or after the deadline: the timer fired on its own before the console asked.
        const QDateTime revertedAt = QDateTime::fromString(status->revertedAt, Qt::ISODate);
        if (revertedAt.isValid() && tx.deadline.isValid() && revertedAt.addSecs(1) >= tx.deadline)
            tx.error = tooLate(tx.deadline, m_options.confirmSeconds, tx.error);
        if (status->failedSteps > 0)
            tx.error = Error(Error::Code::RemoteFailure,
                             tr("The host ran its automatic undo, but %1 of its steps failed; see revert.log in %2 on "
                                "the host.")
                                 .arg(status->failedSteps)
                                 .arg(tx.hostFolder),
                             tx.error.toString());
        return true;
    }
    case HostRevert::State::Reverting:
    case HostRevert::State::Pending:
        tx.error = Error(Error::Code::Timeout,
                         tr("The host is still running its automatic undo; check with recover in a moment."),
                         tx.error.toString());
        return true;
    case HostRevert::State::Disarmed:
    case HostRevert::State::NotArmed:
    case HostRevert::State::Lost:
        tx.disarmed = true;
        m_revertDeadline = {};
        return false;
    }
    return false;
}

Result<HostRevert::State> Applier::disarmRevert(Transaction &tx, Transport::Session &session, const QString &via)
{
    const bool fromFreshLogin = via == QLatin1String("fresh-login");
    progress(progressAt(-1, int(tx.plan.changes().size()), fromFreshLogin ? Phase::Confirm : Phase::Rollback,
                        fromFreshLogin ? tr("Access confirmed; removing the automatic undo from the host")
                                       : tr("Removing the automatic undo from the host before undoing the changes")));
    HostRevert revert(session, m_options.elevate, tx.hostFolder, HostRevert::unitNameFor(tx.id));
    const CancelToken uncancelable; // a started disarm is never canceled halfway
    auto state = revert.disarm(uncancelable);
    journal(kindRevertDisarmed(), {{key("transaction"), tx.id},
                                   {key("via"), via},
                                   {key("result"), state ? HostRevert::stateKey(*state) : key("error")},
                                   {key("error"), state ? QString() : state.error().toString()}});
    if (!state)
        return state;
    if (*state == HostRevert::State::Disarmed || *state == HostRevert::State::NotArmed) {
        tx.disarmed = true;
        m_revertDeadline = {};
    } else {
        // The undo fired (or is running): the host put the originals back by itself.
        tx.hostReverted = true;
        m_revertDeadline = {};
        tx.error = tooLate(tx.deadline, m_options.confirmSeconds, tx.error);
    }
    return state;
}

void Applier::rollback(Transaction &tx)
{
    const QList<Plan::Change> changes = tx.plan.changes();
    const CancelToken uncancelable; // undoing is never canceled
    for (auto it = tx.done.crbegin(); it != tx.done.crend(); ++it) {
        const int index = *it;
        ChangeOutcome &outcome = tx.outcomes[index];
        progress(
            progressAt(index, int(changes.size()), Phase::Rollback, tr("Undoing: %1").arg(changes.at(index).title())));
        journal(kindStepStarted(),
                {{key("transaction"), tx.id}, {key("index"), index}, {key("phase"), phaseKey(Phase::Rollback)}});
        Result<void> undone;
        if (const Plan::FileEdit *edit = changes.at(index).fileEdit()) {
            const Transaction::File &file = tx.files.value(index);
            if (file.swapped && edit->beforeExists())
                undone =
                    m_files->restore(edit->path(), file.hostBackup,
                                     RemoteFiles::stagedPathFor(edit->path(), tx.id.left(8) + QStringLiteral("-r") +
                                                                                  QString::number(index)),
                                     edit->beforeSha256(), uncancelable);
            else if (file.swapped)
                undone = m_files->removeIf(edit->path(), expectedAfterHash(*edit), uncancelable);
            if (undone && edit->afterExists())
                undone = m_files->discard(file.staged, uncancelable);
            // The daemon read the new file; it must read the original again.
            if (undone && file.swapped && !edit->reload().isEmpty())
                undone = runReload(*edit, uncancelable);
        } else if (const Plan::CommandStep *step = changes.at(index).command()) {
            for (const Plan::CommandStep &inverse : step->inverse()) {
                auto result = m_files->run(inverse.argv(), inverse.elevate(), uncancelable);
                if (!result) {
                    undone = result.error();
                    break;
                }
                if (result->exitStatus != 0) {
                    undone = Error(Error::Code::RemoteFailure, tr("\"%1\" failed.").arg(inverse.description()),
                                   QString::fromUtf8(result->stdErr).trimmed().left(4000));
                    break;
                }
                if (auto checked = runChecks(*m_files, inverse.verify(), uncancelable); !checked) {
                    undone = checked.error();
                    break;
                }
            }
        }
        if (undone) {
            // The failed change keeps its Failed state (and its reason); the others become RolledBack.
            if (outcome.state != ChangeOutcome::State::Failed)
                outcome.state = ChangeOutcome::State::RolledBack;
            // An irreversible step that ran (luksFormat, mkfs, wipefs) stays done: say so next to it.
            const Plan::CommandStep *step = changes.at(index).command();
            if (step && step->irreversible())
                outcome.irreversibleRan = true;
            if (step && step->irreversible() && outcome.state == ChangeOutcome::State::RolledBack)
                outcome.detail = tr("It ran and cannot be undone: what it destroyed stays destroyed; only the steps "
                                    "after it were undone.");
        } else {
            outcome.state = ChangeOutcome::State::Unknown;
            outcome.detail = tr("Undoing it failed: %1").arg(undone.error().toString());
        }
        journal(JournalEntry::kindRolledBack(), {{key("transaction"), tx.id},
                                                 {key("index"), index},
                                                 {key("ok"), bool(undone)},
                                                 {key("error"), undone ? QString() : undone.error().toString()}});
        if (!undone && isConnectionLost(undone.error(), m_session)) {
            tx.interrupted = true;
            tx.error = Error(Error::Code::Disconnected,
                             tr("The connection dropped while undoing the changes; check the host and roll back "
                                "from the journal."),
                             tx.error.toString());
            return;
        }
    }
}

ApplyReport Applier::recover(const QString &transactionId, const CancelToken &cancel)
{
    ApplyReport report;
    report.transactionId = transactionId;
    auto entries = m_journal.entries();
    if (!entries) {
        report.error = entries.error();
        return report;
    }
    const auto record = TransactionLog::find(*entries, transactionId);
    if (!record) {
        report.error = Error(Error::Code::InvalidArgument, tr("The journal has no transaction %1.").arg(transactionId));
        return report;
    }
    const QJsonArray planChanges = record->plan.value(key("changes")).toArray();
    QHash<int, QJsonObject> files;
    for (const QJsonValue &value : record->files)
        files.insert(value.toObject().value(key("index")).toInt(), value.toObject());

    // Commit-confirmed: did the host undo it by itself, or is the undo still waiting? Asked first, so the file
    // states below are read after the answer.
    QString hostFolder;
    bool armed = false;
    for (const JournalEntry &entry : record->entries) {
        if (entry.kind() == kindApplyStarted())
            hostFolder = entry.payload().value(key("hostBackupFolder")).toString();
        if (entry.kind() == kindRevertArmed()) {
            armed = true;
            report.revertDeadline =
                QDateTime::fromString(entry.payload().value(key("deadline")).toString(), Qt::ISODateWithMs);
        }
    }
    QString revertState;
    if (armed && !hostFolder.isEmpty()) {
        progress(
            progressAt(-1, int(planChanges.size()), Phase::Recover, tr("Checking the automatic undo on the host")));
        HostRevert revert(m_session, m_options.elevate, hostFolder, HostRevert::unitNameFor(transactionId));
        auto status = revert.status(cancel);
        if (!status && isConnectionLost(status.error(), m_session)) {
            report.error = status.error();
            report.outcome = ApplyReport::Outcome::Interrupted;
            return report;
        }
        if (!status) {
            report.error = status.error();
        } else {
            revertState = HostRevert::stateKey(status->state);
            report.hostReverted =
                status->state == HostRevert::State::Reverted || status->state == HostRevert::State::Reverting;
            report.revertPending = status->state == HostRevert::State::Pending;
            if (status->state == HostRevert::State::Lost)
                report.error = Error(Error::Code::RemoteFailure,
                                     tr("The automatic undo armed on the host neither ran nor waits any more (the "
                                        "host may have restarted); check the state of each change and roll back from "
                                        "the journal if needed."));
            else if (status->state == HostRevert::State::Reverted && status->failedSteps > 0)
                report.error = Error(Error::Code::RemoteFailure,
                                     tr("The host undid the change by itself, but some of its undo steps failed "
                                        "(failed: %1); see %2/revert.log on the host.")
                                         .arg(status->failedSteps)
                                         .arg(hostFolder));
        }
    }

    for (qsizetype i = 0; i < planChanges.size(); ++i) {
        const QJsonObject change = planChanges.at(i).toObject();
        ChangeOutcome outcome{int(i), change.value(key("title")).toString(), ChangeOutcome::State::Unknown, {}};
        progress(progressAt(int(i), int(planChanges.size()), Phase::Recover, outcome.title));
        if (files.contains(int(i))) {
            const QJsonObject file = files.value(int(i));
            const QString path = file.value(key("path")).toString();
            auto hash = m_files->hash(path, cancel);
            if (!hash) {
                report.error = hash.error();
                report.outcome = ApplyReport::Outcome::Interrupted;
                return report;
            }
            if (*hash == file.value(key("afterSha256")).toString().toLatin1())
                outcome.state = ChangeOutcome::State::New;
            else if (*hash == file.value(key("beforeSha256")).toString().toLatin1())
                outcome.state = ChangeOutcome::State::Old;
            else
                outcome.detail = tr("%1 has content that is neither the original nor the new one.").arg(path);
            const QString staged = file.value(key("staged")).toString();
            const QString restoreStaged =
                RemoteFiles::stagedPathFor(path, transactionId.left(8) + QStringLiteral("-r") + QString::number(i));
            for (const QString &leftover : {staged, restoreStaged}) {
                if (auto discarded = m_files->discard(leftover, cancel); !discarded && outcome.detail.isEmpty())
                    outcome.detail = discarded.error().toString();
            }
        } else {
            const auto step = Plan::CommandStep::fromJson(change.value(key("command")).toObject());
            if (step && !step->verify().isEmpty()) {
                auto checked = runChecks(*m_files, step->verify(), cancel);
                if (!checked && isConnectionLost(checked.error(), m_session)) {
                    report.error = checked.error();
                    report.outcome = ApplyReport::Outcome::Interrupted;
                    return report;
                }
                outcome.state = checked ? ChangeOutcome::State::New : ChangeOutcome::State::Old;
                if (!checked)
                    outcome.detail = checked.error().toString();
            } else {
                outcome.detail = tr("This change has no check, so its state cannot be told.");
            }
        }
        report.changes.append(outcome);
    }
    report.outcome = ApplyReport::Outcome::Recovered;
    if (report.hostReverted) {
        // Undone by the host: a rollback, unless something is still in its new state.
        bool stillNew = false;
        for (const ChangeOutcome &change : std::as_const(report.changes))
            stillNew = stillNew || change.state == ChangeOutcome::State::New;
        if (!stillNew)
            report.outcome = ApplyReport::Outcome::RolledBack;
    }
    QJsonObject payload{{key("transaction"), transactionId}, {key("changes"), outcomesJson(report.changes)}};
    if (!revertState.isEmpty())
        payload.insert(key("revert"), revertState);
    if (report.revertDeadline.isValid())
        payload.insert(key("revertDeadline"), report.revertDeadline.toString(Qt::ISODateWithMs));
    if (report.error.isError())
        payload.insert(key("error"), report.error.toString());
    journal(kindRecovered(), payload);
    return report;
}

Result<Transport::CommandResult> Applier::runOperatorCommand(const Transport::RemoteCommand &command,
                                                             const CancelToken &cancel)
{
    QJsonArray argv;
    for (const QByteArray &argument : command.argv)
        argv.append(QString::fromUtf8(argument));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto written = journal(kindOperatorCommand(), {{key("command"), id},
                                                       {key("argv"), argv},
                                                       {key("elevate"), command.elevate},
                                                       {key("phase"), key("started")}});
        !written)
        return Error(Error::Code::Io, tr("The change journal cannot be written, so the command was not run."),
                     written.error().toString());
    auto result = m_session.run(command, cancel);
    journal(kindOperatorCommand(), {{key("command"), id},
                                    {key("phase"), key("finished")},
                                    {key("exitStatus"), result ? result->exitStatus : -1},
                                    {key("error"), result ? QString() : result.error().toString()}});
    return result;
}

Result<Plan::ChangePlan> Applier::rollbackPlan(const Journal &journal, const QString &transactionId,
                                               const QString &localBackupRoot)
{
    auto entries = journal.entries();
    if (!entries)
        return entries.error();
    const auto record = TransactionLog::find(*entries, transactionId);
    if (!record)
        return Error(Error::Code::InvalidArgument, tr("The journal has no transaction %1.").arg(transactionId));
    if (record->outcome == outcomeKey(ApplyReport::Outcome::Refused) ||
        record->outcome == outcomeKey(ApplyReport::Outcome::RolledBack))
        return Error(Error::Code::InvalidArgument,
                     tr("Transaction %1 left the host as it was; there is nothing to roll back.").arg(transactionId));

    // What stayed on the host: every change, unless recovery found some still old.
    QSet<int> stillOld;
    for (const JournalEntry &entry : record->entries) {
        if (entry.kind() != kindRecovered())
            continue;
        stillOld.clear();
        for (const QJsonValue &value : entry.payload().value(key("changes")).toArray()) {
            if (value.toObject().value(key("state")).toString() == stateKey(ChangeOutcome::State::Old))
                stillOld.insert(value.toObject().value(key("index")).toInt());
        }
    }

    // The copies on the workstation, where the journal says or, when the backups moved, under localBackupRoot.
    auto localCopy = [&](const QJsonObject &file, const char *field) -> QString {
        const QString recorded = file.value(key(field)).toString();
        if (localBackupRoot.isEmpty())
            return recorded;
        return localBackupRoot + u'/' + transactionId + u'/' + recorded.section(u'/', -1);
    };
    QHash<int, QJsonObject> files;
    for (const QJsonValue &value : record->files)
        files.insert(value.toObject().value(key("index")).toInt(), value.toObject());
    const QJsonArray planChanges = record->plan.value(key("changes")).toArray();

    Plan::ChangePlan plan;
    plan.setHostDisplayName(record->plan.value(key("host")).toString());
    plan.setCreated(QDateTime::currentDateTimeUtc());
    plan.setRollbackOf(transactionId);
    for (qsizetype i = planChanges.size() - 1; i >= 0; --i) {
        if (stillOld.contains(int(i)))
            continue;
        const QJsonObject change = planChanges.at(i).toObject();
        const QString title = change.value(key("title")).toString();
        QStringList rules;
        for (const QJsonValue &rule : change.value(key("rules")).toArray())
            rules.append(rule.toString());
        if (files.contains(int(i))) {
            const QJsonObject file = files.value(int(i));
            const QJsonObject original = change.value(key("file")).toObject();
            const bool createdFile = file.value(key("beforeSha256")).toString() == QLatin1String("absent");
            const bool removedFile = file.value(key("afterSha256")).toString() == QLatin1String("absent");
            Plan::FileEdit edit;
            edit.setPath(file.value(key("path")).toString());
            if (removedFile) {
                edit.setBeforeAbsent();
            } else {
                auto current =
                    readLocalFile(localCopy(file, "localAfter"), file.value(key("afterSha256")).toString().toLatin1());
                if (!current)
                    return current.error();
                edit.setBefore(*current);
            }
            if (createdFile) {
                edit.setAfterAbsent();
            } else {
                auto before = readLocalFile(localCopy(file, "localBefore"),
                                            file.value(key("beforeSha256")).toString().toLatin1());
                if (!before)
                    return before.error();
                edit.setAfter(*before);
            }
            QStringList validator;
            for (const QJsonValue &value : original.value(key("validator")).toArray())
                validator.append(value.toString());
            QStringList verify;
            for (const QJsonValue &value : original.value(key("verify")).toArray())
                verify.append(value.toString());
            QStringList reload;
            for (const QJsonValue &value : original.value(key("reload")).toArray())
                reload.append(value.toString());
            edit.setValidator(validator);
            edit.setVerify(verify);
            edit.setReload(reload);
            // Undoing a change to how anyone logs in changes it again: the rollback is commit-confirmed too.
            edit.setAccessAffecting(original.value(key("accessAffecting")).toBool(false));
            plan.append(Plan::Change(tr("Undo: %1").arg(title), edit, rules));
        } else {
            const auto step = Plan::CommandStep::fromJson(change.value(key("command")).toObject());
            if (!step)
                return Error(Error::Code::ParseError, tr("The journal's record of \"%1\" cannot be read.").arg(title));
            const std::vector<Plan::CommandStep> inverses = step->inverse();
            for (std::size_t k = 0; k < inverses.size(); ++k) {
                Plan::CommandStep undo = inverses.at(k);
                undo.setAccessAffecting(undo.accessAffecting() || step->accessAffecting());
                // Undoing the undo runs the original once, after the first inverse step is undone.
                undo.setInverse(
                    k == 0 ? std::vector<Plan::CommandStep>{Plan::CommandStep(step->argv(), step->description())}
                           : std::vector<Plan::CommandStep>{});
                plan.append(Plan::Change(tr("Undo: %1").arg(undo.description()), undo, rules));
            }
        }
    }
    if (plan.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("Nothing of transaction %1 is on the host any more.").arg(transactionId));
    return plan;
}

} // namespace Bulwark::Apply
