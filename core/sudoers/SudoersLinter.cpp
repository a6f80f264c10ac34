// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/SudoersLinter.h"

#include <QCoreApplication>
#include <functional>

namespace Bulwark::Sudoers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Sudoers::SudoersLinter", text);
}

using Sev = LintFinding::Severity;

struct Rule
{
    QString path;
    int line;
    QByteArray users; // canonical text of the user list
    QByteArray hosts;
    QByteArray runas;
    QByteArray tags;
    const CmndSpec *spec;
};

QByteArray memberText(const Member &m)
{
    QByteArray prefix;
    switch (m.kind) {
    case Member::Kind::Uid:
        prefix = "#";
        break;
    case Member::Kind::Group:
        prefix = "%";
        break;
    case Member::Kind::Gid:
        prefix = "%#";
        break;
    case Member::Kind::NonUnixGroup:
        prefix = "%:";
        break;
    case Member::Kind::Netgroup:
        prefix = "+";
        break;
    default:
        break;
    }
    QByteArray out = (m.negated ? "!" : "") + prefix + m.name;
    if (m.hasArgs)
        out += " " + (m.args.isEmpty() ? QByteArray("\"\"") : m.args);
    return out;
}

QByteArray listText(const MemberList &list)
{
    QByteArray out;
    for (const Member &m : list)
        out += memberText(m) + ',';
    return out;
}

const QList<QByteArray> &dangerousVariables()
{
    static const QList<QByteArray> vars = {"LD_PRELOAD",
                                           "LD_LIBRARY_PATH",
                                           "LD_AUDIT",
                                           "PYTHONPATH",
                                           "PYTHONSTARTUP",
                                           "PERL5LIB",
                                           "PERL5OPT",
                                           "PERLLIB",
                                           "RUBYLIB",
                                           "RUBYOPT",
                                           "NODE_OPTIONS",
                                           "BASH_ENV",
                                           "ENV",
                                           "PATH",
                                           "IFS",
                                           "SHELLOPTS",
                                           "PS4",
                                           "GCONV_PATH",
                                           "JAVA_TOOL_OPTIONS",
                                           "EDITOR",
                                           "VISUAL",
                                           "SUDO_EDITOR",
                                           "PAGER",
                                           "GIT_*",
                                           "LD_*",
                                           "*"};
    return vars;
}

} // namespace

bool SudoersLinter::canEscapeToShell(const QByteArray &commandPath)
{
    static const QSet<QByteArray> names = {"sh",      "bash",    "dash",      "zsh",        "ksh",
                                           "csh",     "tcsh",    "fish",      "ash",        "busybox",
                                           "su",      "sudo",    "env",       "vi",         "vim",
                                           "nvim",    "view",    "rvim",      "ex",         "ed",
                                           "emacs",   "nano",    "pico",      "less",       "more",
                                           "most",    "pg",      "man",       "find",       "awk",
                                           "gawk",    "mawk",    "nawk",      "perl",       "python",
                                           "python2", "python3", "ruby",      "irb",        "lua",
                                           "php",     "node",    "tclsh",     "wish",       "expect",
                                           "gdb",     "tar",     "zip",       "unzip",      "git",
                                           "rsync",   "scp",     "ssh",       "ftp",        "sftp",
                                           "nmap",    "socat",   "nc",        "ncat",       "tee",
                                           "cp",      "mv",      "dd",        "install",    "chmod",
                                           "chown",   "crontab", "systemctl", "journalctl", "docker",
                                           "podman",  "kubectl", "make",      "xargs",      "watch",
                                           "time",    "nice",    "timeout",   "stdbuf",     "script",
                                           "screen",  "tmux",    "openssl",   "apt",        "apt-get",
                                           "dpkg",    "pip",     "pip3",      "mount",      "sed",
                                           "rpm",     "yum",     "dnf",       "strace",     "ltrace",
                                           "taskset", "flock",   "setarch",   "run-parts",  "start-stop-daemon"};
    QByteArray base = commandPath.mid(commandPath.lastIndexOf('/') + 1);
    // python3.11, perl5.36 ...
    const qsizetype dot = base.indexOf('.');
    if (dot > 0 && (base.startsWith("python") || base.startsWith("perl") || base.startsWith("ruby")))
        base = base.left(dot);
    return names.contains(base);
}

