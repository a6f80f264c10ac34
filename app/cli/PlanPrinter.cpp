// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanPrinter.h"

#include "core/diff/TextDiff.h"
#include "core/transport/ShellQuote.h"

#include <optional>

using namespace Bulwark;

namespace {

// The script of a Windows step's readable form {powershell.exe, -NoProfile, -NonInteractive, -Command, SCRIPT}.
std::optional<QString> powershellScript(const QStringList &argv)
{
    if (argv.size() != 5 || argv.at(3) != QLatin1String("-Command") || argv.at(4) == QLatin1String("-"))
        return std::nullopt;
    const QString program = argv.at(0).toLower();
    if (program != QLatin1String("powershell.exe") && program != QLatin1String("powershell"))
        return std::nullopt;
    return argv.at(4);
}

// A PowerShell script as indented lines under its program ("powershell.exe -NoProfile ... -Command:").
QString scriptLines(const QStringList &argv, const QString &script)
{
    QString out = argv.mid(0, 4).join(u' ') + QStringLiteral(":\n");
    QString text = script;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (text.endsWith(u'\n'))
        text.chop(1);
    for (const QString &line : text.split(u'\n'))
        out += QStringLiteral("            | ") + line + u'\n';
    return out;
}

} // namespace

QString PlanPrinter::stateDiff(const Plan::CommandStep &step)
{
    if (!step.hasStateChange())
        return {};
    const auto withNewline = [](const QString &text) -> QByteArray {
        QByteArray bytes = text.toUtf8();
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            bytes += '\n';
        return bytes;
    };
    const auto diff = Diff::TextDiff::compute(withNewline(step.stateBefore()), withNewline(step.stateAfter()));
    if (!diff)
        return {};
    if (diff->isIdentical())
        return tr("   (%1 stays as it is)\n").arg(step.stateLabel());
    return QString::fromUtf8(
        diff->unified(tr("%1 (now)").arg(step.stateLabel()), tr("%1 (after the change)").arg(step.stateLabel())));
}

QString PlanPrinter::render(const Plan::ChangePlan &plan, const QString &heading, const QJsonObject &facts, bool diffs)
{
    QString out = heading + u'\n';
    for (const QString &line : plan.summary())
        out += QStringLiteral("  ") + line + u'\n';
    int number = 0;
    for (const Plan::Change &change : plan.changes()) {
        out += QStringLiteral("\n%1. %2\n").arg(++number).arg(change.title());
        if (const Plan::CommandStep *step = change.command()) {
            if (const auto script = powershellScript(step->argv())) {
                out += tr("   runs:    %1").arg(scriptLines(step->argv(), *script));
            } else {
                const auto line = Transport::ShellQuote::render(Transport::ShellQuote::toArgv(step->argv()));
                out += tr("   runs:    %1%2\n")
                           .arg(step->elevate() ? QStringLiteral("(sudo) ") : QString(),
                                line ? QString::fromUtf8(*line) : step->argv().join(u' '));
            }
            out += tr("   effect:  %1\n").arg(step->describeEffect(facts));
            out += stateDiff(*step); // a few lines: always shown
            if (!step->secretSlot().isEmpty())
                out += tr("   stdin:   the secret \"%1\" (asked for when the plan is applied; never saved)\n")
                           .arg(step->secretSlot());
            if (step->irreversible())
                out += tr("   IRREVERSIBLE: destroys what is there for good; rolling back does not bring it back\n");
            for (const Plan::CommandCheck &check : step->verify()) {
                const auto script = powershellScript(check.argv());
                const QString command = script ? scriptLines(check.argv(), *script) : check.argv().join(u' ');
                if (check.expectedStdout().isEmpty())
                    out += tr("   verify:  %1\n").arg(command);
                else if (script)
                    out += tr("   verify:  (must print %1) %2")
                               .arg(check.expectedStdout().join(QStringLiteral(" or ")), command);
                else
                    out +=
                        tr("   verify:  %1 -> %2\n").arg(command, check.expectedStdout().join(QStringLiteral(" or ")));
            }
            for (const Plan::CommandStep &undo : step->inverse()) {
                if (const auto script = powershellScript(undo.argv()))
                    out += tr("   undo:    %1").arg(scriptLines(undo.argv(), *script));
                else
                    out += tr("   undo:    %1\n").arg(undo.argv().join(u' '));
            }
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
