// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/PlanPolicy.h"
#include "core/tls/ApacheTlsPlanner.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Bulwark;
using namespace Bulwark::Plan;
using Bulwark::Tls::ApacheConfig;
using Bulwark::Tls::ApacheHostState;

// The TLS planner for Apache: Debian's default-ssl.conf and 000-default.conf, the server-wide ssl.conf, the redirect,
// module steps with their exact undo, certificate choices, refusals, and that a planned file plans to nothing.
class TestApacheTlsPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debianDefaultSsl();
    void redirectIntoPlainHost();
    void redirectNewHost();
    void redirectToOtherPort();
    void modulesEnabledWithUndo();
    void modulesElsewhereRefused();
    void selfSignedReplacesChain();
    void plainSiteGetsTwin();
    void certbotInclude();
    void plansNothingTwice();
    void allowsOldProtocols_data();
    void allowsOldProtocols();
    void refused_data();
    void refused();
    void hostileInput();
    void siteByItsLink();
    void controlCannotRun();
    void tlsPort_data();
    void tlsPort();
};

namespace {

const QString sitesDir = QStringLiteral("/etc/apache2/sites-available/");
const QString defaultSsl = sitesDir + QStringLiteral("default-ssl.conf");
const QString defaultPlain = sitesDir + QStringLiteral("000-default.conf");
const QString sslConf = QStringLiteral("/etc/apache2/mods-available/ssl.conf");
const QString portalPath = sitesDir + QStringLiteral("portal.conf");

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/apache/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

ApacheConfig parsed(const QByteArray &text, const QString &path)
{
    auto config = ApacheConfig::parse(text, path);
    if (!config)
        qFatal("parse failed: %s", qPrintable(config.error().toString()));
    return *config;
}

const QByteArray ports = "Listen 80\n\n<IfModule ssl_module>\n\tListen 443\n</IfModule>\n";

// Debian's layout after `a2enmod ssl headers; a2ensite default-ssl` plus `extra` files.
ApacheHostState debian(const QList<QPair<QString, QByteArray>> &extra = {})
{
    ApacheHostState state;
    state.installed = true;
    state.control = QStringLiteral("apache2ctl");
    state.modules = QStringList{QStringLiteral("core_module"),     QStringLiteral("mime_module"),
                                QStringLiteral("setenvif_module"), QStringLiteral("socache_shmcb_module"),
                                QStringLiteral("ssl_module"),      QStringLiteral("headers_module"),
                                QStringLiteral("alias_module")};
    state.files << parsed("IncludeOptional mods-enabled/*.conf\nInclude ports.conf\n",
                          QStringLiteral("/etc/apache2/apache2.conf"))
                << parsed(fixture(QStringLiteral("ssl.conf")), sslConf)
                << parsed(ports, QStringLiteral("/etc/apache2/ports.conf"))
                << parsed(fixture(QStringLiteral("000-default.conf")), defaultPlain)
                << parsed(fixture(QStringLiteral("default-ssl.conf")), defaultSsl);
    for (const auto &[path, text] : extra)
        state.files << parsed(text, path);
    return state;
}

TlsChoice choiceFor(const QString &file, int line)
{
    TlsChoice choice;
    choice.file = file;
    choice.serverLine = line;
    choice.stamp = QDateTime(QDate(2026, 11, 26), QTime(1, 2, 3), QTimeZone::utc());
    choice.hostDisplayName = QStringLiteral("web1");
    return choice;
}

ChangePlan planned(const ApacheHostState &state, const TlsChoice &choice)
{
    auto plan = ApacheTlsPlanner::plan(state, choice);
    if (!plan)
        qFatal("plan failed: %s", qPrintable(plan.error().toString() + u' ' + plan.error().detail()));
    return *plan;
}

FileEdit editOf(const ChangePlan &plan, const QString &path)
{
    for (const Change &change : plan.changes()) {
        if (change.fileEdit() && change.fileEdit()->path() == path)
            return *change.fileEdit();
    }
    qFatal("no edit of %s", qPrintable(path));
}

const QByteArray ciphers = "SSLCipherSuite " + TlsPlanner::mozillaIntermediateCiphers().toUtf8();

const QByteArray portal = "<VirtualHost *:80>\n"
                          "    ServerName portal.example.org\n"
                          "    DocumentRoot /var/www/portal\n"
                          "</VirtualHost>\n"
                          "\n"
                          "<VirtualHost *:443>\n"
                          "    ServerName portal.example.org\n"
                          "    ServerAlias www.portal.example.org\n"
                          "    DocumentRoot /var/www/portal\n"
                          "    SSLEngine on\n"
                          "    SSLCertificateFile /etc/ssl/certs/portal.crt\n"
                          "    SSLCertificateKeyFile /etc/ssl/private/portal.key\n"
                          "    SSLCertificateChainFile /etc/ssl/certs/portal-chain.crt\n"
                          "    SSLProtocol all -SSLv3\n"
                          "</VirtualHost>\n";

} // namespace

