// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Error.h"
#include "ui/Host.h"
#include "ui/HostListModel.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Bulwark::Ui {

class ErrorBanner;

// The top of the selected host's page, above its tabs: who the host is, whether Bulwark can reach it, when it was
// last scanned, the Scan button, and while a scan runs its stage with a busy indicator and Cancel. Problems (a failed
// connection, a failed scan) show in a banner under it.
class HostHeader : public QWidget
{
    Q_OBJECT

public:
    explicit HostHeader(QWidget *parent = nullptr);

    void setHost(const Host &host, HostListModel::Status status);
    void setLastScan(const QString &text);
    // `stage`: "Probing the host (one command)…".
    void setScanning(bool scanning, const QString &stage = {});
    void setScanEnabled(bool enabled, const QString &whyNot = {});
    // The problem to show (connection or scan), or none.
    void showProblem(const Error &error);

Q_SIGNALS:
    void scanRequested();
    void cancelRequested();

private:
    QLabel *m_icon = nullptr; // a Linux server or a Windows server
    QLabel *m_title = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_statusDot = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_lastScan = nullptr;
    QPushButton *m_scan = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_stage = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
    ErrorBanner *m_problem = nullptr;
};

} // namespace Bulwark::Ui
