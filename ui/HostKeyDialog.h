// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QPushButton;

namespace Bulwark::Ui {

// Asks whether to trust a server's host key on first contact. Shows the host, the key type and the SHA256
// fingerprint (selectable, monospace) and tells the user how to read the same fingerprint on the server.
// Cancel is the default button, so pressing Enter never trusts a key. Accepted means "trust and connect".
// Only for HostKeyUnknown: a changed or revoked key is an error with no way to override it.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    // `host` as dialled ("admin@db1:22"), `keyType` as on the wire ("ssh-ed25519", may be empty),
    // `fingerprint` as ssh-keygen -l prints it ("SHA256:...").
    HostKeyDialog(const QString &host, const QString &keyType, const QString &fingerprint, QWidget *parent = nullptr);

    QString host() const { return m_host; }
    QString keyType() const { return m_keyType; }
    QString fingerprint() const { return m_fingerprint; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_host;
    QString m_keyType;
    QString m_fingerprint;
};

} // namespace Bulwark::Ui
