// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/SudoAccess.h"

#include "core/sudoers/SudoersTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Bulwark::Plan {

namespace {

using Sudoers::CmndSpec;
using Sudoers::HostSection;
using Sudoers::Member;
using Sudoers::MemberList;
using Sudoers::Statement;
using Sudoers::SudoersFile;

const char *const context = "Bulwark::Plan::SudoAccess";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

// The outcome of matching one item or list: sudo's ALLOW/DENY/UNSPEC, plus "cannot tell".
enum class Match
{
    Unspec,
    Allow,
    Deny,
    Unknown,
};

Match negate(Match m, bool negated)
{
    if (!negated)
        return m;
    if (m == Match::Allow)
        return Match::Deny;
    if (m == Match::Deny)
        return Match::Allow;
    return m;
}

// One statement in the order sudo reads it (includes expanded in place).
struct Placed
{
    const SudoersFile *file = nullptr;
    const Statement *statement = nullptr;
};

class Evaluator
{
public:
    Evaluator(const QList<SudoersFile> &files, const SudoIdentity &identity, const QString &command)
        : m_files(files)
        , m_identity(identity)
    {
        const qsizetype space = command.indexOf(u' ');
        const QString path = space < 0 ? command : command.left(space);
        m_args = space < 0 ? QByteArray() : command.mid(space + 1).toUtf8();
        m_hasArgs = space >= 0;
        // Bulwark's elevation runs `sh -c script`: a program without arguments here stands for "with arguments
        // that vary", which no fixed argument list in a rule matches.
        if (!m_hasArgs && (path == u"/bin/sh" || path == u"/usr/bin/sh"))
            m_varyingArgs = true;
        m_paths.insert(path.toUtf8());
        // Debian 12 merges /usr: /bin/x and /usr/bin/x are one file, and sudo compares files by inode.
        for (const auto &[a, b] : {std::pair{"/bin/", "/usr/bin/"}, std::pair{"/sbin/", "/usr/sbin/"}}) {
            const QString la = QLatin1String(a);
            const QString lb = QLatin1String(b);
            if (path.startsWith(la))
                m_paths.insert((lb + path.mid(la.size())).toUtf8());
            else if (path.startsWith(lb))
                m_paths.insert((la + path.mid(lb.size())).toUtf8());
        }
        const qsizetype slash = path.lastIndexOf(u'/');
        m_baseName = path.mid(slash + 1).toUtf8();
        for (const QByteArray &p : std::as_const(m_paths))
            m_directories.insert(p.left(p.lastIndexOf('/') + 1));

        QSet<const SudoersFile *> reached;
        QStringList stack;
        if (!m_files.isEmpty())
            expand(m_files.first(), stack, reached);
        for (const SudoersFile &f : m_files) {
            if (!reached.contains(&f))
                expand(f, stack, reached);
        }
        for (const Placed &p : std::as_const(m_order)) {
            if (p.statement->kind != Statement::Kind::Alias)
                continue;
            for (const Statement::AliasDefinition &d : p.statement->aliases) {
                auto &table = m_aliases[int(p.statement->aliasType)];
                if (!table.contains(d.name))
                    table.insert(d.name, &d.members);
            }
        }
    }

    SudoAccess::Answer decide();

private:
    void expand(const SudoersFile &file, QStringList &stack, QSet<const SudoersFile *> &reached);
    const SudoersFile *fileAt(const QString &path) const;

    Match list(const MemberList &members, Statement::AliasType type, int depth) const;
    Match member(const Member &m, Statement::AliasType type, int depth) const;
    Match user(const Member &m) const;
    Match host(const Member &m) const;
    Match runas(const Member &m) const;
    Match command(const Member &m) const;
    Match runasOf(const CmndSpec &spec) const;
    // Whether sudo asks for a password before the rules' tags: the Defaults that apply. nullopt: cannot tell.
    std::optional<bool> authenticateDefault(QString *why) const;
    std::optional<bool> authenticateIn(const QList<Statement::Binding> &order, QString *why) const;
    std::optional<bool> passwordIsNotOwn(QString *why) const;

