// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/SudoersRulesModel.h"

#include "core/sudoers/SudoersLinter.h"

#include <QColor>
#include <QFileInfo>

namespace Bulwark::Ui {

using Sudoers::Member;

namespace {

QString memberText(const Member &member)
{
    QString prefix;
    if (member.negated)
        prefix += QLatin1Char('!');
    switch (member.kind) {
    case Member::Kind::All:
        return prefix + QStringLiteral("ALL");
    case Member::Kind::Uid:
        prefix += QLatin1Char('#');
        break;
    case Member::Kind::Group:
        prefix += QLatin1Char('%');
        break;
    case Member::Kind::Gid:
        prefix += QStringLiteral("%#");
        break;
    case Member::Kind::NonUnixGroup:
        prefix += QStringLiteral("%:");
        break;
    case Member::Kind::Netgroup:
        prefix += QLatin1Char('+');
        break;
    case Member::Kind::Sudoedit:
        prefix += QStringLiteral("sudoedit");
        break;
    case Member::Kind::List:
        return prefix + QStringLiteral("list");
    default:
        break;
    }
    QString text = prefix + QString::fromUtf8(member.name);
    if (member.hasArgs)
        text += member.args.isEmpty() ? QStringLiteral(" \"\"") : QLatin1Char(' ') + QString::fromUtf8(member.args);
    return text;
}

} // namespace

SudoersRulesModel::SudoersRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SudoersRulesModel::setConfiguration(const QList<Sudoers::SudoersFile> &files,
                                         const QList<Sudoers::LintFinding> &findings)
{
    beginResetModel();
    m_rules.clear();
    m_lastLines.clear();
    for (const Sudoers::SudoersFile &file : files) {
        for (const Sudoers::Statement &statement : file.statements()) {
            if (statement.kind != Sudoers::Statement::Kind::UserSpec)
                continue;
            Rule rule;
            rule.path = file.path();
            rule.line = statement.firstLine;
            QString text = QString::fromUtf8(statement.text);
            text.replace(QStringLiteral("\\\n"), QStringLiteral(" "));
            rule.text = text.simplified();
            for (const Member &user : statement.users)
                rule.users.append(memberText(user));
            bool nopasswdAll = false;
            bool all = false;
            bool shell = false;
            bool wildcard = false;
            for (const Sudoers::HostSection &section : statement.sections) {
                for (const Sudoers::CmndSpec &command : section.commands) {
                    rule.commands.append(memberText(command.command));
                    rule.noPassword = rule.noPassword || command.noPassword();
                    const bool isAll = command.command.kind == Member::Kind::All && !command.command.negated;
                    all = all || isAll;
                    nopasswdAll = nopasswdAll || (isAll && command.noPassword());
                    if (command.command.kind == Member::Kind::Command && !command.command.negated) {
                        shell = shell || Sudoers::SudoersLinter::canEscapeToShell(command.command);
                        wildcard = wildcard || command.command.hasWildcard();
                    }
                }
            }
            if (nopasswdAll)
                rule.badges.append(tr("NOPASSWD: ALL"));
            else if (rule.noPassword)
                rule.badges.append(tr("NOPASSWD"));
            if (all && !nopasswdAll)
                rule.badges.append(tr("ALL commands"));
            if (shell)
                rule.badges.append(tr("can start a shell"));
            if (wildcard)
                rule.badges.append(tr("wildcard"));
            for (const Sudoers::LintFinding &finding : findings) {
                if (finding.path == rule.path && finding.line >= statement.firstLine &&
                    finding.line <= statement.lastLine)
                    rule.findings.append(finding.message);
            }
            m_rules.append(rule);
            m_lastLines.append(statement.lastLine);
        }
    }
    endResetModel();
}

int SudoersRulesModel::row(const QString &path, int line) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).path == path && line >= m_rules.at(i).line && line <= m_lastLines.at(i))
            return int(i);
    }
    return -1;
}

int SudoersRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int SudoersRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SudoersRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &rule = m_rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return rule.path;
        case LineColumn:
            return rule.line;
        case RuleColumn:
            return rule.text;
        case NotesColumn:
            return rule.badges.join(QStringLiteral(" · "));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NotesColumn || index.column() == RuleColumn) {
            QStringList lines{rule.text};
            lines.append(rule.findings);
            return lines.join(QLatin1Char('\n'));
        }
        return rule.path;
    case Qt::ForegroundRole:
        if (index.column() == NotesColumn && !rule.badges.isEmpty())
            return QColor(0xb0, 0x3a, 0x00);
        break;
    case PathRole:
        return rule.path;
    case LineRole:
        return rule.line;
    case TextRole:
        return rule.text;
    case BadgesRole:
        return rule.badges;
    }
    return {};
}

QVariant SudoersRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case RuleColumn:
        return tr("Rule");
    case NotesColumn:
        return tr("Stands out");
    }
    return {};
}

} // namespace Bulwark::Ui
