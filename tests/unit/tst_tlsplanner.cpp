// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/TlsPlanner.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Bulwark;
using namespace Bulwark::Plan;
using Bulwark::Tls::NginxConfig;

// The TLS planner for nginx: every certificate choice, protocols, ciphers, HSTS and the redirect as minimal diffs of
// the file that holds the server block, the validator reasoning (verify + reload) and the refusals.
class TestTlsPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sites();
    void keepCertificate();
    void redirectMovesPlainListens();
    void redirectAddsBlock();
    void redirectIntoPlainBlock();
    void redirectAlreadyThere();
    void redirectToOtherPort();
    void enableTlsOnPlainSite();
    void selfSigned();
    void keyAndCsrKeepsCertificate();
    void keyAndCsrWithoutCertificate();
    void importCertificate();
    void importRefusesKeys();
    void includes();
    void hstsNotInheritedWarning();
    void alreadyConfigured();
    void jsonRoundTrip();
    void refused_data();
    void refused();
    void hostileInput();
};

namespace {

const QString path = QStringLiteral("/etc/nginx/sites-enabled/portal");
const QStringList tlsRule{QStringLiteral("BW-LNX-WEB-001")};

const QByteArray portal = "# Patient portal\n"
                          "server {\n"
                          "    listen 443 ssl;\n"
                          "    listen [::]:443 ssl;\n"
                          "    server_name portal.example.org;\n"
                          "    ssl_certificate /etc/ssl/certs/portal.crt;\n"
                          "    ssl_certificate_key /etc/ssl/private/portal.key;\n"
                          "    ssl_protocols TLSv1 TLSv1.1 TLSv1.2; # old scanners\n"
                          "\n"
                          "    root /var/www/portal;\n"
                          "}\n";

NginxConfig parsed(const QByteArray &text, const QString &file = path)
{
    auto config = NginxConfig::parse(text, file);
    if (!config)
        qFatal("parse failed: %s", qPrintable(config.error().toString()));
    return *config;
}

TlsChoice choiceFor(int serverLine)
{
    TlsChoice choice;
    choice.file = path;
    choice.serverLine = serverLine;
    choice.stamp = QDateTime(QDate(2026, 11, 26), QTime(1, 2, 3), QTimeZone::utc());
    choice.hostDisplayName = QStringLiteral("web1");
    return choice;
}

ChangePlan planned(const QByteArray &text, const TlsChoice &choice, const QList<NginxConfig> &included = {})
{
    auto plan = TlsPlanner::plan(parsed(text), included, choice);
    if (!plan)
        qFatal("plan failed: %s", qPrintable(plan.error().toString()));
    return *plan;
}

// The nginx edit: the last change.
FileEdit nginxEdit(const ChangePlan &plan)
{
    const Change change = plan.changes().constLast();
    if (!change.fileEdit())
        qFatal("the last change is not a file edit");
    return *change.fileEdit();
}

QByteArray makeCertificate(const QString &dir, const QString &name)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir + QStringLiteral("/k.pem"), QStringLiteral("-out"), dir + QStringLiteral("/c.pem"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + name});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return {};
    QFile file(dir + QStringLiteral("/c.pem"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestTlsPlanner::sites()
{
    const QByteArray text = portal + "server {\n    listen 80;\n    server_name intranet;\n}\n";
    const QList<TlsPlanner::Site> sites = TlsPlanner::sites(parsed(text));
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites.at(0).serverLine, 2);
    QVERIFY(sites.at(0).tls);
    QCOMPARE(sites.at(0).ports, QList<int>({443}));
    QCOMPARE(sites.at(0).names, QStringList{QStringLiteral("portal.example.org")});
    QCOMPARE(sites.at(0).certificates, QStringList{QStringLiteral("/etc/ssl/certs/portal.crt")});
    QCOMPARE(sites.at(1).serverLine, 12);
    QVERIFY(!sites.at(1).tls);
}

void TestTlsPlanner::keepCertificate()
{
    TlsChoice choice = choiceFor(2);
    choice.hstsMaxAge = 63072000;
    const ChangePlan plan = planned(portal, choice);
    QCOMPARE(plan.changes().size(), 1);
    QCOMPARE(plan.hostDisplayName(), QStringLiteral("web1"));
    const FileEdit edit = nginxEdit(plan);
    QCOMPARE(edit.path(), path);
    QCOMPARE(edit.before(), portal);
    QCOMPARE(edit.after(), QByteArray("# Patient portal\n"
                                      "server {\n"
                                      "    listen 443 ssl;\n"
                                      "    listen [::]:443 ssl;\n"
                                      "    server_name portal.example.org;\n"
                                      "    ssl_certificate /etc/ssl/certs/portal.crt;\n"
                                      "    ssl_certificate_key /etc/ssl/private/portal.key;\n"
                                      "    ssl_protocols TLSv1.2 TLSv1.3;\n"
                                      "    ssl_ciphers " +
                                      TlsPlanner::mozillaIntermediateCiphers().toUtf8() +
                                      ";\n"
                                      "    ssl_prefer_server_ciphers off;\n"
                                      "    add_header Strict-Transport-Security max-age=63072000 always;\n"
                                      "\n"
                                      "    root /var/www/portal;\n"
                                      "}\n"));
    // nginx cannot test a staged site file: no validator; the whole configuration is checked after the swap.
    QVERIFY(edit.validator().isEmpty());
    QCOMPARE(edit.verify(), QStringList({QStringLiteral("nginx"), QStringLiteral("-t")}));
    QCOMPARE(edit.reload(), QStringList({QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("--"),
                                         QStringLiteral("nginx.service")}));
    QVERIFY(!edit.accessAffecting());
    QVERIFY(edit.mode().isEmpty());
    QCOMPARE(plan.changes().constLast().ruleIds(), tlsRule);
    QVERIFY(!plan.accessAffecting());
    QVERIFY(NginxConfig::parse(edit.after(), path).ok());
}

void TestTlsPlanner::redirectMovesPlainListens()
{
    const QByteArray text = "server {\n"
                            "\tlisten 80;\n"
                            "\tlisten [::]:80;\n"
                            "\tlisten 443 ssl;\n"
                            "\tserver_name a.example b.example;\n"
                            "\tssl_certificate /etc/ssl/certs/a.crt;\n"
                            "\tssl_certificate_key /etc/ssl/private/a.key;\n"
                            "\tssl_protocols TLSv1.2 TLSv1.3;\n"
                            "}\n";
    TlsChoice choice = choiceFor(1);
    choice.modernCiphers = false;
    choice.redirectHttp = true;
    const FileEdit edit = nginxEdit(planned(text, choice));
    QCOMPARE(edit.after(), QByteArray("server {\n"
                                      "\tlisten 443 ssl;\n"
                                      "\tserver_name a.example b.example;\n"
                                      "\tssl_certificate /etc/ssl/certs/a.crt;\n"
                                      "\tssl_certificate_key /etc/ssl/private/a.key;\n"
                                      "\tssl_protocols TLSv1.2 TLSv1.3;\n"
                                      "}\n"
                                      "\n"
                                      "server {\n"
                                      "\tlisten 80;\n"
                                      "\tlisten [::]:80;\n"
                                      "\tserver_name a.example b.example;\n"
                                      "\treturn 301 https://$host$request_uri;\n"
                                      "}\n"));
    QVERIFY(NginxConfig::parse(edit.after(), path).ok());
}

void TestTlsPlanner::redirectAddsBlock()
{
    TlsChoice choice = choiceFor(2);
    choice.modernCiphers = false;
    choice.redirectHttp = true;
    const ChangePlan plan = planned(portal, choice);
    QByteArray expected = portal;
    expected.replace("TLSv1 TLSv1.1 TLSv1.2; # old scanners", "TLSv1.2 TLSv1.3;");
    expected += "\n"
                "server {\n"
                "    listen 80;\n"
                "    listen [::]:80;\n"
                "    server_name portal.example.org;\n"
                "    return 301 https://$host$request_uri;\n"
                "}\n";
    QCOMPARE(nginxEdit(plan).after(), expected);
    QVERIFY(plan.warnings().join(u'\n').contains(QLatin1String("port 80")));
}

void TestTlsPlanner::redirectIntoPlainBlock()
{
    const QByteArray text = "server {\n"
                            "  listen 80;\n"
                            "  server_name www.portal.example.org portal.example.org;\n"
                            "  location / { root /srv; }\n"
                            "}\n" +
                            portal;
    TlsChoice choice = choiceFor(7);
    choice.modernCiphers = false;
    choice.redirectHttp = true;
    const ChangePlan plan = planned(text, choice);
    QByteArray expected = text;
    expected.replace("TLSv1 TLSv1.1 TLSv1.2; # old scanners", "TLSv1.2 TLSv1.3;");
    expected.replace("portal.example.org;\n  location",
                     "portal.example.org;\n  return 301 https://$host$request_uri;\n  location");
    QCOMPARE(nginxEdit(plan).after(), expected);
    QVERIFY(plan.warnings().join(u'\n').contains(QLatin1String("only redirects")));
    // The plain block is not a TLS site: no warning about shared TLS settings.
    QVERIFY(!plan.warnings().join(u'\n').contains(QLatin1String("default server")));
    // A second TLS site in the file, and this one is not the default server: warned.
    const ChangePlan shared = planned(text + "server {\n    listen 443 ssl;\n    ssl_certificate /a;\n}\n", choice);
    QVERIFY(shared.warnings().join(u'\n').contains(QLatin1String("default server")));
}

void TestTlsPlanner::redirectAlreadyThere()
{
    const QByteArray text = portal + "server {\n"
                                     "    listen 80;\n"
                                     "    server_name portal.example.org;\n"
                                     "    return 308 https://portal.example.org$request_uri;\n"
                                     "}\n";
    TlsChoice choice = choiceFor(2);
    choice.modernCiphers = false;
    choice.redirectHttp = true;
    QByteArray expected = text;
    expected.replace("TLSv1 TLSv1.1 TLSv1.2; # old scanners", "TLSv1.2 TLSv1.3;");
    QCOMPARE(nginxEdit(planned(text, choice)).after(), expected);
}

void TestTlsPlanner::redirectToOtherPort()
{
    const QByteArray text = "server {\n"
                            "    listen 8080;\n"
                            "    listen 8443 ssl;\n"
                            "    ssl_certificate /etc/ssl/certs/a.crt;\n"
                            "    ssl_certificate_key /etc/ssl/private/a.key;\n"
                            "    ssl_protocols TLSv1.2 TLSv1.3;\n"
                            "}\n";
    TlsChoice choice = choiceFor(1);
    choice.modernCiphers = false;
    choice.redirectHttp = true;
    const QByteArray after = nginxEdit(planned(text, choice)).after();
    QVERIFY(after.contains("\nserver {\n    listen 8080;\n    return 301 https://$host:8443$request_uri;\n}\n"));
    QVERIFY(!after.startsWith("server {\n    listen 8080;"));
}

void TestTlsPlanner::enableTlsOnPlainSite()
{
    const QByteArray text = "server {\n"
                            "    listen 80;\n"
                            "    listen [::]:80;\n"
                            "    server_name intranet.example;\n"
                            "    root /srv/www;\n"
                            "}\n";
    TlsChoice choice = choiceFor(1);
    choice.certificate = TlsChoice::Certificate::UsePaths;
    choice.certificatePath = QStringLiteral("/etc/ssl/certs/intranet.pem");
    choice.keyPath = QStringLiteral("/etc/ssl/private/intranet.key");
    choice.modernCiphers = false;
    const ChangePlan plan = planned(text, choice);
    QCOMPARE(plan.changes().size(), 1);
    const FileEdit edit = nginxEdit(plan);
    QCOMPARE(edit.after(), QByteArray("server {\n"
                                      "    listen 80;\n"
                                      "    listen [::]:80;\n"
                                      "    listen 443 ssl;\n"
                                      "    listen [::]:443 ssl;\n"
                                      "    server_name intranet.example;\n"
                                      "    ssl_certificate /etc/ssl/certs/intranet.pem;\n"
                                      "    ssl_certificate_key /etc/ssl/private/intranet.key;\n"
                                      "    ssl_protocols TLSv1.2 TLSv1.3;\n"
                                      "    root /srv/www;\n"
                                      "}\n"));
    QCOMPARE(plan.changes().constLast().ruleIds(),
             QStringList({QStringLiteral("BW-LNX-WEB-001"), QStringLiteral("BW-LNX-WEB-003")}));

    // With the redirect, the plain listens move to the redirect block.
    choice.redirectHttp = true;
    const QByteArray redirected = nginxEdit(planned(text, choice)).after();
    QVERIFY(redirected.startsWith("server {\n    listen 443 ssl;\n    listen [::]:443 ssl;\n    server_name"));
    QVERIFY(
        redirected.endsWith("}\n\nserver {\n    listen 80;\n    listen [::]:80;\n    server_name intranet.example;\n"
                            "    return 301 https://$host$request_uri;\n}\n"));
}

void TestTlsPlanner::selfSigned()
{
    TlsChoice choice = choiceFor(2);
    choice.certificate = TlsChoice::Certificate::SelfSigned;
    choice.days = 825;
    choice.modernCiphers = false;
    const ChangePlan plan = planned(portal, choice);
    QCOMPARE(plan.changes().size(), 2);
    const Change create = plan.changes().constFirst();
    QVERIFY(create.command());
    const QString key = QStringLiteral("/etc/ssl/private/bulwark-portal.example.org-20261126-010203.key");
    const QString crt = QStringLiteral("/etc/ssl/certs/bulwark-portal.example.org-20261126-010203.crt");
    QCOMPARE(create.command()->argv(),
             QStringList({QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-x509"),
                          QStringLiteral("-newkey"), QStringLiteral("rsa:3072"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), key, QStringLiteral("-out"), crt, QStringLiteral("-days"),
                          QStringLiteral("825"), QStringLiteral("-subj"), QStringLiteral("/CN=portal.example.org"),
                          QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:portal.example.org")}));
    QVERIFY(create.command()->elevate());
    const QList<CommandCheck> checks = create.command()->verify();
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks.at(0).argv(), QStringList({QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a %U"),
                                               QStringLiteral("--"), key}));
    QCOMPARE(checks.at(0).expectedStdout(), QStringList{QStringLiteral("600 root")});
    QCOMPARE(create.command()->inverse().size(), 1u);
    QCOMPARE(create.command()->inverse().front().argv(),
             QStringList({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), key, crt}));
    QCOMPARE(create.ruleIds(), QStringList{QStringLiteral("BW-LNX-WEB-005")});
    const QByteArray after = nginxEdit(plan).after();
    QVERIFY(after.contains(
        QByteArray("    ssl_certificate " + crt.toUtf8() + ";\n    ssl_certificate_key " + key.toUtf8() + ";\n")));
    QVERIFY(!after.contains("portal.crt"));
    QVERIFY(plan.warnings().join(u'\n').contains(QLatin1String("self-signed")));

    // An explicit name, RHEL's directories, an IP address.
    choice.commonName = QStringLiteral("10.1.2.3");
    choice.keyDirectory = QStringLiteral("/etc/pki/tls/private");
    choice.certificateDirectory = QStringLiteral("/etc/pki/tls/certs");
    const QStringList argv = planned(portal, choice).changes().constFirst().command()->argv();
    QVERIFY(argv.contains(QStringLiteral("subjectAltName=IP:10.1.2.3")));
    QVERIFY(argv.contains(QStringLiteral("/etc/pki/tls/private/bulwark-10.1.2.3-20261126-010203.key")));
}

void TestTlsPlanner::keyAndCsrKeepsCertificate()
{
    TlsChoice choice = choiceFor(2);
    choice.certificate = TlsChoice::Certificate::KeyAndCsr;
    choice.modernCiphers = false;
    const ChangePlan plan = planned(portal, choice);
    QCOMPARE(plan.changes().size(), 2);
    const CommandStep *step = plan.changes().constFirst().command();
    QVERIFY(step);
    const QString key = QStringLiteral("/etc/ssl/private/bulwark-portal.example.org-20261126-010203.key");
    const QString csr = QStringLiteral("/etc/ssl/certs/bulwark-portal.example.org-20261126-010203.csr");
    QCOMPARE(step->argv().mid(0, 10),
             QStringList({QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-new"),
                          QStringLiteral("-newkey"), QStringLiteral("rsa:3072"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr}));
    QCOMPARE(step->inverse().front().argv(),
             QStringList({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), key, csr}));
    // The CSR is reported; the site keeps its certificate until the CA's arrives.
    QVERIFY(plan.warnings().join(u'\n').contains(csr));
    QVERIFY(nginxEdit(plan).after().contains("ssl_certificate /etc/ssl/certs/portal.crt;"));
}

void TestTlsPlanner::keyAndCsrWithoutCertificate()
{
    const QByteArray text = "server {\n    listen 443 ssl;\n    server_name lab.example;\n}\n";
    TlsChoice choice = choiceFor(1);
    choice.certificate = TlsChoice::Certificate::KeyAndCsr;
    choice.modernCiphers = false;
    const ChangePlan plan = planned(text, choice);
    QCOMPARE(plan.changes().size(), 3);
    const CommandStep *standIn = plan.changes().at(1).command();
    QVERIFY(standIn);
    const QString key = QStringLiteral("/etc/ssl/private/bulwark-lab.example-20261126-010203.key");
    const QString crt = QStringLiteral("/etc/ssl/certs/bulwark-lab.example-20261126-010203.crt");
    QCOMPARE(standIn->argv().mid(0, 7),
             QStringList({QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-x509"),
                          QStringLiteral("-key"), key, QStringLiteral("-out"), crt}));
    QCOMPARE(standIn->inverse().front().argv(),
             QStringList({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), crt}));
    QCOMPARE(nginxEdit(plan).after(), QByteArray("server {\n    listen 443 ssl;\n    server_name lab.example;\n"
                                                 "    ssl_certificate " +
                                                 crt.toUtf8() + ";\n    ssl_certificate_key " + key.toUtf8() +
                                                 ";\n    ssl_protocols TLSv1.2 TLSv1.3;\n}\n"));
}

void TestTlsPlanner::importCertificate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray pem = makeCertificate(dir.path(), QStringLiteral("portal.example.org"));
    if (pem.isEmpty())
        QSKIP("openssl is not available");
    TlsChoice choice = choiceFor(2);
    choice.certificate = TlsChoice::Certificate::Import;
    choice.certificatePem = "junk before\n" + pem;
    choice.keyPath = QStringLiteral("/etc/ssl/private/portal-2026.key");
    choice.modernCiphers = false;
    const ChangePlan plan = planned(portal, choice);
    QCOMPARE(plan.changes().size(), 2);
    const FileEdit *written = plan.changes().constFirst().fileEdit();
    QVERIFY(written);
    const QString crt = QStringLiteral("/etc/ssl/certs/bulwark-portal.example.org-20261126-010203.crt");
    QCOMPARE(written->path(), crt);
    QVERIFY(!written->beforeExists());
    QVERIFY(written->after().startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(!written->after().contains("junk"));
    QCOMPARE(written->mode(), QStringLiteral("0644"));
    QCOMPARE(written->owner(), QStringLiteral("root"));
    // Self-signed and 30 days: valid for now, not from a trusted authority.
    QCOMPARE(plan.changes().constFirst().ruleIds(), QStringList{QStringLiteral("BW-LNX-WEB-005")});
    QVERIFY(nginxEdit(plan).after().contains(QByteArray(
        "ssl_certificate " + crt.toUtf8() + ";\n    ssl_certificate_key /etc/ssl/private/portal-2026.key;\n")));
}

void TestTlsPlanner::importRefusesKeys()
{
    TlsChoice choice = choiceFor(2);
    choice.certificate = TlsChoice::Certificate::Import;
    choice.keyPath = QStringLiteral("/etc/ssl/private/a.key");
    choice.certificatePem = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";
    auto plan = TlsPlanner::plan(parsed(portal), {}, choice);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message().contains(QLatin1String("private key")));
    choice.certificatePem = "not a certificate";
    QVERIFY(!TlsPlanner::plan(parsed(portal), {}, choice).ok());
}