bool SudoersLinter::canEscapeToShell(const Member &command)
{
    if (!canEscapeToShell(command.name))
        return false;
    const QByteArray base = command.name.mid(command.name.lastIndexOf('/') + 1);
    if (base != "systemctl" && base != "journalctl")
        return true;
    // No arguments written means any arguments; "" means none (systemctl lists units through a pager).
    if (!command.hasArgs || command.args.isEmpty() || command.hasWildcard())
        return true;
    const QList<QByteArray> words = command.args.simplified().split(' ');
    if (words.contains("--no-pager") && !words.contains("edit"))
        return false;
    if (base == "journalctl")
        return true;
    // Verbs that print through a pager or open an editor.
    static const QSet<QByteArray> paging = {"status",
                                            "show",
                                            "cat",
                                            "edit",
                                            "help",
                                            "list-units",
                                            "list-unit-files",
                                            "list-dependencies",
                                            "list-timers",
                                            "list-sockets",
                                            "list-jobs",
                                            "list-machines",
                                            "list-paths",
                                            "show-environment"};
    for (const QByteArray &word : words) {
        if (word.startsWith('-'))
            continue;
        return paging.contains(word);
    }
    return true;
}

QList<LintFinding> SudoersLinter::lint(const QList<SudoersFile> &files, const Context &context)
{
    QList<LintFinding> out;
    auto add = [&](const QString &id, Sev sev, const QString &path, int line, const QString &message,
                   const QString &why, const QString &fix) {
        out.append(LintFinding{id, sev, path, line, message, why, fix});
    };

    // Cmnd_Alias members, to see through aliases.
    QHash<QByteArray, MemberList> cmndAliases;
    for (const SudoersFile &f : files)
        for (const Statement &st : f.statements())
            if (st.kind == Statement::Kind::Alias && st.aliasType == Statement::AliasType::Command)
                for (const Statement::AliasDefinition &a : st.aliases)
                    cmndAliases.insert(a.name, a.members);
    std::function<void(const Member &, bool, QList<Member> &, int)> expand = [&](const Member &m, bool negated,
                                                                                 QList<Member> &outList, int depth) {
        if (m.kind == Member::Kind::Alias && depth < 16 && cmndAliases.contains(m.name)) {
            for (const Member &inner : cmndAliases.value(m.name))
                expand(inner, negated != m.negated, outList, depth + 1);
            return;
        }
        Member copy = m;
        copy.negated = negated != m.negated;
        outList.append(copy);
    };

    bool globalUsePty = false, globalLog = false, globalSecurePath = false;
    QList<Rule> rules;
    for (const SudoersFile &f : files) {
        const QString path = f.path();
        const auto meta = context.metadata.constFind(path);
        if (meta != context.metadata.constEnd()) {
            if (meta->mode & 0022)
                add(QStringLiteral("sudoers.file-writable"), Sev::High, path, 0,
                    tr("%1 can be written by its group or by everyone (mode %2).")
                        .arg(path, QString::number(meta->mode & 07777, 8)),
                    tr("Whoever can write a sudoers file can give themselves root."),
                    tr("Set the mode to 0440: chmod 0440 %1").arg(path));
            else if ((meta->mode & 07777) != 0440)
                add(QStringLiteral("sudoers.file-mode"), Sev::Low, path, 0,
                    tr("%1 has mode %2 instead of 0440.").arg(path, QString::number(meta->mode & 07777, 8)),
                    tr("sudo expects sudoers files to be read-only and not readable by others; other modes can "
                       "reveal the policy or make sudo refuse the file."),
                    tr("Set the mode to 0440: chmod 0440 %1").arg(path));
            if (meta->uid != 0 || meta->gid != 0)
                add(QStringLiteral("sudoers.file-owner"), meta->uid != 0 ? Sev::High : Sev::Medium, path, 0,
                    tr("%1 is owned by uid %2, gid %3 instead of root:root.").arg(path).arg(meta->uid).arg(meta->gid),
                    tr("The owner of a sudoers file can change it and so gain root; sudo itself refuses files not "
                       "owned by root."),
                    tr("chown root:root %1").arg(path));
        }
        for (const Statement &st : f.statements()) {
            if (st.kind == Statement::Kind::Defaults) {
                for (const DefaultsEntry &e : st.defaults) {
                    const bool global = st.binding == Statement::Binding::Global;
                    if (e.name == "authenticate" && e.op == DefaultsEntry::Operator::Negate)
                        add(QStringLiteral("sudoers.no-authenticate"), Sev::High, path, e.line,
                            tr("\"!authenticate\" lets users run sudo without a password."),
                            tr("Anyone who gets a shell as the affected users (a stolen session, a malicious "
                               "script) becomes root without knowing a password."),
                            tr("Remove !authenticate; grant NOPASSWD only for the specific commands that need it."));
                    if ((e.name == "env_keep" || e.name == "env_check") &&
                        (e.op == DefaultsEntry::Operator::Set || e.op == DefaultsEntry::Operator::Add)) {
                        for (const QByteArray &var : e.value.split(' ')) {
                            const QByteArray name = var.split('=').first();
                            if (!dangerousVariables().contains(name))
                                continue;
                            add(QStringLiteral("sudoers.dangerous-env"), e.name == "env_keep" ? Sev::High : Sev::Low,
                                path, e.line,
                                tr("%1 passes %2 to commands run through sudo.")
                                    .arg(QString::fromUtf8(e.name), QString::fromUtf8(name)),
                                tr("Variables like LD_PRELOAD, PYTHONPATH, PERL5LIB, BASH_ENV or PATH make the "
                                   "command load code chosen by the user, which then runs as root."),
                                tr("Remove %1 from %2.").arg(QString::fromUtf8(name), QString::fromUtf8(e.name)));
                        }
                    }
                    if (!global)
                        continue;
                    if (e.name == "use_pty")
                        globalUsePty = e.op == DefaultsEntry::Operator::Set;
                    if (e.name == "logfile" || e.name == "log_output")
                        globalLog = globalLog || e.op == DefaultsEntry::Operator::Set;
                    if (e.name == "secure_path")
                        globalSecurePath = e.op == DefaultsEntry::Operator::Set;
                    if ((e.name == "targetpw" || e.name == "rootpw" || e.name == "runaspw") &&
                        e.op == DefaultsEntry::Operator::Set)
                        add(QStringLiteral("sudoers.target-password"), Sev::Info, path, e.line,
                            tr("\"%1\" makes sudo ask for another account's password.").arg(QString::fromUtf8(e.name)),
                            tr("Users then share the root (or target) password, so sudo can no longer tell who did "
                               "what, and the shared password must be handed out."),
                            tr("Prefer each user's own password (remove %1) and grant specific commands.")
                                .arg(QString::fromUtf8(e.name)));
                    if (e.name == "env_reset" && e.op == DefaultsEntry::Operator::Negate)
                        add(QStringLiteral("sudoers.no-env-reset"), Sev::High, path, e.line,
                            tr("\"!env_reset\" passes the user's whole environment to commands run as root."),
                            tr("Variables such as LD_PRELOAD, BASH_ENV or PYTHONPATH then load code chosen by the "
                               "user into root processes."),
                            tr("Remove \"!env_reset\" and list the few variables to keep with env_keep."));
                    if (e.name == "setenv" && e.op == DefaultsEntry::Operator::Set)
                        add(QStringLiteral("sudoers.setenv"), Sev::Medium, path, e.line,
                            tr("\"Defaults setenv\" lets users pass any environment variable."),
                            tr("LD_PRELOAD and similar variables then reach commands run as root."),
                            tr("Remove \"setenv\"."));
                }
            }
            if (st.kind != Statement::Kind::UserSpec)
                continue;
            for (const HostSection &section : st.sections) {
                bool allowsAll = false;
                for (const CmndSpec &spec : section.commands) {
                    if (spec.command.kind == Member::Kind::All && !spec.command.negated)
                        allowsAll = true;
                    if (allowsAll && spec.command.negated && spec.command.kind == Member::Kind::Command)
                        add(QStringLiteral("sudoers.negation-after-all"), Sev::Medium, path, spec.command.line,
                            tr("\"!%1\" tries to take one command away from ALL.")
                                .arg(QString::fromUtf8(spec.command.name)),
                            tr("A user allowed ALL can copy or rename the program, or reach it through a shell, so "
                               "the exclusion gives a false sense of control."),
                            tr("Grant the specific commands the user needs instead of ALL minus exceptions."));
                    const int line = spec.command.line;
                    QList<Member> commands;
                    expand(spec.command, false, commands, 0);
                    for (const Member &c : commands) {
                        if (c.negated)
                            continue;
                        if (c.kind == Member::Kind::All && spec.noPassword())
                            add(QStringLiteral("sudoers.nopasswd-all"), Sev::High, path, line,
                                tr("%1 may run any command as root without a password.")
                                    .arg(QString::fromUtf8(listText(st.users).chopped(1))),
                                tr("Anyone who gets a shell as this user becomes root with no further barrier."),
                                tr("Remove NOPASSWD from the ALL rule, or list the few commands that need it."));
                        if (c.kind == Member::Kind::Command && c.hasWildcard())
                            add(QStringLiteral("sudoers.wildcard-command"), Sev::Medium, path, line,
                                tr("The command \"%1\" uses a wildcard.").arg(QString::fromUtf8(memberText(c))),
                                tr("Wildcards match more than intended: '*' in arguments matches spaces and extra "
                                   "options (for example \"/bin/cat /var/log/*\" also allows \"/bin/cat "
                                   "/var/log/../../etc/shadow\")."),
                                tr("List the exact commands and arguments instead of a wildcard."));
                        if (c.kind == Member::Kind::Command && !c.isDirectory() && canEscapeToShell(c))
                            add(QStringLiteral("sudoers.shell-escape"), Sev::High, path, line,
                                tr("\"%1\" can start a shell, so this rule gives full root.")
                                    .arg(QString::fromUtf8(c.name)),
                                tr("Editors, pagers, interpreters, find, tar, git and similar programs can run other "
                                   "commands; through sudo those run as root."),
                                tr("To let users edit a file use \"sudoedit /path/to/file\"; otherwise wrap the task "
                                   "in a fixed script owned by root and allow only that."));
                        if (c.kind == Member::Kind::Command && c.isDirectory())
                            add(QStringLiteral("sudoers.directory-command"), Sev::Medium, path, line,
                                tr("\"%1\" allows every program in that directory.").arg(QString::fromUtf8(c.name)),
                                tr("Any program added there later, including shells, becomes runnable as root."),
                                tr("List the specific programs."));
                    }
                    QByteArray tags;
                    for (auto it = spec.tags.constBegin(); it != spec.tags.constEnd(); ++it)
                        tags += (it.value() ? "" : "NO") + it.key() + ':';
                    QByteArray runas = spec.hasRunas ? listText(spec.runasUsers) + ':' + listText(spec.runasGroups)
                                                     : QByteArray("root:");
                    rules.append({path, line, listText(st.users), listText(section.hosts), runas, tags, &spec});
                }
            }
            // Unknown users and groups.
            for (const Member &u : st.users) {
                if (u.kind == Member::Kind::Name && context.users &&
                    !context.users->contains(QString::fromUtf8(u.name)))
                    add(QStringLiteral("sudoers.unknown-user"), Sev::Low, path, u.line,
                        tr("The user \"%1\" does not exist on this host.").arg(QString::fromUtf8(u.name)),
                        tr("A rule for a missing account is dead weight, and grants root to whoever is later created "
                           "with that name."),
                        tr("Remove the rule, or create the account deliberately."));
                if (u.kind == Member::Kind::Group && context.groups &&
                    !context.groups->contains(QString::fromUtf8(u.name)))
                    add(QStringLiteral("sudoers.unknown-group"), Sev::Low, path, u.line,
                        tr("The group \"%1\" does not exist on this host.").arg(QString::fromUtf8(u.name)),
                        tr("Whoever later creates that group decides who gets these sudo rights."),
                        tr("Remove the rule, or create the group deliberately."));
            }
        }
    }

    // Duplicates and rules overridden by a later ALL rule for the same users and hosts (sudo uses the last match).
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const Rule &a = rules.at(i);
        for (qsizetype j = i + 1; j < rules.size(); ++j) {
            const Rule &b = rules.at(j);
            if (a.users != b.users || a.hosts != b.hosts)
                continue;
            const QByteArray ca = memberText(a.spec->command), cb = memberText(b.spec->command);
            if (ca == cb && a.runas == b.runas && a.tags == b.tags) {
                add(QStringLiteral("sudoers.duplicate-rule"), Sev::Info, b.path, b.line,
                    tr("This rule repeats the one at %1:%2.").arg(a.path).arg(a.line),
                    tr("Duplicates make the policy harder to review and to change safely."), tr("Remove one of them."));
                break;
            }
            const bool bAll = b.spec->command.kind == Member::Kind::All && !b.spec->command.negated;
            const bool runasCovers = b.runas == a.runas || b.runas.startsWith("ALL,");
            if (bAll && runasCovers && ca != cb && a.tags != b.tags) {
                add(QStringLiteral("sudoers.shadowed-rule"), Sev::Low, a.path, a.line,
                    tr("This rule is overridden by the later rule at %1:%2, which matches the same users and hosts "
                       "for every command.")
                        .arg(b.path)
                        .arg(b.line),
                    tr("sudo applies the last matching rule, so the tags here (%1) never take effect.")
                        .arg(QString::fromUtf8(a.tags.isEmpty() ? QByteArray("none") : a.tags)),
                    tr("Move this rule after the broader one, or remove it."));
                break;
            }
        }
    }

    if (!globalUsePty)
        add(QStringLiteral("sudoers.missing-use-pty"), Sev::Medium, files.isEmpty() ? QString() : files.first().path(),
            0, tr("Commands are not run in a separate pseudo-terminal (Defaults use_pty is not set)."),
            tr("Without use_pty a command run as root can push keystrokes into the user's terminal after sudo "
               "exits (TIOCSTI), and background processes keep the terminal."),
            tr("Add \"Defaults use_pty\"."));
    if (!globalLog)
        add(QStringLiteral("sudoers.missing-log"), Sev::Medium, files.isEmpty() ? QString() : files.first().path(), 0,
            tr("sudo keeps no log of its own (neither Defaults logfile nor log_output is set)."),
            tr("A dedicated sudo log (or I/O logs) lets you reconstruct who ran what as root even when syslog is "
               "lost or rotated."),
            tr("Add \"Defaults logfile=/var/log/sudo.log\" (and log_output for full session logs)."));
    if (!globalSecurePath)
        add(QStringLiteral("sudoers.missing-secure-path"), Sev::Medium,
            files.isEmpty() ? QString() : files.first().path(), 0, tr("Defaults secure_path is not set."),
            tr("Without it, commands run through sudo are looked up in the user's PATH, where a user-writable "
               "directory can put a fake program in front of the real one."),
            tr("Add Defaults secure_path=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"."));
    return out;
}

} // namespace Bulwark::Sudoers
