// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/DefaultsTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <algorithm>

namespace Bulwark::Sudoers {

namespace {

struct Option
{
    DefaultsTable::Type type;
    bool negatable;
    bool bare;
    const char *words; // Tuple values, space separated
};

using T = DefaultsTable::Type;

const QHash<QByteArray, Option> &table()
{
    static const QHash<QByteArray, Option> options = [] {
        QHash<QByteArray, Option> h;
        const char *flags[] = {"always_query_group_plugin",
                               "always_set_home",
                               "authenticate",
                               "case_insensitive_group",
                               "case_insensitive_user",
                               "closefrom_override",
                               "compress_io",
                               "env_editor",
                               "env_reset",
                               "exec_background",
                               "fast_glob",
                               "fqdn",
                               "ignore_audit_errors",
                               "ignore_dot",
                               "ignore_iolog_errors",
                               "ignore_local_sudoers",
                               "ignore_logfile_errors",
                               "ignore_unknown_defaults",
                               "insults",
                               "intercept",
                               "intercept_allow_setid",
                               "intercept_authenticate",
                               "intercept_verify",
                               "iolog_flush",
                               "log_allowed",
                               "log_denied",
                               "log_exit_status",
                               "log_host",
                               "log_input",
                               "log_output",
                               "log_passwords",
                               "log_server_keepalive",
                               "log_server_verify",
                               "log_stderr",
                               "log_stdin",
                               "log_stdout",
                               "log_subcmds",
                               "log_ttyin",
                               "log_ttyout",
                               "log_year",
                               "long_otp_prompt",
                               "mail_all_cmnds",
                               "mail_always",
                               "mail_badpass",
                               "mail_no_host",
                               "mail_no_perms",
                               "mail_no_user",
                               "match_group_by_gid",
                               "netgroup_tuple",
                               "noexec",
                               "noninteractive_auth",
                               "pam_acct_mgmt",
                               "pam_rhost",
                               "pam_ruser",
                               "pam_session",
                               "pam_setcred",
                               "passprompt_override",
                               "path_info",
                               "preserve_groups",
                               "pwfeedback",
                               "requiretty",
                               "root_sudo",
                               "rootpw",
                               "runas_allow_unknown_id",
                               "runas_check_shell",
                               "runaspw",
                               "selinux",
                               "set_home",
                               "set_logname",
                               "set_utmp",
                               "setenv",
                               "shell_noargs",
                               "stay_setuid",
                               "sudoedit_checkdir",
                               "sudoedit_follow",
                               "syslog_pid",
                               "targetpw",
                               "tty_tickets",
                               "umask_override",
                               "use_loginclass",
                               "use_netgroups",
                               "use_pty",
                               "user_command_timeouts",
                               "utmp_runas",
                               "visiblepw"};
        for (const char *n : flags)
            h.insert(n, {T::Flag, true, true, nullptr});
        const char *strings[] = {"apparmor_profile",
                                 "authfail_message",
                                 "badpass_message",
                                 "group_plugin",
                                 "iolog_file",
                                 "limitprivs",
                                 "mailsub",
                                 "pam_askpass_service",
                                 "pam_login_service",
                                 "pam_service",
                                 "passprompt",
                                 "privs",
                                 "role",
                                 "runas_default",
                                 "timestampowner",
                                 "type"};
        for (const char *n : strings)
            h.insert(n, {T::String, false, false, nullptr});
        const char *boolStrings[] = {"exempt_group", "iolog_group", "iolog_user", "mailerflags",
                                     "mailfrom",     "mailto",      "secure_path"};
        for (const char *n : boolStrings)
            h.insert(n, {T::String, true, false, nullptr});
        const char *paths[] = {"editor", "iolog_dir", "lecture_status_dir", "timestampdir"};
        for (const char *n : paths)
            h.insert(n, {T::Path, false, false, nullptr});
        const char *boolPaths[] = {"admin_flag",
                                   "env_file",
                                   "lecture_file",
                                   "log_server_cabundle",
                                   "log_server_peer_cert",
                                   "log_server_peer_key",
                                   "logfile",
                                   "mailerpath",
                                   "restricted_env_file",
                                   "runchroot",
                                   "runcwd"};
        for (const char *n : boolPaths)
            h.insert(n, {T::Path, true, false, nullptr});
        h.insert("passwd_tries", {T::Uint, false, false, nullptr});
        h.insert("syslog_maxlen", {T::Uint, false, false, nullptr});
        h.insert("maxseq", {T::Uint, false, false, nullptr});
        h.insert("loglinelen", {T::Uint, true, false, nullptr});
        h.insert("closefrom", {T::Int, false, false, nullptr});
        h.insert("iolog_mode", {T::Mode, false, false, nullptr});
        h.insert("umask", {T::Mode, true, false, nullptr});
        h.insert("command_timeout", {T::Timeout, true, false, nullptr});
        h.insert("log_server_timeout", {T::Timeout, true, false, nullptr});
        h.insert("passwd_timeout", {T::Float, true, false, nullptr});
        h.insert("timestamp_timeout", {T::Float, true, false, nullptr});
        const char *lists[] = {"env_check", "env_delete", "env_keep", "log_servers", "passprompt_regex"};
        for (const char *n : lists)
            h.insert(n, {T::List, true, false, nullptr});
        const char *rlimits[] = {"rlimit_as",    "rlimit_core",  "rlimit_cpu",     "rlimit_data",
                                 "rlimit_fsize", "rlimit_locks", "rlimit_memlock", "rlimit_nofile",
                                 "rlimit_nproc", "rlimit_rss",   "rlimit_stack"};
        for (const char *n : rlimits)
            h.insert(n, {T::Rlimit, true, false, nullptr});
        h.insert("lecture", {T::Tuple, true, true, "never once always"});
        h.insert("listpw", {T::Tuple, true, true, "never any all always"});
        h.insert("verifypw", {T::Tuple, true, true, "never any all always"});
        h.insert("fdexec", {T::Tuple, true, true, "never digest_only always"});
        h.insert("intercept_type", {T::Tuple, true, false, "dso trace"});
        h.insert("log_format", {T::Tuple, true, false, "sudo json"});
        h.insert("timestamp_type", {T::Tuple, true, false, "global ppid tty kernel"});
        h.insert("syslog", {T::Facility, true, true,
                            "authpriv auth daemon user local0 local1 local2 local3 local4 "
                            "local5 local6 local7"});
        h.insert("syslog_goodpri", {T::Priority, true, false, "alert crit debug emerg err info notice warning none"});
        h.insert("syslog_badpri", {T::Priority, true, false, "alert crit debug emerg err info notice warning none"});
        return h;
    }();
    return options;
}

bool allDigits(const QByteArray &v, qsizetype maxLen)
{
    if (v.isEmpty() || v.size() > maxLen)
        return false;
    for (char c : v)
        if (c < '0' || c > '9')
            return false;
    return true;
}

bool validTimeout(const QByteArray &v)
{
    if (allDigits(v, 6))
        return true;
    // 1d2h3m4s: each unit once, in this order
    const QByteArray units = "dhms";
    qsizetype pos = 0;
    int lastUnit = -1;
    while (pos < v.size()) {
        qsizetype start = pos;
        while (pos < v.size() && v.at(pos) >= '0' && v.at(pos) <= '9')
            ++pos;
        if (pos == start || pos - start > 4 || pos >= v.size())
            return false;
        const int unit = int(units.indexOf(v.at(pos)));
        if (unit <= lastUnit)
            return false;
        lastUnit = unit;
        ++pos;
    }
    return lastUnit >= 0;
}

bool validFloat(const QByteArray &v)
{
    QByteArray s = v;
    if (s.startsWith('-'))
        s = s.mid(1);
    const qsizetype dot = s.indexOf('.');
    if (dot < 0)
        return allDigits(s, 6);
    return allDigits(s.left(dot), 6) && allDigits(s.mid(dot + 1), 6);
}

bool validRlimitPart(const QByteArray &v)
{
    return v == "infinity" || allDigits(v, 12);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Sudoers::DefaultsTable", text);
}

} // namespace

QList<QByteArray> DefaultsTable::names()
{
    QList<QByteArray> out = table().keys();
    std::sort(out.begin(), out.end());
    return out;
}

DefaultsTable::Type DefaultsTable::type(const QByteArray &name)
{
    const auto it = table().constFind(name);
    return it == table().constEnd() ? Type::Unknown : it->type;
}

bool DefaultsTable::negatable(const QByteArray &name)
{
    const auto it = table().constFind(name);
    return it != table().constEnd() && it->negatable;
}

bool DefaultsTable::bareAllowed(const QByteArray &name)
{
    const auto it = table().constFind(name);
    return it != table().constEnd() && it->bare;
}

QString DefaultsTable::check(const DefaultsEntry &e)
{
    const auto it = table().constFind(e.name);
    if (it == table().constEnd())
        return tr("unknown Defaults option \"%1\"").arg(QString::fromUtf8(e.name));
    const Option &o = *it;
    const QString name = QString::fromUtf8(e.name);
    if (e.op == DefaultsEntry::Operator::Negate) {
        if (e.hasValue)
            return tr("\"!%1\" cannot take a value").arg(name);
        if (!o.negatable)
            return tr("option \"%1\" cannot be negated with '!'").arg(name);
        return {};
    }
    if (!e.hasValue) {
        if (!o.bare)
            return tr("option \"%1\" needs a value").arg(name);
        return {};
    }
    if (o.type == T::Flag)
        return tr("option \"%1\" is a flag and does not take a value").arg(name);
    if ((e.op == DefaultsEntry::Operator::Add || e.op == DefaultsEntry::Operator::Remove) && o.type != T::List)
        return tr("only list options can use += or -=; \"%1\" is not a list").arg(name);
    const QByteArray &v = e.value;
    if (v.isEmpty())
        return tr("option \"%1\" has an empty value").arg(name);
    bool good = true;
    switch (o.type) {
    case T::Unknown:
    case T::Flag:
        good = false;
        break;
    case T::String:
    case T::List:
        break;
    case T::Path:
        good = v.startsWith('/');
        break;
    case T::Uint:
        good = allDigits(v, 9);
        break;
    case T::Int:
        good = allDigits(v.startsWith('-') ? v.mid(1) : v, 9);
        break;
    case T::Mode: {
        good = allDigits(v, 4) && !v.contains('8') && !v.contains('9') && v.toInt(nullptr, 8) <= 0777;
        break;
    }
    case T::Float:
        good = validFloat(v);
        break;
    case T::Timeout:
        good = validTimeout(v);
        break;
    case T::Rlimit: {
        const QList<QByteArray> parts = v.split(',');
        good = parts.size() <= 2;
        for (const QByteArray &p : parts)
            good = good && validRlimitPart(p);
        break;
    }
    case T::Tuple:
    case T::Facility:
    case T::Priority:
        good = QByteArray(o.words).split(' ').contains(v);
        break;
    }
    if (!good)
        return tr("value \"%1\" is not valid for option \"%2\"").arg(QString::fromUtf8(v), name);
    return {};
}

} // namespace Bulwark::Sudoers
