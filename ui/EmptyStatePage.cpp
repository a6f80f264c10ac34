// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/EmptyStatePage.h"

#include "ui/Icons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bulwark::Ui {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStatePage"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(Icons::Glyph::Shield).pixmap(QSize(88, 88), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("No hosts yet"), this);
    title->setObjectName(QStringLiteral("emptyTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *lead = new QLabel(tr("Add a Linux server to audit it."), this);
    lead->setObjectName(QStringLiteral("emptyLeadLabel"));
    QFont leadFont = lead->font();
    leadFont.setPointSizeF(leadFont.pointSizeF() * 1.2);
    lead->setFont(leadFont);
    lead->setAlignment(Qt::AlignCenter);

    auto *button = new QPushButton(Icons::icon(Icons::Glyph::AddHost), tr("Add host…"), this);
    button->setObjectName(QStringLiteral("emptyAddHostButton"));
    QFont buttonFont = button->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.15);
    buttonFont.setBold(true);
    button->setFont(buttonFont);
    button->setIconSize(QSize(22, 22));
    button->setMinimumSize(200, 44);
    button->setDefault(true);
    connect(button, &QPushButton::clicked, this, &EmptyStatePage::addHostRequested);

    auto *note = new QLabel(tr("Bulwark connects over SSH, verifies the server's host key and reads basic facts. "
                               "It changes nothing on a server without your approval."),
                            this);
    note->setObjectName(QStringLiteral("emptyNoteLabel"));
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    note->setFixedWidth(460);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QVBoxLayout;
    column->setSpacing(0);
    column->addWidget(icon, 0, Qt::AlignHCenter);
    column->addSpacing(20);
    column->addWidget(title, 0, Qt::AlignHCenter);
    column->addSpacing(8);
    column->addWidget(lead, 0, Qt::AlignHCenter);
    column->addSpacing(28);
    column->addWidget(button, 0, Qt::AlignHCenter);
    column->addSpacing(28);
    column->addWidget(note, 0, Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(2);
    layout->addLayout(column);
    layout->addStretch(3);
}

} // namespace Bulwark::Ui
