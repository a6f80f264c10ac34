// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostTreeView.h"

#include <QPainter>

namespace Bulwark::Ui {

HostTreeView::HostTreeView(QWidget *parent)
    : QTreeView(parent)
{}

void HostTreeView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void HostTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(16, 24, -16, -16);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace Bulwark::Ui
