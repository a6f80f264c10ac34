// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/PasswordDialog.h"

#include "ui/DialogSizing.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bulwark::Ui {

namespace {

constexpr int PreferredWidth = 520;

} // namespace

PasswordDialog::PasswordDialog(Purpose purpose, const QString &host, const QString &account, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("PasswordDialog"));
    const bool sudo = purpose == Purpose::Sudo;
    setWindowTitle(sudo ? tr("Sudo Password") : tr("Password"));

    auto *title = new QLabel(sudo ? tr("Sudo password for %1").arg(host) : tr("Password for %1").arg(host), this);
    title->setObjectName(QStringLiteral("passwordTitleLabel"));
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *lead = new QLabel(sudo ? tr("The scan runs through sudo on %1 so that it can read files only root may read, "
                                      "and sudo asks for a password there.")
                                       .arg(account)
                            : purpose == Purpose::WindowsLogin
                                ? tr("Enter the Windows password of %1 to log in over WinRM.").arg(account)
                                : tr("%1 did not accept your SSH keys. Enter the password to log in.").arg(account),
                            this);
    lead->setObjectName(QStringLiteral("passwordLeadLabel"));
    lead->setTextFormat(Qt::PlainText);
    lead->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passwordProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_problem->setVisible(false);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passwordEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(sudo ? tr("Sudo password") : tr("Password"));

    auto *note = new QLabel(sudo ? tr("Kept in memory until Bulwark closes; never saved or logged. To scan without "
                                      "sudo instead, turn off \"Scan with sudo\" in Edit Host: checks that need root "
                                      "then show as \"could not be checked\".")
                                 : tr("Kept in memory until Bulwark closes; never saved or logged."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(0);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(lead);
    layout->addSpacing(16);
    layout->addWidget(m_problem);
    layout->addWidget(m_edit);
    if (purpose == Purpose::Login) {
        m_sudoSame = new QCheckBox(tr("Use the same password for &sudo"), this);
        m_sudoSame->setObjectName(QStringLiteral("sudoSameCheck"));
        m_sudoSame->setChecked(true);
        layout->addSpacing(8);
        layout->addWidget(m_sudoSame);
    }
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addSpacing(16);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(sudo ? tr("&Scan") : tr("&Log In"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) { m_ok->setEnabled(!text.isEmpty()); });
    layout->addWidget(buttons);

    m_edit->setFocus();
}

PasswordDialog::~PasswordDialog()
{
    m_password.fill('\0');
}

bool PasswordDialog::sameForSudo() const
{
    return m_sudoSame && m_sudoSame->isChecked();
}

void PasswordDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_problem->setContentsMargins(0, 0, 0, problem.isEmpty() ? 0 : 6);
}

void PasswordDialog::done(int result)
{
    if (result == QDialog::Accepted)
        m_password = m_edit->text().toUtf8();
    m_edit->clear();
    QDialog::done(result);
}

void PasswordDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToContents(this, qMax(width(), PreferredWidth));
}

} // namespace Bulwark::Ui
