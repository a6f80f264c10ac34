// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Bulwark::Transport {

// A server's public host key as the SSH wire blob, with the OpenSSH SHA256 fingerprint.
struct HostKey
{
    QString type;    // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...
    QByteArray blob; // raw (decoded) public key blob

    bool isValid() const { return !type.isEmpty() && !blob.isEmpty(); }
    QByteArray base64() const { return blob.toBase64(); }
    // "SHA256:" + unpadded base64 of the SHA-256 digest, exactly as ssh-keygen -l prints it.
    QString fingerprint() const;
    friend bool operator==(const HostKey &, const HostKey &) = default;
};

} // namespace Bulwark::Transport

Q_DECLARE_METATYPE(Bulwark::Transport::HostKey)
