// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <utility>

class QPushButton;

namespace Bulwark::Ui {

// Asks whether to trust a server's host key on first contact. Shows the host, the key type and the SHA256
// fingerprint (selectable, monospace) and tells the user how to read the same fingerprint on the server.
// Cancel is the default button, so pressing Enter never trusts a key. Accepted means "trust and connect".
// Only for HostKeyUnknown: a changed or revoked key is an error with no way to override it.
// The same question for a Windows host's WinRM HTTPS certificate that no trusted authority signed (Kind::Certificate):
// its subject, issuer, expiry and SHA-256 fingerprint, and the PowerShell line that prints the fingerprint on the host.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        SshHostKey,
        Certificate
    };

    // What a certificate says about itself, for Kind::Certificate (all optional).
    struct CertificateDetails
    {
        QString subject;
        QString issuer;
        QDateTime expires;
    };

    // `host` as dialled ("admin@db1:22"), `keyType` as on the wire ("ssh-ed25519", may be empty),
    // `fingerprint` as ssh-keygen -l prints it ("SHA256:...").
    HostKeyDialog(const QString &host, const QString &keyType, const QString &fingerprint, QWidget *parent = nullptr);
    // A WinRM host's certificate: `fingerprint` as WinRmTarget::fingerprint ("SHA256:AB:CD:...").
    HostKeyDialog(const QString &host, const CertificateDetails &certificate, const QString &fingerprint,
                  QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }

    QString host() const { return m_host; }
    QString keyType() const { return m_keyType; }
    QString fingerprint() const { return m_fingerprint; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build(const QString &title, const QString &intro, const QList<std::pair<QString, QString>> &rows,
               const QString &how, const QString &command, const QString &advice);

    Kind m_kind = Kind::SshHostKey;
    QString m_host;
    QString m_keyType;
    QString m_fingerprint;
};

} // namespace Bulwark::Ui
