// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/Card.h"

#include "ui/Palette.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Bulwark::Ui {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setProperty("bulwarkCard", true);
    setFrameShape(QFrame::StyledPanel);
    // Fixed light card on the window background, dark text: the same in light and dark desktop themes, like the
    // error banner and the HTML report.
    // A fixed light card with dark text on the window background: the same in light and dark desktop themes, like
    // the error banner and the HTML report. The palette reaches labels and check boxes alike.
    setStyleSheet(QStringLiteral("QFrame[bulwarkCard=\"true\"] { background: %1; border: 1px solid %2;"
                                 " border-radius: 6px; }")
                      .arg(Palette::cardFill().name(), Palette::cardBorder().name()));
    QPalette colours = palette();
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        colours.setColor(role, QColor(0x1d, 0x27, 0x33));
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base})
        colours.setColor(role, Palette::cardFill());
    colours.setColor(QPalette::PlaceholderText, Palette::neutral());
    setPalette(colours);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    m_title->setFont(font);

    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::neutral().name()));
    m_subtitle->setVisible(false);

    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addLayout(m_body, 1);
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
}

void Card::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

} // namespace Bulwark::Ui
