// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace Bulwark::Ui::Format {

// "12 days, 4 hours", "3 hours, 5 minutes", "7 minutes", "less than a minute": the two largest units, in words.
// Negative seconds mean unknown and give an empty string.
QString duration(qint64 seconds);

// A local date and time in the user's locale, to the minute.
QString dateTime(const QDateTime &when);

// "ED25519", "ECDSA", "RSA" or "DSA" for an SSH key type ("ssh-ed25519"), or the type itself when unfamiliar.
QString keyTypeName(const QString &sshKeyType);

// The public key file of that type on a stock OpenSSH server, for the user to fingerprint there.
QString serverKeyFile(const QString &sshKeyType);

} // namespace Bulwark::Ui::Format
