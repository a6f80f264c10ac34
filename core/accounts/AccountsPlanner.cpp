// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/AccountsPlanner.h"

#include "core/plan/SudoAccess.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

namespace Bulwark::Plan {

namespace {

using Kind = AccountAction::Kind;

const char *const context = "Bulwark::Plan::AccountsPlanner";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

Error refuse(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

const QString &rootName()
{
    static const QString name = QStringLiteral("root");
    return name;
}

QList<QJsonObject> accountsOf(const QJsonObject &facts)
{
    QList<QJsonObject> accounts;
    for (const QJsonValue &value : facts.value(QStringLiteral("accounts")).toArray()) {
        if (value.isObject())
            accounts.append(value.toObject());
    }
    return accounts;
}

std::optional<QJsonObject> accountOf(const QJsonObject &facts, const QString &name)
{
    for (const QJsonObject &account : accountsOf(facts)) {
        if (account.value(QStringLiteral("name")).toString() == name)
            return account;
    }
    return std::nullopt;
}

QString str(const QJsonObject &account, const char *key)
{
    return account.value(QLatin1String(key)).toString();
}

qint64 uidOf(const QJsonObject &account)
{
    return qint64(account.value(QStringLiteral("uid")).toDouble(-1));
}

bool flag(const QJsonObject &account, const char *key)
{
    return account.value(QLatin1String(key)).toBool();
}

// The operator's user id: root's when Bulwark is root, else its account's in the facts (-1: unknown).
qint64 operatorUid(const QJsonObject &facts, const Facts::AccountsSnapshot &host)
{
    const SudoIdentity &identity = host.sudoers.identity;
    if (identity.isRoot)
        return 0;
    const auto account = accountOf(facts, identity.user);
    return account ? uidOf(*account) : -1;
}

bool logsInByKey(const Facts::AccountsSnapshot &host)
{
    return host.loginMethod.startsWith(QLatin1String("publickey"));
}

qint64 today()
{
    return QDate(1970, 1, 1).daysTo(QDateTime::currentDateTimeUtc().date());
}

// shadow's expiry column: "" never expires, else days since 1970.
bool isExpired(const QString &expiry)
{
    bool ok = false;
    const qint64 days = expiry.toLongLong(&ok);
    return ok && days >= 0 && days <= today();
}

QString expiryText(const QString &expiry)
{
    bool ok = false;
    const qint64 days = expiry.toLongLong(&ok);
    if (expiry.isEmpty() || !ok || days < 0)
        return tr("never expires");
    return tr("expires %1").arg(QDate(1970, 1, 1).addDays(days).toString(Qt::ISODate));
}

// The value `usermod -e` takes to put expiry `days` back: "" (never) or the date.
QString usermodExpiry(const QString &expiry)
{
    bool ok = false;
    const qint64 days = expiry.toLongLong(&ok);
    if (expiry.isEmpty() || !ok || days < 0)
        return QString();
    return QDate(1970, 1, 1).addDays(days).toString(Qt::ISODate);
}

QString passwordText(const QString &passwordClass)
{
    if (passwordClass == u"set")
        return tr("password usable");
    if (passwordClass == u"empty")
        return tr("password empty");
    if (passwordClass == u"locked")
        return tr("password locked");
    return tr("no password");
}

// The groups `name` belongs to: /etc/group member lists and its primary group (the snapshot's when read, else the
// sudo/wheel/adm/admin lists of the facts).
QStringList groupsOf(const QJsonObject &facts, const Facts::AccountsSnapshot &host, const QString &name)
{
    QStringList groups;
    const auto account = accountOf(facts, name);
    if (host.groupsRead) {
        for (const Facts::GroupEntry &entry : host.groups) {
            if (entry.members.contains(name) ||
                (account && entry.gid == qint64(account->value(QStringLiteral("gid")).toDouble(-2))))
                groups.append(entry.name);
        }
    } else {
        const QJsonObject factGroups = facts.value(QStringLiteral("groups")).toObject();
        for (auto it = factGroups.begin(); it != factGroups.end(); ++it) {
            for (const QJsonValue &member : it.value().toArray()) {
                if (member.toString() == name)
                    groups.append(it.key());
            }
        }
    }
    groups.removeDuplicates();
    return groups;
}

// A fixed awk program over one of /etc/passwd, /etc/group, /etc/shadow; account names go in as awk variables
// (validated names: no backslash, so awk's escape processing leaves them as they are). `n` is the name before the
// plan, `m` after it (the same unless the plan renames the account), so the check holds before and after a rename
// in the same plan.
CommandCheck awkCheck(const QString &program, const QString &file, const QString &name, const QString &finalName,
                      const QString &expected)
{
    return CommandCheck({QStringLiteral("awk"), QStringLiteral("-F:"), QStringLiteral("-v"),
                         QStringLiteral("n=") + name, QStringLiteral("-v"), QStringLiteral("m=") + finalName, program,
                         file},
                        {expected});
}

// Prints the class of the shadow password as the scan's probe computes it (resources/probes/linux.sh), never the
// hash itself.
CommandCheck passwordCheck(const QString &name, const QString &finalName, const QString &expected)
{
    static const QString program =
        QStringLiteral("$1 == n || $1 == m { p = $2; l = sub(/^!+/, \"\", p); h = p ~ /^\\$/ || length(p) == 13; "
                       "print ($2 == \"\" ? \"empty\" : h ? (l ? \"locked\" : \"set\") : \"none\") }");
    return awkCheck(program, QStringLiteral("/etc/shadow"), name, finalName, expected);
}

CommandCheck expiryCheck(const QString &name, const QString &finalName, const QString &expected)
{
    return awkCheck(QStringLiteral("$1 == n || $1 == m { print $8 }"), QStringLiteral("/etc/shadow"), name, finalName,
                    expected);
}

CommandCheck shellCheck(const QString &name, const QString &finalName, const QString &expected)
{
    return awkCheck(QStringLiteral("$1 == n || $1 == m { print $7 }"), QStringLiteral("/etc/passwd"), name, finalName,
                    expected);
}

CommandCheck nameHomeCheck(const QString &oldName, const QString &newName, const QString &expected)
{
    return awkCheck(QStringLiteral("$1 == n || $1 == m { print $1 \":\" $6 }"), QStringLiteral("/etc/passwd"), oldName,
                    newName, expected);
}

CommandCheck groupCheck(const QString &oldName, const QString &newName, const QString &expected)
{
    return awkCheck(QStringLiteral("$1 == n || $1 == m { print $1 \":\" $3 }"), QStringLiteral("/etc/group"), oldName,
                    newName, expected);
}

QStringList usermod(const QStringList &options, const QString &name)
{
    return QStringList{QStringLiteral("usermod")} + options + QStringList{QStringLiteral("--"), name};
}

CommandStep accessStep(const QStringList &argv, const QString &description)
{
    CommandStep step(argv, description);
    step.setAccessAffecting(true);
    step.setElevate(true);
    return step;
}

// The home a rename moves to: the old home's directory with the new name, when the old home is named after the
// account; "" otherwise.
QString movedHome(const QString &home, const QString &oldName, const QString &newName)
{
    if (!home.startsWith(u'/') || QDir::cleanPath(home) != home || !home.endsWith(u'/' + oldName) ||
        home == u'/' + oldName)
        return QString();
    return home.left(home.size() - oldName.size()) + newName;
}

bool isNologinPath(const QString &shell)
{
    static const QRegularExpression re(QStringLiteral("^(/[A-Za-z0-9_.+-]+)+$"));
    const QString base = shell.section(u'/', -1);
    return re.match(shell).hasMatch() && QDir::cleanPath(shell) == shell && (base == u"nologin" || base == u"false");
}

bool mentionsWord(const QString &text, const QString &word)
{
    const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9_.$-])") + QRegularExpression::escape(word) +
                                QStringLiteral("(?![A-Za-z0-9_.$-])"));
    return re.match(text).hasMatch();
}

