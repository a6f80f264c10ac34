// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/diff/DiffDisplay.h"
#include "ui/diff/LineHighlighter.h"
#include "ui/diff/SyntaxRules.h"

#include <QAbstractListModel>
#include <QCache>
#include <QList>
#include <QString>
#include <memory>

namespace Bulwark::Ui {

// The rows of a DiffView, one model row per painted row in either layout. Text, changed-word ranges and syntax spans
// of a row are computed when it is first asked for (normally by the delegate painting it) and kept in a bounded
// cache, so a 100k-line diff costs only the rows on screen. GUI thread only.
class DiffLineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Layout
    {
        Unified,
        SideBySide,
    };

    enum Role
    {
        KindRole = Qt::UserRole + 1, // DiffDisplay::RowKind as int
        OldNumberRole,               // 1-based, 0 when the row has no old line
        NewNumberRole,
        OldTextRole, // side by side: the left cell's text; unified: the line's text
        NewTextRole,
        SkippedRole, // Skipped rows: the number of unchanged lines
    };

    // One side of a painted row: its line number, text (control characters shown as symbols, so indices match),
    // changed-word ranges and syntax spans, in UTF-16 code units of text.
    struct Cell
    {
        bool present = false;
        int oldNumber = 0; // 0: none
        int newNumber = 0;
        QString text;
        QList<std::pair<int, int>> changed; // start, length
        QList<SyntaxRules::Span> syntax;
        bool noNewlineAtEnd = false;
    };

    struct PaintRow
    {
        DiffDisplay::RowKind kind = DiffDisplay::RowKind::Context;
        int skipped = 0;
        Cell left; // unified: the only cell
        Cell right;
    };

    explicit DiffLineModel(QObject *parent = nullptr);
    ~DiffLineModel() override;

    void setDisplay(std::shared_ptr<const DiffDisplay> display, const QString &path,
                    std::optional<SyntaxRules::Language> language = {});
    void clear();
    std::shared_ptr<const DiffDisplay> display() const { return m_display; }
    SyntaxRules::Language language() const;

    Layout layout() const { return m_layout; }
    void setLayout(Layout layout);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Everything the delegate paints for a row.
    PaintRow paintRow(int row) const;

private:
    const QList<DiffDisplay::Row> &rows() const;
    Cell cell(int hunk, int index, bool highlight) const;

    std::shared_ptr<const DiffDisplay> m_display;
    std::unique_ptr<LineHighlighter> m_highlighter;
    Layout m_layout = Layout::Unified;
    mutable QCache<int, PaintRow> m_cache;
};

} // namespace Bulwark::Ui
