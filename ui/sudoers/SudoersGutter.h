// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace Bulwark::Ui {

class SudoersTextEdit;

// The line-number and marker column of a SudoersTextEdit; the editor paints it and answers its tooltips.
class SudoersGutter : public QWidget
{
    Q_OBJECT

public:
    explicit SudoersGutter(SudoersTextEdit *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    SudoersTextEdit *m_editor;
};

} // namespace Bulwark::Ui
