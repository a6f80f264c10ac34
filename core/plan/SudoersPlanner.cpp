// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/SudoersPlanner.h"

#include "core/sudoers/SudoersLinter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace Bulwark::Plan {

namespace {

using Sudoers::Member;
using Sudoers::Statement;
using Sudoers::SudoersFile;

const char *const context = "Bulwark::Plan::SudoersPlanner";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

Error refuse(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::InvalidArgument, message, detail);
}

const QString &dropInDirectory()
{
    static const QString dir = QStringLiteral("/etc/sudoers.d/");
    return dir;
}

// POSIX-ish account and group names: what useradd accepts by default, plus '.', which some sites use.
bool isAccountName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_.-]{0,31}$"));
    return re.match(name).hasMatch();
}

bool isPrincipal(const QString &principal)
{
    return principal.startsWith(u'%') ? isAccountName(principal.mid(1)) : isAccountName(principal);
}

// One argument word: a conservative character set that needs no sudoers escaping, so what is written is what sudo
// matches. "" alone (no arguments allowed) is accepted too.
bool isArgument(const QString &word)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_./@+%-]+$"));
    return re.match(word).hasMatch();
}

bool isCommandPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(/[A-Za-z0-9_.+-]+)+$"));
    if (!re.match(path).hasMatch())
        return false;
    const QStringList parts = path.mid(1).split(u'/');
    for (const QString &part : parts) {
        if (part == u"." || part == u"..")
            return false;
    }
    return true;
}

Result<QByteArray> commandText(const QString &command, bool allowAll)
{
    if (command == u"ALL") {
        if (!allowAll)
            return refuse(tr("\"ALL\" would allow every command, including a root shell; it needs the explicit "
                             "\"allow all\" confirmation."));
        return QByteArrayLiteral("ALL");
    }
    if (command.size() > 1024)
        return refuse(tr("The command is too long."));
    const QStringList words = command.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || command != words.join(u' '))
        return refuse(tr("\"%1\" is not a command: give an absolute path and arguments separated by single spaces.")
                          .arg(command));
    if (!isCommandPath(words.first()))
        return refuse(tr("\"%1\" is not an absolute path to a program.").arg(words.first()));
    if (words.size() == 2 && words.at(1) == u"\"\"")
        return command.toUtf8();
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (!isArgument(words.at(i)))
            return refuse(tr("The argument \"%1\" contains characters Bulwark does not write into sudoers (allowed: "
                             "letters, digits and _ . / @ + %% -).")
                              .arg(words.at(i)));
    }
    return command.toUtf8();
}

QByteArray memberText(const Member &m)
{
    QByteArray out = m.negated ? QByteArrayLiteral("!") : QByteArray();
    switch (m.kind) {
    case Member::Kind::All:
        return out + "ALL";
    case Member::Kind::Uid:
        return out + '#' + m.name;
    case Member::Kind::Group:
        return out + '%' + m.name;
    case Member::Kind::Gid:
        return out + "%#" + m.name;
    case Member::Kind::NonUnixGroup:
        return out + "%:" + m.name;
    case Member::Kind::Netgroup:
        return out + '+' + m.name;
    default:
        return out + m.name;
    }
}

QString statementText(const Statement &st)
{
    return QString::fromUtf8(st.text).simplified();
}

QString levelText(SudoAccess::Level level)
{
    switch (level) {
    case SudoAccess::Level::Denied:
        return tr("no sudo");
    case SudoAccess::Level::NeedsPassword:
        return tr("sudo with password");
    case SudoAccess::Level::NoPassword:
        return tr("sudo without password");
    case SudoAccess::Level::Unknown:
        break;
    }
    return tr("unknown");
}

bool onlyCommentsLeft(const SudoersFile &file)
{
    for (const Statement &st : file.statements()) {
        if (st.kind != Statement::Kind::Blank && st.kind != Statement::Kind::Comment)
            return false;
    }
    return true;
}

// Whether `path` is read by sudo through an @includedir (and not named by an @include, which would then fail).
bool includedOnlyByDirectory(const Sudoers::SudoersTree &tree, const QString &path, const QString &host)
{
    bool byDirectory = false;
    for (const SudoersFile &f : tree.files()) {
        for (const Statement &st : f.statements()) {
            if (st.kind != Statement::Kind::Include)
                continue;
            const QString target = Sudoers::SudoersTree::resolveIncludePath(f.path(), st.includePath, host);
            if (!st.includeDirectory && target == path)
                return false;
            const QString prefix = target.endsWith(u'/') ? target : target + u'/';
            if (st.includeDirectory && path.startsWith(prefix) && !path.mid(prefix.size()).contains(u'/'))
                byDirectory = true;
        }
    }
    return byDirectory;
}

QString findingKey(const Sudoers::LintFinding &f)
{
    return f.id + u'\n' + f.path + u'\n' + f.message;
}

