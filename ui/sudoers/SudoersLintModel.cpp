// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/SudoersLintModel.h"

#include "ui/Palette.h"

#include <QFileInfo>
#include <algorithm>

namespace Bulwark::Ui {

using Sudoers::LintFinding;

SudoersLintModel::SudoersLintModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Sudoers::SudoersLinter::Context SudoersLintModel::lintContext(const Facts::SudoersSnapshot &snapshot)
{
    Sudoers::SudoersLinter::Context context;
    context.metadata = snapshot.metadata;
    if (!snapshot.users.isEmpty())
        context.users = snapshot.users;
    if (!snapshot.groups.isEmpty())
        context.groups = snapshot.groups;
    return context;
}

QString SudoersLintModel::severityName(LintFinding::Severity severity)
{
    switch (severity) {
    case LintFinding::Severity::Info:
        return tr("Info");
    case LintFinding::Severity::Low:
        return tr("Low");
    case LintFinding::Severity::Medium:
        return tr("Medium");
    case LintFinding::Severity::High:
        return tr("High");
    }
    return {};
}

void SudoersLintModel::set(const std::optional<Sudoers::Diagnostic> &error, const QList<Sudoers::Diagnostic> &warnings,
                           const QList<LintFinding> &findings)
{
    beginResetModel();
    m_rows.clear();
    if (error) {
        Row row;
        row.kind = Kind::ParseError;
        row.severity = LintFinding::Severity::High;
        row.path = error->path;
        row.line = error->line;
        row.column = error->column;
        row.message = error->message;
        row.why = tr("sudo refuses a configuration it cannot read: nobody could use sudo until it is fixed.");
        row.fix = tr("Correct the line; nothing can be applied while the file does not parse.");
        m_rows.append(row);
    }
    for (const Sudoers::Diagnostic &warning : warnings) {
        Row row;
        row.kind = Kind::ParseWarning;
        row.severity = LintFinding::Severity::Low;
        row.path = warning.path;
        row.line = warning.line;
        row.column = warning.column;
        row.message = warning.message;
        row.why = tr("visudo accepts the file but warns about it.");
        m_rows.append(row);
    }
    QList<Row> lint;
    for (const LintFinding &finding : findings) {
        Row row;
        row.kind = Kind::Finding;
        row.severity = finding.severity;
        row.id = finding.id;
        row.path = finding.path;
        row.line = finding.line;
        row.message = finding.message;
        row.why = finding.why;
        row.fix = finding.fix;
        lint.append(row);
    }
    std::stable_sort(lint.begin(), lint.end(), [](const Row &a, const Row &b) { return a.severity > b.severity; });
    m_rows.append(lint);
    endResetModel();
}

int SudoersLintModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SudoersLintModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SudoersLintModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            if (row.kind == Kind::ParseError)
                return tr("Error");
            if (row.kind == Kind::ParseWarning)
                return tr("Warning");
            return severityName(row.severity);
        case WhereColumn: {
            const QString name = QFileInfo(row.path).fileName();
            if (row.line <= 0)
                return name;
            return row.column > 0 ? tr("%1:%2:%3").arg(name).arg(row.line).arg(row.column)
                                  : tr("%1:%2").arg(name).arg(row.line);
        }
        case MessageColumn:
            return row.message;
        case WhyColumn:
            return row.why;
        case FixColumn:
            return row.fix;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<p><b>%1</b></p>").arg(row.message.toHtmlEscaped());
        if (!row.why.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(row.why.toHtmlEscaped());
        if (!row.fix.isEmpty())
            tip += QStringLiteral("<p><i>%1</i></p>").arg(row.fix.toHtmlEscaped());
        if (index.column() == WhereColumn && !row.path.isEmpty())
            tip = row.path.toHtmlEscaped() + tip;
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            if (row.kind == Kind::ParseError)
                return Palette::badge(QColor(0xc6, 0x28, 0x28));
            switch (row.severity) {
            case LintFinding::Severity::High:
                return Palette::badge(Palette::severityColor(Rules::Severity::High));
            case LintFinding::Severity::Medium:
                return Palette::badge(Palette::severityColor(Rules::Severity::Medium));
            case LintFinding::Severity::Low:
                return Palette::badge(Palette::severityColor(Rules::Severity::Low));
            case LintFinding::Severity::Info:
                return Palette::badge(Palette::severityColor(Rules::Severity::Info));
            }
        }
        break;
    case PathRole:
        return row.path;
    case LineRole:
        return row.line;
    case ColumnRole:
        return row.column;
    case KindRole:
        return QVariant::fromValue(row.kind);
    case IdRole:
        return row.id;
    }
    return {};
}

QVariant SudoersLintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case WhereColumn:
        return tr("Line");
    case MessageColumn:
        return tr("Finding");
    case WhyColumn:
        return tr("Why it matters");
    case FixColumn:
        return tr("How to fix");
    }
    return {};
}

} // namespace Bulwark::Ui