QString kindOrderKey(Kind kind)
{
    return QString::number(int(kind));
}

} // namespace

bool AccountsPlanner::isValidAccountName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._-]{0,30}[A-Za-z0-9._$-]?$"));
    return re.match(name).hasMatch();
}

bool AccountsPlanner::isValidNewName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_-]{0,30}[$]?$"));
    return re.match(name).hasMatch();
}

QString AccountsPlanner::nologinShell(const QJsonObject &facts, const Facts::AccountsSnapshot &host)
{
    if (!host.nologinShells.isEmpty())
        return host.nologinShells.constFirst();
    QHash<QString, int> counts;
    for (const QJsonObject &account : accountsOf(facts)) {
        const QString shell = str(account, "shell");
        if (shell.section(u'/', -1) == u"nologin" && isNologinPath(shell))
            ++counts[shell];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best) || (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

QStringList AccountsPlanner::workingAdmins(const QJsonObject &facts, const Facts::AccountsSnapshot &host,
                                           const QStringList &excluded)
{
    const QList<Sudoers::SudoersFile> files = host.sudoers.tree.files();
    if (files.isEmpty())
        return {};
    const SudoIdentity &me = host.sudoers.identity;
    QStringList admins;
    for (const QJsonObject &account : accountsOf(facts)) {
        const QString name = str(account, "name");
        if (name == rootName() || uidOf(account) == 0 || excluded.contains(name) || !flag(account, "loginShell"))
            continue;
        if (name == me.user && !me.isRoot) {
            // Bulwark's own account demonstrably logs in; its sudo works as SudoAccess says with what it can answer.
            const SudoAccess::Answer answer = SudoAccess::evaluate(files, me);
            if (answer.level == SudoAccess::Level::NoPassword ||
                (answer.level == SudoAccess::Level::NeedsPassword && me.hasSudoPassword))
                admins.append(name);
            continue;
        }
        // Anyone else: a usable password (to log in and answer sudo) on an account known not to be expired.
        if (str(account, "password") != u"set" || !host.shadowRead || !host.expiry.contains(name) ||
            isExpired(host.expiry.value(name)))
            continue;
        SudoIdentity identity;
        identity.user = name;
        identity.groups = groupsOf(facts, host, name);
        identity.host = me.host;
        identity.hasSudoPassword = true;
        const SudoAccess::Answer answer = SudoAccess::evaluate(files, identity);
        if (answer.level == SudoAccess::Level::NoPassword || answer.level == SudoAccess::Level::NeedsPassword)
            admins.append(name);
    }
    return admins;
}

QStringList AccountsPlanner::references(const QJsonObject &facts, const QString &name,
                                        const Facts::AccountsSnapshot &host)
{
    QStringList out;
    // sudoers: every line of the configuration that names the account (the facts' rules when it was not read).
    const QList<Sudoers::SudoersFile> files = host.sudoers.tree.files();
    if (!files.isEmpty()) {
        for (const Sudoers::SudoersFile &file : files) {
            const QList<QByteArray> lines = file.toBytes().split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString line = QString::fromUtf8(lines.at(i)).trimmed();
                if (line.startsWith(u'#') && !line.startsWith(QLatin1String("#include")))
                    continue;
                if (mentionsWord(line, name))
                    out.append(tr("%1, line %2 names %3 (\"%4\"): sudo will not apply it to the new name until it is "
                                  "changed in the sudoers editor.")
                                   .arg(file.path())
                                   .arg(i + 1)
                                   .arg(name, line.left(120)));
            }
        }
    } else {
        const QJsonObject sudoers = facts.value(QStringLiteral("sudoers")).toObject();
        for (const QJsonValue &value : sudoers.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject rule = value.toObject();
            if (mentionsWord(str(rule, "who"), name))
                out.append(tr("%1, line %2 names %3 (\"%4\"): sudo will not apply it to the new name until it is "
                              "changed in the sudoers editor.")
                               .arg(str(rule, "file"))
                               .arg(rule.value(QStringLiteral("line")).toInt())
                               .arg(name, str(rule, "text").left(120)));
        }
    }
    // sshd: AllowUsers / DenyUsers patterns name users as "user" or "user@host".
    const QJsonObject sshd =
        facts.value(QStringLiteral("sshd")).toObject().value(QStringLiteral("effective")).toObject();
    for (const auto &[key, label, consequence] :
         {std::tuple{"allowusers", "AllowUsers",
                     QT_TRANSLATE_NOOP("Bulwark::Plan::AccountsPlanner",
                                       "after the rename the account cannot log in over SSH until the SSH settings "
                                       "name the new one.")},
          std::tuple{"denyusers", "DenyUsers",
                     QT_TRANSLATE_NOOP("Bulwark::Plan::AccountsPlanner",
                                       "after the rename sshd no longer denies the account.")}}) {
        for (const QString &pattern : sshd.value(QLatin1String(key))
                                          .toString()
                                          .split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts)) {
            if (pattern.section(u'@', 0, 0) == name) {
                out.append(tr("sshd's %1 names %2: %3").arg(QLatin1String(label), name, tr(consequence)));
                break;
            }
        }
    }
    // Group member lists: usermod -l rewrites them.
    if (host.groupsRead) {
        QStringList memberOf;
        for (const Facts::GroupEntry &entry : host.groups) {
            if (entry.members.contains(name))
                memberOf.append(entry.name);
        }
        if (!memberOf.isEmpty())
            out.append(tr("%1 is a member of %2; usermod updates these member lists in /etc/group and /etc/gshadow.")
                           .arg(name, memberOf.join(QStringLiteral(", "))));
    }
    for (const QString &path : host.crontabs) {
        if (path.section(u'/', -1) == name)
            out.append(tr("The crontab %1 keeps the old name: cron stops running it until it is renamed after the new "
                          "name.")
                           .arg(path));
    }
    for (const QString &path : host.mailSpools) {
        if (path.section(u'/', -1) == name)
            out.append(tr("The mail spool %1 keeps the old name: mail already there is not found under the new name "
                          "until it is renamed.")
                           .arg(path));
    }
    const auto account = accountOf(facts, name);
    if (account && host.processesRead && host.processUids.contains(uidOf(*account)) && uidOf(*account) != 0)
        out.append(tr("%1 has running processes (a login, a service or a job): usermod refuses to rename an account "
                      "that is in use, so the change fails and is undone unless they are stopped first.")
                       .arg(name));
    return out;
}

