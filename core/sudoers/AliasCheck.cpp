// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/AliasCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace Bulwark::Sudoers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Sudoers::AliasCheck", text);
}

using Type = Statement::AliasType;

QString typeName(Type t)
{
    switch (t) {
    case Type::User:
        return QStringLiteral("User_Alias");
    case Type::Runas:
        return QStringLiteral("Runas_Alias");
    case Type::Host:
        return QStringLiteral("Host_Alias");
    case Type::Command:
        return QStringLiteral("Cmnd_Alias");
    }
    return {};
}

struct Use
{
    Type type;
    QByteArray name;
    QString path;
    int line;
    int column;
};

struct Def
{
    QString path;
    int line = 0;
    int column = 0;
    const MemberList *members = nullptr;
};

} // namespace

QList<Diagnostic> AliasCheck::run(const QList<FileStatements> &files)
{
    QList<Diagnostic> out;
    QHash<QPair<int, QByteArray>, Def> defs;
    QList<Use> uses;
    auto diag = [&](Diagnostic::Severity sev, const QString &path, int line, int column, const QString &msg) {
        out.append(Diagnostic{sev, path, line, column, msg});
    };
    auto collect = [&](Type type, const MemberList &list, const QString &path) {
        for (const Member &m : list)
            if (m.kind == Member::Kind::Alias)
                uses.append({type, m.name, path, m.line, m.column});
    };
    QHash<QString, qsizetype> order;
    for (const auto &[path, statements] : files) {
        order.insert(path, order.size());
        for (const Statement &st : *statements) {
            switch (st.kind) {
            case Statement::Kind::Alias:
                for (const Statement::AliasDefinition &a : st.aliases) {
                    const QPair<int, QByteArray> key(int(st.aliasType), a.name);
                    if (defs.contains(key)) {
                        diag(Diagnostic::Severity::Error, path, a.line, a.column,
                             tr("%1 \"%2\" is already defined at %3:%4")
                                 .arg(typeName(st.aliasType), QString::fromUtf8(a.name), defs.value(key).path)
                                 .arg(defs.value(key).line));
                    } else {
                        defs.insert(key, Def{path, a.line, a.column, &a.members});
                    }
                    collect(st.aliasType == Type::Runas ? Type::Runas : st.aliasType, a.members, path);
                }
                break;
            case Statement::Kind::Defaults: {
                const Type t = st.binding == Statement::Binding::Host      ? Type::Host
                               : st.binding == Statement::Binding::Command ? Type::Command
                               : st.binding == Statement::Binding::Runas   ? Type::Runas
                                                                           : Type::User;
                collect(t, st.bindingMembers, path);
                break;
            }
            case Statement::Kind::UserSpec:
                collect(Type::User, st.users, path);
                for (const HostSection &s : st.sections) {
                    collect(Type::Host, s.hosts, path);
                    for (const CmndSpec &c : s.commands) {
                        if (c.writtenRunas) {
                            collect(Type::Runas, c.runasUsers, path);
                            collect(Type::Runas, c.runasGroups, path);
                        }
                        if (c.command.kind == Member::Kind::Alias)
                            uses.append({Type::Command, c.command.name, path, c.command.line, c.command.column});
                    }
                }
                break;
            default:
                break;
            }
        }
    }
    // Cycles: an alias reaching itself through aliases of the same type (reported in file order).
    QList<QHash<QPair<int, QByteArray>, Def>::const_iterator> ordered;
    for (auto it = defs.constBegin(); it != defs.constEnd(); ++it)
        ordered.append(it);
    std::sort(ordered.begin(), ordered.end(), [&](const auto &a, const auto &b) {
        const qsizetype fa = order.value(a->path), fb = order.value(b->path);
        return std::tie(fa, a->line, a->column) < std::tie(fb, b->line, b->column);
    });
    for (const auto &it : std::as_const(ordered)) {
        QSet<QByteArray> seen;
        QList<QByteArray> todo;
        for (const Member &m : *it->members)
            if (m.kind == Member::Kind::Alias)
                todo.append(m.name);
        bool cycle = false;
        while (!todo.isEmpty() && !cycle) {
            const QByteArray n = todo.takeLast();
            if (n == it.key().second) {
                cycle = true;
                break;
            }
            if (seen.contains(n))
                continue;
            seen.insert(n);
            const auto d = defs.constFind(QPair<int, QByteArray>(it.key().first, n));
            if (d == defs.constEnd())
                continue;
            for (const Member &m : *d->members)
                if (m.kind == Member::Kind::Alias)
                    todo.append(m.name);
        }
        if (cycle)
            diag(Diagnostic::Severity::Error, it->path, it->line, it->column,
                 tr("%1 \"%2\" refers to itself")
                     .arg(typeName(Type(it.key().first)), QString::fromUtf8(it.key().second)));
    }
    QSet<QPair<int, QByteArray>> used;
    for (const Use &u : uses) {
        const QPair<int, QByteArray> key(int(u.type), u.name);
        used.insert(key);
        if (!defs.contains(key))
            diag(Diagnostic::Severity::Warning, u.path, u.line, u.column,
                 tr("%1 \"%2\" is used but not defined").arg(typeName(u.type), QString::fromUtf8(u.name)));
    }
    for (auto it = defs.constBegin(); it != defs.constEnd(); ++it)
        if (!used.contains(it.key()))
            diag(Diagnostic::Severity::Warning, it->path, it->line, it->column,
                 tr("%1 \"%2\" is defined but never used")
                     .arg(typeName(Type(it.key().first)), QString::fromUtf8(it.key().second)));
    return out;
}

} // namespace Bulwark::Sudoers
