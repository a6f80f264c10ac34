// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/tls/ApacheHostState.h"
#include "core/tls/TlsChoice.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Plan {

// Turns the TLS wizard's choice for one Apache <VirtualHost> into a ChangePlan. Pure: the host's configuration
// (ApacheReader) is the input, the plan is the output; nothing here talks to the network. choice.file is the file
// that holds the VirtualHost (its real path or the link httpd names), choice.serverLine the line of its "<VirtualHost".
//
// The VirtualHost gets, in place of the directives it has or after its last SSL* (else ServerName/ServerAlias/
// ServerAdmin/DocumentRoot) line: SSLEngine on; SSLProtocol -all +TLSv1.2 +TLSv1.3; the Mozilla "intermediate"
// SSLCipherSuite with SSLHonorCipherOrder off and SSLSessionTickets off (mod_ssl's and Mozilla's advice: without
// key rotation, tickets undo forward secrecy); Header always set Strict-Transport-Security "max-age=N[;
// includeSubDomains]"; the certificate lines (CertificateSteps, as for nginx). When the certificate changes, an
// SSLCertificateChainFile goes (the new file carries its chain; httpd reads chains from SSLCertificateFile since
// 2.4.8). A server-wide SSLProtocol (Debian: mods-available/ssl.conf "all -SSLv3") that still allows TLS 1.0/1.1 is
// set to TLS 1.2/1.3 too: every VirtualHost without its own SSLProtocol inherits it. The HTTP -> HTTPS redirect adds
// "Redirect permanent / https://NAME/" to the plain VirtualHost (in any file httpd reads) with one of the site's
// names, or a new <VirtualHost *:80> with the site's names right after the site. A plain VirtualHost on port 80 (or
// on every port) gets a TLS twin: a copy of its body in a new <VirtualHost ADDRESS:443> right after it, planned as
// above (its redirect then goes into the original). A file included in the VirtualHost (certbot's
// options-ssl-apache.conf) is read where its Include stands and a later line overrides it, so Bulwark's lines go
// below the last Include that sets one of them (an earlier line of the VirtualHost moves there); such a file belongs
// to its sites and is never edited as server-wide. Everything else keeps its bytes.
//
// Modules (Debian layout): a missing mod_ssl (or mod_headers, for HSTS) is enabled by `a2enmod -q -- ssl` before
// the edit, undone by `a2dismod -q --` of exactly the modules that were not loaded before (a2enmod also enables
// mod_ssl's dependencies setenvif, mime and socache_shmcb). Elsewhere the plan is refused until the module loads.
//
// Validation: httpd cannot test one file alone (`apache2 -t` reads the whole tree from apache2.conf), so the syntax
// is checked as a whole after the swap: the Applier swaps, reloads {"systemctl", "reload", "--", "apache2.service"} and
// then verifies
// {"apache2ctl", "configtest"}. Reloading first is safe on both Debian and RHEL, unlike a bare SIGUSR1: the unit's
// ExecReload is `apachectl graceful` (Debian; the script runs `apache2 -t` first and sends nothing when it fails)
// or `httpd -k graceful` (RHEL; httpd parses the configuration before it signals the running server and stops on a
// syntax error). Either way the reload fails, the running server keeps its old configuration, and the Applier puts
// the original file back (tests/integration/tst_apacheconfigtest: `apache2 -k graceful` on a syntax error exits 1
// and the running server keeps serving). What configtest cannot see is a key that does not match its certificate: httpd
// checks that only when it loads them, and a graceful restart then stops the server ("AH02565", "Configuration Failed,
// exiting"; tested too). So the site's edit has a validator that runs before the swap: `openssl pkcs12 -export -passin
// pass: -in CERT -inkey KEY -passout pass: -out /dev/null`, which fails on exactly that mismatch (and on a key that
// needs a passphrase).
//
// Refused (Error says why): a VirtualHost or directive Bulwark would change that uses a variable (${NAME}), sits in
// an opaque <Macro> or has a "Use" inside; a duplicated directive it sets; several certificates when replacing them;
// no certificate to keep; an Include in the VirtualHost that Bulwark has not read, or that brings a certificate
// when the plan sets a new one (each SSLCertificateFile adds one); SSL directives inside a nested section of the
// VirtualHost; a plain VirtualHost whose names already have a TLS VirtualHost on 443 or that already redirects to HTTPS
// (no twin for it); a redirect for a site without a ServerName; a configuration that fails configtest already, or an
// apachectl that cannot run now; paths or names that are not plain. Warned (in the plan): other TLS VirtualHosts on the
// same address (SNI picks the site's protocols only with OpenSSL >= 1.1.1 and httpd
// >= 2.4.42), a new self-signed certificate, the CSR to send, a plain VirtualHost that now redirects, a port without a
// Listen line.
class ApacheTlsPlanner
{
public:
    static QStringList verify(const Tls::ApacheHostState &state)
    {
        return {state.control.isEmpty() ? QStringLiteral("apache2ctl") : state.control, QStringLiteral("configtest")};
    }
    static QStringList reload(const Tls::ApacheHostState &state)
    {
        return {QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("--"), state.unit};
    }
    // The protocols an SSLProtocol line allows include SSLv3, TLSv1 or TLSv1.1 (mod_ssl's rules: "all", "+p", "-p",
    // and a bare "p" that replaces what came before); nullopt when a word is not a protocol.
    static std::optional<bool> allowsOldProtocols(const QStringList &arguments);

    static Result<ChangePlan> plan(const Tls::ApacheHostState &state, const TlsChoice &choice);
    // The port the site serves TLS on once its plan is applied, where a handshake check should connect: 443 for a
    // plain VirtualHost on port 80 or on every port (its new TLS twin); otherwise the VirtualHost's own (last) port,
    // 443 when it names none. Read from the VirtualHost in `state` (site.file real or as httpd names it), else from
    // site.ports and site.tls.
    static int tlsPort(const Tls::ApacheHostState &state, const TlsPlanner::Site &site);

private:
    static Result<ChangePlan> planTwin(const Tls::ApacheHostState &state, const Tls::ApacheConfig &file, int host,
                                       const TlsChoice &choice);
};

} // namespace Bulwark::Plan
