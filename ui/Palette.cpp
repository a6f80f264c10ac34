// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/Palette.h"

#include <QCoreApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace Bulwark::Ui::Palette {

using Rules::Finding;
using Rules::Severity;

Band band(std::optional<int> score)
{
    if (!score)
        return Band::None;
    if (*score >= 80)
        return Band::Good;
    if (*score >= 50)
        return Band::NeedsAttention;
    return Band::AtRisk;
}

QColor bandColor(Band band)
{
    switch (band) {
    case Band::Good:
        return QColor(0x1f, 0x7a, 0x3f);
    case Band::NeedsAttention:
        return QColor(0xa8, 0x4d, 0x00);
    case Band::AtRisk:
        return QColor(0xb4, 0x23, 0x18);
    case Band::None:
        break;
    }
    return neutral();
}

QString bandName(Band band)
{
    switch (band) {
    case Band::Good:
        return QCoreApplication::translate("Bulwark::Ui::Palette", "Good");
    case Band::NeedsAttention:
        return QCoreApplication::translate("Bulwark::Ui::Palette", "Needs attention");
    case Band::AtRisk:
        return QCoreApplication::translate("Bulwark::Ui::Palette", "At risk");
    case Band::None:
        break;
    }
    return QCoreApplication::translate("Bulwark::Ui::Palette", "Not measured");
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0x7a, 0x10, 0x10);
    case Severity::High:
        return QColor(0xb4, 0x23, 0x18);
    case Severity::Medium:
        return QColor(0xa8, 0x4d, 0x00);
    case Severity::Low:
        return QColor(0x4e, 0x5b, 0xa6);
    case Severity::Info:
        break;
    }
    return neutral();
}

QColor statusColor(Finding::Status status)
{
    switch (status) {
    case Finding::Status::Fail:
        return QColor(0xb4, 0x23, 0x18);
    case Finding::Status::Pass:
        return QColor(0x1f, 0x7a, 0x3f);
    case Finding::Status::NotApplicable:
        return neutral();
    case Finding::Status::Unknown:
        break;
    }
    return QColor(0x8a, 0x5a, 0x00);
}

QString statusName(Finding::Status status)
{
    switch (status) {
    case Finding::Status::Fail:
        return QCoreApplication::translate("Bulwark::Ui::Palette", "Failed");
    case Finding::Status::Pass:
        return QCoreApplication::translate("Bulwark::Ui::Palette", "Passed");
    case Finding::Status::NotApplicable:
        return QCoreApplication::translate("Bulwark::Ui::Palette", "Not applicable");
    case Finding::Status::Unknown:
        break;
    }
    return QCoreApplication::translate("Bulwark::Ui::Palette", "Could not be checked");
}

QColor neutral()
{
    return QColor(0x5f, 0x6b, 0x78);
}

QColor track()
{
    return QColor(0xe3, 0xe7, 0xec);
}

QColor cardBorder()
{
    return QColor(0xd5, 0xdb, 0xe1);
}

QColor cardFill()
{
    return QColor(0xff, 0xff, 0xff);
}

QIcon badge(const QColor &color)
{
    QIcon icon;
    for (const int scale : {1, 2}) {
        QPixmap pixmap(QSize(14, 14) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(1, 3, 12, 8), 3, 3);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Bulwark::Ui::Palette