QStringList AccountsPlanner::ruleIdsFor(const QJsonObject &account, AccountAction::Kind kind, bool adminsExist)
{
    QStringList ids;
    const QString name = str(account, "name");
    const bool extraRoot = uidOf(account) == 0 && name != rootName();
    if (extraRoot && kind != Kind::Rename)
        ids.append(QStringLiteral("BW-LNX-ACC-002"));
    if (kind == Kind::LockPassword && str(account, "password") == u"empty")
        ids.append(QStringLiteral("BW-LNX-ACC-001"));
    if (kind == Kind::SetNologin && flag(account, "system") && flag(account, "loginShell") && name != rootName())
        ids.append(QStringLiteral("BW-LNX-ACC-003"));
    if (kind == Kind::LockPassword && name == rootName() && adminsExist)
        ids.append(QStringLiteral("BW-LNX-ACC-005"));
    return ids;
}

QString AccountsPlanner::refusal(const QJsonObject &facts, const AccountAction &action,
                                 const Facts::AccountsSnapshot &host)
{
    const QString &name = action.account;
    if (!isValidAccountName(name))
        return tr("\"%1\" is not a valid account name.").arg(name.left(64));
    const auto account = accountOf(facts, name);
    if (!account)
        return tr("%1 is not an account on this host (the last scan did not list it).").arg(name);
    const SudoIdentity &me = host.sudoers.identity;
    if (me.user.isEmpty())
        return tr("Bulwark does not know which account it logs in as, so it changes no account; read the host "
                  "again.");
    const bool isRoot = name == rootName();
    // Root's own password is the one exception: locking it is weighed below (how Bulwark logs in as root).
    if (name == me.user && !(isRoot && action.kind == Kind::LockPassword))
        return tr("Bulwark logs in as %1: changing it could lock you out, so it is left alone.").arg(name);
    switch (action.kind) {
    case Kind::LockPassword: {
        const QString password = str(*account, "password");
        if (password.isEmpty())
            return tr("The password state of %1 is not known (the scan could not read /etc/shadow), so the lock could "
                      "not be undone exactly; scan with sudo first.")
                .arg(name);
        if (isRoot) {
            if (me.isRoot && !logsInByKey(host))
                return tr("Bulwark logs in as root %1: locking root's password would lock it out. Log in with an SSH "
                          "key or as an administrator with sudo first.")
                    .arg(host.loginMethod.isEmpty() ? tr("by a method it cannot tell")
                                                    : tr("with \"%1\"").arg(host.loginMethod));
            if (workingAdmins(facts, host).isEmpty())
                return tr("No other account is certain to keep working sudo (a usable password, not expired, and a "
                          "sudo rule Bulwark can evaluate), so locking root's password could leave nobody able to "
                          "become root.");
        }
        return QString();
    }
    case Kind::Expire:
        if (isRoot)
            return tr("root is never expired: the console and rescue logins need it. Lock its password instead.");
        if (!host.shadowRead || !host.expiry.contains(name))
            return tr("The expiry date of %1 is not known (/etc/shadow was not read), so it could not be restored "
                      "exactly.")
                .arg(name);
        return QString();
    case Kind::SetNologin:
        if (isRoot)
            return tr("root keeps its shell: sudo -i, su and the rescue console need it. Lock its password instead.");
        if (!action.argument.isEmpty() && !isNologinPath(action.argument))
            return tr("\"%1\" is not a nologin or false program.").arg(action.argument.left(200));
        if (action.argument.isEmpty() && nologinShell(facts, host).isEmpty())
            return tr("Bulwark found no nologin program on this host (/usr/sbin/nologin or /sbin/nologin).");
        return QString();
    case Kind::Rename: {
        if (isRoot)
            return tr("root is never renamed: the system and many programs look it up by that name.");
        const qint64 mine = operatorUid(facts, host);
        if (mine < 0 || uidOf(*account) == mine)
            return tr("%1 has the user id Bulwark logs in with (%2), so renaming it could change who Bulwark is; it is "
                      "left alone.")
                .arg(name)
                .arg(mine < 0 ? tr("unknown") : QString::number(mine));
        const QString &newName = action.argument;
        if (!isValidNewName(newName))
            return tr("\"%1\" is not a name Bulwark gives an account: start with a lower-case letter or _, then "
                      "lower-case letters, digits, _ or -, at most 32 characters.")
                .arg(newName.left(64));
        if (newName == name)
            return tr("The new name of %1 is the same as the old one.").arg(name);
        if (accountOf(facts, newName))
            return tr("An account named %1 exists already.").arg(newName);
        if (!host.groupsRead)
            return tr("/etc/group was not read, so Bulwark cannot tell whether the group of %1 should be renamed too.")
                .arg(name);
        if (host.group(newName))
            return tr("A group named %1 exists already.").arg(newName);
        if (action.moveHome && movedHome(str(*account, "home"), name, newName).isEmpty())
            return tr("The home directory of %1 is %2, which is not named after the account; rename it without "
                      "moving the home.")
                .arg(name, str(*account, "home"));
        return QString();
    }
    }
    return QString();
}

