// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/Host.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace Bulwark::Ui {

class ErrorBanner;

// The Facts tab of a host: who it is (OS, host name, kernel, uptime) and how Bulwark reaches it (account, login
// method, host key), from the last connection or scan. Values are selectable so they can be pasted into a ticket.
class HostFactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HostFactsPage(QWidget *parent = nullptr);

    void setHost(const Host &host);

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &objectName);

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
