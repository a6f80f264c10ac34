// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/ServicesModel.h"

#include "core/plan/ServicesPlanner.h"
#include "core/plan/UnitState.h"
#include "ui/Palette.h"
#include "ui/wizards/ChoiceRows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Bulwark::Ui {

using Plan::ServicesPlanner;
using Plan::UnitState;

namespace {

struct Purpose
{
    const char *name;
    const char *text;
};

// What common services not covered by a rule are for, so the admin can judge them too.
const Purpose purposes[] = {
    {"ssh", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "SSH: remote logins, including Bulwark's own.")},
    {"sshd", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "SSH: remote logins, including Bulwark's own.")},
    {"cron", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Runs scheduled jobs (backups, log rotation).")},
    {"rsyslog", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Writes the system logs to /var/log.")},
    {"systemd-journald", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Collects the system's logs.")},
    {"systemd-logind", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Keeps track of who is logged in.")},
    {"systemd-timesyncd", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Keeps the clock right.")},
    {"chrony", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Keeps the clock right.")},
    {"systemd-networkd", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Brings the network up.")},
    {"networking", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Brings the network up.")},
    {"NetworkManager", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Brings the network up.")},
    {"systemd-resolved", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Looks up host names (DNS).")},
    {"dbus", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Lets system services talk to each other.")},
    {"systemd-udevd", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Sets up hardware as it appears.")},
    {"unattended-upgrades",
     QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Installs security updates automatically.")},
    {"apparmor", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Confines programs to what they need.")},
    {"auditd", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Records security-relevant events.")},
    {"nginx", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Web server.")},
    {"apache2", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Web server.")},
    {"postgresql", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "PostgreSQL database.")},
    {"mariadb", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "MariaDB database.")},
    {"mysql", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "MySQL database.")},
    {"docker", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Runs containers.")},
    {"containerd", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Runs containers.")},
    {"fail2ban", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Blocks addresses that keep guessing passwords.")},
    {"getty@", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "The login prompt on a console.")},
    {"serial-getty@", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "The login prompt on a serial console.")},
    {"qemu-guest-agent", QT_TRANSLATE_NOOP("Bulwark::Ui::ServicesModel", "Lets the hypervisor manage this VM.")},
};

QString purposeOf(const QString &name)
{
    const qsizetype at = name.indexOf(u'@');
    const QString base = at >= 0 ? name.left(at + 1) : name;
    for (const Purpose &purpose : purposes) {
        if (base == QLatin1String(purpose.name))
            return QCoreApplication::translate("Bulwark::Ui::ServicesModel", purpose.text);
    }
    return {};
}

QString stateText(const UnitState &state)
{
    const QString enabled = state.enabled.isEmpty()
                                ? QCoreApplication::translate("Bulwark::Ui::ServicesModel", "no unit file")
                                : state.enabled;
    const QString running = state.running ? QCoreApplication::translate("Bulwark::Ui::ServicesModel", "running")
                            : state.active.isEmpty()
                                ? QCoreApplication::translate("Bulwark::Ui::ServicesModel", "not loaded")
                                : QCoreApplication::translate("Bulwark::Ui::ServicesModel", "stopped");
    return QCoreApplication::translate("Bulwark::Ui::ServicesModel", "%1, %2").arg(enabled, running);
}

QString endpoint(const QJsonObject &listening)
{
    const QString address = listening.value(QStringLiteral("address")).toString();
    const QString port = QString::number(listening.value(QStringLiteral("port")).toInt());
    const QString proto = listening.value(QStringLiteral("proto")).toString();
    const QString where =
        address.contains(u':') ? QString(u'[' + address + QStringLiteral("]:") + port) : QString(address + u':' + port);
    return proto.isEmpty() ? where : QStringLiteral("%1 %2").arg(where, proto);
}

} // namespace

ServicesModel::ServicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ServicesModel::refusalFor(const QString &name, const QString &unit, const QString &enabled)
{
    const qsizetype at = name.indexOf(u'@');
    const QString base = at >= 0 ? name.left(at + 1) : name;
    if (ServicesPlanner::sessionUnits().contains(name) || ServicesPlanner::sessionUnits().contains(base))
        return tr("%1 cannot be switched off here: Bulwark's own connection to this host depends on it.").arg(unit);
    if (ServicesPlanner::essentialUnits().contains(name) || ServicesPlanner::essentialUnits().contains(base))
        return tr("%1 cannot be switched off here: the system needs it to start, keep logs or be administered.")
            .arg(unit);
    if (enabled == QLatin1String("alias"))
        return tr("%1 is only another name for a service; choose that service instead.").arg(unit);
    if (!ServicesPlanner::isValidUnitName(unit))
        return tr("\"%1\" is not a valid unit name.").arg(unit);
    return {};
}

void ServicesModel::setFacts(const QJsonObject &facts, const QList<Rules::Finding> &findings)
{
    beginResetModel();
    m_rows.clear();
    const QList<Plan::ServiceRecommendation> recommendations = ServicesPlanner::recommendations(facts, findings);

    QList<UnitState> triggers;
    for (const QString &key : {QStringLiteral("sockets"), QStringLiteral("paths")}) {
        for (const QJsonValue &value : facts.value(key).toArray())
            triggers.append(UnitState::fromEntry(value.toObject()));
    }

    QSet<QString> seen;
    for (const QJsonValue &value : facts.value(QStringLiteral("services")).toArray()) {
        const UnitState state = UnitState::fromEntry(value.toObject());
        if (state.unit.isEmpty() || seen.contains(state.unit))
            continue;
        seen.insert(state.unit);
        Row row;
        row.unit = state.unit;
        row.name = state.name;
        row.state = stateText(state);
        for (const UnitState &trigger : std::as_const(triggers)) {
            if (trigger.name == state.name && trigger.unit != state.unit) {
                row.triggers.append(tr("%1 (%2)").arg(trigger.unit, stateText(trigger)));
                row.triggerUnits.append(trigger.unit);
            }
        }
        for (const Plan::ServiceRecommendation &recommendation : recommendations) {
            if (recommendation.unit == state.unit) {
                row.recommended = true;
                row.ruleIds.append(recommendation.ruleId);
                row.purpose = recommendation.purpose;
            }
        }
        if (row.purpose.isEmpty())
            row.purpose = purposeOf(state.name);
        for (const QJsonObject &object : ServicesPlanner::listenersOf(facts, state.name)) {
            const QString where = endpoint(object);
            if (!row.endpoints.contains(where))
                row.endpoints.append(where);
            if (object.value(QStringLiteral("public")).toBool(false))
                row.publicListener = true;
        }
        row.refusal = refusalFor(state.name, state.unit, state.enabled);
        row.checked = row.recommended && row.refusal.isEmpty();
        m_rows.append(row);
    }
    for (const QJsonValue &value : facts.value(QStringLiteral("inetd")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString service = entry.value(QStringLiteral("service")).toString();
        if (service.isEmpty() || !entry.value(QStringLiteral("enabled")).toBool(false) || seen.contains(service))
            continue;
        seen.insert(service);
        Row row;
        row.unit = service;
        row.name = service;
        row.inetd = true;
        row.state = tr("enabled in %1").arg(entry.value(QStringLiteral("file")).toString());
        row.triggers.append(tr("started by inetd on demand"));
        row.triggerUnits.append(tr("inetd"));
        for (const Plan::ServiceRecommendation &recommendation : recommendations) {
            if (recommendation.inetdService == service) {
                row.recommended = true;
                row.ruleIds.append(recommendation.ruleId);
                row.purpose = recommendation.purpose;
            }
        }
        row.checked = row.recommended;
        m_rows.append(row);
    }
    // Recommended first, then by name.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.recommended != b.recommended)
            return a.recommended;
        return a.unit.compare(b.unit, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
    Q_EMIT checkedChanged();
}

void ServicesModel::checkOnlyRule(const QString &ruleId)
{
    if (!ChoiceRows::checkOnlyRule(m_rows, ruleId))
        return;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ServiceColumn), index(rowCount() - 1, ServiceColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

bool ServicesModel::setChecked(const QString &unit, bool checked)
{
    const int r = row(unit);
    if (r < 0)
        return false;
    return setData(index(r, ServiceColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

QStringList ServicesModel::checkedUnits() const
{
    QStringList units;
    for (const Row &row : m_rows) {
        if (row.checked && !row.inetd)
            units.append(row.unit);
    }
    return units;
}

QStringList ServicesModel::checkedInetdServices() const
{
    QStringList services;
    for (const Row &row : m_rows) {
        if (row.checked && row.inetd)
            services.append(row.unit);
    }
    return services;
}

int ServicesModel::checkedCount() const
{
    return ChoiceRows::checkedCount(m_rows);
}

int ServicesModel::recommendedCount() const
{
    return ChoiceRows::recommendedCount(m_rows);
}

int ServicesModel::row(const QString &unit) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).unit == unit)
            return i;
    }
    return -1;
}

int ServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case UnitRole:
        return row.unit;
    case RecommendedRole:
        return row.recommended;
    case RefusedRole:
        return !row.refusal.isEmpty();
    case RuleIdsRole:
        return row.ruleIds;
    case InetdRole:
        return row.inetd;
    case Qt::CheckStateRole:
        if (index.column() == ServiceColumn)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (!row.refusal.isEmpty())
            return row.refusal;
        if (index.column() == NetworkColumn && !row.endpoints.isEmpty())
            return row.publicListener
                       ? tr("Reachable from the network on %1. Programs that use it there stop "
                            "working when it is switched off.")
                             .arg(row.endpoints.join(QStringLiteral(", ")))
                       : tr("Listens on %1 (this machine only).").arg(row.endpoints.join(QStringLiteral(", ")));
        if (index.column() == RecommendedColumn && row.recommended)
            return tr("A failed check recommends switching it off: %1").arg(row.ruleIds.join(QStringLiteral(", ")));
        if (index.column() == TriggersColumn && !row.triggers.isEmpty())
            return row.triggers.join(u'\n');
        if (index.column() == PurposeColumn)
            return row.purpose;
        return {};
    case Qt::ForegroundRole:
        if (!row.refusal.isEmpty())
            return Palette::neutral();
        if (index.column() == NetworkColumn && row.publicListener)
            return Palette::severityColor(Rules::Severity::High);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn:
            return row.inetd ? tr("%1 (inetd)").arg(row.unit) : row.unit;
        case StateColumn:
            return row.state;
        case TriggersColumn:
            return row.triggerUnits.join(QStringLiteral(", "));
        case PurposeColumn:
            return row.purpose.isEmpty() ? QStringLiteral("—") : row.purpose;
        case RecommendedColumn:
            return row.recommended ? tr("Recommended") : QString();
        case NetworkColumn:
            if (row.endpoints.isEmpty())
                return QString();
            if (row.endpoints.size() > 1)
                return row.publicListener ? tr("⚠ Network: %1 and %n more", nullptr, int(row.endpoints.size() - 1))
                                                .arg(row.endpoints.constFirst())
                                          : tr("Local: %1 and %n more", nullptr, int(row.endpoints.size() - 1))
                                                .arg(row.endpoints.constFirst());
            return row.publicListener ? tr("⚠ Network: %1").arg(row.endpoints.constFirst())
                                      : tr("Local: %1").arg(row.endpoints.constFirst());
        }
        return {};
    }
    return {};
}

bool ServicesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || role != Qt::CheckStateRole ||
        index.column() != ServiceColumn)
        return false;
    const ChoiceRows::Tick tick = ChoiceRows::tick(m_rows[index.row()], value);
    if (tick == ChoiceRows::Tick::Changed) {
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT checkedChanged();
    }
    return tick != ChoiceRows::Tick::Refused;
}

Qt::ItemFlags ServicesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return ChoiceRows::flags(m_rows.at(index.row()), index.column() == ServiceColumn);
}

QVariant ServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    case TriggersColumn:
        return tr("Started on demand by");
    case PurposeColumn:
        return tr("What it is for");
    case RecommendedColumn:
        return tr("Recommended");
    case NetworkColumn:
        return tr("Listening");
    }
    return {};
}

} // namespace Bulwark::Ui