void TestApacheTlsPlanner::debianDefaultSsl()
{
    const ApacheHostState state = debian();
    TlsChoice choice = choiceFor(defaultSsl, 1);
    choice.hstsMaxAge = 63072000;
    const ChangePlan plan = planned(state, choice);
    QCOMPARE(plan.changes().size(), 2);
    QCOMPARE(plan.hostDisplayName(), QStringLiteral("web1"));

    const FileEdit site = editOf(plan, defaultSsl);
    QCOMPARE(plan.changes().constFirst().fileEdit()->path(), defaultSsl); // the site's own file first
    QByteArray expected = fixture(QStringLiteral("default-ssl.conf"));
    const QByteArray inserted = QByteArray("SSLCertificateKeyFile   /etc/ssl/private/ssl-cert-snakeoil.key\n"
                                           "\tSSLProtocol -all +TLSv1.2 +TLSv1.3\n\t") +
                                ciphers +
                                "\n"
                                "\tSSLHonorCipherOrder off\n"
                                "\tSSLSessionTickets off\n"
                                "\tHeader always set Strict-Transport-Security max-age=63072000\n";
    expected.replace("SSLCertificateKeyFile   /etc/ssl/private/ssl-cert-snakeoil.key\n", inserted);
    QCOMPARE(site.before(), fixture(QStringLiteral("default-ssl.conf")));
    QCOMPARE(site.after(), expected);
    QCOMPARE(site.validator(),
             (QStringList{QStringLiteral("openssl"), QStringLiteral("pkcs12"), QStringLiteral("-export"),
                          QStringLiteral("-passin"), QStringLiteral("pass:"), QStringLiteral("-in"),
                          QStringLiteral("/etc/ssl/certs/ssl-cert-snakeoil.pem"), QStringLiteral("-inkey"),
                          QStringLiteral("/etc/ssl/private/ssl-cert-snakeoil.key"), QStringLiteral("-passout"),
                          QStringLiteral("pass:"), QStringLiteral("-out"), QStringLiteral("/dev/null")}));
    QVERIFY(PlanPolicy::check(plan));
    QCOMPARE(site.verify(), (QStringList{QStringLiteral("apache2ctl"), QStringLiteral("configtest")}));
    QCOMPARE(site.reload(), (QStringList{QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("--"),
                                         QStringLiteral("apache2.service")}));
    QCOMPARE(plan.changes().constFirst().ruleIds(), QStringList{QStringLiteral("BW-LNX-WEB-001")});

    // Every VirtualHost without its own SSLProtocol inherits ssl.conf's "all -SSLv3".
    const FileEdit module = editOf(plan, sslConf);
    QByteArray moduleAfter = fixture(QStringLiteral("ssl.conf"));
    moduleAfter.replace("\tSSLProtocol all -SSLv3\n", "\tSSLProtocol -all +TLSv1.2 +TLSv1.3\n");
    QCOMPARE(module.after(), moduleAfter);
    QCOMPARE(module.verify(), site.verify());
}

