// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/diff/DiffLineModel.h"

#include <QFont>
#include <QStyledItemDelegate>

class QTextLayout;

namespace Bulwark::Ui {

// Paints a DiffLineModel row: line-number gutters, the +/- marker, the line on its added/removed background with
// changed words on a stronger one and syntax colours, or the "N unchanged lines" separator. Side by side, the row
// is split in two equal halves; a line longer than its half is clipped. Every row has the same height, so the view
// can use uniform item sizes. GUI thread only.
class DiffLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DiffLineDelegate(QObject *parent = nullptr);

    void setFont(const QFont &font);
    QFont font() const { return m_font; }
    // Sizes the gutters for line numbers up to `lines` and the unified width for lines of `longest` characters.
    void setExtent(int lines, int longest);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Columns
    {
        qreal gutter = 0;
        qreal marker = 0;
    };
    void paintCell(QPainter *painter, const QRectF &rect, const DiffLineModel::Cell &cell, int number, int otherNumber,
                   DiffDisplay::RowKind kind, bool twoGutters, const QPalette &palette) const;

    QFont m_font;
    qreal m_charWidth = 8;
    int m_lineHeight = 16;
    int m_digits = 3;
    int m_longest = 80;
};

} // namespace Bulwark::Ui