QStringList newLintWarnings(const QList<SudoersFile> &before, const QList<SudoersFile> &after)
{
    QSet<QString> old;
    for (const Sudoers::LintFinding &f : Sudoers::SudoersLinter::lint(before))
        old.insert(findingKey(f));
    QStringList warnings;
    for (const Sudoers::LintFinding &f : Sudoers::SudoersLinter::lint(after)) {
        if (old.contains(findingKey(f)))
            continue;
        QString where = f.path;
        if (f.line > 0)
            where += u':' + QString::number(f.line);
        QString text = where.isEmpty() ? f.message : where + QStringLiteral(": ") + f.message;
        if (!f.why.isEmpty())
            text += u' ' + f.why;
        warnings.append(text);
    }
    return warnings;
}

Result<QByteArray> buildRule(const SudoersChoice &choice, const QByteArray &users,
                             const QByteArray &hosts = QByteArrayLiteral("ALL"));

FileEdit sudoersEdit(const QString &path)
{
    FileEdit edit;
    edit.setPath(path);
    edit.setMode(QStringLiteral("0440"));
    edit.setOwner(QStringLiteral("root"));
    edit.setGroup(QStringLiteral("root"));
    edit.setValidator({QStringLiteral("visudo"), QStringLiteral("-cf"), FileEdit::stagedPlaceholder()});
    edit.setVerify({QStringLiteral("visudo"), QStringLiteral("-c")});
    return edit;
}

} // namespace

QString SudoersPlanner::dropInPathFor(const QString &principal)
{
    if (principal.startsWith(u'%'))
        return dropInDirectory() + QStringLiteral("50-bulwark-group-") + principal.mid(1);
    return dropInDirectory() + QStringLiteral("50-bulwark-") + principal;
}

Result<QByteArray> SudoersPlanner::ruleText(const SudoersChoice &choice, const QString &principal)
{
    if (!isPrincipal(principal))
        return refuse(tr("\"%1\" is not a user name or %group Bulwark can write into sudoers.").arg(principal));
    return buildRule(choice, principal.toUtf8());
}

namespace {

// The rule line for `users` on `hosts`, both as written (validated by the caller, or taken from a parsed rule).
Result<QByteArray> buildRule(const SudoersChoice &choice, const QByteArray &users, const QByteArray &hosts)
{
    if (choice.runAs == u"ALL") {
        if (!choice.allowAll)
            return refuse(tr("Running as any user (ALL) needs the explicit \"allow all\" confirmation."));
    } else if (!isAccountName(choice.runAs)) {
        return refuse(tr("\"%1\" is not a user name to run the commands as.").arg(choice.runAs));
    }
    if (choice.commands.isEmpty())
        return refuse(tr("No command was given."));
    QByteArrayList commands;
    for (const QString &command : choice.commands) {
        Result<QByteArray> text = commandText(command, choice.allowAll);
        if (!text)
            return text.error();
        if (!commands.contains(*text))
            commands.append(*text);
    }
    QByteArray rule = users + ' ' + hosts + "=(" + choice.runAs.toUtf8() + ") ";
    if (choice.noPassword)
        rule += "NOPASSWD: ";
    if (choice.noExec)
        rule += "NOEXEC: ";
    rule += commands.join(", ");
    return rule;
}

} // namespace