void TestApacheTlsPlanner::redirectIntoPlainHost()
{
    const ApacheHostState state = debian({{portalPath, portal}});
    TlsChoice choice = choiceFor(portalPath, 6);
    choice.redirectHttp = true;
    choice.hstsMaxAge = 31536000;
    choice.hstsIncludeSubDomains = true;
    const ChangePlan plan = planned(state, choice);
    const FileEdit edit = editOf(plan, portalPath);
    const QByteArray want = QByteArray("<VirtualHost *:80>\n"
                                       "    ServerName portal.example.org\n"
                                       "    Redirect permanent / https://portal.example.org/\n"
                                       "    DocumentRoot /var/www/portal\n"
                                       "</VirtualHost>\n"
                                       "\n"
                                       "<VirtualHost *:443>\n"
                                       "    ServerName portal.example.org\n"
                                       "    ServerAlias www.portal.example.org\n"
                                       "    DocumentRoot /var/www/portal\n"
                                       "    SSLEngine on\n"
                                       "    SSLCertificateFile /etc/ssl/certs/portal.crt\n"
                                       "    SSLCertificateKeyFile /etc/ssl/private/portal.key\n"
                                       "    SSLCertificateChainFile /etc/ssl/certs/portal-chain.crt\n"
                                       "    SSLProtocol -all +TLSv1.2 +TLSv1.3\n    ") +
                            ciphers +
                            "\n"
                            "    SSLHonorCipherOrder off\n"
                            "    SSLSessionTickets off\n"
                            "    Header always set Strict-Transport-Security \"max-age=31536000; "
                            "includeSubDomains\"\n"
                            "</VirtualHost>\n";
    QCOMPARE(edit.after(), want);
    QVERIFY(plan.warnings().join(u' ').contains(QLatin1String("ACME")));
}

void TestApacheTlsPlanner::redirectNewHost()
{
    QByteArray text = portal.mid(portal.indexOf("<VirtualHost *:443>"));
    const ApacheHostState state = debian({{portalPath, text}});
    TlsChoice choice = choiceFor(portalPath, 1);
    choice.redirectHttp = true;
    choice.modernCiphers = false;
    const FileEdit edit = editOf(planned(state, choice), portalPath);
    QVERIFY2(edit.after().endsWith("</VirtualHost>\n"
                                   "\n"
                                   "<VirtualHost *:80>\n"
                                   "    ServerName portal.example.org\n"
                                   "    ServerAlias www.portal.example.org\n"
                                   "    Redirect permanent / https://portal.example.org/\n"
                                   "</VirtualHost>\n"),
             edit.after().constData());
    QVERIFY(!edit.after().contains("SSLCipherSuite"));
}

void TestApacheTlsPlanner::redirectToOtherPort()
{
    QByteArray text = portal;
    text.replace("<VirtualHost *:443>", "<VirtualHost *:8443>");
    TlsChoice choice = choiceFor(portalPath, 6);
    choice.redirectHttp = true;
    const ChangePlan plan = planned(debian({{portalPath, text}}), choice);
    QVERIFY(editOf(plan, portalPath).after().contains("Redirect permanent / https://portal.example.org:8443/\n"));
    QVERIFY(plan.warnings().join(u' ').contains(QLatin1String("No Listen line opens port 8443")));
}

void TestApacheTlsPlanner::modulesEnabledWithUndo()
{
    ApacheHostState state = debian();
    state.modules.removeAll(QStringLiteral("ssl_module"));
    state.modules.removeAll(QStringLiteral("socache_shmcb_module"));
    state.modules.removeAll(QStringLiteral("headers_module"));
    TlsChoice choice = choiceFor(defaultSsl, 1);
    choice.hstsMaxAge = 600;
    const ChangePlan plan = planned(state, choice);
    const CommandStep *step = plan.changes().constFirst().command();
    QVERIFY(step);
    QCOMPARE(step->argv(), (QStringList{QStringLiteral("a2enmod"), QStringLiteral("-q"), QStringLiteral("--"),
                                        QStringLiteral("ssl"), QStringLiteral("headers")}));
    QCOMPARE(step->verify().size(), 2);
    QCOMPARE(step->verify().constFirst().argv(), (QStringList{QStringLiteral("a2query"), QStringLiteral("-q"),
                                                              QStringLiteral("-m"), QStringLiteral("ssl")}));
    QCOMPARE(step->inverse().size(), std::size_t(1));
    // Exactly what was not loaded before: mime and setenvif were.
    QCOMPARE(step->inverse().front().argv(),
             (QStringList{QStringLiteral("a2dismod"), QStringLiteral("-q"), QStringLiteral("--"), QStringLiteral("ssl"),
                          QStringLiteral("socache_shmcb"), QStringLiteral("headers")}));
    QVERIFY(plan.changes().at(1).fileEdit());
}

