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
// A Windows host shows its build, domain and WinRM certificate instead of the kernel and host key, and, once
// scanned, a security overview from its fact tree (FACTS-windows.md): services, accounts, firewall profiles,
// BitLocker, Defender, updates, Remote Desktop, SMB and WinRM.
class HostFactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit HostFactsPage(QWidget *parent = nullptr);

    void setHost(const Host &host);

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &objectName);
    void setWindowsFacts(const Host &host);

    ErrorBanner *m_incomplete = nullptr;
    QFormLayout *m_systemForm = nullptr;
    QFormLayout *m_connectionForm = nullptr;
    QLabel *m_os = nullptr;
    QLabel *m_build = nullptr;  // Windows
    QLabel *m_domain = nullptr; // Windows
    QLabel *m_hostname = nullptr;
    QLabel *m_kernel = nullptr;
    QLabel *m_uptime = nullptr;
    QLabel *m_remoteUser = nullptr;
    QLabel *m_authMethod = nullptr;
    QLabel *m_hostKey = nullptr;
    QLabel *m_certificate = nullptr; // Windows over HTTPS
    QWidget *m_windowsSection = nullptr;
    QLabel *m_windowsHint = nullptr; // "Scan the host…" until there is a Windows fact tree
    QFormLayout *m_windowsForm = nullptr;
    QLabel *m_services = nullptr;
    QLabel *m_accounts = nullptr;
    QLabel *m_administrators = nullptr;
    QLabel *m_firewall = nullptr;
    QLabel *m_bitlocker = nullptr;
    QLabel *m_defender = nullptr;
    QLabel *m_updates = nullptr;
    QLabel *m_rdp = nullptr;
    QLabel *m_smb = nullptr;
    QLabel *m_winrm = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_footnote = nullptr;
};

} // namespace Bulwark::Ui