    const QList<SudoersFile> &m_files;
    const SudoIdentity &m_identity;
    QSet<QByteArray> m_paths;
    QSet<QByteArray> m_directories;
    QByteArray m_baseName;
    QByteArray m_args;
    bool m_hasArgs = false;
    bool m_varyingArgs = false;
    QList<Placed> m_order;
    QHash<QByteArray, const MemberList *> m_aliases[4];
};

const SudoersFile *Evaluator::fileAt(const QString &path) const
{
    for (const SudoersFile &f : m_files) {
        if (f.path() == path)
            return &f;
    }
    return nullptr;
}

void Evaluator::expand(const SudoersFile &file, QStringList &stack, QSet<const SudoersFile *> &reached)
{
    if (stack.contains(file.path()) || stack.size() > 128)
        return;
    reached.insert(&file);
    stack.append(file.path());
    for (const Statement &st : file.statements()) {
        if (st.kind != Statement::Kind::Include) {
            if (st.isRule())
                m_order.append(Placed{&file, &st});
            continue;
        }
        const QString target = Sudoers::SudoersTree::resolveIncludePath(file.path(), st.includePath, m_identity.host);
        if (target.isEmpty())
            continue;
        if (!st.includeDirectory) {
            if (const SudoersFile *child = fileAt(target))
                expand(*child, stack, reached);
            continue;
        }
        const QString prefix = target.endsWith(u'/') ? target : target + u'/';
        QList<const SudoersFile *> children;
        for (const SudoersFile &f : m_files) {
            const QString name = f.path().startsWith(prefix) ? f.path().mid(prefix.size()) : QString();
            if (!name.isEmpty() && !name.contains(u'/') && !name.contains(u'.') && !name.endsWith(u'~'))
                children.append(&f);
        }
        std::sort(children.begin(), children.end(),
                  [](const SudoersFile *a, const SudoersFile *b) { return a->path().toUtf8() < b->path().toUtf8(); });
        for (const SudoersFile *child : std::as_const(children))
            expand(*child, stack, reached);
    }
    stack.removeLast();
}

// sudo walks a list from its end: the last item that matches decides (a '!' item turns a match into a denial).
Match Evaluator::list(const MemberList &members, Statement::AliasType type, int depth) const
{
    if (depth > 64)
        return Match::Unknown;
    for (qsizetype i = members.size() - 1; i >= 0; --i) {
        const Member &m = members.at(i);
        Match result;
        if (m.kind == Member::Kind::Alias) {
            const MemberList *inner = m_aliases[int(type)].value(m.name);
            result = inner ? list(*inner, type, depth + 1) : Match::Unknown;
            result = negate(result, m.negated);
        } else {
            result = negate(member(m, type, depth), m.negated);
        }
        if (result != Match::Unspec)
            return result;
    }
    return Match::Unspec;
}

Match Evaluator::member(const Member &m, Statement::AliasType type, int) const
{
    switch (type) {
    case Statement::AliasType::User:
        return user(m);
    case Statement::AliasType::Host:
        return host(m);
    case Statement::AliasType::Runas:
        return runas(m);
    case Statement::AliasType::Command:
        return command(m);
    }
    return Match::Unknown;
}

Match Evaluator::user(const Member &m) const
{
    switch (m.kind) {
    case Member::Kind::All:
        return Match::Allow;
    case Member::Kind::Name:
        return QString::fromUtf8(m.name) == m_identity.user ? Match::Allow : Match::Unspec;
    case Member::Kind::Group:
        if (m_identity.groups.isEmpty())
            return Match::Unknown;
        return m_identity.groups.contains(QString::fromUtf8(m.name)) ? Match::Allow : Match::Unspec;
    case Member::Kind::Uid:
        if (m_identity.isRoot && m.name == "0")
            return Match::Allow;
        return Match::Unknown;
    default: // %#gid, %:group, +netgroup: not decidable from names alone
        return Match::Unknown;
    }
}

Match Evaluator::host(const Member &m) const
{
    if (m.kind == Member::Kind::All)
        return Match::Allow;
    if (m.kind == Member::Kind::Name && !m_identity.host.isEmpty() &&
        QString::fromUtf8(m.name).compare(m_identity.host, Qt::CaseInsensitive) == 0)
        return Match::Allow;
    return Match::Unknown; // other names may be this host's FQDN; addresses and netgroups need the network
}

Match Evaluator::runas(const Member &m) const
{
    switch (m.kind) {
    case Member::Kind::All:
        return Match::Allow;
    case Member::Kind::Name:
        return m.name == "root" ? Match::Allow : Match::Unspec;
    case Member::Kind::Uid:
        return m.name == "0" ? Match::Allow : Match::Unspec;
    case Member::Kind::Group:
        return m.name == "root" ? Match::Allow : Match::Unknown;
    default:
        return Match::Unknown;
    }
}

Match Evaluator::command(const Member &m) const
{
    switch (m.kind) {
    case Member::Kind::All:
        return Match::Allow;
    case Member::Kind::Sudoedit:
    case Member::Kind::List:
        return Match::Unspec;
    case Member::Kind::Command:
        break;
    default:
        return Match::Unknown;
    }
    if (m.hasWildcard())
        return Match::Unknown;
    if (m.isDirectory())
        return m_directories.contains(m.name) ? Match::Allow : Match::Unknown;
    const QByteArray base = m.name.mid(m.name.lastIndexOf('/') + 1);
    if (base != m_baseName)
        return Match::Unspec; // sudo compares base names first
    if (!m_paths.contains(m.name))
        return Match::Unknown; // another path may be the same file (a link)
    if (!m.digest.isEmpty())
        return Match::Unknown;
    if (m.hasArgs) {
        if (m_varyingArgs)
            return Match::Unspec;
        if (m.args != m_args && !(m.args.isEmpty() && !m_hasArgs))
            return Match::Unspec;
    }
    return Match::Allow;
}

Match Evaluator::runasOf(const CmndSpec &spec) const
{
    if (!spec.hasRunas)
        return Match::Allow; // runas_default is root
    if (spec.runasUsers.isEmpty())
        return m_identity.isRoot ? Match::Allow : Match::Unspec; // only the invoking user
    return list(spec.runasUsers, Statement::AliasType::Runas, 0);
}

QString describe(const Placed &p)
{
    QString text = QString::fromUtf8(p.statement->text).simplified();
    text.remove(QStringLiteral("\\ "));
    return QStringLiteral("%1 in %2, line %3").arg(text, p.file->path()).arg(p.statement->firstLine);
}

bool isAuthenticate(const Sudoers::DefaultsEntry &e)
{
    return e.name == "authenticate";
}

std::optional<bool> Evaluator::authenticateIn(const QList<Statement::Binding> &order, QString *why) const
{
    bool value = true; // sudo's default
    for (Statement::Binding binding : order) {
        for (const Placed &p : m_order) {
            const Statement &st = *p.statement;
            if (st.kind != Statement::Kind::Defaults || st.binding != binding)
                continue;
            bool touches = false;
            for (const Sudoers::DefaultsEntry &e : st.defaults)
                touches = touches || isAuthenticate(e);
            if (!touches)
                continue;
            Match applies = Match::Allow;
            switch (binding) {
            case Statement::Binding::Global:
                break;
            case Statement::Binding::User:
                applies = list(st.bindingMembers, Statement::AliasType::User, 0);
                break;
            case Statement::Binding::Host:
                applies = list(st.bindingMembers, Statement::AliasType::Host, 0);
                break;
            case Statement::Binding::Runas:
                applies = list(st.bindingMembers, Statement::AliasType::Runas, 0);
                break;
            case Statement::Binding::Command:
                applies = Match::Unknown;
                break;
            }
            if (applies == Match::Unknown) {
                *why = tr("the Defaults line \"%1\" may or may not apply").arg(describe(p));
                return std::nullopt;
            }
            if (applies != Match::Allow)
                continue;
            for (const Sudoers::DefaultsEntry &e : st.defaults) {
                if (isAuthenticate(e))
                    value = e.op != Sudoers::DefaultsEntry::Operator::Negate;
            }
        }
    }
    return value;
}

std::optional<bool> Evaluator::authenticateDefault(QString *why) const
{
    using B = Statement::Binding;
    // sudo applies global, host, user and runas Defaults in this order of kind; older releases applied them in file
    // order. Both must agree, or the answer is not certain.
    const auto byKind = authenticateIn({B::Global, B::Host, B::User, B::Runas, B::Command}, why);
    if (!byKind)
        return std::nullopt;
    // File order: one pass over all kinds.
    bool value = true;
    for (const Placed &p : m_order) {
        const Statement &st = *p.statement;
        if (st.kind != Statement::Kind::Defaults)
            continue;
        Match applies = Match::Allow;
        if (st.binding == B::User)
            applies = list(st.bindingMembers, Statement::AliasType::User, 0);
        else if (st.binding == B::Host)
            applies = list(st.bindingMembers, Statement::AliasType::Host, 0);
        else if (st.binding == B::Runas)
            applies = list(st.bindingMembers, Statement::AliasType::Runas, 0);
        else if (st.binding == B::Command)
            applies = Match::Unknown;
        for (const Sudoers::DefaultsEntry &e : st.defaults) {
            if (!isAuthenticate(e))
                continue;
            if (applies == Match::Unknown) {
                *why = tr("the Defaults line \"%1\" may or may not apply").arg(describe(p));
                return std::nullopt;
            }
            if (applies == Match::Allow)
                value = e.op != Sudoers::DefaultsEntry::Operator::Negate;
        }
    }
    if (value != *byKind) {
        *why = tr("the order of the Defaults lines for authenticate decides, and sudo versions differ in it");
        return std::nullopt;
    }
    return value;
}

// rootpw, targetpw, runaspw: sudo asks for another account's password than the one the session knows.
std::optional<bool> Evaluator::passwordIsNotOwn(QString *why) const
{
    bool set = false;
    for (const Placed &p : m_order) {
        const Statement &st = *p.statement;
        if (st.kind != Statement::Kind::Defaults)
            continue;
        for (const Sudoers::DefaultsEntry &e : st.defaults) {
            if (e.name != "rootpw" && e.name != "targetpw" && e.name != "runaspw")
                continue;
            if (st.binding != Statement::Binding::Global) {
                *why = tr("\"%1\" may change whose password sudo asks for").arg(describe(p));
                return std::nullopt;
            }
            set = set || e.op != Sudoers::DefaultsEntry::Operator::Negate;
        }
    }
    return set;
}

SudoAccess::Answer Evaluator::decide()
{
    SudoAccess::Answer answer;
    if (m_identity.isRoot) {
        answer.level = SudoAccess::Level::NoPassword;
        answer.reason = tr("logged in as root; sudo is not needed");
        return answer;
    }
    const auto unknownAt = [&](const Placed &p, const QString &what) {
        answer.level = SudoAccess::Level::Unknown;
        answer.reason = tr("%1 (%2) cannot be decided for certain: %3").arg(describe(p), m_identity.user, what);
        answer.file = p.file->path();
        answer.line = p.statement->firstLine;
        return answer;
    };
    for (qsizetype i = m_order.size() - 1; i >= 0; --i) {
        const Placed &p = m_order.at(i);
        const Statement &st = *p.statement;
        if (st.kind != Statement::Kind::UserSpec)
            continue;
        const Match users = list(st.users, Statement::AliasType::User, 0);
        if (users == Match::Unknown)
            return unknownAt(p, tr("whether the user list includes this account"));
        if (users != Match::Allow)
            continue;
        for (qsizetype s = st.sections.size() - 1; s >= 0; --s) {
            const HostSection &section = st.sections.at(s);
            const Match hosts = list(section.hosts, Statement::AliasType::Host, 0);
            if (hosts == Match::Unknown)
                return unknownAt(p, tr("whether the host list includes this host"));
            if (hosts != Match::Allow)
                continue;
            for (qsizetype c = section.commands.size() - 1; c >= 0; --c) {
                const CmndSpec &spec = section.commands.at(c);
                const Match runas = runasOf(spec);
                if (runas == Match::Unknown)
                    return unknownAt(p, tr("whether it allows running commands as root"));
                if (runas != Match::Allow)
                    continue;
                Match cmd = Match::Unspec;
                if (spec.command.kind == Member::Kind::Alias) {
                    const MemberList *inner = m_aliases[int(Statement::AliasType::Command)].value(spec.command.name);
                    cmd = inner ? negate(list(*inner, Statement::AliasType::Command, 1), spec.command.negated)
                                : Match::Unknown;
                } else {
                    cmd = negate(command(spec.command), spec.command.negated);
                }
                if (cmd == Match::Unknown)
                    return unknownAt(p, tr("whether the command matches"));
                if (cmd == Match::Unspec)
                    continue;
                answer.file = p.file->path();
                answer.line = st.firstLine;
                if (cmd == Match::Deny) {
                    answer.level = SudoAccess::Level::Denied;
                    answer.reason = tr("%1 forbids it").arg(describe(p));
                    return answer;
                }
                QString why;
                std::optional<bool> authenticate;
                if (spec.tags.contains(QByteArrayLiteral("PASSWD")))
                    authenticate = spec.tags.value(QByteArrayLiteral("PASSWD"));
                else
                    authenticate = authenticateDefault(&why);
                if (!authenticate)
                    return unknownAt(p, why);
                if (!*authenticate) {
                    answer.level = SudoAccess::Level::NoPassword;
                    answer.reason = spec.tags.contains(QByteArrayLiteral("PASSWD"))
                                        ? describe(p)
                                        : tr("%1, and Defaults !authenticate").arg(describe(p));
                    return answer;
                }
                const auto other = passwordIsNotOwn(&why);
                if (!other)
                    return unknownAt(p, why);
                if (*other)
                    return unknownAt(p, tr("sudo asks for another account's password (rootpw, targetpw or runaspw)"));
                answer.level = SudoAccess::Level::NeedsPassword;
                answer.reason = tr("%1 (sudo asks for %2's password)").arg(describe(p), m_identity.user);
                return answer;
            }
        }
    }
    answer.level = SudoAccess::Level::Denied;
    answer.reason = tr("no rule lets %1 run commands as root").arg(m_identity.user);
    return answer;
}

} // namespace