void TestApacheTlsPlanner::modulesElsewhereRefused()
{
    ApacheHostState state = debian();
    state.serverRoot = QStringLiteral("/etc/httpd");
    state.modules.removeAll(QStringLiteral("headers_module"));
    TlsChoice choice = choiceFor(defaultSsl, 1);
    choice.hstsMaxAge = 600;
    const auto plan = ApacheTlsPlanner::plan(state, choice);
    QVERIFY(!plan);
    QVERIFY(plan.error().message().contains(QLatin1String("headers")));
}

void TestApacheTlsPlanner::selfSignedReplacesChain()
{
    TlsChoice choice = choiceFor(portalPath, 6);
    choice.certificate = TlsChoice::Certificate::SelfSigned;
    const ChangePlan plan = planned(debian({{portalPath, portal}}), choice);
    const CommandStep *step = plan.changes().constFirst().command();
    QVERIFY(step);
    QCOMPARE(step->argv().mid(0, 3),
             (QStringList{QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-x509")}));
    QVERIFY(step->argv().contains(QStringLiteral("/etc/ssl/private/bulwark-portal.example.org-20261126-010203.key")));
    const QByteArray after = editOf(plan, portalPath).after();
    QVERIFY(after.contains("    SSLCertificateFile /etc/ssl/certs/bulwark-portal.example.org-20261126-010203.crt\n"
                           "    SSLCertificateKeyFile /etc/ssl/private/bulwark-portal.example.org-20261126-010203.key\n"
                           "    SSLProtocol -all"));
    QVERIFY(!after.contains("SSLCertificateChainFile"));
    // The new pair is checked before the swap, after the step that makes it.
    QVERIFY(editOf(plan, portalPath)
                .validator()
                .contains(QStringLiteral("/etc/ssl/certs/bulwark-portal.example.org-20261126-010203.crt")));
    QVERIFY(PlanPolicy::check(plan));
    const auto reread = ChangePlan::fromJsonBytes(plan.toJsonBytes());
    QVERIFY(reread);
    QVERIFY(*reread == plan);
    QVERIFY(plan.warnings().join(u' ').contains(QLatin1String("SSLCertificateChainFile")));
    QVERIFY(plan.warnings().join(u' ').contains(QLatin1String("self-signed")));
}

void TestApacheTlsPlanner::plainSiteGetsTwin()
{
    const QByteArray intranet = "<VirtualHost *:80>\n"
                                "    ServerName intranet.example.org\n"
                                "    DocumentRoot /var/www/intranet\n"
                                "    SSLEngine off\n"
                                "</VirtualHost>\n";
    const QString path = sitesDir + QStringLiteral("intranet.conf");
    TlsChoice choice = choiceFor(path, 1);
    choice.certificate = TlsChoice::Certificate::SelfSigned;
    choice.redirectHttp = true;
    const ChangePlan plan = planned(debian({{path, intranet}}), choice);
    QCOMPARE(plan.changes().size(), 3); // openssl, this file, ssl.conf
    const FileEdit edit = editOf(plan, path);
    QCOMPARE(edit.before(), intranet);
    const QByteArray stem = "bulwark-intranet.example.org-20261126-010203";
    const QByteArray want = QByteArray("<VirtualHost *:80>\n"
                                       "    ServerName intranet.example.org\n"
                                       "    Redirect permanent / https://intranet.example.org/\n"
                                       "    DocumentRoot /var/www/intranet\n"
                                       "    SSLEngine off\n"
                                       "</VirtualHost>\n"
                                       "\n"
                                       "<VirtualHost *:443>\n"
                                       "    ServerName intranet.example.org\n"
                                       "    DocumentRoot /var/www/intranet\n"
                                       "    SSLEngine on\n"
                                       "    SSLCertificateFile /etc/ssl/certs/") +
                            stem + ".crt\n    SSLCertificateKeyFile /etc/ssl/private/" + stem +
                            ".key\n"
                            "    SSLProtocol -all +TLSv1.2 +TLSv1.3\n    " +
                            ciphers +
                            "\n"
                            "    SSLHonorCipherOrder off\n"
                            "    SSLSessionTickets off\n"
                            "</VirtualHost>\n";
    QCOMPARE(edit.after(), want);
    QVERIFY(plan.changes().at(1).ruleIds().contains(QStringLiteral("BW-LNX-WEB-003")));
    QVERIFY(PlanPolicy::check(plan));

    // Planned again on the result: the TLS twin is now the site, and nothing is left to do.
    ApacheHostState after = debian({{path, edit.after()}});
    for (ApacheConfig &file : after.files) {
        if (file.path() == sslConf)
            file = parsed(editOf(plan, sslConf).after(), sslConf);
    }
    TlsChoice again = choiceFor(path, 8);
    again.certificate = TlsChoice::Certificate::Keep;
    again.redirectHttp = true;
    QVERIFY(planned(after, again).isEmpty());
    // And the plain one is refused now: it has its twin.
    QVERIFY(!ApacheTlsPlanner::plan(after, choiceFor(path, 1)));
}

void TestApacheTlsPlanner::certbotInclude()
{
    // The layout certbot writes: its options file included before the certificate lines.
    const QString options = QStringLiteral("/etc/letsencrypt/options-ssl-apache.conf");
    const QByteArray site = "<IfModule mod_ssl.c>\n"
                            "<VirtualHost *:443>\n"
                            "    ServerName shop.example.org\n"
                            "    SSLProtocol all\n"
                            "    DocumentRoot /var/www/shop\n"
                            "Include /etc/letsencrypt/options-ssl-apache.conf\n"
                            "SSLCertificateFile /etc/letsencrypt/live/shop.example.org/fullchain.pem\n"
                            "SSLCertificateKeyFile /etc/letsencrypt/live/shop.example.org/privkey.pem\n"
                            "</VirtualHost>\n"
                            "</IfModule>\n";
    const QString path = sitesDir + QStringLiteral("shop-le-ssl.conf");
    const ApacheHostState state = debian({{options, fixture(QStringLiteral("options-ssl-apache.conf"))}, {path, site}});
    TlsChoice choice = choiceFor(path, 2);
    choice.hstsMaxAge = 600;
    const ChangePlan plan = planned(state, choice);
    const QByteArray want = QByteArray("<IfModule mod_ssl.c>\n"
                                       "<VirtualHost *:443>\n"
                                       "    ServerName shop.example.org\n"
                                       "    DocumentRoot /var/www/shop\n"
                                       "Include /etc/letsencrypt/options-ssl-apache.conf\n"
                                       "SSLCertificateFile /etc/letsencrypt/live/shop.example.org/fullchain.pem\n"
                                       "SSLCertificateKeyFile /etc/letsencrypt/live/shop.example.org/privkey.pem\n"
                                       "    SSLProtocol -all +TLSv1.2 +TLSv1.3\n    ") +
                            ciphers +
                            "\n"
                            "    SSLHonorCipherOrder off\n"
                            "    SSLSessionTickets off\n"
                            "    Header always set Strict-Transport-Security max-age=600\n"
                            "</VirtualHost>\n"
                            "</IfModule>\n";
    QCOMPARE(editOf(plan, path).after(), want);
    // certbot's file belongs to the site, not to the server: it is not edited as a server-wide SSLProtocol.
    for (const Change &change : plan.changes())
        QVERIFY(!change.fileEdit() || change.fileEdit()->path() != options);
    QVERIFY(plan.warnings().join(u' ').contains(options));
    // The wizard sees a TLS site: SSLEngine comes from the include.
    const auto sites = state.sites();
    QVERIFY(std::any_of(sites.cbegin(), sites.cend(), [&](const auto &s) { return s.file == path && s.tls; }));

    // A new certificate would be a second one next to whatever the include brings: only when it brings none.
    TlsChoice replace = choiceFor(path, 2);
    replace.certificate = TlsChoice::Certificate::UsePaths;
    replace.certificatePath = QStringLiteral("/etc/ssl/certs/shop.crt");
    replace.keyPath = QStringLiteral("/etc/ssl/private/shop.key");
    QVERIFY(ApacheTlsPlanner::plan(state, replace));
    const ApacheHostState withCertificate = debian(
        {{options, fixture(QStringLiteral("options-ssl-apache.conf")) + "SSLCertificateFile /x.pem\n"}, {path, site}});
    QVERIFY(!ApacheTlsPlanner::plan(withCertificate, replace));
}

void TestApacheTlsPlanner::plansNothingTwice()
{
    ApacheHostState state = debian({{portalPath, portal}});
    TlsChoice choice = choiceFor(portalPath, 6);
    choice.redirectHttp = true;
    choice.hstsMaxAge = 600;
    const ChangePlan first = planned(state, choice);
    for (const Change &change : first.changes()) {
        const FileEdit *edit = change.fileEdit();
        QVERIFY(edit);
        for (ApacheConfig &file : state.files) {
            if (file.path() == edit->path())
                file = parsed(edit->after(), edit->path());
        }
    }
    choice.serverLine = 7; // below the new Redirect line
    const ChangePlan second = planned(state, choice);
    QVERIFY(second.isEmpty());
    QVERIFY(second.warnings().contains(QStringLiteral("The site is already configured as chosen.")));
}

void TestApacheTlsPlanner::allowsOldProtocols_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 unknown
    QTest::newRow("debian") << QStringLiteral("all -SSLv3") << 1;
    QTest::newRow("mozilla") << QStringLiteral("-all +TLSv1.2 +TLSv1.3") << 0;
    QTest::newRow("all minus old") << QStringLiteral("all -SSLv3 -TLSv1 -TLSv1.1") << 0;
    QTest::newRow("bare resets") << QStringLiteral("TLSv1 TLSv1.2") << 0;
    QTest::newRow("bare old") << QStringLiteral("TLSv1.2 TLSv1.1") << 1;
    QTest::newRow("plus old") << QStringLiteral("+TLSv1.2 +TLSv1.1") << 1;
    QTest::newRow("case") << QStringLiteral("ALL -sslv3 -tlsv1 -tlsv1.1") << 0;
    QTest::newRow("minus SSLv2 ignored") << QStringLiteral("all -SSLv2 -SSLv3 -TLSv1 -TLSv1.1") << 0;
    QTest::newRow("plus SSLv2") << QStringLiteral("+SSLv2") << -1;
    QTest::newRow("unknown") << QStringLiteral("all -TLSv1.4") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestApacheTlsPlanner::allowsOldProtocols()
{
    QFETCH(QString, line);
    QFETCH(int, expected);
    const auto old = ApacheTlsPlanner::allowsOldProtocols(line.split(u' ', Qt::SkipEmptyParts));
    QCOMPARE(old.has_value() ? int(*old) : -1, expected);
}

void TestApacheTlsPlanner::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("redirect");
    QTest::addColumn<QString>("says");
    const QByteArray head = "<VirtualHost *:443>\n    ServerName a.example.org\n    SSLEngine on\n";
    QTest::newRow("variable") << head + "    SSLProtocol ${PROTOCOLS}\n</VirtualHost>\n"
                              << 1 << false << QStringLiteral("variable");
    QTest::newRow("variable address") << QByteArray("<VirtualHost *:${PORT}>\n</VirtualHost>\n") << 1 << false
                                      << QStringLiteral("addresses");
    QTest::newRow("duplicate") << head + "    SSLProtocol all\n    SSLProtocol -all\n</VirtualHost>\n"
                               << 1 << false << QStringLiteral("more than once");
    QTest::newRow("macro") << head + "    Use Hardening\n</VirtualHost>\n" << 1 << false << QStringLiteral("macro");
    QTest::newRow("nested") << head + "    <IfModule ssl_module>\n        SSLProtocol all\n    </IfModule>\n"
                                      "</VirtualHost>\n"
                            << 1 << false << QStringLiteral("inside a section");
    QTest::newRow("plain with a TLS twin") << portal << 1 << false << QStringLiteral("already has a TLS VirtualHost");
    QTest::newRow("plain that redirects")
        << QByteArray("<VirtualHost *:80>\n    ServerName b.example.org\n    Redirect / https://c.example.org/\n"
                      "</VirtualHost>\n")
        << 1 << false << QStringLiteral("already redirects");
    QTest::newRow("redirect without name") << QByteArray("<VirtualHost *:443>\n    SSLEngine on\n</VirtualHost>\n") << 1
                                           << true << QStringLiteral("ServerName");
    QTest::newRow("unread include") << head + "    Include /etc/letsencrypt/options-ssl-apache.conf\n</VirtualHost>\n"
                                    << 1 << false << QStringLiteral("has not read");
    QTest::newRow("no VirtualHost there") << head + "</VirtualHost>\n" << 2 << false << QStringLiteral("line 2");
    QTest::newRow("no certificate") << head + "</VirtualHost>\n" << 1 << false << QStringLiteral("no certificate");
}

void TestApacheTlsPlanner::refused()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(bool, redirect);
    QFETCH(QString, says);
    ApacheHostState state = debian({{portalPath, text}});
    // Without the server-wide snakeoil certificate: only "no certificate" needs it absent, none needs it present.
    TlsChoice choice = choiceFor(portalPath, line);
    choice.redirectHttp = redirect;
    if (QByteArray(QTest::currentDataTag()) != "no certificate")
        choice.certificate = TlsChoice::Certificate::UsePaths;
    choice.certificatePath = QStringLiteral("/etc/ssl/certs/a.crt");
    choice.keyPath = QStringLiteral("/etc/ssl/private/a.key");
    const auto plan = ApacheTlsPlanner::plan(state, choice);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message().contains(says), qPrintable(plan.error().message()));

    // A configuration that fails its own check now is refused whatever the choice.
    state.configValid = false;
    QVERIFY(!ApacheTlsPlanner::plan(state, choiceFor(defaultSsl, 1)));
}

