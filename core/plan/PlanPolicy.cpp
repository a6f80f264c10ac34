// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/PlanPolicy.h"

#include "core/plan/ServicesPlanner.h"
#include "core/windows/WindowsServicesPlanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace Bulwark::Plan {

namespace {

const char *const context = "Bulwark::Plan::PlanPolicy";

Error refused(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// The service a unit argument names: "cups.service" -> "cups", "ssh" -> "ssh", "getty@tty1.service" -> "getty@".
QString serviceName(const QString &unit)
{
    QString name = unit;
    static const QRegularExpression suffix(
        QStringLiteral("\\.(service|socket|path|timer|target|mount|automount|swap|slice|scope|device)$"));
    name.remove(suffix);
    const qsizetype at = name.indexOf(u'@');
    return at < 0 ? name : name.left(at + 1);
}

// The protected Windows service a PowerShell step stops or reconfigures, if any: a script that names
// Stop-Service, Set-Service, Suspend-Service or sc.exe and holds a single-quoted literal naming one.
QString protectedWindowsService(const QStringList &argv)
{
    if (argv.size() != 5 || !argv.constFirst().startsWith(QLatin1String("powershell"), Qt::CaseInsensitive))
        return {};
    const QString script = argv.at(4);
    static const QRegularExpression changes(
        QStringLiteral("\\b(Stop-Service|Set-Service|Suspend-Service|sc(\\.exe)?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!changes.match(script).hasMatch())
        return {};
    static const QRegularExpression literal(QStringLiteral("'((?:[^']|'')*)'"));
    for (auto it = literal.globalMatch(script); it.hasNext();) {
        const QString value = it.next().captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
        if (Windows::WindowsServicesPlanner::isProtected(value))
            return value;
    }
    return {};
}

} // namespace

Result<void> PlanPolicy::checkCommand(const CommandStep &step)
{
    const QStringList argv = step.argv();
    if (argv.isEmpty() || argv.constFirst().isEmpty())
        return refused(QCoreApplication::translate(context, "A command in the plan is empty."));
    for (const QString &argument : argv) {
        if (argument.contains(QChar(0)))
            return refused(QCoreApplication::translate(context, "A command in the plan contains a NUL byte."));
    }
    if (const QString service = protectedWindowsService(argv); !service.isEmpty())
        return refused(QCoreApplication::translate(context, "The plan stops or reconfigures the Windows service %1, "
                                                            "which this connection or the system itself needs; it "
                                                            "was refused.")
                           .arg(service));
    const QString program = argv.constFirst().section(u'/', -1);
    if (program == QLatin1String("systemctl")) {
        static const QStringList hostDown = {
            QStringLiteral("reboot"),       QStringLiteral("poweroff"),    QStringLiteral("halt"),
            QStringLiteral("isolate"),      QStringLiteral("rescue"),      QStringLiteral("emergency"),
            QStringLiteral("kexec"),        QStringLiteral("suspend"),     QStringLiteral("hibernate"),
            QStringLiteral("hybrid-sleep"), QStringLiteral("soft-reboot"), QStringLiteral("switch-root"),
            QStringLiteral("default"),      QStringLiteral("exit"),
        };
        static const QStringList stopping = {
            QStringLiteral("stop"),
            QStringLiteral("disable"),
            QStringLiteral("mask"),
            QStringLiteral("kill"),
            QStringLiteral("freeze"),
            QStringLiteral("try-restart"),
            QStringLiteral("restart"),
            QStringLiteral("reload-or-restart"),
            QStringLiteral("try-reload-or-restart"),
        };
        QString verb;
        QStringList units;
        bool optionsEnded = false;
        for (qsizetype i = 1; i < argv.size(); ++i) {
            const QString &argument = argv.at(i);
            if (!optionsEnded && argument == QLatin1String("--")) {
                optionsEnded = true;
                continue;
            }
            if (!optionsEnded && argument.startsWith(u'-'))
                continue;
            if (verb.isEmpty())
                verb = argument;
            else
                units.append(argument);
        }
        if (hostDown.contains(verb))
            return refused(QCoreApplication::translate(context, "The plan runs \"systemctl %1\"; Bulwark never "
                                                                "takes a host down or changes its run level.")
                               .arg(verb));
        if (stopping.contains(verb)) {
            const QStringList protectedNames = ServicesPlanner::sessionUnits() + ServicesPlanner::essentialUnits();
            for (const QString &unit : std::as_const(units)) {
                if (protectedNames.contains(serviceName(unit)))
                    return refused(QCoreApplication::translate(
                                       context, "The plan stops %1, which this connection or the system itself "
                                                "needs; it was refused.")
                                       .arg(unit));
            }
        }
    }
    for (const CommandStep &inverse : step.inverse()) {
        auto checked = checkCommand(inverse);
        if (!checked)
            return checked;
    }
    return {};
}

Result<void> PlanPolicy::checkFileEdit(const FileEdit &edit)
{
    const QString path = edit.path();
    if (!path.startsWith(u'/') || path == QLatin1String("/") || path.endsWith(u'/') || hasControlCharacter(path) ||
        QDir::cleanPath(path) != path)
        return refused(
            QCoreApplication::translate(context, "The plan edits \"%1\", which is not a clean absolute path.")
                .arg(path.left(200)));
    static const QRegularExpression mode(QStringLiteral("^[0-7]{3,4}$"));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,31}\\$?$"));
    if (!edit.mode().isEmpty() && !mode.match(edit.mode()).hasMatch())
        return refused(QCoreApplication::translate(context, "The plan gives %1 the mode \"%2\", which is not an octal "
                                                            "mode.")
                           .arg(path, edit.mode().left(20)));
    for (const QString &account : {edit.owner(), edit.group()}) {
        if (!account.isEmpty() && !name.match(account).hasMatch())
            return refused(QCoreApplication::translate(context, "The plan gives %1 the owner \"%2\", which is not a "
                                                                "valid user or group name.")
                               .arg(path, account.left(40)));
    }
    if (!edit.reload().isEmpty()) {
        auto checked = checkCommand(CommandStep(edit.reload(), QString()));
        if (!checked)
            return checked;
    }
    for (const QStringList &argv : {edit.validator(), edit.verify()}) {
        for (const QString &argument : argv) {
            if (argument.contains(QChar(0)))
                return refused(QCoreApplication::translate(context, "A command in the plan contains a NUL byte."));
        }
    }
    return {};
}

Result<void> PlanPolicy::check(const ChangePlan &plan)
{
    if (plan.isEmpty())
        return refused(QCoreApplication::translate(context, "The plan has no changes."));
    for (const Change &change : plan.changes()) {
        Result<void> checked;
        if (const CommandStep *command = change.command())
            checked = checkCommand(*command);
        else if (const FileEdit *edit = change.fileEdit())
            checked = checkFileEdit(*edit);
        else
            checked = refused(QCoreApplication::translate(context, "A change in the plan has no action."));
        if (!checked)
            return checked;
    }
    return {};
}

} // namespace Bulwark::Plan