Result<ChangePlan> SudoersPlanner::plan(const Sudoers::SudoersTree &current, const SudoersChoice &choice,
                                        const SudoIdentity &identity)
{
    const QList<SudoersFile> &files = current.files();
    if (files.isEmpty())
        return refuse(tr("The sudoers configuration was not read."));
    const QString rootPath = files.first().path();

    QList<SudoersFile> after = files;
    qsizetype index = -1; // the file edited in `after`
    bool created = false;
    QString title;
    QString path;

    switch (choice.action) {
    case SudoersChoice::Action::Grant: {
        if (!isPrincipal(choice.principal))
            return refuse(
                tr("\"%1\" is not a user name or %group Bulwark can write into sudoers.").arg(choice.principal));
        Result<QByteArray> rule = ruleText(choice, choice.principal);
        if (!rule)
            return rule.error();
        path = dropInPathFor(choice.principal);
        const QString name = path.mid(dropInDirectory().size());
        if (name.contains(u'.') || name.endsWith(u'~'))
            return refuse(tr("sudo skips files in /etc/sudoers.d whose name contains a dot, so a drop-in for \"%1\" "
                             "would have no effect.")
                              .arg(choice.principal));
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (after.at(i).path() == path)
                index = i;
        }
        if (index < 0) {
            Result<SudoersFile> empty = SudoersFile::parse(QByteArray(), path);
            if (!empty)
                return empty.error();
            after.append(*empty);
            index = after.size() - 1;
            created = true;
            if (!includedOnlyByDirectory(current, path, identity.host))
                return refuse(tr("%1 does not read the directory /etc/sudoers.d (no @includedir), so a rule there "
                                 "would have no effect.")
                                  .arg(rootPath));
            Result<void> header = after[index].append(QByteArrayLiteral("# Managed by Bulwark: sudo rules for ") +
                                                      choice.principal.toUtf8());
            if (!header)
                return header.error();
        }
        Result<void> added = after[index].append(*rule);
        if (!added)
            return refuse(tr("The new rule could not be written safely."), added.error().message());
        title = tr("Allow %1 to run %2 as %3%4 (%5)")
                    .arg(choice.principal, choice.commands.join(QStringLiteral(", ")), choice.runAs,
                         choice.noPassword ? tr(" without a password") : QString(), path);
        break;
    }
    case SudoersChoice::Action::Revoke:
    case SudoersChoice::Action::Restrict: {
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (after.at(i).path() == choice.file)
                index = i;
        }
        if (index < 0)
            return refuse(tr("%1 is not part of the sudoers configuration.").arg(choice.file));
        path = choice.file;
        const qsizetype at = choice.line > 0 ? after.at(index).statementAtLine(choice.line) : -1;
        if (at < 0)
            return refuse(tr("%1 has no line %2.").arg(path).arg(choice.line));
        const Statement st = after.at(index).statements().at(at);
        if (st.kind != Statement::Kind::UserSpec)
            return refuse(tr("Line %1 of %2 is not a rule that gives users commands (a user specification).")
                              .arg(choice.line)
                              .arg(path));
        if (choice.action == SudoersChoice::Action::Revoke) {
            Result<void> removed = after[index].remove(at);
            if (!removed)
                return refuse(tr("The rule could not be removed safely."), removed.error().message());
            title = tr("Remove \"%1\" from %2").arg(statementText(st), path);
        } else {
            // A narrower rule keeps the hosts the old one was written for; it never widens them.
            if (st.sections.size() != 1)
                return refuse(tr("Line %1 of %2 gives commands for several host lists; change it in the sudoers "
                                 "editor instead.")
                                  .arg(choice.line)
                                  .arg(path));
            QByteArrayList hostList;
            for (const Member &m : st.sections.constFirst().hosts)
                hostList.append(memberText(m));
            const QByteArray hosts = hostList.join(", ");
            Result<QByteArray> rule = QByteArray();
            if (choice.principal.isEmpty()) {
                QByteArrayList written;
                for (const Member &m : st.users)
                    written.append(memberText(m));
                rule = buildRule(choice, written.join(", "), hosts);
            } else if (!isPrincipal(choice.principal)) {
                rule = refuse(
                    tr("\"%1\" is not a user name or %group Bulwark can write into sudoers.").arg(choice.principal));
            } else {
                rule = buildRule(choice, choice.principal.toUtf8(), hosts);
            }
            if (!rule)
                return rule.error();
            Result<void> replaced = after[index].replace(at, *rule);
            if (!replaced)
                return refuse(tr("The new rule could not be written safely."), replaced.error().message());
            title = tr("Restrict \"%1\" in %2 to \"%3\"").arg(statementText(st), path, QString::fromUtf8(*rule));
        }
        break;
    }
    }

    // The strict parser reads every byte that will be written; what it cannot parse is never installed.
    SudoersFile &edited = after[index];
    Result<SudoersFile> reparsed = SudoersFile::parse(edited.toBytes(), path);
    if (!reparsed)
        return refuse(tr("The new %1 would not be a valid sudoers file.").arg(path), reparsed.error().message());
    edited = *reparsed;

    const bool removeFile = choice.action == SudoersChoice::Action::Revoke && path != rootPath &&
                            path != u"/etc/sudoers" && onlyCommentsLeft(edited) &&
                            includedOnlyByDirectory(current, path, identity.host);
    QList<SudoersFile> effective = after;
    if (removeFile)
        effective.removeAt(index);

    const SudoAccess::Answer before = SudoAccess::evaluate(files, identity);
    const SudoAccess::Answer afterAnswer = SudoAccess::evaluate(effective, identity);
    Result<void> preflight = SudoAccess::preflight(before, afterAnswer, identity);
    if (!preflight)
        return preflight.error();

    FileEdit edit = sudoersEdit(path);
    if (created)
        edit.setBeforeAbsent();
    else
        edit.setBefore(files.at(index).toBytes());
    if (removeFile) {
        edit.setAfterAbsent();
        title += tr("; the file holds nothing else and is deleted");
    } else {
        edit.setAfter(edited.toBytes());
    }

    ChangePlan plan;
    plan.setHostDisplayName(choice.hostDisplayName.isEmpty() ? identity.host : choice.hostDisplayName);
    plan.setCreated(QDateTime::currentDateTimeUtc());
    plan.append(Change(title, edit));
    if (!identity.isRoot && before.level != afterAnswer.level)
        plan.addWarning(
            tr("%1's own sudo access changes: %2 -> %3 (%4).")
                .arg(identity.user, levelText(before.level), levelText(afterAnswer.level), afterAnswer.reason));
    for (const QString &warning : newLintWarnings(files, effective))
        plan.addWarning(warning);
    return plan;
}

} // namespace Bulwark::Plan