void TestApacheTlsPlanner::hostileInput()
{
    // Mutated files: whatever parses is planned for every VirtualHost with every option on; a plan is refused or each
    // of its edits starts from the file's bytes and reads back. Fixed seed.
    const QByteArray base = portal + fixture(QStringLiteral("default-ssl.conf"));
    QRandomGenerator random(8);
    static const char alphabet[] = "<>/\\\"' \n#${}x:";
    int plans = 0;
    const ApacheHostState defaults = debian();
    for (int round = 0; round < 800; ++round) {
        QByteArray text = base;
        const qsizetype at = random.bounded(text.size());
        if (random.bounded(2) == 0)
            text[at] = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
        else
            text.remove(at, 1 + random.bounded(6));
        const auto file = ApacheConfig::parse(text, portalPath);
        if (!file)
            continue;
        ApacheHostState state = defaults;
        state.files << *file;
        for (int host : file->virtualHosts()) {
            for (int certificate = 0; certificate <= int(TlsChoice::Certificate::KeyAndCsr); ++certificate) {
                if (certificate == int(TlsChoice::Certificate::Import))
                    continue;
                TlsChoice choice = choiceFor(portalPath, file->directive(host).line);
                choice.certificate = TlsChoice::Certificate(certificate);
                choice.certificatePath = QStringLiteral("/etc/ssl/certs/n.crt");
                choice.keyPath = QStringLiteral("/etc/ssl/private/n.key");
                choice.commonName = QStringLiteral("n.example");
                choice.redirectHttp = true;
                choice.hstsMaxAge = 300;
                const auto plan = ApacheTlsPlanner::plan(state, choice);
                if (!plan)
                    continue;
                ++plans;
                for (const Change &change : plan->changes()) {
                    const FileEdit *edit = change.fileEdit();
                    if (!edit || edit->path() != portalPath)
                        continue;
                    QCOMPARE(edit->before(), text);
                    QVERIFY(ApacheConfig::parse(edit->after(), portalPath).ok());
                }
            }
        }
    }
    QVERIFY(plans > 0);
}

