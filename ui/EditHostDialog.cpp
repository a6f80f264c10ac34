// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/EditHostDialog.h"

#include "ui/DialogSizing.h"
#include "ui/FormHelpers.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using FormHelpers::expandHome;
using FormHelpers::hintLabel;

namespace {

constexpr int PreferredWidth = 600;

} // namespace

EditHostDialog::EditHostDialog(const Host &host, const QStringList &groups, QWidget *parent)
    : QDialog(parent)
    , m_original(host)
{
    setObjectName(QStringLiteral("EditHostDialog"));
    setWindowTitle(tr("Edit Host"));

    auto *title = new QLabel(tr("Edit %1").arg(host.displayName()), this);
    title->setObjectName(QStringLiteral("editTitleLabel"));
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = hintLabel(tr("These settings are saved in Bulwark's host list on this computer. Passwords never "
                               "are."),
                            this);

    m_name = new QLineEdit(host.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    const bool windows = host.isWindows();
    const QString derivedName = windows ? host.winRm.hostName : host.target.alias;
    m_name->setPlaceholderText(derivedName.isEmpty() ? tr("Optional") : derivedName);
    m_name->setClearButtonEnabled(true);

    m_address = new QLineEdit(host.effectiveAddress(), this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(windows ? tr("user@host:port, e.g. Administrator@pacs-win01")
                                          : tr("user@host:port, host name, IP address or ssh_config alias"));
    m_addressError = new QLabel(this);
    m_addressError->setObjectName(QStringLiteral("addressErrorLabel"));
    m_addressError->setTextFormat(Qt::PlainText);
    m_addressError->setWordWrap(true);
    m_addressError->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_addressError->setVisible(false);
    auto *addressColumn = new QVBoxLayout;
    addressColumn->setSpacing(4);
    addressColumn->addWidget(m_address);
    addressColumn->addWidget(m_addressError);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_group->setCurrentText(host.group);
    m_group->lineEdit()->setPlaceholderText(tr("No group (e.g. Radiology, Pharmacy, Lab systems)"));
    m_group->lineEdit()->setClearButtonEnabled(true);

    const FormHelpers::IdentityRow identity = FormHelpers::identityRow(
        host.identityFiles.value(0), tr("Optional: ssh-agent and ~/.ssh keys are tried first"), this);
    m_identity = identity.edit;
    m_browse = identity.browse;
    QHBoxLayout *identityRow = identity.layout;

    m_sudo = new QCheckBox(tr("Scan &with sudo"), this);
    m_sudo->setObjectName(QStringLiteral("sudoCheck"));
    m_sudo->setChecked(host.elevate);
    auto *sudoColumn = new QVBoxLayout;
    sudoColumn->setSpacing(4);
    sudoColumn->addWidget(m_sudo);
    sudoColumn->addWidget(hintLabel(tr("Recommended. Without sudo, checks that need root (password hashes, sudo "
                                       "rules, the effective SSH server settings) show as \"could not be checked\" "
                                       "and do not count towards the score."),
                                    this));

    // Windows: WinRM over HTTPS, or plain HTTP with the warning and an explicit allow.
    m_https = new QRadioButton(tr("HTTPS (port 5986, recommended)"), this);
    m_https->setObjectName(QStringLiteral("httpsRadio"));
    m_http = new QRadioButton(tr("HTTP (port 5985)"), this);
    m_http->setObjectName(QStringLiteral("httpRadio"));
    auto *schemes = new QButtonGroup(this);
    schemes->addButton(m_https);
    schemes->addButton(m_http);
    (host.winRmHttps ? m_https : m_http)->setChecked(true);
    m_httpWarning = new QLabel(tr("Over plain HTTP, Basic authentication sends the Windows password in a form anyone "
                                  "on the network path can read, and commands and their output travel unencrypted."),
                               this);
    m_httpWarning->setObjectName(QStringLiteral("httpWarningLabel"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_allowUnencrypted = new QCheckBox(tr("Allow u&nencrypted WinRM for this host"), this);
    m_allowUnencrypted->setObjectName(QStringLiteral("allowUnencryptedCheck"));
    m_allowUnencrypted->setChecked(!host.winRmHttps && host.allowUnencrypted);
    auto *schemeRow = new QHBoxLayout;
    schemeRow->setSpacing(20);
    schemeRow->addWidget(m_https);
    schemeRow->addWidget(m_http);
    schemeRow->addStretch(1);
    auto *transportColumn = new QVBoxLayout;
    transportColumn->setSpacing(6);
    transportColumn->addLayout(schemeRow);
    transportColumn->addWidget(m_httpWarning);
    transportColumn->addWidget(m_allowUnencrypted);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(12);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), addressColumn);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("Transport:"), transportColumn);
    form->addRow(tr("&Identity file:"), identityRow);
    form->addRow(tr("Privileges:"), sudoColumn);
    // A Windows host has no SSH key and no sudo; a Linux host no WinRM transport.
    form->setRowVisible(transportColumn, windows);
    form->setRowVisible(identityRow, !windows);
    form->setRowVisible(sudoColumn, !windows);
    static_cast<QLabel *>(form->labelForField(addressColumn))->setBuddy(m_address);
    static_cast<QLabel *>(form->labelForField(identityRow))->setBuddy(m_identity);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(0);
    layout->addWidget(title);
    layout->addSpacing(4);
    layout->addWidget(intro);
    layout->addSpacing(20);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addSpacing(20);
    layout->addWidget(buttons);

    connect(m_address, &QLineEdit::textChanged, this, &EditHostDialog::validate);
    connect(m_http, &QRadioButton::toggled, this, &EditHostDialog::validate);
    connect(m_allowUnencrypted, &QCheckBox::toggled, this, &EditHostDialog::validate);
    validate();
    m_name->setFocus();
}

bool EditHostDialog::isAddressValid() const
{
    const QString address = m_address->text().trimmed();
    if (m_original.isWindows())
        return Inventory::HostEntry::winRmTargetOf(address, true, false).ok();
    return !address.isEmpty() && Transport::SshTarget::parse(address).ok();
}

void EditHostDialog::validate()
{
    const QString address = m_address->text().trimmed();
    QString problem;
    if (m_original.isWindows()) {
        const bool http = m_http->isChecked();
        const bool changed = m_httpWarning->isVisibleTo(this) != http;
        m_httpWarning->setVisible(http);
        m_allowUnencrypted->setVisible(http);
        if (changed && isVisible())
            fitToContents(this); // the wrapped warning needs its height
        if (const auto parsed = Inventory::HostEntry::winRmTargetOf(address, true, false); !parsed)
            problem = parsed.error().message();
        m_addressError->setText(problem);
        m_addressError->setVisible(!problem.isEmpty());
        m_save->setEnabled(problem.isEmpty() && (!http || m_allowUnencrypted->isChecked()));
        return;
    }
    if (address.isEmpty()) {
        problem = tr("Enter a host name, an IP address or an ssh_config alias.");
    } else if (const auto parsed = Transport::SshTarget::parse(address); !parsed) {
        problem = parsed.error().message();
    }
    m_addressError->setText(problem);
    m_addressError->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

Host EditHostDialog::host() const
{
    Host edited = m_original;
    edited.name = m_name->text().trimmed();
    edited.address = m_address->text().trimmed();
    edited.group = m_group->currentText().trimmed();
    const QString identity = m_identity->text().trimmed();
    edited.identityFiles = identity.isEmpty() ? QStringList() : QStringList{expandHome(identity)};
    edited.elevate = m_sudo->isChecked();
    if (edited.isWindows()) {
        edited.winRmHttps = m_https->isChecked();
        edited.allowUnencrypted = !edited.winRmHttps && m_allowUnencrypted->isChecked();
    }
    return edited;
}

bool EditHostDialog::changesConnection() const
{
    const Host edited = host();
    return edited.address != m_original.effectiveAddress() || edited.identityFiles != m_original.identityFiles ||
           edited.winRmHttps != m_original.winRmHttps || edited.allowUnencrypted != m_original.allowUnencrypted;
}

void EditHostDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToContents(this, qMax(width(), PreferredWidth));
}

} // namespace Bulwark::Ui
