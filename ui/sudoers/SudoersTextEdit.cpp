// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/SudoersTextEdit.h"

#include "ui/diff/DiffPalette.h"
#include "ui/sudoers/SudoersGutter.h"
#include "ui/sudoers/SudoersHighlighter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>
#include <optional>

namespace Bulwark::Ui {

namespace {

QColor markerColor(SudoersTextEdit::Marker::Kind kind)
{
    switch (kind) {
    case SudoersTextEdit::Marker::Kind::Error:
        return QColor(0xc6, 0x28, 0x28);
    case SudoersTextEdit::Marker::Kind::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case SudoersTextEdit::Marker::Kind::Note:
        break;
    }
    return QColor(0x1e, 0x6f, 0xc8);
}

} // namespace

SudoersTextEdit::SudoersTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new SudoersGutter(this))
    , m_highlighter(new SudoersHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    m_highlighter->setPalette(palette());
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SudoersTextEdit::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SudoersTextEdit::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SudoersTextEdit::updateSelections);
    updateGutterWidth();
}

void SudoersTextEdit::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    updateSelections();
    m_gutter->update();
}

int SudoersTextEdit::characterColumn(int line, int byteColumn) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid() || byteColumn <= 1)
        return 0;
    const QByteArray bytes = block.text().toUtf8();
    return int(QString::fromUtf8(bytes.left(byteColumn - 1)).size());
}

void SudoersTextEdit::moveTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        qMin(characterColumn(line, column), int(block.text().size())));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int SudoersTextEdit::gutterWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits) + fontMetrics().height();
}

void SudoersTextEdit::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SudoersTextEdit::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void SudoersTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void SudoersTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_highlighter->setPalette(palette());
        updateSelections();
    }
}

void SudoersTextEdit::paintGutter(QWidget *gutter, QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(gutter);
    const QPalette &pal = palette();
    painter.fillRect(gutter->rect(), DiffPalette::gutterBackground(pal));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    const int dot = qMax(6, lineHeight / 2);
    painter.setFont(font());
    while (block.isValid() && top <= gutter->height()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible()) {
            const int line = block.blockNumber() + 1;
            painter.setPen(DiffPalette::gutterText(pal));
            painter.drawText(QRect(0, top, gutter->width() - 6, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(line));
            // The most serious marker of the line.
            std::optional<Marker::Kind> worst;
            for (const Marker &marker : m_markers) {
                if (marker.line == line && (!worst || int(marker.kind) < int(*worst)))
                    worst = marker.kind;
            }
            if (worst) {
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(markerColor(*worst));
                painter.drawEllipse(QRect(4, top + (lineHeight - dot) / 2, dot, dot));
                painter.restore();
            }
        }
        block = block.next();
        top += height;
    }
}

int SudoersTextEdit::lineAt(const QPoint &position) const
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, position.y()));
    return cursor.blockNumber() + 1;
}

QString SudoersTextEdit::gutterToolTip(const QPoint &position) const
{
    const int line = lineAt(position);
    QStringList lines;
    for (const Marker &marker : m_markers) {
        if (marker.line == line)
            lines.append(marker.message);
    }
    return lines.join(QLatin1Char('\n'));
}

void SudoersTextEdit::gutterClicked(const QPoint &position)
{
    const int line = lineAt(position);
    for (const Marker &marker : m_markers) {
        if (marker.line == line) {
            moveTo(line, marker.column);
            return;
        }
    }
}

void SudoersTextEdit::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection current;
        current.format.setBackground(DiffPalette::skippedBackground(palette()));
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        current.cursor = textCursor();
        current.cursor.clearSelection();
        selections.append(current);
    }
    for (const Marker &marker : m_markers) {
        const QTextBlock block = document()->findBlockByNumber(marker.line - 1);
        if (!block.isValid())
            continue;
        const QString text = block.text();
        int start = characterColumn(marker.line, marker.column);
        if (marker.column <= 0) {
            start = 0;
            while (start < text.size() && text.at(start).isSpace())
                ++start;
        }
        int end = int(text.size());
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (marker.kind == Marker::Kind::Error) {
            QTextEdit::ExtraSelection line;
            line.format.setBackground(DiffPalette::removedBackground(palette()));
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            line.cursor = QTextCursor(block);
            selections.append(line);
        }
        QTextEdit::ExtraSelection underline;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(markerColor(marker.kind));
        underline.format.setToolTip(marker.message);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + qMin(start, int(text.size())));
        // An error at the line's end (a missing token) still gets a visible mark: the last character.
        if (end <= start && start > 0)
            cursor.setPosition(block.position() + start - 1);
        cursor.setPosition(block.position() + qMax(end, qMin(start + 1, int(text.size()))), QTextCursor::KeepAnchor);
        underline.cursor = cursor;
        selections.append(underline);
    }
    setExtraSelections(selections);
}

} // namespace Bulwark::Ui