void TestApacheTlsPlanner::siteByItsLink()
{
    // The site named by the sites-enabled/ link httpd reads: the same plan, an edit of the real file (the Applier
    // swaps files, never links).
    ApacheHostState state = debian();
    const QString link = QStringLiteral("/etc/apache2/sites-enabled/default-ssl.conf");
    state.listedAs.insert(defaultSsl, link);
    const ChangePlan byLink = planned(state, choiceFor(link, 1));
    const ChangePlan byFile = planned(state, choiceFor(defaultSsl, 1));
    QCOMPARE(byLink.toJsonBytes(), byFile.toJsonBytes());
    QCOMPARE(editOf(byLink, defaultSsl).before(), fixture(QStringLiteral("default-ssl.conf")));
    for (const Change &change : byLink.changes())
        QVERIFY(!change.fileEdit() || change.fileEdit()->path() != link);

    // The plain site by its link gets its twin in the real file too (without default-ssl.conf, whose VirtualHost
    // has no ServerName either and would count as the plain site's TLS one).
    state.files.removeIf([](const ApacheConfig &file) { return file.path() == defaultSsl; });
    state.listedAs.insert(defaultPlain, QStringLiteral("/etc/apache2/sites-enabled/000-default.conf"));
    TlsChoice plain = choiceFor(QStringLiteral("/etc/apache2/sites-enabled/000-default.conf"), 1);
    plain.certificate = TlsChoice::Certificate::SelfSigned;
    plain.commonName = QStringLiteral("intranet.example");
    QVERIFY(editOf(planned(state, plain), defaultPlain).after().contains("<VirtualHost *:443>"));
}