void TestTlsPlanner::includes()
{
    const QByteArray text = "server {\n"
                            "    listen 443 ssl;\n"
                            "    server_name le.example;\n"
                            "    include snippets/le.conf;\n"
                            "    include /etc/nginx/extra/*.conf;\n"
                            "}\n";
    TlsChoice choice = choiceFor(1);
    // Not read: refused.
    auto unread = TlsPlanner::plan(parsed(text), {}, choice);
    QVERIFY(!unread.ok());
    QVERIFY(unread.error().message().contains(QLatin1String("/etc/nginx/snippets/le.conf")));
    // Read, holding the certificate: kept.
    const NginxConfig snippet = parsed("ssl_certificate /etc/letsencrypt/live/le/fullchain.pem;\n"
                                       "ssl_certificate_key /etc/letsencrypt/live/le/privkey.pem;\n",
                                       QStringLiteral("/etc/nginx/snippets/le.conf"));
    const ChangePlan plan = planned(text, choice, {snippet});
    QVERIFY(nginxEdit(plan).after().contains("ssl_protocols TLSv1.2 TLSv1.3;"));
    // certbot's options file sets ssl_protocols: nginx would refuse the duplicate.
    const NginxConfig certbot = parsed("ssl_session_cache shared:le_nginx_SSL:10m;\n"
                                       "ssl_protocols TLSv1.2 TLSv1.3;\n",
                                       QStringLiteral("/etc/nginx/extra/options-ssl-nginx.conf"));
    auto duplicate = TlsPlanner::plan(parsed(text), {snippet, certbot}, choice);
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().message().contains(QLatin1String("options-ssl-nginx.conf")));
    // Replacing the certificate that an include sets: refused too.
    choice.certificate = TlsChoice::Certificate::UsePaths;
    choice.certificatePath = QStringLiteral("/etc/ssl/certs/x.crt");
    choice.keyPath = QStringLiteral("/etc/ssl/private/x.key");
    QVERIFY(!TlsPlanner::plan(parsed(text), {snippet}, choice).ok());
}

