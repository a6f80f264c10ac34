// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanTlsCommand.h"
#include "core/tls/ApacheReader.h"
#include "core/tls/NginxReader.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Bulwark;
using namespace Bulwark::Tls;
using Server = PlanTlsCommand::Server;

namespace {

QByteArray data(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

// The lab VM's Debian 12 nginx (NginxReader's recorded answer): sites-enabled/bulwark-lab-tls (TLS on 443, line 1)
// and sites-enabled/default (plain, port 80), both links into sites-available/.
TlsHostState labNginx()
{
    auto state = NginxReader::parse(data(QStringLiteral("tls/nginxreader/lab-debian12.out")), "BULWARK-0123");
    if (!state)
        qFatal("%s", qPrintable(state.error().toString()));
    return *state;
}

// ApacheReader's answer on a Debian 12 machine with the apache2 package as installed: 000-default.conf (plain
// VirtualHost *:80 at line 1, read through its sites-enabled/ link), mod_ssl not loaded. `withTls` adds Debian's
// default-ssl.conf (VirtualHost *:443, the snakeoil certificate) as if a2ensite and a2enmod ssl had run.
ApacheHostState debianApache(bool withTls = false)
{
    auto state = ApacheReader::parse(data(QStringLiteral("tls/apachereader/debian12-default.out")), "BULWARK-0123");
    if (!state)
        qFatal("%s", qPrintable(state.error().toString()));
    if (withTls) {
        auto ssl = ApacheConfig::parse(data(QStringLiteral("apache/default-ssl.conf")),
                                       QStringLiteral("/etc/apache2/sites-available/default-ssl.conf"));
        if (!ssl)
            qFatal("%s", qPrintable(ssl.error().toString()));
        state->files << *ssl;
        state->listedAs.insert(ssl->path(), QStringLiteral("/etc/apache2/sites-enabled/default-ssl.conf"));
        state->modules << QStringLiteral("ssl_module") << QStringLiteral("socache_shmcb_module");
    }
    return *state;
}

const QString apacheDefault = QStringLiteral("/etc/apache2/sites-available/000-default.conf");
const QString apacheSsl = QStringLiteral("/etc/apache2/sites-available/default-ssl.conf");
const QString apacheDefaultLink = QStringLiteral("/etc/apache2/sites-enabled/000-default.conf");
const QString apacheSslLink = QStringLiteral("/etc/apache2/sites-enabled/default-ssl.conf");
const QString nginxLink = QStringLiteral("/etc/nginx/sites-enabled/bulwark-lab-tls");
const QString nginxFile = QStringLiteral("/etc/nginx/sites-available/bulwark-lab-tls");

bool edits(const Plan::ChangePlan &plan, const QString &path)
{
    for (const Plan::Change &change : plan.changes()) {
        if (change.fileEdit() && change.fileEdit()->path() == path)
            return true;
    }
    return false;
}

} // namespace

class TestPlanTlsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedApache();
    void bothServersListed();
    void onlyOneInstalled();
    void findSites();
    void sameFileInBoth();
    void planApache();
    void planApacheTlsSite();
    void planNginx();
    void refusals();
    void tlsPorts();
    void apacheCannotRun();
};

void TestPlanTlsCommand::recordedApache()
{
    const ApacheHostState state = debianApache();
    QVERIFY(state.installed);
    QCOMPARE(state.control, QStringLiteral("apache2ctl"));
    QVERIFY(state.controlRuns);
    QCOMPARE(state.version, QStringLiteral("Apache/2.4.71 (Debian)"));
    QVERIFY(state.configValid);
    QCOMPARE(state.problems, QStringList());
    QVERIFY(!state.hasModule(QStringLiteral("ssl_module")));
    QVERIFY(state.file(apacheDefault));
    // httpd reads the site, its modules and conf-enabled/ snippets through links; the state keeps both names.
    QCOMPARE(state.listedPath(apacheDefault), apacheDefaultLink);
    QCOMPARE(state.resolvedPath(apacheDefaultLink), apacheDefault);
    QCOMPARE(state.file(apacheDefaultLink), state.file(apacheDefault));
    QCOMPARE(state.listedPath(QStringLiteral("/etc/apache2/mods-available/mime.conf")),
             QStringLiteral("/etc/apache2/mods-enabled/mime.conf"));
    QCOMPARE(state.listedPath(QStringLiteral("/etc/apache2/apache2.conf")),
             QStringLiteral("/etc/apache2/apache2.conf"));
}