void TestApacheTlsPlanner::controlCannotRun()
{
    // apachectl could not run (Debian's apache2ctl without /run/lock): nothing can check the change, so no plan,
    // and the refusal says so (not "configtest fails").
    ApacheHostState state = debian();
    state.controlRuns = false;
    state.problems << QStringLiteral("apache2ctl could not run on the host: mktemp: failed");
    const auto plan = ApacheTlsPlanner::plan(state, choiceFor(defaultSsl, 1));
    QVERIFY(!plan);
    QVERIFY2(plan.error().message().contains(QLatin1String("apache2ctl could not run")),
             qPrintable(plan.error().message()));
    QVERIFY2(!plan.error().message().contains(QLatin1String("configtest")), qPrintable(plan.error().message()));
    QVERIFY(plan.error().detail().contains(QLatin1String("mktemp")));
}

void TestApacheTlsPlanner::tlsPort_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("plain on 80: the twin") << QByteArray("<VirtualHost *:80>\n") << 443;
    QTest::newRow("plain on every port: the twin") << QByteArray("<VirtualHost *>\n") << 443;
    QTest::newRow("plain on 80 and 8080: the twin") << QByteArray("<VirtualHost *:8080 *:80>\n") << 443;
    QTest::newRow("plain on 8080: in place") << QByteArray("<VirtualHost *:8080>\n") << 8080;
    QTest::newRow("TLS on 443") << QByteArray("<VirtualHost *:443>\n    SSLEngine on\n") << 443;
    QTest::newRow("TLS on 8443") << QByteArray("<VirtualHost 10.0.0.1:8443>\n    SSLEngine on\n") << 8443;
    QTest::newRow("TLS on two ports: the last") << QByteArray("<VirtualHost *:443 *:8443>\n    SSLEngine on\n") << 8443;
    QTest::newRow("TLS on every port") << QByteArray("<VirtualHost *>\n    SSLEngine on\n") << 443;
}

