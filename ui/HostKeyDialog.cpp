// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostKeyDialog.h"

#include "ui/DialogSizing.h"
#include "ui/Format.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Bulwark::Ui {

namespace {

QLabel *selectableLabel(const QString &text, const QString &objectName, bool monospace, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setCursor(Qt::IBeamCursor);
    if (monospace) {
        QFont font = Theme::monospaceFont();
        font.setPointSizeF(font.pointSizeF() + 1);
        label->setFont(font);
    }
    return label;
}

} // namespace

HostKeyDialog::HostKeyDialog(const QString &host, const QString &keyType, const QString &fingerprint, QWidget *parent)
    : QDialog(parent)
    , m_kind(Kind::SshHostKey)
    , m_host(host)
    , m_keyType(keyType)
    , m_fingerprint(fingerprint)
{
    const QString typeText =
        keyType.isEmpty() ? tr("unknown") : QStringLiteral("%1 (%2)").arg(Format::keyTypeName(keyType), keyType);
    build(tr("Bulwark has not connected to this server before"),
          tr("Before Bulwark sends any password or key, make sure that this is really your server and not an "
             "impostor on the network. A server proves who it is with its host key."),
          {{tr("Key type:"), typeText}},
          tr("Compare this fingerprint with the one on the server. On the server's own console (not over this "
             "network), run:"),
          QStringLiteral("ssh-keygen -lf %1").arg(Format::serverKeyFile(keyType)),
          tr("If the fingerprints match, trust the key: Bulwark records it in your known_hosts file and will refuse to "
             "connect if it ever changes. If they differ, do not connect, and report it to your security team."));
}

HostKeyDialog::HostKeyDialog(const QString &host, const CertificateDetails &certificate, const QString &fingerprint,
                             QWidget *parent)
    : QDialog(parent)
    , m_kind(Kind::Certificate)
    , m_host(host)
    , m_fingerprint(fingerprint)
{
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("Subject:"), certificate.subject.isEmpty() ? tr("unknown") : certificate.subject});
    const bool selfSigned = !certificate.subject.isEmpty() && certificate.subject == certificate.issuer;
    rows.append({tr("Issued by:"), selfSigned                     ? tr("itself (self-signed)")
                                   : certificate.issuer.isEmpty() ? tr("unknown")
                                                                  : certificate.issuer});
    if (certificate.expires.isValid())
        rows.append({tr("Valid until:"), Format::dateTime(certificate.expires)});
    // Prints "subject  SHA-256 fingerprint" of every machine certificate, in the form Bulwark shows.
    const QString command = QStringLiteral("Get-ChildItem Cert:\\LocalMachine\\My | ForEach-Object {\n"
                                           "  $sha = [Security.Cryptography.SHA256]::Create()\n"
                                           "  $hex = [BitConverter]::ToString($sha.ComputeHash($_.RawData))\n"
                                           "  $_.Subject + '  SHA256:' + $hex.Replace('-', ':') }");
    build(tr("Bulwark has not connected to this Windows host before"),
          tr("Before Bulwark sends the password, make sure that this is really your server and not an impostor on the "
             "network. Over HTTPS the host proves who it is with its TLS certificate, and no authority this computer "
             "trusts has vouched for this one (WinRM often uses a self-signed certificate)."),
          rows,
          tr("Compare this fingerprint with the one on the server. On the server's own console (not over this "
             "network), run in PowerShell:"),
          command,
          tr("If the fingerprints match, trust the certificate: Bulwark pins it for this host and will refuse to "
             "connect if it ever changes. If they differ, do not connect, and report it to your security team."));
}

void HostKeyDialog::build(const QString &titleText, const QString &introText,
                          const QList<std::pair<QString, QString>> &rows, const QString &howText,
                          const QString &commandText, const QString &adviceText)
{
    setObjectName(QStringLiteral("HostKeyDialog"));
    setWindowTitle(tr("Verify the server's identity"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(titleText, this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);

    auto *intro = new QLabel(introText, this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    // The facts to compare, in a quiet panel.
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("keyPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setStyleSheet(QStringLiteral("QFrame#keyPanel { background: palette(base); border: 1px solid palette(mid);"
                                        " border-radius: 4px; }"));
    auto *form = new QFormLayout(panel);
    form->setContentsMargins(14, 12, 14, 12);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Server:"), selectableLabel(m_host, QStringLiteral("hostLabel"), false, panel));
    const QStringList names = m_kind == Kind::SshHostKey
                                  ? QStringList{QStringLiteral("keyTypeLabel")}
                                  : QStringList{QStringLiteral("subjectLabel"), QStringLiteral("issuerLabel"),
                                                QStringLiteral("expiresLabel")};
    for (qsizetype row = 0; row < rows.size(); ++row)
        form->addRow(
            rows.at(row).first,
            selectableLabel(rows.at(row).second, names.value(row, QStringLiteral("detailLabel")), false, panel));
    QLabel *fingerprintLabel = selectableLabel(m_fingerprint, QStringLiteral("fingerprintLabel"), true, panel);
    fingerprintLabel->setWordWrap(true);
    QFont bold = fingerprintLabel->font();
    bold.setBold(true);
    fingerprintLabel->setFont(bold);
    form->addRow(m_kind == Kind::SshHostKey ? tr("Fingerprint:") : tr("SHA-256 fingerprint:"), fingerprintLabel);

    auto *how = new QLabel(howText, this);
    how->setWordWrap(true);
    QLabel *command = selectableLabel(commandText, QStringLiteral("commandLabel"), true, this);
    command->setWordWrap(true);
    command->setContentsMargins(16, 0, 0, 0);

    auto *advice = new QLabel(adviceText, this);
    advice->setObjectName(QStringLiteral("adviceLabel"));
    advice->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(m_kind == Kind::SshHostKey ? tr("Trust and connect")
                                                                       : tr("Trust this certificate and connect"),
                                            QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QVBoxLayout;
    body->setSpacing(12);
    body->addWidget(title);
    body->addWidget(intro);
    body->addWidget(panel);
    body->addWidget(how);
    body->addWidget(command);
    body->addWidget(advice);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(body, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void HostKeyDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToContents(this, qMax(width(), 680));
}

} // namespace Bulwark::Ui
