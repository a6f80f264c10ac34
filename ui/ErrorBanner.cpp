// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/ErrorBanner.h"

#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bulwark::Ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setProperty("bulwarkBanner", true); // the style sheet's selector, whatever the objectName
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("errorMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("errorDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("errorDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setFont(Theme::monospaceFont());
    m_detail->setVisible(false);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_message);
    text->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    text->addWidget(m_detail);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detail->setVisible(open);
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    applySeverity();
    setVisible(false);
}

void ErrorBanner::showError(const Error &error, Severity severity)
{
    showMessage(error.message(), error.detail(), severity);
}

void ErrorBanner::showMessage(const QString &message, const QString &detail, Severity severity)
{
    m_severity = severity;
    m_message->setText(message);
    m_detail->setText(detail);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!detail.isEmpty());
    applySeverity();
    setVisible(true);
}

void ErrorBanner::clear()
{
    m_message->clear();
    m_detail->clear();
    m_detailsButton->setChecked(false);
    setVisible(false);
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::detail() const
{
    return m_detail->text();
}

bool ErrorBanner::isDetailVisible() const
{
    return m_detail->isVisibleTo(this);
}

void ErrorBanner::applySeverity()
{
    // Fixed light tints with dark text: legible in light and dark themes alike.
    QString edge, fill;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxWarning;
    switch (m_severity) {
    case Severity::Information:
        edge = QStringLiteral("#1a73e8");
        fill = QStringLiteral("#e8f0fe");
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case Severity::Warning:
        edge = QStringLiteral("#e37400");
        fill = QStringLiteral("#fef7e0");
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Severity::Critical:
        edge = QStringLiteral("#c5221f");
        fill = QStringLiteral("#fce8e6");
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    setStyleSheet(QStringLiteral("QFrame[bulwarkBanner=\"true\"] { background: %1; border: 1px solid %2;"
                                 " border-left: 4px solid %2; border-radius: 4px; }"
                                 "QFrame[bulwarkBanner=\"true\"] QLabel, QFrame[bulwarkBanner=\"true\"] QToolButton {"
                                 " color: #202124; background: transparent; border: none; }")
                      .arg(fill, edge));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    QFont font = m_message->font();
    font.setBold(m_severity == Severity::Critical);
    m_message->setFont(font);
}

} // namespace Bulwark::Ui
