// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanPrinter.h"

#include "core/diff/TextDiff.h"
#include "core/transport/ShellQuote.h"

using namespace Bulwark;

QString PlanPrinter::render(const Plan::ChangePlan &plan, const QString &heading, const QJsonObject &facts, bool diffs)
{
    QString out = heading + u'\n';
    for (const QString &line : plan.summary())
        out += QStringLiteral("  ") + line + u'\n';
    int number = 0;
    for (const Plan::Change &change : plan.changes()) {
        out += QStringLiteral("\n%1. %2\n").arg(++number).arg(change.title());
        if (const Plan::CommandStep *step = change.command()) {
            const auto line = Transport::ShellQuote::render(Transport::ShellQuote::toArgv(step->argv()));
            out += tr("   runs:    %1%2\n")
                       .arg(step->elevate() ? QStringLiteral("(sudo) ") : QString(),
                            line ? QString::fromUtf8(*line) : step->argv().join(u' '));
            out += tr("   effect:  %1\n").arg(step->describeEffect(facts));
            if (!step->secretSlot().isEmpty())
                out += tr("   stdin:   the secret \"%1\" (asked for when the plan is applied; never saved)\n")
                           .arg(step->secretSlot());
            if (step->irreversible())
                out += tr("   IRREVERSIBLE: destroys what is there for good; rolling back does not bring it back\n");
            for (const Plan::CommandCheck &check : step->verify()) {
                if (check.expectedStdout().isEmpty())
                    out += tr("   verify:  %1\n").arg(check.argv().join(u' '));
                else
                    out += tr("   verify:  %1 -> %2\n")
                               .arg(check.argv().join(u' '), check.expectedStdout().join(QStringLiteral(" or ")));
            }
            for (const Plan::CommandStep &undo : step->inverse())
                out += tr("   undo:    %1\n").arg(undo.argv().join(u' '));
        } else if (const Plan::FileEdit *edit = change.fileEdit()) {
            if (!edit->afterExists())
                out += tr("   deletes: %1\n").arg(edit->path());
            else if (!edit->needsRead() && !edit->beforeExists())
                out += tr("   creates: %1\n").arg(edit->path());
            else
                out += tr("   edits:   %1\n").arg(edit->path());
            if (!edit->validator().isEmpty())
                out += tr("   checked: %1\n").arg(edit->validator().join(u' '));
            if (diffs && !edit->needsRead()) {
                const auto diff = Diff::TextDiff::compute(edit->before(), edit->after());
                const QString before =
                    edit->beforeExists() ? QStringLiteral("a") + edit->path() : QStringLiteral("/dev/null");
                const QString after =
                    edit->afterExists() ? QStringLiteral("b") + edit->path() : QStringLiteral("/dev/null");
                if (diff)
                    out += QString::fromUtf8(diff->unified(before, after));
            } else if (diffs) {
                out += tr("   (the diff is shown when the file is read at apply time)\n");
            }
        }
    }
    for (const QString &warning : plan.warnings())
        out += tr("\nwarning: %1").arg(warning);
    out += u'\n';
    return out;
}
