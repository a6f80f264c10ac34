// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/diff/DiffLineModel.h"

namespace Bulwark::Ui {

using RowKind = DiffDisplay::RowKind;

namespace {

// Rows kept with their text and highlighting: several screens of a tall window.
constexpr int CachedRows = 4000;

// Control characters as their Unicode "control pictures" (a CR of a CRLF line becomes ␍), one code unit each so
// the ranges stay valid. Tabs stay: the delegate's text layout expands them.
QString displayText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t')
            c = QChar(char16_t(0x2400 + u));
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421));
    }
    return out;
}

} // namespace

DiffLineModel::DiffLineModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(CachedRows)
{}

DiffLineModel::~DiffLineModel() = default;

void DiffLineModel::setDisplay(std::shared_ptr<const DiffDisplay> display, const QString &path,
                               std::optional<SyntaxRules::Language> language)
{
    beginResetModel();
    m_display = std::move(display);
    m_highlighter = std::make_unique<LineHighlighter>(path, language);
    m_cache.clear();
    endResetModel();
}

void DiffLineModel::clear()
{
    beginResetModel();
    m_display.reset();
    m_cache.clear();
    endResetModel();
}

SyntaxRules::Language DiffLineModel::language() const
{
    return m_highlighter ? m_highlighter->language() : SyntaxRules::Language::Plain;
}

void DiffLineModel::setLayout(Layout layout)
{
    if (layout == m_layout)
        return;
    beginResetModel();
    m_layout = layout;
    m_cache.clear();
    endResetModel();
}

const QList<DiffDisplay::Row> &DiffLineModel::rows() const
{
    static const QList<DiffDisplay::Row> none;
    if (!m_display)
        return none;
    return m_layout == Layout::Unified ? m_display->unifiedRows() : m_display->sideBySideRows();
}

int DiffLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

Qt::ItemFlags DiffLineModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

DiffLineModel::Cell DiffLineModel::cell(int hunk, int index, bool highlight) const
{
    Cell cell;
    if (hunk < 0 || index < 0)
        return cell;
    const Diff::DiffLine &line = m_display->line(hunk, index);
    cell.present = true;
    cell.oldNumber = std::max(line.oldLine, 0);
    cell.newNumber = std::max(line.newLine, 0);
    cell.noNewlineAtEnd = line.noNewlineAtEnd;
    const QString decoded = QString::fromUtf8(line.text);
    cell.text = displayText(decoded);
    const QList<Diff::ByteRange> ranges = m_display->changedRanges(hunk, index);
    if (!ranges.isEmpty()) {
        const bool ascii = decoded.size() == line.text.size();
        auto toUtf16 = [&](qsizetype byte) {
            return ascii ? int(byte) : int(QString::fromUtf8(line.text.left(byte)).size());
        };
        for (const Diff::ByteRange &range : ranges) {
            const int start = toUtf16(range.start);
            const int end = toUtf16(range.start + range.length);
            if (end > start)
                cell.changed.append({start, end - start});
        }
    }
    if (highlight && m_highlighter)
        cell.syntax = m_highlighter->highlight(decoded);
    return cell;
}

DiffLineModel::PaintRow DiffLineModel::paintRow(int row) const
{
    if (const PaintRow *cached = m_cache.object(row))
        return *cached;
    PaintRow paint;
    const QList<DiffDisplay::Row> &all = rows();
    if (row < 0 || row >= all.size())
        return paint;
    const DiffDisplay::Row &r = all.at(row);
    paint.kind = r.kind;
    paint.skipped = r.skipped;
    if (r.kind != RowKind::Skipped) {
        if (m_layout == Layout::Unified) {
            paint.left = cell(r.hunk, r.oldIndex >= 0 ? r.oldIndex : r.newIndex, true);
        } else {
            paint.left = cell(r.hunk, r.oldIndex, true);
            paint.right = r.kind == RowKind::Context ? paint.left : cell(r.hunk, r.newIndex, true);
        }
    }
    m_cache.insert(row, new PaintRow(paint));
    return paint;
}

QVariant DiffLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffDisplay::Row &r = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (r.kind == RowKind::Skipped)
            return tr("%n unchanged line(s)", nullptr, r.skipped);
        if (role == Qt::ToolTipRole)
            return {};
        const PaintRow paint = paintRow(index.row());
        if (m_layout == Layout::SideBySide)
            return QString(paint.left.text + QStringLiteral(" \u2502 ") + paint.right.text);
        const QChar marker = r.kind == RowKind::Added ? u'+' : r.kind == RowKind::Removed ? u'-' : u' ';
        return QString(marker + paint.left.text);
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case KindRole:
        return int(r.kind);
    case SkippedRole:
        return r.skipped;
    case OldNumberRole:
        return r.oldIndex >= 0 ? std::max(m_display->line(r.hunk, r.oldIndex).oldLine, 0) : 0;
    case NewNumberRole:
        return r.newIndex >= 0 ? std::max(m_display->line(r.hunk, r.newIndex).newLine, 0) : 0;
    case OldTextRole:
        if (r.kind == RowKind::Skipped)
            return QString();
        return paintRow(index.row()).left.text;
    case NewTextRole:
        if (r.kind == RowKind::Skipped)
            return QString();
        return m_layout == Layout::Unified ? paintRow(index.row()).left.text : paintRow(index.row()).right.text;
    default:
        break;
    }
    return {};
}

} // namespace Bulwark::Ui
