// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/Icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Bulwark::Ui::Icons {

namespace {

const QColor Green(0x1e, 0x8e, 0x3e);
const QColor Red(0xc5, 0x22, 0x1f);

// Paints on a 24x24 design grid scaled to the requested rectangle.
class GlyphEngine final : public QIconEngine
{
public:
    // A valid `dot` colour paints a filled disc instead of the glyph.
    GlyphEngine(Glyph glyph, QColor dot)
        : m_glyph(glyph)
        , m_dot(dot)
    {}

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph, m_dot); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.35);
        const QColor ink = QGuiApplication::palette().color(QPalette::WindowText);
        if (m_dot.isValid()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_dot);
            painter->drawEllipse(QPointF(12, 12), 5, 5);
            painter->restore();
            return;
        }
        switch (m_glyph) {
        case Glyph::Shield:
            paintShield(painter);
            break;
        case Glyph::Server:
            paintServer(painter, ink);
            break;
        case Glyph::WindowsServer:
            paintServer(painter, ink);
            paintWindowsBadge(painter);
            break;
        case Glyph::AddHost:
            paintServer(painter, ink);
            paintBadge(painter, Green, true);
            break;
        case Glyph::RemoveHost:
            paintServer(painter, ink);
            paintBadge(painter, Red, false);
            break;
        case Glyph::Connect:
            paintConnect(painter, accent());
            break;
        case Glyph::Quit:
            paintQuit(painter, ink);
            break;
        case Glyph::Scan:
            paintScan(painter, ink);
            break;
        case Glyph::Edit:
            paintEdit(painter, ink);
            break;
        case Glyph::Export:
            paintExport(painter, ink);
            break;
        case Glyph::Group:
            paintGroup(painter, ink);
            break;
        }
        painter->restore();
    }

