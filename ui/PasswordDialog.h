// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Bulwark::Ui {

// Asks for a password a saved host needs: to log in (the SSH keys were refused, or a Windows host, and Bulwark keeps
// no password across restarts yet) or for sudo (the host's "scan with sudo" needs one). Shown with open(), never
// exec(). The password is handed to the connection's credentials and kept in memory only; the dialog clears its field
// when it closes.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Login,
        Sudo,
        WindowsLogin // a Windows host's WinRM password (no sudo there)
    };

    // `host` as the user knows it ("pacs-db-01"), `account` as dialled ("ops@10.20.7.31").
    PasswordDialog(Purpose purpose, const QString &host, const QString &account, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    Purpose purpose() const { return m_purpose; }
    QByteArray password() const { return m_password; }
    // Login only: use the same password for sudo.
    bool sameForSudo() const;
    // Why the password is asked for again ("sudo rejected the password."), shown above the field.
    void setProblem(const QString &problem);

    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    Purpose m_purpose;
    QByteArray m_password;
    QLabel *m_problem = nullptr;
    QLineEdit *m_edit = nullptr;
    QCheckBox *m_sudoSame = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Bulwark::Ui
