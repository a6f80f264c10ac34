// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostHeader.h"

#include "ui/ErrorBanner.h"
#include "ui/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bulwark::Ui {

HostHeader::HostHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hostHeader"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("hostIconLabel"));
    icon->setPixmap(Icons::icon(Icons::Glyph::Server).pixmap(QSize(40, 40), devicePixelRatioF()));
    m_icon = icon;

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("addressLabel"));
    m_address->setTextFormat(Qt::PlainText);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusDot = new QLabel(this);
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("statusLabel"));
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("hostMetaLabel"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    auto *subtitle = new QHBoxLayout;
    subtitle->setSpacing(6);
    subtitle->addWidget(m_address);
    subtitle->addWidget(new QLabel(QStringLiteral("·"), this));
    subtitle->addWidget(m_statusDot);
    subtitle->addWidget(m_statusText);
    subtitle->addStretch(1);
    m_meta->setWordWrap(true);

    m_lastScan = new QLabel(this);
    m_lastScan->setObjectName(QStringLiteral("lastScanLabel"));
    m_lastScan->setTextFormat(Qt::PlainText);
    m_lastScan->setWordWrap(true);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(3);
    titles->addWidget(m_title);
    titles->addLayout(subtitle);
    titles->addWidget(m_meta);
    titles->addWidget(m_lastScan);

    m_scan = new QPushButton(Icons::icon(Icons::Glyph::Scan), tr("Scan"), this);
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setIconSize(QSize(20, 20));
    m_scan->setMinimumSize(120, 36);
    QFont scanFont = m_scan->font();
    scanFont.setBold(true);
    m_scan->setFont(scanFont);
    m_scan->setToolTip(tr("Audit this host now (F5). Bulwark runs one read-only command; nothing changes."));
    connect(m_scan, &QPushButton::clicked, this, &HostHeader::scanRequested);

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(titles, 1);
    top->addWidget(m_scan, 0, Qt::AlignTop);

    // While scanning.
    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("scanProgressRow"));
    m_stage = new QLabel(m_progressRow);
    m_stage->setObjectName(QStringLiteral("scanStageLabel"));
    m_stage->setTextFormat(Qt::PlainText);
    m_busy = new QProgressBar(m_progressRow);
    m_busy->setObjectName(QStringLiteral("scanBusyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelScanButton"));
    m_cancel->setToolTip(tr("Stop the scan. Nothing on the host has been changed."));
    connect(m_cancel, &QPushButton::clicked, this, &HostHeader::cancelRequested);
    auto *progressText = new QVBoxLayout;
    progressText->setSpacing(6);
    progressText->addWidget(m_stage);
    progressText->addWidget(m_busy);
    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(54, 0, 0, 0);
    progress->setSpacing(14);
    progress->addLayout(progressText, 1);
    progress->addWidget(m_cancel, 0, Qt::AlignVCenter);
    m_progressRow->setVisible(false);

    m_problem = new ErrorBanner(this);
    m_problem->setObjectName(QStringLiteral("hostErrorBanner"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 10);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_problem);
}

void HostHeader::setHost(const Host &host, HostListModel::Status status)
{
    m_title->setText(host.displayName());
    const QString dialled = host.dialledName();
    m_address->setText(dialled.isEmpty() ? host.effectiveAddress() : dialled);
    m_icon->setPixmap(Icons::icon(host.isWindows() ? Icons::Glyph::WindowsServer : Icons::Glyph::Server)
                          .pixmap(QSize(40, 40), devicePixelRatioF()));
    m_statusDot->setPixmap(
        Icons::statusDot(HostListModel::statusColor(status)).pixmap(QSize(14, 14), devicePixelRatioF()));
    m_statusText->setText(HostListModel::statusText(status));
    QStringList meta;
    if (host.isWindows())
        meta << (host.winRm.scheme == Transport::WinRmTarget::Scheme::Https
                     ? tr("Windows · WinRM over HTTPS")
                     : tr("Windows · WinRM over unencrypted HTTP"));
    if (!host.facts.osPrettyName.isEmpty())
        meta << host.facts.osPrettyName;
    if (!host.group.isEmpty())
        meta << tr("Group: %1").arg(host.group);
    if (!host.elevate && !host.isWindows())
        meta << tr("scans without sudo");
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_meta->setVisible(!meta.isEmpty());
}

void HostHeader::setLastScan(const QString &text)
{
    m_lastScan->setText(text);
}

void HostHeader::setScanning(bool scanning, const QString &stage)
{
    m_progressRow->setVisible(scanning);
    m_stage->setText(stage);
    m_scan->setVisible(!scanning);
}

void HostHeader::setScanEnabled(bool enabled, const QString &whyNot)
{
    m_scan->setEnabled(enabled);
    m_scan->setToolTip(enabled ? tr("Audit this host now (F5). Bulwark runs one read-only command; nothing changes.")
                               : whyNot);
}

void HostHeader::showProblem(const Error &error)
{
    switch (error.code()) {
    case Error::Code::None:
        m_problem->clear();
        return;
    case Error::Code::HostKeyChanged:
    case Error::Code::HostKeyRevoked:
        m_problem->showError(error, ErrorBanner::Severity::Critical);
        return;
    case Error::Code::Canceled:
        m_problem->showError(error, ErrorBanner::Severity::Information);
        return;
    default:
        m_problem->showError(error, ErrorBanner::Severity::Warning);
        return;
    }
}

} // namespace Bulwark::Ui