private:
    static QPen pen(const QColor &color, qreal width)
    {
        return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    }

    static void paintShield(QPainter *p)
    {
        QPainterPath shield;
        shield.moveTo(12, 1.5);
        shield.lineTo(20.5, 4.5);
        shield.lineTo(20.5, 11);
        shield.cubicTo(20.5, 16.6, 16.9, 20.8, 12, 22.5);
        shield.cubicTo(7.1, 20.8, 3.5, 16.6, 3.5, 11);
        shield.lineTo(3.5, 4.5);
        shield.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(accent());
        p->drawPath(shield);
        p->setPen(pen(Qt::white, 2.2));
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(QPolygonF({QPointF(7.8, 12.2), QPointF(10.8, 15.2), QPointF(16.4, 8.8)}));
    }

    static void paintServer(QPainter *p, const QColor &ink)
    {
        p->setPen(pen(ink, 1.6));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(3, 3.5, 16, 6.5), 1.5, 1.5);
        p->drawRoundedRect(QRectF(3, 12.5, 16, 6.5), 1.5, 1.5);
        p->setPen(Qt::NoPen);
        p->setBrush(ink);
        p->drawEllipse(QPointF(6.5, 6.75), 1.1, 1.1);
        p->drawEllipse(QPointF(6.5, 15.75), 1.1, 1.1);
    }

    // Four panes in a square at the bottom right, on a window-coloured ground so they read over the server.
    static void paintWindowsBadge(QPainter *p)
    {
        p->setPen(Qt::NoPen);
        p->setBrush(QGuiApplication::palette().color(QPalette::Window));
        p->drawRoundedRect(QRectF(11.5, 11.5, 12.5, 12.5), 1.5, 1.5);
        p->setBrush(accent());
        const qreal pane = 5.0;
        const qreal gap = 1.0;
        for (int row = 0; row < 2; ++row)
            for (int column = 0; column < 2; ++column)
                p->drawRect(QRectF(12.75 + column * (pane + gap), 12.75 + row * (pane + gap), pane, pane));
    }

    static void paintBadge(QPainter *p, const QColor &color, bool plus)
    {
        const QPointF centre(18, 18);
        p->setPen(pen(QGuiApplication::palette().color(QPalette::Window), 1.5));
        p->setBrush(color);
        p->drawEllipse(centre, 5.5, 5.5);
        p->setPen(pen(Qt::white, 1.8));
        p->drawLine(centre + QPointF(-2.6, 0), centre + QPointF(2.6, 0));
        if (plus)
            p->drawLine(centre + QPointF(0, -2.6), centre + QPointF(0, 2.6));
    }

    static void paintConnect(QPainter *p, const QColor &color)
    {
        p->setPen(pen(color, 2.0));
        p->setBrush(Qt::NoBrush);
        const QRectF circle(4.5, 4.5, 15, 15);
        p->drawArc(circle, 60 * 16, 280 * 16);
        // Arrowhead at the arc's start (60 degrees), pointing along the direction of travel.
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPolygon(QPolygonF({QPointF(17.9, 1.6), QPointF(18.6, 9.2), QPointF(11.6, 6.4)}));
    }

    static void paintQuit(QPainter *p, const QColor &ink)
    {
        p->setPen(pen(ink, 2.0));
        p->setBrush(Qt::NoBrush);
        p->drawArc(QRectF(4.5, 5, 15, 15), 125 * 16, 290 * 16);
        p->drawLine(QPointF(12, 3), QPointF(12, 11));
    }

    static void paintScan(QPainter *p, const QColor &ink)
    {
        // A small shield behind a magnifying glass.
        QPainterPath shield;
        shield.moveTo(9.5, 2);
        shield.lineTo(16, 4.3);
        shield.lineTo(16, 9);
        shield.cubicTo(16, 13.2, 13.3, 16.2, 9.5, 17.6);
        shield.cubicTo(5.7, 16.2, 3, 13.2, 3, 9);
        shield.lineTo(3, 4.3);
        shield.closeSubpath();
        p->setPen(Qt::NoPen);
        QColor fill = accent();
        fill.setAlphaF(0.85);
        p->setBrush(fill);
        p->drawPath(shield);
        p->setPen(pen(ink, 2.0));
        p->setBrush(QGuiApplication::palette().color(QPalette::Base));
        p->drawEllipse(QPointF(14, 13), 4.6, 4.6);
        p->setPen(pen(ink, 2.6));
        p->drawLine(QPointF(17.4, 16.4), QPointF(21.2, 20.2));
    }

    static void paintEdit(QPainter *p, const QColor &ink)
    {
        p->setPen(pen(ink, 1.6));
        p->setBrush(Qt::NoBrush);
        QPainterPath pencil;
        pencil.moveTo(4, 20);
        pencil.lineTo(5, 15.5);
        pencil.lineTo(15.5, 5);
        pencil.lineTo(19, 8.5);
        pencil.lineTo(8.5, 19);
        pencil.closeSubpath();
        p->drawPath(pencil);
        p->drawLine(QPointF(13.3, 7.2), QPointF(16.8, 10.7));
        p->setPen(pen(accent(), 1.6));
        p->drawLine(QPointF(12, 20), QPointF(20, 20));
    }

    static void paintExport(QPainter *p, const QColor &ink)
    {
        p->setPen(pen(ink, 1.7));
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(QPolygonF({QPointF(4, 13), QPointF(4, 20), QPointF(20, 20), QPointF(20, 13)}));
        p->setPen(pen(accent(), 2.0));
        p->drawLine(QPointF(12, 15), QPointF(12, 3.5));
        p->drawPolyline(QPolygonF({QPointF(7.5, 8), QPointF(12, 3.5), QPointF(16.5, 8)}));
    }

    static void paintGroup(QPainter *p, const QColor &ink)
    {
        p->setPen(pen(ink, 1.6));
        QColor fill = accent();
        fill.setAlphaF(0.14);
        p->setBrush(fill);
        QPainterPath folder;
        folder.moveTo(3, 6);
        folder.lineTo(9, 6);
        folder.lineTo(11, 8);
        folder.lineTo(21, 8);
        folder.lineTo(21, 19);
        folder.lineTo(3, 19);
        folder.closeSubpath();
        p->drawPath(folder);
    }

    Glyph m_glyph;
    QColor m_dot;
};

} // namespace

QIcon icon(Glyph glyph)
{
    return QIcon(new GlyphEngine(glyph, QColor()));
}

QIcon statusDot(const QColor &color)
{
    return QIcon(new GlyphEngine(Glyph::Server, color));
}

QColor accent()
{
    return QColor(0x00, 0x5e, 0xb8);
}

} // namespace Bulwark::Ui::Icons
