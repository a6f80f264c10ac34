// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/accounts/AccountsModel.h"

#include "core/accounts/AccountsPlanner.h"

#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace Bulwark::Ui {

using Kind = Plan::AccountAction::Kind;

namespace {

QString passwordText(const QString &passwordClass)
{
    if (passwordClass == u"set")
        return AccountsModel::tr("usable");
    if (passwordClass == u"empty")
        return AccountsModel::tr("EMPTY");
    if (passwordClass == u"locked")
        return AccountsModel::tr("locked");
    if (passwordClass == u"none")
        return AccountsModel::tr("none");
    return AccountsModel::tr("unknown");
}

} // namespace

AccountsModel::AccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString AccountsModel::key(const QString &name, Kind kind)
{
    return QString::number(int(kind)) + u'\n' + name;
}

void AccountsModel::setAccounts(const QJsonObject &facts, const Facts::AccountsSnapshot *host, bool showAll)
{
    beginResetModel();
    m_facts = facts;
    m_host = host ? std::optional<Facts::AccountsSnapshot>(*host) : std::nullopt;
    m_rows = Plan::AccountsPlanner::candidates(facts, host);
    m_unavailable.clear();
    if (showAll) {
        QSet<QString> listed;
        for (const Plan::AccountCandidate &c : std::as_const(m_rows))
            listed.insert(c.name);
        const QString me = host ? host->sudoers.identity.user : QString();
        for (const QJsonValue &value : facts.value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject a = value.toObject();
            Plan::AccountCandidate c;
            c.name = a.value(QStringLiteral("name")).toString();
            c.uid = qint64(a.value(QStringLiteral("uid")).toDouble(-1));
            c.shell = a.value(QStringLiteral("shell")).toString();
            c.password = a.value(QStringLiteral("password")).toString();
            c.lastLogin = a.value(QStringLiteral("lastLogin")).toString();
            c.system = a.value(QStringLiteral("system")).toBool();
            c.loginShell = a.value(QStringLiteral("loginShell")).toBool();
            if (listed.contains(c.name) || (!c.loginShell && c.password != u"set" && c.password != u"empty"))
                continue;
            if (!me.isEmpty() && c.name == me) {
                c.isOperator = true;
                c.refusal = tr("you are logged in as this account");
            }
            m_rows.append(c);
        }
    }
    // Choices on accounts no longer listed are dropped.
    QSet<QString> names;
    for (const Plan::AccountCandidate &c : std::as_const(m_rows))
        names.insert(c.name);
    for (auto it = m_checked.begin(); it != m_checked.end();) {
        const QString name = it->section(u'\n', 1);
        if (!names.contains(name) || !unavailable(name, Kind(it->section(u'\n', 0, 0).toInt())).isEmpty())
            it = m_checked.erase(it);
        else
            ++it;
    }
    for (auto it = m_newNames.begin(); it != m_newNames.end();) {
        if (!names.contains(it.key()) || !unavailable(it.key(), Kind::Rename).isEmpty())
            it = m_newNames.erase(it);
        else
            ++it;
    }
    endResetModel();
    Q_EMIT choiceChanged();
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AccountsModel::row(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<Kind> AccountsModel::kindOf(int column)
{
    switch (column) {
    case LockColumn:
        return Kind::LockPassword;
    case ExpireColumn:
        return Kind::Expire;
    case NologinColumn:
        return Kind::SetNologin;
    case RenameColumn:
        return Kind::Rename;
    default:
        return std::nullopt;
    }
}

QString AccountsModel::unavailable(const QString &name, Kind kind) const
{
    // The answers depend only on the facts and the snapshot (root's lock weighs every sudoer), so they are kept.
    const QString cacheKey = key(name, kind);
    if (const auto it = m_unavailable.constFind(cacheKey); it != m_unavailable.constEnd())
        return it.value();
    const QString why = computeUnavailable(name, kind);
    m_unavailable.insert(cacheKey, why);
    return why;
}

QString AccountsModel::computeUnavailable(const QString &name, Kind kind) const
{
    if (!m_host)
        return tr("The host's accounts are still being read.");
    const int r = row(name);
    if (r < 0)
        return tr("%1 is not listed.").arg(name);
    const Plan::AccountCandidate &c = m_rows.at(r);
    if (c.isOperator && !c.refusal.isEmpty())
        return c.refusal;
    if (kind == Kind::LockPassword && (c.password == u"locked" || c.password == u"none"))
        return tr("The password is already unusable (%1).").arg(passwordText(c.password));
    if (kind == Kind::SetNologin && !c.loginShell)
        return tr("It already has no login shell (%1).").arg(c.shell);
    if (kind == Kind::Expire) {
        bool ok = false;
        const qint64 days = m_host->expiry.value(name).toLongLong(&ok);
        if (ok && days >= 0 && days <= QDate(1970, 1, 1).daysTo(QDateTime::currentDateTimeUtc().date()))
            return tr("The account has already expired.");
    }
    // A name nobody has, to ask only about the account itself.
    const QString argument = kind == Kind::Rename ? QStringLiteral("_bulwark_rename_check") : QString();
    return Plan::AccountsPlanner::refusal(m_facts, {kind, name, argument, false}, *m_host);
}

QString AccountsModel::renameProblem(const QString &name) const
{
    const QString typed = m_newNames.value(name);
    if (typed.isEmpty() || !m_host)
        return QString();
    return Plan::AccountsPlanner::refusal(m_facts, {Kind::Rename, name, typed, false}, *m_host);
}

bool AccountsModel::isChecked(const QString &name, Kind kind) const
{
    return m_checked.contains(key(name, kind));
}

void AccountsModel::emitRow(const QString &name)
{
    const int r = row(name);
    if (r >= 0)
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    Q_EMIT choiceChanged();
}

bool AccountsModel::setChecked(const QString &name, Kind kind, bool checked)
{
    if (kind == Kind::Rename || (checked && !unavailable(name, kind).isEmpty()))
        return false;
    if (checked == isChecked(name, kind))
        return true;
    if (checked)
        m_checked.insert(key(name, kind));
    else
        m_checked.remove(key(name, kind));
    emitRow(name);
    return true;
}

bool AccountsModel::setNewName(const QString &name, const QString &newName)
{
    const QString trimmed = newName.trimmed();
    if (!trimmed.isEmpty() && !unavailable(name, Kind::Rename).isEmpty())
        return false;
    if (trimmed.isEmpty())
        m_newNames.remove(name);
    else
        m_newNames.insert(name, trimmed);
    emitRow(name);
    return true;
}

int AccountsModel::presetRule(const QString &ruleId)
{
    int checked = 0;
    QHash<QString, QJsonObject> accounts;
    for (const QJsonValue &value : m_facts.value(QStringLiteral("accounts")).toArray())
        accounts.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    for (const Plan::AccountCandidate &c : std::as_const(m_rows)) {
        if (!c.ruleIds.contains(ruleId))
            continue;
        const QList<std::pair<bool, Kind>> wanted = {
            {c.suggestLock, Kind::LockPassword}, {c.suggestExpire, Kind::Expire}, {c.suggestNologin, Kind::SetNologin}};
        for (const auto &[suggested, kind] : wanted) {
            // Only what addresses that rule: a uid-0 system account listed for BW-LNX-ACC-003 gets nologin only.
            if (suggested && Plan::AccountsPlanner::ruleIdsFor(accounts.value(c.name), kind, true).contains(ruleId) &&
                unavailable(c.name, kind).isEmpty() && setChecked(c.name, kind, true))
                ++checked;
        }
    }
    return checked;
}

QList<Plan::AccountAction> AccountsModel::actions(bool moveHome) const
{
    QList<Plan::AccountAction> out;
    for (const Plan::AccountCandidate &c : m_rows) {
        for (const Kind kind : {Kind::LockPassword, Kind::Expire, Kind::SetNologin}) {
            if (isChecked(c.name, kind))
                out.append({kind, c.name, {}, false});
        }
        if (!m_newNames.value(c.name).isEmpty())
            out.append({Kind::Rename, c.name, m_newNames.value(c.name), moveHome});
    }
    return out;
}

bool AccountsModel::hasActions() const
{
    return !m_checked.isEmpty() || !m_newNames.isEmpty();
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Plan::AccountCandidate &c = m_rows.at(index.row());
    const auto kind = kindOf(index.column());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case AccountColumn:
            return c.isOperator ? tr("%1 (you)").arg(c.name) : c.name;
        case UidColumn:
            return c.uid;
        case ShellColumn:
            return c.shell;
        case PasswordColumn:
            return passwordText(c.password);
        case LastLoginColumn: {
            const QDateTime when = QDateTime::fromString(c.lastLogin, Qt::ISODate);
            return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : tr("never");
        }
        case FindingColumn:
            return c.refusal.isEmpty() ? c.finding : c.refusal;
        case RenameColumn:
            return m_newNames.value(c.name);
        default:
            // An action that is not offered shows no check box at all, only why in its tool tip.
            if (role == Qt::DisplayRole && kind && !unavailable(c.name, *kind).isEmpty())
                return QStringLiteral("—");
            return {};
        }
    }
    if (role == Qt::CheckStateRole && kind && *kind != Kind::Rename && unavailable(c.name, *kind).isEmpty())
        return isChecked(c.name, *kind) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        if (kind) {
            if (const QString why = unavailable(c.name, *kind); !why.isEmpty())
                return why;
            if (*kind == Kind::Rename) {
                const QString problem = renameProblem(c.name);
                return problem.isEmpty()
                           ? tr("Type a new name to rename %1 and its group of the same name.").arg(c.name)
                           : problem;
            }
            static const QHash<int, const char *> what = {
                {int(Kind::LockPassword), QT_TR_NOOP("Lock the password: it stops working; SSH keys still do.")},
                {int(Kind::Expire), QT_TR_NOOP("Expire the account: no login of any kind works any more.")},
                {int(Kind::SetNologin), QT_TR_NOOP("Set the shell to nologin: nobody gets a shell as this account.")},
            };
            return tr(what.value(int(*kind)));
        }
        if (!c.refusal.isEmpty())
            return c.refusal;
        QString tip = c.finding;
        if (!c.recommendation.isEmpty())
            tip += u'\n' + c.recommendation;
        if (!c.ruleIds.isEmpty())
            tip += u'\n' + c.ruleIds.join(QStringLiteral(", "));
        return tip;
    }
    if (role == Qt::ForegroundRole) {
        if (!c.refusal.isEmpty() || (kind && *kind != Kind::Rename && !unavailable(c.name, *kind).isEmpty()))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == RenameColumn && !renameProblem(c.name).isEmpty())
            return QColor(0xb0, 0x3a, 0x00);
        if (index.column() == PasswordColumn && c.password == u"empty")
            return QColor(0xb0, 0x3a, 0x00);
    }
    if (role == Qt::TextAlignmentRole && index.column() == UidColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::TextAlignmentRole && kind && *kind != Kind::Rename)
        return int(Qt::AlignCenter);
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case UidColumn:
        return tr("UID");
    case ShellColumn:
        return tr("Shell");
    case PasswordColumn:
        return tr("Password");
    case LastLoginColumn:
        return tr("Last login");
    case FindingColumn:
        return tr("Finding");
    case LockColumn:
        return tr("Lock");
    case ExpireColumn:
        return tr("Expire");
    case NologinColumn:
        return tr("Nologin");
    case RenameColumn:
        return tr("Rename to");
    default:
        return {};
    }
}

Qt::ItemFlags AccountsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const Plan::AccountCandidate &c = m_rows.at(index.row());
    const auto kind = kindOf(index.column());
    if (kind && unavailable(c.name, *kind).isEmpty())
        flags |= *kind == Kind::Rename ? Qt::ItemIsEditable : Qt::ItemIsUserCheckable;
    return flags;
}

bool AccountsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const auto kind = kindOf(index.column());
    if (!kind)
        return false;
    const QString name = m_rows.at(index.row()).name;
    if (role == Qt::CheckStateRole && *kind != Kind::Rename)
        return setChecked(name, *kind, Qt::CheckState(value.toInt()) == Qt::Checked);
    if (role == Qt::EditRole && *kind == Kind::Rename)
        return setNewName(name, value.toString());
    return false;
}

} // namespace Bulwark::Ui