void TestTlsPlanner::hstsNotInheritedWarning()
{
    const QByteArray text = "server {\n"
                            "    listen 443 ssl;\n"
                            "    ssl_certificate /etc/ssl/certs/a.crt;\n"
                            "    ssl_certificate_key /etc/ssl/private/a.key;\n"
                            "    add_header Strict-Transport-Security max-age=300;\n"
                            "    location /api/ {\n"
                            "        add_header X-Frame-Options DENY;\n"
                            "    }\n"
                            "}\n";
    TlsChoice choice = choiceFor(1);
    choice.hstsMaxAge = 31536000;
    choice.hstsIncludeSubDomains = true;
    const ChangePlan plan = planned(text, choice);
    QVERIFY(nginxEdit(plan).after().contains(
        "    add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;\n    location"));
    QVERIFY(!nginxEdit(plan).after().contains("max-age=300"));
    QVERIFY(plan.warnings().join(u'\n').contains(QLatin1String("line 6")));
}

void TestTlsPlanner::alreadyConfigured()
{
    TlsChoice choice = choiceFor(2);
    choice.hstsMaxAge = 63072000;
    const QByteArray once = nginxEdit(planned(portal, choice)).after();
    const ChangePlan again = planned(once, choice);
    QVERIFY(again.isEmpty());
    QCOMPARE(again.warnings().size(), 1);
}

