// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/SudoersGutter.h"

#include "ui/sudoers/SudoersTextEdit.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

namespace Bulwark::Ui {

SudoersGutter::SudoersGutter(SudoersTextEdit *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("sudoersGutter"));
    setMouseTracking(true);
}

QSize SudoersGutter::sizeHint() const
{
    return QSize(m_editor->gutterWidth(), 0);
}

void SudoersGutter::paintEvent(QPaintEvent *event)
{
    m_editor->paintGutter(this, event);
}

bool SudoersGutter::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_editor->gutterToolTip(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void SudoersGutter::mousePressEvent(QMouseEvent *event)
{
    m_editor->gutterClicked(event->position().toPoint());
    QWidget::mousePressEvent(event);
}

} // namespace Bulwark::Ui
