// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Error.h"
#include "ui/Host.h"
#include "ui/HostListModel.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Bulwark::Ui {

class ErrorBanner;

// The details pane for one host: who it is (OS, host name, kernel, uptime) and how Bulwark reaches it (account,
// login method, host key). Values are selectable so they can be pasted into a ticket.
class HostFactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HostFactsPage(QWidget *parent = nullptr);

    void setHost(const Host &host, HostListModel::Status status, const Error &error);

Q_SIGNALS:
    // The user asked to connect again and refresh the facts.
    void refreshRequested();

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &objectName);

    QLabel *m_title = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_statusDot = nullptr;
    QLabel *m_statusText = nullptr;
    QPushButton *m_refresh = nullptr;
    ErrorBanner *m_error = nullptr;
    ErrorBanner *m_incomplete = nullptr;
    QLabel *m_os = nullptr;
    QLabel *m_hostname = nullptr;
    QLabel *m_kernel = nullptr;
    QLabel *m_uptime = nullptr;
    QLabel *m_remoteUser = nullptr;
    QLabel *m_authMethod = nullptr;
    QLabel *m_hostKey = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_footnote = nullptr;
};

} // namespace Bulwark::Ui