void TestApacheTlsPlanner::tlsPort()
{
    // The port the planner puts TLS on is the one tlsPort names, from the state (by the real file or the link) and,
    // for a file Bulwark has not read, from the site alone.
    QFETCH(QByteArray, host);
    QFETCH(int, port);
    const QString link = QStringLiteral("/etc/apache2/sites-enabled/portal.conf");
    ApacheHostState state = debian({{portalPath, host + "    ServerName portal.example.org\n</VirtualHost>\n"}});
    state.listedAs.insert(portalPath, link);
    const QList<TlsPlanner::Site> sites = state.sites();
    const auto site = std::find_if(sites.cbegin(), sites.cend(), [](const auto &s) { return s.file == portalPath; });
    QVERIFY(site != sites.cend());
    QCOMPARE(ApacheTlsPlanner::tlsPort(state, *site), port);
    TlsPlanner::Site byLink = *site;
    byLink.file = link;
    QCOMPARE(ApacheTlsPlanner::tlsPort(state, byLink), port);
    QCOMPARE(ApacheTlsPlanner::tlsPort(ApacheHostState(), *site), port);

    // The plan agrees: a twin on 443, or the VirtualHost itself with its Listen warning on any other port.
    TlsChoice choice = choiceFor(link, 1);
    choice.certificate = TlsChoice::Certificate::UsePaths;
    choice.certificatePath = QStringLiteral("/etc/ssl/certs/a.crt");
    choice.keyPath = QStringLiteral("/etc/ssl/private/a.key");
    const ChangePlan plan = planned(state, choice);
    const QByteArray after = editOf(plan, portalPath).after();
    const bool twin = !site->tls && (site->ports.contains(80) || site->ports.contains(0));
    QCOMPARE(after.count("<VirtualHost "), twin ? 2 : 1);
    if (twin)
        QVERIFY(after.contains("<VirtualHost *:443>"));
    const QStringList warnings = plan.warnings();
    const bool warnsListen = std::any_of(warnings.cbegin(), warnings.cend(), [port](const QString &warning) {
        return warning.contains(QStringLiteral("No Listen line opens port %1;").arg(port));
    });
    QCOMPARE(warnsListen, port != 443);
}

QTEST_GUILESS_MAIN(TestApacheTlsPlanner)
#include "tst_apachetlsplanner.moc"
