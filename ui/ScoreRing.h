// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChartView>
#include <optional>

class QLabel;
class QPieSlice;

namespace Bulwark::Ui {

// The hardening score as a ring (a Qt Charts donut) filled to the score in the colour of its band, with the number
// and "of 100" in the middle. No score (nothing measured) shows an empty grey ring and a dash.
class ScoreRing : public QChartView
{
    Q_OBJECT

public:
    explicit ScoreRing(QWidget *parent = nullptr);

    void setScore(std::optional<int> score);
    std::optional<int> score() const { return m_score; }
    QString valueText() const;

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeLabels();

    std::optional<int> m_score;
    QPieSlice *m_filled = nullptr;
    QPieSlice *m_rest = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace Bulwark::Ui
