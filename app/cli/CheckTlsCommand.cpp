// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CheckTlsCommand.h"

#include "app/cli/CliIo.h"

#include <QHostAddress>

using namespace Bulwark;
using Bulwark::Tls::TlsHandshake;

namespace {

QString legacyWords(const TlsHandshake::LegacyResult &result)
{
    switch (result.state) {
    case TlsHandshake::Legacy::Refused:
        return CheckTlsCommand::tr("refused (good)");
    case TlsHandshake::Legacy::Accepted:
        return CheckTlsCommand::tr("ACCEPTED");
    case TlsHandshake::Legacy::Unknown:
        break;
    }
    return CheckTlsCommand::tr("not tested: %1").arg(result.detail);
}

} // namespace

QList<QCommandLineOption> CheckTlsCommand::options()
{
    return {QCommandLineOption(QStringLiteral("server-name"),
                               tr("check tls: the name to ask for (SNI) and check the certificate against (default: "
                                  "the host)."),
                               QStringLiteral("name"))};
}

QString CheckTlsCommand::help()
{
    return tr("  check tls HOST[:PORT]  The console's own TLS handshake with a site (no SSH, changes nothing): "
              "bulwark-cli check tls HOST[:PORT] [--server-name NAME]; prints protocol, cipher, the certificate "
              "chain and whether TLS 1.0 and 1.1 are refused. Exit 0 when TLS 1.2 or 1.3 works and TLS 1.0 and 1.1 "
              "are both refused, 1 when one of them is accepted (or an older protocol was negotiated), 7 when this "
              "machine's TLS library could not offer TLS 1.0/1.1 to test them, 8 when no TLS handshake was "
              "possible at all; with --server-name for an IP address TLS 1.0/1.1 are also tried without the name "
              "(the default server)\n");
}

bool CheckTlsCommand::parseTarget(const QString &target, QString *host, quint16 *port)
{
    QString name = target;
    QString portText;
    if (target.startsWith(u'[')) {
        const qsizetype close = target.indexOf(u']');
        if (close < 0)
            return false;
        name = target.mid(1, close - 1);
        const QString rest = target.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return false;
            portText = rest.mid(1);
        }
        if (QHostAddress(name).protocol() != QAbstractSocket::IPv6Protocol)
            return false;
    } else if (target.count(u':') == 1) {
        name = target.section(u':', 0, 0);
        portText = target.section(u':', 1);
    } else if (target.count(u':') > 1) {
        if (QHostAddress(target).protocol() != QAbstractSocket::IPv6Protocol)
            return false; // a bare IPv6 address takes the default port
    }
    bool ok = true;
    const uint number = portText.isEmpty() ? 443 : portText.toUInt(&ok);
    if (!ok || number == 0 || number > 65535 || name.isEmpty() || name.contains(u' ') || name.startsWith(u'-'))
        return false;
    *host = name;
    *port = quint16(number);
    return true;
}

int CheckTlsCommand::exitCodeOf(const TlsHandshake::Report &report, const QList<TlsHandshake::LegacyResult> &unnamed)
{
    bool accepted = report.tls10.state == TlsHandshake::Legacy::Accepted ||
                    report.tls11.state == TlsHandshake::Legacy::Accepted ||
                    !(report.protocol == u"TLSv1.2" || report.protocol == u"TLSv1.3");
    bool undecided = !report.modernOnly();
    for (const TlsHandshake::LegacyResult &result : unnamed) {
        accepted = accepted || result.state == TlsHandshake::Legacy::Accepted;
        undecided = undecided || result.state != TlsHandshake::Legacy::Refused;
    }
    if (accepted)
        return LegacyAccepted;
    return undecided ? Undecided : ModernOnly;
}

QString CheckTlsCommand::render(const QString &target, const TlsHandshake::Report &report,
                                const QList<TlsHandshake::LegacyResult> &unnamed)
{
    QString text = tr("TLS check of %1\n").arg(target);
    text += tr("  protocol: %1\n  cipher:   %2\n").arg(report.protocol, report.cipher);
    text += tr("  certificate chain:\n");
    for (int i = 0; i < report.chain.size(); ++i) {
        const TlsHandshake::Certificate &certificate = report.chain.at(i);
        text += QStringLiteral("    %1. %2\n").arg(i).arg(certificate.subject);
        text += tr("       issuer: %1%2\n")
                    .arg(certificate.issuer, certificate.selfSigned ? tr(" (self-signed)") : QString());
        text += tr("       valid:  %1 to %2\n")
                    .arg(certificate.notBefore.toUTC().toString(Qt::ISODate),
                         certificate.notAfter.toUTC().toString(Qt::ISODate));
        text += tr("       sha256: %1\n").arg(certificate.sha256);
    }
    if (report.verificationErrors.isEmpty())
        text += tr("  trusted for the name: yes\n");
    else
        text += tr("  trusted for the name: no (%1)\n").arg(report.verificationErrors.join(QStringLiteral("; ")));
    text += tr("  TLS 1.0: %1\n").arg(legacyWords(report.tls10));
    text += tr("  TLS 1.1: %1\n").arg(legacyWords(report.tls11));
    if (unnamed.size() == 2) {
        text += tr("  without a server name (the default server, what clients without SNI get):\n");
        text += tr("    TLS 1.0: %1\n").arg(legacyWords(unnamed.at(0)));
        text += tr("    TLS 1.1: %1\n").arg(legacyWords(unnamed.at(1)));
    }
    switch (exitCodeOf(report, unnamed)) {
    case ModernOnly:
        text += tr("Verdict: only TLS 1.2 or newer is offered.\n");
        break;
    case LegacyAccepted:
        text += tr("Verdict: the site still accepts an old TLS version.\n");
        break;
    default:
        text += tr("Verdict: not decided: the old versions could not be tested from this machine.\n");
        break;
    }
    return text;
}

int CheckTlsCommand::run(const QString &target, const QCommandLineParser &parser)
{
    TlsHandshake::Options options;
    if (!parseTarget(target, &options.host, &options.port)) {
        CliIo::printErr(tr("check tls takes HOST[:PORT] or [IPv6]:PORT, not \"%1\"").arg(target));
        return Usage;
    }
    options.serverName = parser.value(QStringLiteral("server-name"));
    const auto report = TlsHandshake::run(options);
    if (!report) {
        CliIo::printErr(QStringLiteral("bulwark-cli: ") + report.error().toString());
        return NoHandshake;
    }
    QList<TlsHandshake::LegacyResult> unnamed;
    if (!options.serverName.isEmpty() && !QHostAddress(options.host).isNull()) {
        TlsHandshake::Options bare = options;
        bare.serverName.clear(); // an address is never sent as SNI
        unnamed << TlsHandshake::probeLegacy(bare, QStringLiteral("TLSv1"))
                << TlsHandshake::probeLegacy(bare, QStringLiteral("TLSv1.1"));
    }
    CliIo::print(render(target, *report, unnamed));
    return exitCodeOf(*report, unnamed);
}
