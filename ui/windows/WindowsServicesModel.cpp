// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/windows/WindowsServicesModel.h"

#include "core/windows/WindowsServicesPlanner.h"
#include "ui/Palette.h"
#include "ui/wizards/ChoiceRows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace Bulwark::Ui {

using Windows::WindowsServicesPlanner;

namespace {

struct Text
{
    const char *key;
    const char *text;
};

// Why the protected services that need a word of their own are protected; the others get the general reason.
const Text protectedReasons[] = {
    {"WinRM", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel",
                                "Bulwark's own connection to this host (Windows Remote Management).")},
    {"HTTP", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel",
                               "Bulwark's own connection runs through it (the HTTP.sys listener of WinRM).")},
    {"TermService",
     QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Remote Desktop: the administrators' other way in.")},
    {"UmRdpService",
     QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Remote Desktop: the administrators' other way in.")},
    {"RpcSs",
     QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Almost every part of Windows talks through it (RPC).")},
    {"RpcEptMapper",
     QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Almost every part of Windows talks through it (RPC).")},
    {"DcomLaunch",
     QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Starts the other parts of Windows (DCOM, RPC).")},
    {"LSM",
     QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Every logon goes through it (Local Session Manager).")},
    {"EventLog",
     QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Keeps the event logs, the record of what happened.")},
    {"Winmgmt", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel",
                                  "WMI: how Windows, Bulwark's scan and management tools read the system.")},
    {"Schedule",
     QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Runs scheduled tasks: updates, backups and maintenance.")},
    {"W32Time", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel",
                                  "Keeps the clock right; domain logons (Kerberos) fail when it drifts.")},
    {"Dhcp", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Keeps the network address and routes.")},
    {"Dnscache", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Looks up host names (DNS).")},
    {"NlaSvc", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel",
                                 "Tells which network the host is on; the firewall profiles depend on it.")},
    {"SamSs", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Holds the local accounts; logons need it.")},
    {"Netlogon", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Keeps the host in its domain.")},
    {"LanmanWorkstation",
     QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Keeps the host in its domain and reaches file shares.")},
    {"BFE", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "The firewall's filtering engine.")},
    {"MpsSvc", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "The Windows Firewall itself.")},
    {"WinDefend", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "The antivirus (Microsoft Defender).")},
    {"WdNisSvc", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Part of the antivirus (Microsoft Defender).")},
    {"Sense", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Part of the antivirus (Microsoft Defender).")},
    {"wuauserv", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Installs the security updates.")},
    {"TrustedInstaller", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Installs the security updates.")},
};

// Start modes and states as Win32_Service prints them, in the user's words.
const Text words[] = {
    {"Automatic", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Automatic")},
    {"Manual", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Manual")},
    {"Disabled", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Disabled")},
    {"Boot", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Boot")},
    {"System", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "System")},
    {"Running", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Running")},
    {"Stopped", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Stopped")},
    {"StartPending", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Starting")},
    {"StopPending", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Stopping")},
    {"Paused", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Paused")},
    {"PausePending", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Pausing")},
    {"ContinuePending", QT_TRANSLATE_NOOP("Bulwark::Ui::WindowsServicesModel", "Resuming")},
};

QString translated(const Text *table, std::size_t size, const QString &key)
{
    for (std::size_t i = 0; i < size; ++i) {
        if (key.compare(QLatin1String(table[i].key), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("Bulwark::Ui::WindowsServicesModel", table[i].text);
    }
    return {};
}

QString word(const QString &value)
{
    if (value.isEmpty())
        return QCoreApplication::translate("Bulwark::Ui::WindowsServicesModel", "not known");
    const QString text = translated(words, std::size(words), value);
    return text.isEmpty() ? value : text;
}

} // namespace

WindowsServicesModel::WindowsServicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString WindowsServicesModel::protectedReason(const QString &name)
{
    if (!WindowsServicesPlanner::isProtected(name))
        return {};
    const QString reason = translated(protectedReasons, std::size(protectedReasons), name);
    return reason.isEmpty() ? tr("Windows needs it to run, to keep its logs or to be administered.") : reason;
}

void WindowsServicesModel::setFacts(const QJsonObject &facts, const QList<Rules::Finding> &findings,
                                    std::shared_ptr<const Rules::RuleCatalog> catalog)
{
    beginResetModel();
    m_rows.clear();
    const QList<Plan::ServiceRecommendation> recommendations = WindowsServicesPlanner::recommendations(facts, findings);

    QSet<QString> seen;
    for (const QJsonValue &value : facts.value(QStringLiteral("services")).toArray()) {
        const QJsonObject service = value.toObject();
        Row row;
        row.name = service.value(QStringLiteral("name")).toString();
        if (row.name.isEmpty() || seen.contains(row.name.toLower()))
            continue;
        seen.insert(row.name.toLower());
        row.displayName = service.value(QStringLiteral("displayName")).toString();
        const QString startMode = service.value(QStringLiteral("startMode")).toString();
        row.startMode = word(startMode);
        if (service.value(QStringLiteral("delayedAutoStart")).toBool(false))
            row.startMode = tr("%1 (delayed start)").arg(row.startMode);
        const QString state = service.value(QStringLiteral("state")).toString();
        row.state = word(state);
        row.account = service.value(QStringLiteral("account")).toString();
        row.path = service.value(QStringLiteral("path")).toString();
        for (const Plan::ServiceRecommendation &recommendation : recommendations) {
            if (recommendation.unit.compare(row.name, Qt::CaseInsensitive) != 0)
                continue;
            row.recommended = true;
            if (!row.ruleIds.contains(recommendation.ruleId))
                row.ruleIds.append(recommendation.ruleId);
            // The check's title says what it wants ("The Print Spooler service is off"); without the catalog, the
            // planner's purpose has the display name and that title.
            const std::optional<Rules::Rule> rule = catalog ? catalog->rule(recommendation.ruleId) : std::nullopt;
            const QString title = rule ? rule->title() : recommendation.purpose;
            const QString reason =
                title.isEmpty() ? recommendation.ruleId : tr("%1 (%2)").arg(title, recommendation.ruleId);
            if (!row.reasons.contains(reason))
                row.reasons.append(reason);
            if (rule && !rule->impact().isEmpty() && !row.impacts.contains(rule->impact()))
                row.impacts.append(rule->impact());
        }
        // What WindowsServicesPlanner would refuse, said before it is chosen.
        row.refusal = protectedReason(row.name);
        if (row.refusal.isEmpty() && !WindowsServicesPlanner::isValidServiceName(row.name))
            row.refusal = tr("Its name holds characters the service commands would misread.");
        if (row.refusal.isEmpty() && (startMode == u"Boot" || startMode == u"System"))
            row.refusal =
                tr("A driver started with Windows itself: switching it off could stop Windows from starting.");
        if (row.refusal.isEmpty() && startMode == u"Disabled" && state == u"Stopped")
            row.refusal = tr("Disabled and stopped already: nothing to switch off.");
        row.checked = row.recommended && row.refusal.isEmpty();
        m_rows.append(row);
    }
    // Recommended first, then the ones that can be chosen, then by name.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.recommended != b.recommended)
            return a.recommended;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
    Q_EMIT checkedChanged();
}

bool WindowsServicesModel::checkOnlyRule(const QString &ruleId)
{
    if (!ChoiceRows::checkOnlyRule(m_rows, ruleId))
        return false;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

bool WindowsServicesModel::setChecked(const QString &name, bool checked)
{
    const int r = row(name);
    if (r < 0)
        return false;
    return setData(index(r, NameColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

QStringList WindowsServicesModel::checkedNames() const
{
    QStringList names;
    for (const Row &row : m_rows) {
        if (row.checked)
            names.append(row.name);
    }
    return names;
}

int WindowsServicesModel::checkedCount() const
{
    return ChoiceRows::checkedCount(m_rows);
}

int WindowsServicesModel::recommendedCount() const
{
    return ChoiceRows::recommendedCount(m_rows);
}

int WindowsServicesModel::row(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString WindowsServicesModel::advice(int r) const
{
    if (r < 0 || r >= m_rows.size())
        return {};
    const Row &row = m_rows.at(r);
    if (!row.refusal.isEmpty())
        return tr("Bulwark leaves %1 alone: %2").arg(row.name, row.refusal);
    if (row.recommended)
        return tr("A failed check recommends switching %1 off: %2")
            .arg(row.name, row.reasons.join(QStringLiteral("; ")));
    return {};
}

QString WindowsServicesModel::impact(int r) const
{
    if (r < 0 || r >= m_rows.size())
        return {};
    return m_rows.at(r).impacts.join(u' ');
}

int WindowsServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WindowsServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WindowsServicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return row.name;
    case RecommendedRole:
        return row.recommended;
    case RefusedRole:
        return !row.refusal.isEmpty();
    case RuleIdsRole:
        return row.ruleIds;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AdviceColumn || !row.refusal.isEmpty())
            return advice(index.row());
        if (index.column() == NameColumn && !row.path.isEmpty())
            return row.path;
        if (index.column() == DisplayNameColumn)
            return row.displayName;
        return {};
    case Qt::ForegroundRole:
        if (!row.refusal.isEmpty())
            return Palette::neutral();
        if (index.column() == AdviceColumn && row.recommended)
            return Palette::severityColor(Rules::Severity::High);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case DisplayNameColumn:
            return row.displayName;
        case StartModeColumn:
            return row.startMode;
        case StateColumn:
            return row.state;
        case AccountColumn:
            return row.account;
        case AdviceColumn:
            if (!row.refusal.isEmpty())
                return tr("Kept: %1").arg(row.refusal);
            if (row.recommended)
                return tr("Recommended: %1").arg(row.reasons.join(QStringLiteral("; ")));
            return QString();
        }
        return {};
    }
    return {};
}

bool WindowsServicesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || role != Qt::CheckStateRole ||
        index.column() != NameColumn)
        return false;
    const ChoiceRows::Tick tick = ChoiceRows::tick(m_rows[index.row()], value);
    if (tick == ChoiceRows::Tick::Changed) {
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT checkedChanged();
    }
    return tick != ChoiceRows::Tick::Refused;
}

Qt::ItemFlags WindowsServicesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return ChoiceRows::flags(m_rows.at(index.row()), index.column() == NameColumn);
}

QVariant WindowsServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Service");
    case DisplayNameColumn:
        return tr("Display name");
    case StartModeColumn:
        return tr("Start mode");
    case StateColumn:
        return tr("State");
    case AccountColumn:
        return tr("Runs as");
    case AdviceColumn:
        return tr("Advice");
    }
    return {};
}

} // namespace Bulwark::Ui
