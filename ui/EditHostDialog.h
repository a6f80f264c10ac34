// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/Host.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Bulwark::Ui {

// Edits what the inventory keeps about a host: its name, address, group, identity file and whether scans run
// through sudo; for a Windows host its address (user@host[:port]) and whether WinRM runs over HTTPS or, explicitly
// allowed, plain HTTP (no identity file, no sudo). Nothing is dialled here; the window reconnects when the address or
// identity file changed. Shown with open(); on accepted() host() is the edited value (same id, target not yet
// re-resolved).
class EditHostDialog : public QDialog
{
    Q_OBJECT

public:
    // `groups`: the existing group names, offered in the group box.
    EditHostDialog(const Host &host, const QStringList &groups, QWidget *parent = nullptr);

    Host host() const;
    // Whether the edit changes how Bulwark reaches the host (address, identity file, WinRM transport).
    bool changesConnection() const;
    // The address as typed is usable ([user@]host[:port] or an alias).
    bool isAddressValid() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void validate();

    Host m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_addressError = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_identity = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_sudo = nullptr;
    QRadioButton *m_https = nullptr;
    QRadioButton *m_http = nullptr;
    QLabel *m_httpWarning = nullptr;
    QCheckBox *m_allowUnencrypted = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Bulwark::Ui