QList<AccountCandidate> AccountsPlanner::candidates(const QJsonObject &facts, const Facts::AccountsSnapshot *host)
{
    bool adminsExist = false;
    if (host) {
        adminsExist = !workingAdmins(facts, *host).isEmpty();
    } else {
        const QJsonObject groups = facts.value(QStringLiteral("groups")).toObject();
        adminsExist = !groups.value(QStringLiteral("sudo")).toArray().isEmpty() ||
                      !groups.value(QStringLiteral("wheel")).toArray().isEmpty();
    }
    const QString me = host ? host->sudoers.identity.user : QString();

    QList<std::pair<int, AccountCandidate>> ranked;
    for (const QJsonObject &account : accountsOf(facts)) {
        AccountCandidate c;
        c.name = str(account, "name");
        c.uid = uidOf(account);
        c.shell = str(account, "shell");
        c.password = str(account, "password");
        c.lastLogin = str(account, "lastLogin");
        c.system = flag(account, "system");
        c.loginShell = flag(account, "loginShell");
        const bool isRoot = c.name == rootName();
        int rank = 100;
        QStringList findings;
        QStringList advice;
        if (c.uid == 0 && !isRoot) {
            rank = std::min(rank, 0);
            c.ruleIds.append(QStringLiteral("BW-LNX-ACC-002"));
            findings.append(tr("user id 0: root power under another name"));
            advice.append(tr("Lock, expire and set nologin; then find out who created it (its user id is not "
                             "changed)."));
            c.suggestLock = c.password == u"set" || c.password == u"empty";
            c.suggestExpire = true;
            c.suggestNologin = c.loginShell;
        }
        if (c.loginShell && (c.password == u"empty" || c.password == u"none") && !isRoot) {
            rank = std::min(rank, 1);
            if (c.password == u"empty") {
                c.ruleIds.append(QStringLiteral("BW-LNX-ACC-001"));
                findings.append(tr("empty password: anyone can log in without one"));
                advice.append(tr("Lock the password; set a new one with its user if it is needed."));
                c.suggestLock = true;
            } else {
                findings.append(tr("no password but a login shell (SSH keys may still log in)"));
                if (!c.system)
                    advice.append(tr("Expire it if nobody uses it any more."));
            }
        }
        if (c.system && c.loginShell && !isRoot) {
            rank = std::min(rank, 2);
            c.ruleIds.append(QStringLiteral("BW-LNX-ACC-003"));
            findings.append(c.lastLogin.isEmpty() ? tr("system account with a login shell, never logged in")
                                                  : tr("system account with a login shell"));
            if (c.uid != 0)
                advice.append(tr("Set its shell to nologin; the service it runs is not affected."));
            c.suggestNologin = true;
        }
        if (isRoot && c.password == u"set" && adminsExist) {
            rank = std::min(rank, 3);
            c.ruleIds.append(QStringLiteral("BW-LNX-ACC-005"));
            findings.append(tr("root has a usable password while administrators use sudo"));
            advice.append(tr("Lock root's password; administrators use sudo -i."));
            c.suggestLock = true;
        }
        if (rank == 100)
            continue;
        c.ruleIds.removeDuplicates();
        c.finding = findings.join(QStringLiteral("; "));
        c.recommendation = advice.join(u' ');
        if (!me.isEmpty() && c.name == me) {
            c.isOperator = true;
            // Bulwark as root with an SSH key may still lock root's password; refusal() decides per action.
            if (!isRoot || !refusal(facts, {Kind::LockPassword, c.name, {}, false}, *host).isEmpty()) {
                c.refusal = tr("you are logged in as this account");
                c.suggestLock = false;
            }
            c.suggestExpire = c.suggestNologin = false;
        }
        ranked.append({rank, c});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<AccountCandidate> out;
    for (const auto &entry : ranked)
        out.append(entry.second);
    return out;
}

Result<ChangePlan> AccountsPlanner::plan(const QJsonObject &facts, const AccountsChoice &choice,
                                         const Facts::AccountsSnapshot &host)
{
    if (choice.actions.isEmpty())
        return refuse(tr("No account change was chosen."));

    // One action of each kind per account, in the order lock, expire, nologin, rename.
    QList<AccountAction> actions;
    QSet<QString> seen;
    for (const AccountAction &action : choice.actions) {
        const QString key = kindOrderKey(action.kind) + u'\n' + action.account;
        if (seen.contains(key)) {
            if (action.kind == Kind::Rename)
                return refuse(tr("%1 is renamed twice in the same plan.").arg(action.account));
            continue;
        }
        seen.insert(key);
        actions.append(action);
    }
    std::stable_sort(actions.begin(), actions.end(),
                     [](const AccountAction &a, const AccountAction &b) { return int(a.kind) < int(b.kind); });

    QHash<QString, QString> finalName;
    QStringList touched;
    for (const AccountAction &action : std::as_const(actions)) {
        if (const QString why = refusal(facts, action, host); !why.isEmpty())
            return refuse(why);
        touched.append(action.account);
        if (action.kind == Kind::Rename) {
            for (auto it = finalName.cbegin(); it != finalName.cend(); ++it) {
                if (it.value() == action.argument)
                    return refuse(
                        tr("%1 and %2 cannot both be renamed to %3.").arg(it.key(), action.account, action.argument));
            }
            finalName.insert(action.account, action.argument);
        }
    }
    touched.removeDuplicates();
    // Locking root's password: someone outside this plan must keep working sudo.
    QStringList admins;
    for (const AccountAction &action : std::as_const(actions)) {
        if (action.kind == Kind::LockPassword && action.account == rootName()) {
            admins = workingAdmins(facts, host, touched);
            if (admins.isEmpty())
                return refuse(tr("This plan also changes every other account that has working sudo, so locking "
                                 "root's password could leave nobody able to become root."));
        }
    }

    ChangePlan plan;
    plan.setHostDisplayName(
        choice.hostDisplayName.isEmpty()
            ? facts.value(QStringLiteral("host")).toObject().value(QStringLiteral("hostname")).toString()
            : choice.hostDisplayName);
    plan.setCreated(QDateTime::currentDateTimeUtc());
    const QStringList sudoers = workingAdmins(facts, host);
    bool adminsExist = !sudoers.isEmpty();
    QStringList skipped;
    QSet<QString> extraRootWarned;

    for (const AccountAction &action : std::as_const(actions)) {
        const QString &name = action.account;
        const QJsonObject account = *accountOf(facts, name);
        const QString after = finalName.value(name, name);
        const QStringList ruleIds = ruleIdsFor(account, action.kind, adminsExist);
        if (uidOf(account) == 0 && name != rootName() && !extraRootWarned.contains(name)) {
            extraRootWarned.insert(name);
            plan.addWarning(tr("%1 has user id 0, which gives it root power under another name. Bulwark does not "
                               "change its user id; once it is locked, find out who created it and remove it "
                               "(userdel) when nobody needs it.")
                                .arg(name));
        }
        switch (action.kind) {
        case Kind::LockPassword: {
            const QString before = str(account, "password");
            if (before == u"locked" || before == u"none") {
                skipped.append(tr("the password of %1 is already unusable (%2)").arg(name, passwordText(before)));
                continue;
            }
            const QString locked = before == u"empty" ? QStringLiteral("none") : QStringLiteral("locked");
            CommandStep step = accessStep(usermod({QStringLiteral("-L")}, name),
                                          tr("%1: %2 -> %3").arg(name, passwordText(before), passwordText(locked)));
            step.setVerify({passwordCheck(name, after, locked)});
            CommandStep undo;
            if (before == u"empty") {
                // usermod -U refuses to unlock to an empty password; passwd -d puts the empty password back.
                undo = accessStep({QStringLiteral("passwd"), QStringLiteral("-d"), QStringLiteral("--"), name},
                                  tr("Make the password of %1 empty again, as it was").arg(name));
                plan.addWarning(tr("%1 had an empty password. Locking it stops logins without a password; undoing "
                                   "the change makes the password empty again.")
                                    .arg(name));
            } else {
                undo =
                    accessStep(usermod({QStringLiteral("-U")}, name), tr("Unlock the password of %1 again").arg(name));
            }
            undo.setVerify({passwordCheck(name, name, before)});
            step.setInverse({undo});
            if (name == rootName()) {
                plan.addWarning(tr("root's password will be locked: \"su -\" and console logins as root stop working; "
                                   "use sudo -i instead, and boot into rescue mode (or a documented break-glass "
                                   "procedure) for recovery. Accounts that keep working sudo: %1.")
                                    .arg(admins.join(QStringLiteral(", "))));
            } else {
                plan.addWarning(
                    tr("The password of %1 stops working; SSH keys, if it has any, still log in.").arg(name));
                if (sudoers.contains(name))
                    plan.addWarning(tr("%1 uses sudo with its password: once it is locked, sudo asks %1 for a password "
                                       "that no longer works.")
                                        .arg(name));
            }
            plan.append(Change(tr("Lock the password of %1").arg(name), step, ruleIds));
            break;
        }
        case Kind::Expire: {
            const QString before = host.expiry.value(name);
            if (isExpired(before)) {
                skipped.append(tr("%1 has already expired (%2)").arg(name, expiryText(before)));
                continue;
            }
            CommandStep step = accessStep(
                usermod({QStringLiteral("-e"), QStringLiteral("1")}, name),
                tr("%1: account %2 -> expired since 1970-01-02 (no login of any kind)").arg(name, expiryText(before)));
            step.setVerify({expiryCheck(name, after, QStringLiteral("1"))});
            CommandStep undo = accessStep(usermod({QStringLiteral("-e"), usermodExpiry(before)}, name),
                                          tr("Give %1 its old expiry back (%2)").arg(name, expiryText(before)));
            undo.setVerify({expiryCheck(name, name, before)});
            step.setInverse({undo});
            if (sudoers.contains(name))
                plan.addWarning(
                    tr("%1 can use sudo; once it has expired it can no longer log in to use it.").arg(name));
            plan.append(Change(tr("Expire the account %1").arg(name), step, ruleIds));
            break;
        }
        case Kind::SetNologin: {
            const QString shell = action.argument.isEmpty() ? nologinShell(facts, host) : action.argument;
            const QString before = str(account, "shell");
            if (before == shell || !flag(account, "loginShell")) {
                skipped.append(tr("%1 already has no login shell (%2)").arg(name, before));
                continue;
            }
            CommandStep step =
                accessStep(usermod({QStringLiteral("-s"), shell}, name),
                           tr("%1: shell %2 -> %3").arg(name, before.isEmpty() ? tr("(default)") : before, shell));
            step.setVerify({shellCheck(name, after, shell)});
            CommandStep undo = accessStep(usermod({QStringLiteral("-s"), before}, name),
                                          tr("Give %1 its shell %2 back").arg(name, before));
            undo.setVerify({shellCheck(name, name, before)});
            step.setInverse({undo});
            if (sudoers.contains(name))
                plan.addWarning(
                    tr("%1 can use sudo; without a login shell it can no longer log in to use it.").arg(name));
            plan.append(Change(tr("Set the shell of %1 to nologin").arg(name), step, ruleIds));
            break;
        }
        case Kind::Rename: {
            const QString &newName = action.argument;
            const QString home = str(account, "home");
            const QString newHome = action.moveHome ? movedHome(home, name, newName) : home;
            QStringList options{QStringLiteral("-l"), newName};
            if (action.moveHome)
                options << QStringLiteral("-d") << newHome << QStringLiteral("-m");
            CommandStep step =
                accessStep(usermod(options, name), action.moveHome
                                                       ? tr("%1 -> %2; home %3 -> %4").arg(name, newName, home, newHome)
                                                       : tr("%1 -> %2; home stays %3").arg(name, newName, home));
            step.setVerify({nameHomeCheck(name, newName, newName + u':' + newHome)});
            QStringList back{QStringLiteral("-l"), name};
            if (action.moveHome)
                back << QStringLiteral("-d") << home << QStringLiteral("-m");
            CommandStep undo = accessStep(usermod(back, newName), tr("Rename %1 back to %2").arg(newName, name));
            undo.setVerify({nameHomeCheck(name, newName, name + u':' + home)});
            step.setInverse({undo});
            plan.append(Change(tr("Rename the account %1 to %2").arg(name, newName), step, ruleIds));

            const qint64 gid = qint64(account.value(QStringLiteral("gid")).toDouble(-1));
            const Facts::GroupEntry *group = host.group(name);
            if (group && group->gid == gid) {
                const QString id = QString::number(gid);
                CommandStep groupStep =
                    accessStep({QStringLiteral("groupmod"), QStringLiteral("-n"), newName, QStringLiteral("--"), name},
                               tr("group %1 -> %2 (gid %3)").arg(name, newName, id));
                groupStep.setVerify({groupCheck(name, newName, newName + u':' + id)});
                CommandStep groupUndo =
                    accessStep({QStringLiteral("groupmod"), QStringLiteral("-n"), name, QStringLiteral("--"), newName},
                               tr("Rename the group %1 back to %2").arg(newName, name));
                groupUndo.setVerify({groupCheck(name, newName, name + u':' + id)});
                groupStep.setInverse({groupUndo});
                plan.append(Change(tr("Rename the group %1 to %2").arg(name, newName), groupStep, ruleIds));
            } else if (group) {
                plan.addWarning(
                    tr("The group %1 is not the main group of the account, so it keeps its name.").arg(name));
            }
            if (action.moveHome)
                plan.addWarning(tr("The home directory moves from %1 to %2; the move fails (and the rename is undone) "
                                   "if %2 exists already. Paths written into files (scripts, services) are not "
                                   "changed.")
                                    .arg(home, newHome));
            plan.addWarning(
                tr("Files keep their owner: they belong to user id %1, whatever its name.").arg(uidOf(account)));
            for (const QString &reference : references(facts, name, host))
                plan.addWarning(reference);
            break;
        }
        }
    }
    if (plan.isEmpty())
        return refuse(tr("Nothing to change: %1.").arg(skipped.join(QStringLiteral("; "))));
    for (const QString &skip : std::as_const(skipped))
        plan.addWarning(tr("Left out: %1.").arg(skip));
    return plan;
}

} // namespace Bulwark::Plan