void TestTlsPlanner::jsonRoundTrip()
{
    TlsChoice choice = choiceFor(2);
    choice.certificate = TlsChoice::Certificate::SelfSigned;
    choice.redirectHttp = true;
    choice.hstsMaxAge = 600;
    const ChangePlan plan = planned(portal, choice);
    auto back = ChangePlan::fromJsonBytes(plan.toJsonBytes());
    QVERIFY(back.ok());
    QCOMPARE(*back, plan);
}

void TestTlsPlanner::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("serverLine");
    QTest::addColumn<int>("certificate");
    QTest::addColumn<QString>("certificatePath");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QString>("expected");
    const int keep = int(TlsChoice::Certificate::Keep);
    const int paths = int(TlsChoice::Certificate::UsePaths);
    const int selfSigned = int(TlsChoice::Certificate::SelfSigned);
    QTest::newRow("other file") << portal << 2 << keep << QString() << QString() << QStringLiteral("not for");
    QTest::newRow("no server there") << portal << 3 << keep << QString() << QString() << QStringLiteral("line 3");
    QTest::newRow("ssl on") << QByteArray("server {\n listen 443;\n ssl on;\n ssl_certificate /a;\n}\n") << 1 << keep
                            << QString() << QString() << QStringLiteral("ssl on");
    QTest::newRow("duplicate") << QByteArray(
                                      "server {\n listen 443 ssl;\n ssl_certificate /a;\n ssl_protocols TLSv1.2;\n "
                                      "ssl_protocols TLSv1.3;\n}\n")
                               << 1 << keep << QString() << QString() << QStringLiteral("more than once");
    QTest::newRow("nothing to keep") << QByteArray("server {\n listen 443 ssl;\n}\n") << 1 << keep << QString()
                                     << QString() << QStringLiteral("no certificate");
    QTest::newRow("shared line") << QByteArray(
                                        "server {\n listen 443 ssl; ssl_certificate /a; ssl_protocols TLSv1;\n}\n")
                                 << 1 << keep << QString() << QString() << QStringLiteral("shares its line");
    QTest::newRow("one-line server") << QByteArray("server { listen 443 ssl; ssl_certificate /a; }\n") << 1 << keep
                                     << QString() << QString() << QStringLiteral("shares its first");
    QTest::newRow("relative path") << portal << 2 << paths << QStringLiteral("certs/a.crt") << QString()
                                   << QStringLiteral("plain absolute");
    QTest::newRow("semicolon in path") << portal << 2 << paths << QStringLiteral("/etc/ssl/a;b") << QString()
                                       << QStringLiteral("plain absolute");
    QTest::newRow("dotdot in path") << portal << 2 << paths << QStringLiteral("/etc/ssl/../shadow") << QString()
                                    << QStringLiteral("plain absolute");
    QTest::newRow("two certificates") << QByteArray("server {\n listen 443 ssl;\n ssl_certificate /a.rsa;\n "
                                                    "ssl_certificate /a.ecdsa;\n}\n")
                                      << 1 << paths << QStringLiteral("/etc/ssl/x.crt") << QString()
                                      << QStringLiteral("more than one certificate");
    QTest::newRow("subject injection") << portal << 2 << selfSigned << QString() << QStringLiteral("a/O=Evil")
                                       << QStringLiteral("Give the name");
    QTest::newRow("no name") << QByteArray("server {\n listen 443 ssl;\n server_name _;\n}\n") << 1 << selfSigned
                             << QString() << QString() << QStringLiteral("Give the name");
}

