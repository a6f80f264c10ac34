// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/ApplyReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Bulwark::Apply {

namespace {

const char *const context = "Bulwark::Apply::ApplyReport";

} // namespace

QString phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::Check:
        return QStringLiteral("check");
    case Phase::Backup:
        return QStringLiteral("backup");
    case Phase::Stage:
        return QStringLiteral("stage");
    case Phase::Validate:
        return QStringLiteral("validate");
    case Phase::Swap:
        return QStringLiteral("swap");
    case Phase::Reload:
        return QStringLiteral("reload");
    case Phase::Run:
        return QStringLiteral("run");
    case Phase::Verify:
        return QStringLiteral("verify");
    case Phase::Arm:
        return QStringLiteral("arm");
    case Phase::FinalVerify:
        return QStringLiteral("final-verify");
    case Phase::Confirm:
        return QStringLiteral("confirm");
    case Phase::Rollback:
        return QStringLiteral("rollback");
    case Phase::Recover:
        return QStringLiteral("recover");
    }
    return {};
}

QString phaseDisplayName(Phase phase)
{
    switch (phase) {
    case Phase::Check:
        return QCoreApplication::translate(context, "Check");
    case Phase::Backup:
        return QCoreApplication::translate(context, "Back up");
    case Phase::Stage:
        return QCoreApplication::translate(context, "Stage");
    case Phase::Validate:
        return QCoreApplication::translate(context, "Validate");
    case Phase::Swap:
        return QCoreApplication::translate(context, "Swap in");
    case Phase::Reload:
        return QCoreApplication::translate(context, "Reload");
    case Phase::Run:
        return QCoreApplication::translate(context, "Run");
    case Phase::Verify:
        return QCoreApplication::translate(context, "Verify");
    case Phase::Arm:
        return QCoreApplication::translate(context, "Arm automatic undo");
    case Phase::FinalVerify:
        return QCoreApplication::translate(context, "Verify from a new login");
    case Phase::Confirm:
        return QCoreApplication::translate(context, "Confirm access");
    case Phase::Rollback:
        return QCoreApplication::translate(context, "Roll back");
    case Phase::Recover:
        return QCoreApplication::translate(context, "Check host state");
    }
    return {};
}