SudoAccess::Answer SudoAccess::evaluate(const QList<Sudoers::SudoersFile> &files, const SudoIdentity &identity,
                                        const QString &command)
{
    return Evaluator(files, identity, command).decide();
}

Result<void> SudoAccess::preflight(const Answer &before, const Answer &after, const SudoIdentity &identity)
{
    if (identity.isRoot)
        return {};
    switch (after.level) {
    case Level::NoPassword:
        return {};
    case Level::NeedsPassword:
        if (identity.hasSudoPassword)
            return {};
        return Error(Error::Code::InvalidArgument,
                     tr("After this change sudo would ask %1 for a password, and this session has none to give: "
                        "Bulwark would lose its way to root on this host. Connect with the sudo password, or keep a "
                        "NOPASSWD rule for %1.")
                         .arg(identity.user),
                     after.reason);
    case Level::Denied:
        return Error(Error::Code::InvalidArgument,
                     tr("After this change %1 could no longer run commands as root through sudo: Bulwark would lose "
                        "its way to manage this host.")
                         .arg(identity.user),
                     after.reason);
    case Level::Unknown:
        if (before.level == Level::Unknown)
            return {};
        return Error(Error::Code::InvalidArgument,
                     tr("After this change Bulwark cannot tell for certain whether %1 can still run commands as root "
                        "through sudo, so the change is refused.")
                         .arg(identity.user),
                     after.reason);
    }
    return {};
}

} // namespace Bulwark::Plan
