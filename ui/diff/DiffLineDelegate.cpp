// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/diff/DiffLineDelegate.h"

#include "ui/diff/DiffPalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace Bulwark::Ui {

using RowKind = DiffDisplay::RowKind;

namespace {

constexpr qreal GutterPadding = 6;
constexpr int RowPadding = 2;         // above and below the text
constexpr int MaxUnifiedChars = 1000; // wider lines are clipped rather than widening every row

} // namespace

DiffLineDelegate::DiffLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    setFont(QFont());
}

void DiffLineDelegate::setFont(const QFont &font)
{
    m_font = font;
    const QFontMetricsF metrics(font);
    m_charWidth = metrics.horizontalAdvance(u'0');
    m_lineHeight = int(std::ceil(metrics.height())) + 2 * RowPadding;
}

void DiffLineDelegate::setExtent(int lines, int longest)
{
    m_digits = std::max(3, int(QString::number(std::max(lines, 1)).size()));
    m_longest = std::clamp(longest, 1, MaxUnifiedChars);
}

QSize DiffLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    const auto *model = qobject_cast<const DiffLineModel *>(index.model());
    const qreal gutter = m_digits * m_charWidth + 2 * GutterPadding;
    const qreal marker = 2 * m_charWidth;
    if (model && model->layout() == DiffLineModel::Layout::SideBySide)
        return QSize(int(2 * (gutter + marker) + 40 * m_charWidth), m_lineHeight); // halves fit the viewport
    return QSize(int(2 * gutter + marker + (m_longest + 2) * m_charWidth), m_lineHeight);
}

void DiffLineDelegate::paintCell(QPainter *painter, const QRectF &rect, const DiffLineModel::Cell &cell, int number,
                                 int otherNumber, RowKind kind, bool twoGutters, const QPalette &palette) const
{
    const qreal gutter = m_digits * m_charWidth + 2 * GutterPadding;
    const qreal marker = 2 * m_charWidth;
    const qreal gutters = twoGutters ? 2 * gutter : gutter;

    QColor background = palette.color(QPalette::Base);
    QColor wordBackground;
    QChar sign = u' ';
    if (!cell.present) {
        background = DiffPalette::emptyCellBackground(palette);
    } else if (kind == RowKind::Added) {
        background = DiffPalette::addedBackground(palette);
        wordBackground = DiffPalette::addedWordBackground(palette);
        sign = u'+';
    } else if (kind == RowKind::Removed) {
        background = DiffPalette::removedBackground(palette);
        wordBackground = DiffPalette::removedWordBackground(palette);
        sign = u'\u2212';
    }
    painter->fillRect(rect, background);
    const QRectF gutterRect(rect.left(), rect.top(), gutters, rect.height());
    painter->fillRect(gutterRect, kind == RowKind::Context || !cell.present ? DiffPalette::gutterBackground(palette)
                                  : DiffPalette::isDark(palette)            ? background.lighter(125)
                                                                            : background.darker(104));
    if (!cell.present)
        return;

    painter->setFont(m_font);
    painter->setPen(DiffPalette::gutterText(palette));
    auto drawNumber = [&](qreal x, int value) {
        if (value > 0)
            painter->drawText(QRectF(x, rect.top(), gutter - GutterPadding, rect.height()),
                              Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    };
    drawNumber(rect.left(), number);
    if (twoGutters)
        drawNumber(rect.left() + gutter, otherNumber);
    const QColor signColor = kind == RowKind::Added     ? DiffPalette::addedText(palette)
                             : kind == RowKind::Removed ? DiffPalette::removedText(palette)
                                                        : palette.color(QPalette::Text);
    painter->setPen(signColor);
    painter->drawText(QRectF(rect.left() + gutters, rect.top(), marker, rect.height()), Qt::AlignCenter, QString(sign));

    QTextLayout layout(cell.text, m_font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTabStopDistance(8 * m_charWidth);
    layout.setTextOption(textOption);
    QList<QTextLayout::FormatRange> formats;
    formats.reserve(cell.syntax.size() + cell.changed.size());
    for (const SyntaxRules::Span &span : cell.syntax) {
        QTextCharFormat format;
        format.setForeground(DiffPalette::syntax(span.category, palette));
        formats.append({span.start, span.length, format});
    }
    if (wordBackground.isValid()) {
        for (const auto &[start, length] : cell.changed) {
            QTextCharFormat format;
            format.setBackground(wordBackground);
            formats.append({start, length, format});
        }
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(std::max<qreal>(rect.width(), cell.text.size() * m_charWidth * 2));
    layout.endLayout();

    const QRectF textRect(rect.left() + gutters + marker, rect.top(), rect.width() - gutters - marker, rect.height());
    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setPen(palette.color(QPalette::Text));
    const qreal y = rect.top() + (rect.height() - (line.isValid() ? line.height() : 0)) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

void DiffLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DiffLineModel *>(index.model());
    if (!model)
        return;
    const DiffLineModel::PaintRow row = model->paintRow(index.row());
    const QPalette &palette = option.palette;
    const QRectF rect = option.rect;
    painter->save();
    if (row.kind == RowKind::Skipped) {
        painter->fillRect(rect, DiffPalette::skippedBackground(palette));
        painter->setFont(m_font);
        painter->setPen(DiffPalette::gutterText(palette));
        const qreal indent = m_digits * m_charWidth + 2 * GutterPadding;
        painter->drawText(rect.adjusted(indent, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QStringLiteral("\u22ef  ") + index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }
    if (model->layout() == DiffLineModel::Layout::Unified) {
        paintCell(painter, rect, row.left, row.left.oldNumber, row.left.newNumber, row.kind, true, palette);
    } else {
        const qreal half = std::floor(rect.width() / 2);
        const QRectF left(rect.left(), rect.top(), half - 1, rect.height());
        const QRectF right(rect.left() + half, rect.top(), rect.width() - half, rect.height());
        const RowKind leftKind = row.kind == RowKind::Context ? RowKind::Context : RowKind::Removed;
        const RowKind rightKind = row.kind == RowKind::Context ? RowKind::Context : RowKind::Added;
        paintCell(painter, left, row.left, row.left.oldNumber, 0, leftKind, false, palette);
        paintCell(painter, right, row.right, row.right.newNumber, 0, rightKind, false, palette);
        painter->fillRect(QRectF(rect.left() + half - 1, rect.top(), 1, rect.height()), palette.color(QPalette::Mid));
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(palette.color(QPalette::Highlight));
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

} // namespace Bulwark::Ui
