// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/ScoreRing.h"

#include "ui/Palette.h"

#include <QChart>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>

namespace Bulwark::Ui {

ScoreRing::ScoreRing(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("scoreRing"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("background: transparent;"));
    setMinimumSize(180, 180);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *series = new QPieSeries;
    series->setHoleSize(0.72);
    series->setPieSize(0.96);
    series->setPieStartAngle(0);
    series->setPieEndAngle(360);
    m_filled = series->append(QString(), 0);
    m_rest = series->append(QString(), 100);
    for (QPieSlice *slice : {m_filled, m_rest}) {
        slice->setBorderWidth(0);
        slice->setBorderColor(Qt::transparent);
        slice->setLabelVisible(false);
    }

    auto *ring = new QChart;
    ring->addSeries(series);
    ring->legend()->hide();
    ring->setBackgroundVisible(false);
    ring->setPlotAreaBackgroundVisible(false);
    ring->setMargins(QMargins(0, 0, 0, 0));
    ring->setBackgroundRoundness(0);
    ring->setAnimationOptions(QChart::NoAnimation);
    setChart(ring);

    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("scoreValueLabel"));
    m_value->setAlignment(Qt::AlignCenter);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 3.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_caption = new QLabel(tr("of 100"), this);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::neutral().name()));
    setScore(std::nullopt);
}

QSize ScoreRing::sizeHint() const
{
    return {190, 190};
}

QString ScoreRing::valueText() const
{
    return m_value->text();
}

void ScoreRing::setScore(std::optional<int> score)
{
    m_score = score;
    const QColor color = Palette::bandColor(Palette::band(score));
    m_filled->setValue(score ? *score : 0);
    m_rest->setValue(score ? 100 - *score : 100);
    m_filled->setColor(color);
    m_rest->setColor(Palette::track());
    m_value->setText(score ? QString::number(*score) : QStringLiteral("–"));
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    m_caption->setVisible(score.has_value());
    setAccessibleName(score ? tr("Hardening score %1 of 100").arg(*score) : tr("No hardening score"));
    placeLabels();
}

void ScoreRing::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

void ScoreRing::placeLabels()
{
    const QSize valueSize = m_value->sizeHint();
    const QSize captionSize = m_caption->sizeHint();
    const int total = valueSize.height() + (m_caption->isVisibleTo(this) ? captionSize.height() - 6 : 0);
    const QPoint centre = rect().center();
    int top = centre.y() - total / 2;
    m_value->setGeometry(centre.x() - valueSize.width() / 2 - 4, top, valueSize.width() + 8, valueSize.height());
    top += valueSize.height() - 6;
    m_caption->setGeometry(centre.x() - captionSize.width() / 2 - 4, top, captionSize.width() + 8,
                           captionSize.height());
}

} // namespace Bulwark::Ui