void TestPlanTlsCommand::bothServersListed()
{
    const PlanTlsCommand::WebServers servers{labNginx(), debianApache(true)};
    const auto sites = PlanTlsCommand::sites(servers);
    QCOMPARE(sites.size(), 4);
    QCOMPARE(sites.at(0).server, Server::Nginx);
    QCOMPARE(sites.at(0).listedPath, nginxLink);
    QCOMPARE(sites.at(0).site.file, nginxFile);
    QCOMPARE(sites.at(1).server, Server::Nginx);
    QCOMPARE(sites.at(1).listedPath, QStringLiteral("/etc/nginx/sites-enabled/default"));
    QCOMPARE(sites.at(2).server, Server::Apache);
    QCOMPARE(sites.at(2).listedPath, apacheDefaultLink);
    QCOMPARE(sites.at(2).site.file, apacheDefault);
    QCOMPARE(sites.at(2).site.serverLine, 1);
    QCOMPARE(sites.at(2).site.ports, QList<int>{80});
    QVERIFY(!sites.at(2).site.tls);
    QCOMPARE(sites.at(3).server, Server::Apache);
    QCOMPARE(sites.at(3).listedPath, apacheSslLink);
    QCOMPARE(sites.at(3).site.file, apacheSsl);
    QVERIFY(sites.at(3).site.tls);
    QCOMPARE(sites.at(3).site.certificates, QStringList{QStringLiteral("/etc/ssl/certs/ssl-cert-snakeoil.pem")});

    const QString text = PlanTlsCommand::renderSites(servers);
    QVERIFY2(text.contains(QStringLiteral("nginx 1.22.1, configuration /etc/nginx/nginx.conf (nginx -t passes)\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Apache/2.4.71 (Debian), server root /etc/apache2 (apache2ctl "
                                          "configtest passes)\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("server  site (--site FILE:LINE)\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("nginx   ") + nginxLink + QStringLiteral(":1  (the file ") + nginxFile +
                           QStringLiteral(")\n        names: bulwark-lab; ports: 443; TLS: yes; certificate: "
                                          "/etc/ssl/certs/bulwark-lab.crt\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("apache  ") + apacheDefaultLink + QStringLiteral(":1  (the file ") +
                           apacheDefault + QStringLiteral(")\n        names: -; ports: 80; TLS: no\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("apache  ") + apacheSslLink + QStringLiteral(":1  (the file ") + apacheSsl +
                           QStringLiteral(")\n        names: -; ports: 443; TLS: yes; certificate: "
                                          "/etc/ssl/certs/ssl-cert-snakeoil.pem\n")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Note")), qPrintable(text));
}

void TestPlanTlsCommand::onlyOneInstalled()
{
    auto absentNginx = NginxReader::parse("BULWARK-0123 absent\n\nBULWARK-0123 .\nBULWARK-0123 end\n", "BULWARK-0123");
    QVERIFY(absentNginx);
    QVERIFY(!absentNginx->nginxInstalled);
    auto absentApache = ApacheReader::parse("BULWARK-0123 end\n", "BULWARK-0123");
    QVERIFY(absentApache);
    QVERIFY(!absentApache->installed);

    const PlanTlsCommand::WebServers apacheOnly{*absentNginx, debianApache()};
    QString text = PlanTlsCommand::renderSites(apacheOnly);
    QVERIFY2(text.startsWith(QStringLiteral("nginx is not installed.\nApache/2.4.71 (Debian), server root "
                                            "/etc/apache2 (apache2ctl configtest passes); mod_ssl is not loaded (a "
                                            "plan enables it)\n")),
             qPrintable(text));
    QCOMPARE(PlanTlsCommand::sites(apacheOnly).size(), 1);

    ApacheHostState rhel = debianApache();
    rhel.serverRoot = QStringLiteral("/etc/httpd");
    rhel.control = QStringLiteral("apachectl");
    QVERIFY2(PlanTlsCommand::renderSites({std::nullopt, rhel})
                 .contains(QStringLiteral("(apachectl configtest passes); mod_ssl is not loaded (plans are refused "
                                          "until it loads)\n")),
             qPrintable(PlanTlsCommand::renderSites({std::nullopt, rhel})));

    const PlanTlsCommand::WebServers nginxOnly{labNginx(), *absentApache};
    text = PlanTlsCommand::renderSites(nginxOnly);
    QVERIFY2(text.contains(QStringLiteral("Apache httpd is not installed.\n")), qPrintable(text));
    QCOMPARE(PlanTlsCommand::sites(nginxOnly).size(), 2);

    // --server apache: nginx was not read, so it is not mentioned at all.
    const PlanTlsCommand::WebServers notRead{std::nullopt, *absentApache};
    text = PlanTlsCommand::renderSites(notRead);
    QCOMPARE(text, QStringLiteral("Apache httpd is not installed.\nNo sites.\n"));

    // A problem the reader met is a note naming its server.
    ApacheHostState failing = debianApache();
    failing.configValid = false;
    failing.problems << QStringLiteral("Apache's configuration does not pass its own check now: AH00526");
    text = PlanTlsCommand::renderSites({std::nullopt, failing});
    QVERIFY2(text.contains(QStringLiteral("(apache2ctl configtest FAILS)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Note (apache): Apache's configuration does not pass its own check now: "
                                          "AH00526\n")),
             qPrintable(text));
}

void TestPlanTlsCommand::findSites()
{
    const PlanTlsCommand::WebServers servers{labNginx(), debianApache(true)};
    // nginx: by the name nginx reads or by the real file.
    for (const QString &path : {nginxLink, nginxFile}) {
        const auto found = PlanTlsCommand::find(servers, path, 1, Server::Any);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().server, Server::Nginx);
        QCOMPARE(found.constFirst().site.file, nginxFile);
    }
    QCOMPARE(PlanTlsCommand::find(servers, nginxLink, 1, Server::Nginx).size(), 1);
    QVERIFY(PlanTlsCommand::find(servers, nginxLink, 1, Server::Apache).isEmpty());
    QVERIFY(PlanTlsCommand::find(servers, nginxLink, 2, Server::Any).isEmpty());

    // Apache: by the sites-enabled/ link httpd reads or by the real file.
    for (const QString &path : {apacheDefaultLink, apacheDefault}) {
        const auto found = PlanTlsCommand::find(servers, path, 1, Server::Any);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().server, Server::Apache);
        QCOMPARE(found.constFirst().site.file, apacheDefault);
        QCOMPARE(found.constFirst().listedPath, apacheDefaultLink);
        QCOMPARE(found.constFirst().site.ports, QList<int>{80});
        QCOMPARE(PlanTlsCommand::find(servers, path, 1, Server::Apache).size(), 1);
        QVERIFY(PlanTlsCommand::find(servers, path, 1, Server::Nginx).isEmpty());
        QVERIFY(PlanTlsCommand::find(servers, path, 2, Server::Any).isEmpty());
    }
    QCOMPARE(PlanTlsCommand::find(servers, apacheSslLink, 1, Server::Any).size(), 1);
    QVERIFY(PlanTlsCommand::find(servers, QStringLiteral("/etc/apache2/sites-enabled/other.conf"), 1, Server::Any)
                .isEmpty());

    // Servers that were not read find nothing.
    QVERIFY(PlanTlsCommand::find({std::nullopt, debianApache()}, nginxLink, 1, Server::Any).isEmpty());
    QVERIFY(PlanTlsCommand::find({labNginx(), std::nullopt}, apacheDefault, 1, Server::Any).isEmpty());
}

void TestPlanTlsCommand::sameFileInBoth()
{
    // Unlikely, but possible: httpd reads a file nginx reads too, with a site starting on the same line.
    ApacheHostState apache = debianApache();
    auto shared =
        ApacheConfig::parse("<VirtualHost *:8080>\n    ServerName shared.example\n</VirtualHost>\n", nginxFile);
    QVERIFY(shared);
    apache.files << *shared;
    const PlanTlsCommand::WebServers servers{labNginx(), apache};
    QCOMPARE(PlanTlsCommand::find(servers, nginxFile, 1, Server::Any).size(), 2);
    const auto nginx = PlanTlsCommand::find(servers, nginxFile, 1, Server::Nginx);
    QCOMPARE(nginx.size(), 1);
    QCOMPARE(nginx.constFirst().server, Server::Nginx);
    const auto httpd = PlanTlsCommand::find(servers, nginxFile, 1, Server::Apache);
    QCOMPARE(httpd.size(), 1);
    QCOMPARE(httpd.constFirst().site.names, QStringList{QStringLiteral("shared.example")});
    // The link is nginx's name for it, not httpd's.
    QCOMPARE(PlanTlsCommand::find(servers, nginxLink, 1, Server::Any).size(), 1);
}

void TestPlanTlsCommand::planApache()
{
    const PlanTlsCommand::WebServers servers{labNginx(), debianApache()};
    const auto found = PlanTlsCommand::find(servers, apacheDefault, 1, Server::Any);
    QCOMPARE(found.size(), 1);
    Plan::TlsChoice choice;
    choice.certificate = Plan::TlsChoice::Certificate::SelfSigned;
    choice.commonName = QStringLiteral("intranet.example");
    choice.stamp = QDateTime(QDate(2026, 11, 26), QTime(3, 0), QTimeZone::utc());
    choice.file = QStringLiteral("/wrong"); // taken from the site
    auto plan = PlanTlsCommand::plan(servers, found.constFirst(), choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    QVERIFY(edits(*plan, apacheDefault));
    QVERIFY(!edits(*plan, nginxFile));
    const QByteArray json = plan->toJsonBytes();
    QVERIFY2(json.contains("a2enmod"), json.constData()); // mod_ssl is not loaded on this host
    QVERIFY2(json.contains("SSLProtocol -all +TLSv1.2 +TLSv1.3"), json.constData());
    QVERIFY2(json.contains("<VirtualHost *:443>"), json.constData()); // the plain site's TLS twin
    QVERIFY2(json.contains("apache2ctl"), json.constData());
    QCOMPARE(PlanTlsCommand::tlsPort(servers, found.constFirst()), 443);
}

void TestPlanTlsCommand::planApacheTlsSite()
{
    const PlanTlsCommand::WebServers servers{std::nullopt, debianApache(true)};
    const auto found = PlanTlsCommand::find(servers, apacheSsl, 1, Server::Apache);
    QCOMPARE(found.size(), 1);
    Plan::TlsChoice choice;
    choice.hstsMaxAge = 31536000;
    auto plan = PlanTlsCommand::plan(servers, found.constFirst(), choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    QVERIFY(edits(*plan, apacheSsl));
    QVERIFY(!edits(*plan, apacheDefault));
    QVERIFY2(plan->toJsonBytes().contains("Strict-Transport-Security"), plan->toJsonBytes().constData());
    QCOMPARE(PlanTlsCommand::tlsPort(servers, found.constFirst()), 443);
}

void TestPlanTlsCommand::planNginx()
{
    const PlanTlsCommand::WebServers servers{labNginx(), debianApache()};
    const auto found = PlanTlsCommand::find(servers, nginxLink, 1, Server::Any);
    QCOMPARE(found.size(), 1);
    Plan::TlsChoice choice;
    choice.hstsMaxAge = 31536000;
    auto plan = PlanTlsCommand::plan(servers, found.constFirst(), choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    QVERIFY(edits(*plan, nginxFile));
    QVERIFY(!edits(*plan, apacheDefault));
    QVERIFY2(plan->toJsonBytes().contains("nginx"), plan->toJsonBytes().constData());
    QCOMPARE(PlanTlsCommand::tlsPort(servers, found.constFirst()), 443);
}

void TestPlanTlsCommand::refusals()
{
    // Apache's configuration failing configtest now: the Apache planner refuses, nginx is unaffected.
    ApacheHostState failing = debianApache();
    failing.configValid = false;
    const PlanTlsCommand::WebServers servers{labNginx(), failing};
    Plan::TlsChoice choice;
    choice.certificate = Plan::TlsChoice::Certificate::SelfSigned;
    choice.commonName = QStringLiteral("intranet.example");
    const auto apache = PlanTlsCommand::find(servers, apacheDefault, 1, Server::Any);
    QCOMPARE(apache.size(), 1);
    QVERIFY(!PlanTlsCommand::plan(servers, apache.constFirst(), choice));
    const auto nginx = PlanTlsCommand::find(servers, nginxLink, 1, Server::Any);
    QCOMPARE(nginx.size(), 1);
    QVERIFY(PlanTlsCommand::plan(servers, nginx.constFirst(), Plan::TlsChoice()));

    // Keeping a certificate the plain site does not have.
    const PlanTlsCommand::WebServers valid{std::nullopt, debianApache()};
    const auto plain = PlanTlsCommand::find(valid, apacheDefault, 1, Server::Any);
    QCOMPARE(plain.size(), 1);
    QVERIFY(!PlanTlsCommand::plan(valid, plain.constFirst(), Plan::TlsChoice()));
}

void TestPlanTlsCommand::tlsPorts()
{
    using Site = Plan::TlsPlanner::Site;
    const PlanTlsCommand::WebServers none;
    auto port = [&none](QList<int> ports, bool tls) {
        Site site;
        site.ports = std::move(ports);
        site.tls = tls;
        return PlanTlsCommand::tlsPort(none, PlanTlsCommand::ListedSite{Server::Apache, QString(), site});
    };
    QCOMPARE(port({80}, false), 443);    // the twin
    QCOMPARE(port({0}, false), 443);     // every port: the twin
    QCOMPARE(port({8080}, false), 8080); // planned in place
    QCOMPARE(port({443}, true), 443);
    QCOMPARE(port({8443}, true), 8443);
    QCOMPARE(port({0}, true), 443);

    // With the state read, the VirtualHost itself decides (ApacheTlsPlanner::tlsPort), by the link as well.
    const PlanTlsCommand::WebServers servers{std::nullopt, debianApache(true)};
    QCOMPARE(PlanTlsCommand::tlsPort(servers, PlanTlsCommand::find(servers, apacheDefaultLink, 1, Server::Any).at(0)),
             443);
    QCOMPARE(PlanTlsCommand::tlsPort(servers, PlanTlsCommand::find(servers, apacheSslLink, 1, Server::Any).at(0)), 443);
}

void TestPlanTlsCommand::apacheCannotRun()
{
    // Recorded under a fresh /run: Debian's apache2ctl stops before httpd (no /run/lock for its lock directory).
    // --list says it could not run, with the reason as a note; not "configtest FAILS", no mod_ssl advice, no sites.
    auto state = ApacheReader::parse(data(QStringLiteral("tls/apachereader/debian12-no-run-lock.out")), "BULWARK-0123");
    QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
    const PlanTlsCommand::WebServers servers{std::nullopt, *state};
    const QString text = PlanTlsCommand::renderSites(servers);
    QVERIFY2(text.startsWith(QStringLiteral("Apache (version unknown), server root /etc/apache2 (apache2ctl could not "
                                            "run; see the notes below)\nNo sites.\nNote (apache): apache2ctl could "
                                            "not run on the host")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("mktemp: failed to create directory")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("FAILS")) && !text.contains(QLatin1String("mod_ssl")), qPrintable(text));
    QVERIFY(PlanTlsCommand::sites(servers).isEmpty());

    // Were a site known anyway, the Apache planner refuses: nothing could verify the change.
    ApacheHostState known = debianApache();
    known.controlRuns = false;
    const PlanTlsCommand::WebServers withSite{std::nullopt, known};
    const auto found = PlanTlsCommand::find(withSite, apacheDefaultLink, 1, Server::Any);
    QCOMPARE(found.size(), 1);
    Plan::TlsChoice choice;
    choice.certificate = Plan::TlsChoice::Certificate::SelfSigned;
    choice.commonName = QStringLiteral("intranet.example");
    const auto plan = PlanTlsCommand::plan(withSite, found.constFirst(), choice);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message().contains(QLatin1String("could not run")), qPrintable(plan.error().message()));
}

QTEST_GUILESS_MAIN(TestPlanTlsCommand)
#include "tst_plantlscommand.moc"