QString revertTimeText(const QDateTime &deadline)
{
    return deadline.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString confirmWindowText(int seconds)
{
    if (seconds == 60)
        return QCoreApplication::translate(context, "1 minute");
    if (seconds > 60 && seconds % 60 == 0)
        return QCoreApplication::translate(context, "%1 minutes").arg(seconds / 60);
    if (seconds == 1)
        return QCoreApplication::translate(context, "1 second");
    return QCoreApplication::translate(context, "%1 seconds").arg(seconds);
}

QString commitConfirmNote(int seconds)
{
    return QCoreApplication::translate(context, "This change affects how you log in. Bulwark arms an automatic undo on "
                                                "the host: unless a fresh login succeeds within %1, the host restores "
                                                "the originals by itself.")
        .arg(confirmWindowText(seconds));
}

QString stateKey(ChangeOutcome::State state)
{
    switch (state) {
    case ChangeOutcome::State::NotStarted:
        return QStringLiteral("not-started");
    case ChangeOutcome::State::Applied:
        return QStringLiteral("applied");
    case ChangeOutcome::State::Failed:
        return QStringLiteral("failed");
    case ChangeOutcome::State::RolledBack:
        return QStringLiteral("rolled-back");
    case ChangeOutcome::State::Old:
        return QStringLiteral("old");
    case ChangeOutcome::State::New:
        return QStringLiteral("new");
    case ChangeOutcome::State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString outcomeKey(ApplyReport::Outcome outcome)
{
    switch (outcome) {
    case ApplyReport::Outcome::Applied:
        return QStringLiteral("applied");
    case ApplyReport::Outcome::RolledBack:
        return QStringLiteral("rolled-back");
    case ApplyReport::Outcome::Refused:
        return QStringLiteral("refused");
    case ApplyReport::Outcome::Interrupted:
        return QStringLiteral("interrupted");
    case ApplyReport::Outcome::RollbackFailed:
        return QStringLiteral("rollback-failed");
    case ApplyReport::Outcome::Recovered:
        return QStringLiteral("recovered");
    }
    return {};
}

QString ApplyReport::summary() const
{
    const int count = int(changes.size());
    int counts[7] = {};
    for (const ChangeOutcome &change : changes)
        ++counts[int(change.state)];
    QString text;
    switch (outcome) {
    case Outcome::Applied:
        text = QCoreApplication::translate(context, "Applied and verified every change (%1).").arg(count);
        break;
    case Outcome::RolledBack: {
        QStringList stayDone;
        for (const ChangeOutcome &change : changes) {
            if (change.irreversibleRan)
                stayDone.append(change.title);
        }
        if (stayDone.isEmpty())
            text = QCoreApplication::translate(context, "Nothing was changed: a step failed and what had been done "
                                                        "was undone (%1 of %2 changes).")
                       .arg(counts[int(ChangeOutcome::State::RolledBack)] + counts[int(ChangeOutcome::State::Failed)])
                       .arg(count);
        else
            text = QCoreApplication::translate(context, "A step failed and what could be undone was undone, but these "
                                                        "steps ran and cannot be undone: %1.")
                       .arg(stayDone.join(QStringLiteral("; ")));
        break;
    }
    case Outcome::Refused:
        text = QCoreApplication::translate(context, "Nothing was changed.");
        break;
    case Outcome::Interrupted:
        text = QCoreApplication::translate(context, "The connection dropped during the change. Every file on the host "
                                                    "is either the original or the new version; reconnect and check "
                                                    "the host state to see which, then roll back or keep it.");
        break;
    case Outcome::RollbackFailed:
        text = QCoreApplication::translate(context, "A step failed and undoing the changes failed too; the host "
                                                    "needs your attention (see each change below).");
        break;
    case Outcome::Recovered:
        text = QCoreApplication::translate(context, "Host state: %1 new, %2 original, %3 unknown.")
                   .arg(counts[int(ChangeOutcome::State::New)])
                   .arg(counts[int(ChangeOutcome::State::Old)])
                   .arg(counts[int(ChangeOutcome::State::Unknown)]);
        break;
    }
    if (hostReverted)
        text += u' ' + QCoreApplication::translate(context, "The host's automatic undo put the originals back.");
    else if (revertPending && revertDeadline.isValid())
        text += u' ' + QCoreApplication::translate(context, "The automatic undo is still armed: the host restores the "
                                                            "originals and reloads by itself at %1.")
                           .arg(revertTimeText(revertDeadline));
    else if (outcome == Outcome::Applied && revertDeadline.isValid())
        text +=
            u' ' + QCoreApplication::translate(context, "A new login confirmed access, so the automatic undo on the "
                                                        "host was removed.");
    if (error.isError())
        text += u' ' + error.toString();
    return text;
}

QJsonObject ApplyReport::toJson() const
{
    QJsonArray array;
    for (const ChangeOutcome &change : changes) {
        QJsonObject entry{{QStringLiteral("index"), change.index},
                          {QStringLiteral("title"), change.title},
                          {QStringLiteral("state"), stateKey(change.state)},
                          {QStringLiteral("detail"), change.detail}};
        if (change.irreversibleRan)
            entry.insert(QStringLiteral("irreversibleRan"), true);
        array.append(entry);
    }
    QJsonObject object{{QStringLiteral("transaction"), transactionId},
                       {QStringLiteral("outcome"), outcomeKey(outcome)},
                       {QStringLiteral("summary"), summary()},
                       {QStringLiteral("changes"), array}};
    if (error.isError())
        object.insert(QStringLiteral("error"), error.toString());
    if (revertDeadline.isValid()) {
        object.insert(QStringLiteral("revertDeadline"), revertDeadline.toUTC().toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("hostReverted"), hostReverted);
        object.insert(QStringLiteral("revertPending"), revertPending);
    }
    return object;
}

} // namespace Bulwark::Apply