void TestTlsPlanner::refused()
{
    QFETCH(QByteArray, text);
    QFETCH(int, serverLine);
    QFETCH(int, certificate);
    QFETCH(QString, certificatePath);
    QFETCH(QString, commonName);
    QFETCH(QString, expected);
    TlsChoice choice = choiceFor(serverLine);
    if (expected == u"not for")
        choice.file = QStringLiteral("/etc/nginx/conf.d/other.conf");
    choice.certificate = TlsChoice::Certificate(certificate);
    choice.certificatePath = certificatePath;
    choice.keyPath = QStringLiteral("/etc/ssl/private/x.key");
    choice.commonName = commonName;
    auto plan = TlsPlanner::plan(parsed(text), {}, choice);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().toString().contains(expected), qPrintable(plan.error().toString()));
}

void TestTlsPlanner::hostileInput()
{
    // Mutated files: whatever parses is planned for every server block with every option on; a plan is refused or its
    // edit reads back and keeps everything outside the lines it changes. Fixed seed.
    const QByteArray base =
        "server {\n  listen 80;\n  server_name a.example;\n  location / { add_header X 1; }\n}\n" + portal;
    QRandomGenerator random(8);
    static const char alphabet[] = "{};#\"' \nxl";
    int planned = 0;
    for (int round = 0; round < 1500; ++round) {
        QByteArray text = base;
        const qsizetype at = random.bounded(text.size());
        if (random.bounded(2) == 0)
            text[at] = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
        else
            text.remove(at, 1 + random.bounded(6));
        const auto file = NginxConfig::parse(text, path);
        if (!file)
            continue;
        for (int server : file->servers()) {
            for (int certificate = 0; certificate <= int(TlsChoice::Certificate::KeyAndCsr); ++certificate) {
                if (certificate == int(TlsChoice::Certificate::Import))
                    continue;
                TlsChoice choice = choiceFor(file->directive(server).line);
                choice.certificate = TlsChoice::Certificate(certificate);
                choice.certificatePath = QStringLiteral("/etc/ssl/certs/n.crt");
                choice.keyPath = QStringLiteral("/etc/ssl/private/n.key");
                choice.commonName = QStringLiteral("n.example");
                choice.redirectHttp = true;
                choice.hstsMaxAge = 300;
                const auto plan = TlsPlanner::plan(*file, {}, choice);
                if (!plan)
                    continue;
                ++planned;
                if (plan->isEmpty())
                    continue;
                const FileEdit edit = nginxEdit(*plan);
                QCOMPARE(edit.before(), text);
                QVERIFY(NginxConfig::parse(edit.after(), path).ok());
            }
        }
    }
    QVERIFY(planned > 0);
}

QTEST_GUILESS_MAIN(TestTlsPlanner)
#include "tst_tlsplanner.moc"
