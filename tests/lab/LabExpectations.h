// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// What a scan of the lab VM must say. The weaknesses planted by tests/lab/provision-guest.sh must fail; the parts
// of the lab that are fine must not be flagged. Shared by the unit test on the recorded lab probe output and the
// live lab test, so the two cannot drift apart.
namespace LabExpectations {

inline const QStringList plantedWeaknesses{
    QStringLiteral("BW-LNX-SVC-001"), // avahi-daemon enabled and running
    QStringLiteral("BW-LNX-SVC-002"), // cups enabled and running
    QStringLiteral("BW-LNX-ACS-001"), // root may log in over SSH with a password
    QStringLiteral("BW-LNX-ACS-003"), // SSH accepts passwords
    QStringLiteral("BW-LNX-ACS-020"), // labadmin ALL=(ALL) NOPASSWD: ALL
    QStringLiteral("BW-LNX-WEB-001"), // nginx offers TLS 1.0 and 1.1
    QStringLiteral("BW-LNX-WEB-004"), // nginx serves a self-signed certificate
    QStringLiteral("BW-LNX-ENC-003"), // a blank spare disk
    QStringLiteral("BW-LNX-NET-001"), // no firewall
    QStringLiteral("BW-LNX-LOG-004"), // no auditd
    QStringLiteral("BW-LNX-MAL-001"), // no ClamAV
};

inline const QStringList cleanParts{
    QStringLiteral("BW-LNX-ACS-004"), // no empty SSH passwords
    QStringLiteral("BW-LNX-ACS-011"), // Debian's default ciphers
    QStringLiteral("BW-LNX-ACS-022"), // no !authenticate
    QStringLiteral("BW-LNX-ACS-023"), // use_pty (Debian default)
    QStringLiteral("BW-LNX-ACS-025"), // sudoers files root-owned, not world-writable
    QStringLiteral("BW-LNX-ACC-001"), // no empty passwords
    QStringLiteral("BW-LNX-ACC-002"), // only root has uid 0
    QStringLiteral("BW-LNX-ACC-003"), // system accounts have nologin shells
    QStringLiteral("BW-LNX-INT-003"), // no world-writable system files
    QStringLiteral("BW-LNX-INT-004"), // cron files root-only
    QStringLiteral("BW-LNX-INT-005"), // ASLR on
    QStringLiteral("BW-LNX-NET-004"), // no telnet/rsh listening
    QStringLiteral("BW-LNX-NET-008"), // no IP forwarding
    QStringLiteral("BW-LNX-SVC-003"), // no telnet server
    QStringLiteral("BW-LNX-SVC-004"), // no FTP server
    QStringLiteral("BW-LNX-SVC-005"), // no rsh server
    QStringLiteral("BW-LNX-SVC-009"), // no inetd services
    QStringLiteral("BW-LNX-SVC-011"), // no rpcbind
    QStringLiteral("BW-LNX-SVC-013"), // no SNMP
    QStringLiteral("BW-LNX-UPD-005"), // Debian 12 is supported
    QStringLiteral("BW-LNX-WEB-003"), // nginx serves HTTPS
    QStringLiteral("BW-LNX-WEB-005"), // the certificate is valid for years
    QStringLiteral("BW-LNX-NET-011"), // source routing off (all = 0)
};

} // namespace LabExpectations
