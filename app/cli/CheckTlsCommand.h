// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/TlsHandshake.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

// bulwark-cli check tls HOST[:PORT]: the console's own TLS check of a site (Tls::TlsHandshake), no SSH: one
// handshake as a modern client (protocol, cipher, certificate chain, whether the chain is trusted for the name),
// then one each offering only TLS 1.0 and only TLS 1.1; with --server-name for an IP address also those two without
// a name (the default server's answer). Runs on the main thread of the CLI, which has no window to
// keep responsive; every handshake has a timeout.
class CheckTlsCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckTlsCommand)

public:
    enum ExitCode
    {
        ModernOnly = 0,     // TLS 1.2 or 1.3 negotiated, TLS 1.0 and 1.1 refused
        LegacyAccepted = 1, // TLS 1.0 or 1.1 accepted, or an older protocol negotiated
        Usage = 2,
        Undecided = 7,   // a legacy probe could not be made (this machine's TLS library cannot offer the version)
        NoHandshake = 8, // no TLS handshake at all: not reachable, timed out, not TLS
    };

    // The options check tls adds to bulwark-cli's parser.
    static QList<QCommandLineOption> options();
    static QString help();
    // `target`: "host", "host:port", "[v6]:port". The process exit code.
    static int run(const QString &target, const QCommandLineParser &parser);

    // The printed report, and the exit code for it (for tests). `unnamed`: the TLS 1.0 and 1.1 probes without a
    // server name, made when --server-name is given for an IP address: nginx (and Apache) negotiate the protocol
    // with the default server of the address and port, which is what clients without SNI get; empty: not made.
    static QString render(const QString &target, const Bulwark::Tls::TlsHandshake::Report &report,
                          const QList<Bulwark::Tls::TlsHandshake::LegacyResult> &unnamed = {});
    static int exitCodeOf(const Bulwark::Tls::TlsHandshake::Report &report,
                          const QList<Bulwark::Tls::TlsHandshake::LegacyResult> &unnamed = {});
    // "host:port" -> host and port; false when it is not one.
    static bool parseTarget(const QString &target, QString *host, quint16 *port);
};
