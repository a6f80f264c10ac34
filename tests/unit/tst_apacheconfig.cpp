// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/ApacheConfig.h"
#include "core/tls/ApacheReader.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Bulwark;
using Bulwark::Tls::ApacheConfig;
using Bulwark::Tls::ApacheHostState;
using Bulwark::Tls::ApacheReader;

// The Apache configuration model (httpd's own reading: continuations, quotes, sections, case-insensitive names),
// its strict refusals, line-preserving edits, and the reader's framed answer.
class TestApacheConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debianDefaults();
    void syntax();
    void continuation();
    void macroIsOpaque();
    void variables();
    void addresses_data();
    void addresses();
    void refused_data();
    void refused();
    void edits();
    void render();
    void includedFiles();
    void readerParse();
    void readerRefuses_data();
    void readerRefuses();
    void readerNotInstalled();
    void readerLinks();
    void readerVersion_data();
    void readerVersion();
    void readerControlCannotRun();
    void readerScriptOnThisMachine();
};

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/apache/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

ApacheConfig parsed(const QByteArray &text, const QString &path = QStringLiteral("/etc/apache2/sites-available/x"))
{
    auto config = ApacheConfig::parse(text, path);
    if (!config)
        qFatal("parse failed: %s", qPrintable(config.error().toString()));
    return *config;
}

} // namespace

void TestApacheConfig::debianDefaults()
{
    const ApacheConfig plain = parsed(fixture(QStringLiteral("000-default.conf")));
    QCOMPARE(plain.virtualHosts().size(), 1);
    const int host = plain.virtualHosts().constFirst();
    QCOMPARE(plain.directive(host).line, 1);
    QCOMPARE(plain.directive(host).closeLine, 29);
    QVERIFY(!plain.isTlsSite(host));
    QVERIFY(plain.serverNames(host).isEmpty()); // "#ServerName" is a comment
    QCOMPARE(plain.addresses(host).size(), 1);
    QCOMPARE(plain.addresses(host).constFirst().port, 80);
    const QList<int> logs = plain.find(host, QStringLiteral("errorlog"));
    QCOMPARE(logs.size(), 1);
    QVERIFY(plain.directive(logs.constFirst()).variable);

    const ApacheConfig tls = parsed(fixture(QStringLiteral("default-ssl.conf")));
    const int ssl = tls.virtualHostAt(1);
    QVERIFY(ssl >= 0);
    QVERIFY(tls.isTlsSite(ssl));
    QCOMPARE(tls.find(ssl, QStringLiteral("SSLCertificateFile")).size(), 1);
    QCOMPARE(tls.directive(tls.find(ssl, QStringLiteral("SSLCertificateFile")).constFirst()).arguments,
             QStringList{QStringLiteral("/etc/ssl/certs/ssl-cert-snakeoil.pem")});
    // <FilesMatch "\.(?:cgi|shtml|phtml|php)$">: a quoted argument with backslashes kept.
    const QList<int> files = tls.find(ssl, QStringLiteral("FilesMatch"));
    QCOMPARE(files.size(), 1);
    QCOMPARE(tls.directive(files.constFirst()).arguments, QStringList{QStringLiteral("\\.(?:cgi|shtml|phtml|php)$")});
    QCOMPARE(tls.children(files.constFirst()).size(), 1);

    const ApacheConfig module = parsed(fixture(QStringLiteral("ssl.conf")));
    const QList<int> ifModule = module.find(-1, QStringLiteral("IfModule"));
    QCOMPARE(ifModule.size(), 1);
    const QList<int> protocol = module.find(ifModule.constFirst(), QStringLiteral("SSLProtocol"));
    QCOMPARE(protocol.size(), 1);
    QCOMPARE(module.directive(protocol.constFirst()).arguments,
             (QStringList{QStringLiteral("all"), QStringLiteral("-SSLv3")}));
    QCOMPARE(module.enclosing(protocol.constFirst(), QStringLiteral("VirtualHost")), -1);
}

void TestApacheConfig::syntax()
{
    const ApacheConfig config = parsed("<ifmodule ssl_module>\n"
                                       "  <virtualhost 192.0.2.1:8443 [2001:db8::1]:8443>\n"
                                       "    servername https://Portal.Example.org:8443\n"
                                       "    ServerAlias www.example.org  alt.example.org\n"
                                       "    sslengine On\n"
                                       "    Header always set X-Note \"a \\\"quoted\\\" value\" 'single \\' quote'\n"
                                       "    # SSLProtocol all\n"
                                       "  </VirtualHost>\n"
                                       "</IfModule>\n");
    QCOMPARE(config.virtualHosts().size(), 1);
    const int host = config.virtualHosts().constFirst();
    QCOMPARE(config.directive(host).parent, 0);
    QVERIFY(config.isTlsSite(host));
    QCOMPARE(config.serverNames(host),
             (QStringList{QStringLiteral("portal.example.org"), QStringLiteral("www.example.org"),
                          QStringLiteral("alt.example.org")}));
    QCOMPARE(config.addresses(host).size(), 2);
    QCOMPARE(config.addresses(host).at(1).host, QStringLiteral("[2001:db8::1]"));
    QCOMPARE(config.addresses(host).at(1).port, 8443);
    const QList<int> header = config.find(host, QStringLiteral("HEADER"));
    QCOMPARE(header.size(), 1);
    QCOMPARE(config.directive(header.constFirst()).arguments,
             (QStringList{QStringLiteral("always"), QStringLiteral("set"), QStringLiteral("X-Note"),
                          QStringLiteral("a \"quoted\" value"), QStringLiteral("single ' quote")}));
    QVERIFY(config.find(host, QStringLiteral("SSLProtocol")).isEmpty());
}

void TestApacheConfig::continuation()
{
    const ApacheConfig config = parsed("<VirtualHost *:443>\n"
                                       "    SSLCipherSuite ECDHE-RSA-AES128-GCM-SHA256: \\\n"
                                       "        ECDHE-RSA-AES256-GCM-SHA384\n"
                                       "    SSLEngine on\n"
                                       "</VirtualHost>\n");
    const int host = config.virtualHosts().constFirst();
    const QList<int> suite = config.find(host, QStringLiteral("SSLCipherSuite"));
    QCOMPARE(suite.size(), 1);
    QCOMPARE(config.directive(suite.constFirst()).line, 2);
    QCOMPARE(config.directive(suite.constFirst()).endLine, 3);
    QCOMPARE(config.directive(suite.constFirst()).arguments.size(), 2);
    QCOMPARE(config.directive(config.find(host, QStringLiteral("SSLEngine")).constFirst()).line, 4);
}

void TestApacheConfig::macroIsOpaque()
{
    const ApacheConfig config = parsed("<Macro VHost $name>\n"
                                       "  <VirtualHost *:443>\n"
                                       "    ServerName $name\n"
                                       "  </VirtualHost>\n"
                                       "</Macro>\n"
                                       "Use VHost example.org\n");
    QVERIFY(config.virtualHosts().isEmpty());
    QCOMPARE(config.directives().size(), 2);
    QVERIFY(config.directive(0).macro);
    QCOMPARE(config.directive(0).closeLine, 5);
    QVERIFY(config.directive(1).is(QStringLiteral("use")));
}

void TestApacheConfig::variables()
{
    const ApacheConfig config = parsed("Define PORT 443\n"
                                       "<VirtualHost *:${PORT}>\n"
                                       "    SSLProtocol ${PROTOCOLS}\n"
                                       "</VirtualHost>\n");
    const int host = config.virtualHosts().constFirst();
    QVERIFY(config.directive(host).variable);
    QVERIFY(config.addresses(host).isEmpty());
    QVERIFY(config.directive(config.find(host, QStringLiteral("SSLProtocol")).constFirst()).variable);
    QVERIFY(!config.directive(0).variable);
}

void TestApacheConfig::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("star") << QStringLiteral("*:443") << true << QStringLiteral("*") << 443;
    QTest::newRow("default") << QStringLiteral("_default_:443") << true << QStringLiteral("_default_") << 443;
    QTest::newRow("any port") << QStringLiteral("*") << true << QStringLiteral("*") << 0;
    QTest::newRow("star port") << QStringLiteral("192.0.2.1:*") << true << QStringLiteral("192.0.2.1") << 0;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:8443") << true << QStringLiteral("[::1]") << 8443;
    QTest::newRow("bad port") << QStringLiteral("*:https") << false << QString() << 0;
    QTest::newRow("too big") << QStringLiteral("*:70000") << false << QString() << 0;
    QTest::newRow("open bracket") << QStringLiteral("[::1:443") << false << QString() << 0;
}

void TestApacheConfig::addresses()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto address = ApacheConfig::readAddress(text);
    QCOMPARE(address.has_value(), ok);
    if (!ok)
        return;
    QFETCH(QString, host);
    QFETCH(int, port);
    QCOMPARE(address->host, host);
    QCOMPARE(address->port, port);
}

void TestApacheConfig::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("nul") << QByteArray("ServerName a\0b\n", 15);
    QTest::newRow("not utf-8") << QByteArray("ServerName \xff\xfe\n");
    QTest::newRow("unclosed section") << QByteArray("<VirtualHost *:443>\nSSLEngine on\n");
    QTest::newRow("mismatched") << QByteArray("<VirtualHost *:443>\n</Directory>\n");
    QTest::newRow("stray close") << QByteArray("</VirtualHost>\n");
    QTest::newRow("no >") << QByteArray("<VirtualHost *:443\n</VirtualHost>\n");
    QTest::newRow("content after >") << QByteArray("<VirtualHost *:443> SSLEngine on\n</VirtualHost>\n");
    QTest::newRow("unterminated quote") << QByteArray("Header set X \"abc\n");
    QTest::newRow("glued quote") << QByteArray("Header set X \"abc\"def\n");
    QTest::newRow("comment continues") << QByteArray("# a comment \\\nSSLProtocol all\n");
    QTest::newRow("continuation at end") << QByteArray("SSLProtocol all \\\n");
    QTest::newRow("glued words") << QByteArray("SSLProtocol -all\\\n+TLSv1.2\n");
    QTest::newRow("macro unclosed") << QByteArray("<Macro X>\nServerName a\n");
    QTest::newRow("bad name") << QByteArray("SSL=Protocol all\n");
}

void TestApacheConfig::refused()
{
    QFETCH(QByteArray, text);
    const auto config = ApacheConfig::parse(text, QStringLiteral("/etc/apache2/x.conf"));
    QVERIFY(!config);
    QCOMPARE(config.error().code(), Error::Code::ParseError);
}

void TestApacheConfig::edits()
{
    const QByteArray text = "<VirtualHost *:443>\r\n    SSLEngine on\r\n</VirtualHost>\r\n";
    const ApacheConfig config = parsed(text);
    auto out = config.withEdits({{2, 2, {"    SSLEngine on"}}, {3, 2, {"    SSLProtocol -all +TLSv1.2"}}});
    QVERIFY(out);
    QCOMPARE(*out, QByteArray("<VirtualHost *:443>\r\n    SSLEngine on\r\n    SSLProtocol -all +TLSv1.2\r\n"
                              "</VirtualHost>\r\n"));
    QVERIFY(!config.withEdits({{2, 3, {}}, {3, 3, {}}}));
    const ApacheConfig noNewline = parsed("ServerName a");
    auto appended = noNewline.withEdits({{2, 1, {"ServerAlias b"}}});
    QVERIFY(appended);
    QCOMPARE(*appended, QByteArray("ServerName a\nServerAlias b\n"));
}

void TestApacheConfig::render()
{
    QCOMPARE(ApacheConfig::render(QStringLiteral("SSLProtocol"),
                                  {QStringLiteral("-all"), QStringLiteral("+TLSv1.2"), QStringLiteral("+TLSv1.3")}),
             QByteArray("SSLProtocol -all +TLSv1.2 +TLSv1.3"));
    QCOMPARE(ApacheConfig::render(QStringLiteral("Header"),
                                  {QStringLiteral("always"), QStringLiteral("set"),
                                   QStringLiteral("Strict-Transport-Security"), QStringLiteral("max-age=1; a")}),
             QByteArray("Header always set Strict-Transport-Security \"max-age=1; a\""));
    QVERIFY(ApacheConfig::render(QStringLiteral("X"), {QStringLiteral("a\"b")}).isEmpty());
    QVERIFY(ApacheConfig::render(QStringLiteral("X"), {QStringLiteral("a\\b")}).isEmpty());
    QVERIFY(ApacheConfig::render(QStringLiteral("X"), {QStringLiteral("${A}")}).isEmpty());
    QVERIFY(ApacheConfig::render(QStringLiteral("X"), {QStringLiteral("a\nb")}).isEmpty());
    QVERIFY(ApacheConfig::render(QStringLiteral("X Y"), {}).isEmpty());
}

void TestApacheConfig::includedFiles()
{
    ApacheHostState state;
    state.serverRoot = QStringLiteral("/etc/apache2");
    state.files << parsed("<VirtualHost *:443>\n"
                          "    IncludeOptional conf-site/*.conf\n"
                          "    Include /etc/letsencrypt/options-ssl-apache.conf\n"
                          "    Include ${SNIPPET}\n"
                          "</VirtualHost>\n",
                          QStringLiteral("/etc/apache2/sites-available/a.conf"))
                << parsed("SSLEngine on\n", QStringLiteral("/etc/letsencrypt/options-ssl-apache.conf"))
                << parsed("Header set X 1\n", QStringLiteral("/etc/apache2/conf-site/x.conf"))
                << parsed("Header set Y 1\n", QStringLiteral("/etc/apache2/conf-site/sub/y.conf"));
    const ApacheConfig &site = state.files.constFirst();
    const auto included = state.included(site, 0);
    QCOMPARE(included.size(), 2);
    QCOMPARE(included.at(0)->path(), QStringLiteral("/etc/apache2/conf-site/x.conf"));
    QCOMPARE(included.at(1)->path(), QStringLiteral("/etc/letsencrypt/options-ssl-apache.conf"));
    QVERIFY(!site.isTlsSite(0));
    QVERIFY(state.isTlsSite(site, 0));
    QVERIFY(state.sites().constFirst().tls);
}

namespace {

const QByteArray boundary = "BULWARK-00112233445566778899aabbccddeeff";

QByteArray section(const QByteArray &header, const QByteArray &content)
{
    return boundary + ' ' + header + '\n' + content + '\n' + boundary + " .\n";
}

QByteArray answer()
{
    return section("ctl apache2ctl", {}) + section("version", "Server version: Apache/2.4.62 (Debian)\n") +
           section("root", "ServerRoot: \"/etc/apache2\"\n") +
           section("modules 0", "Loaded Modules:\n core_module (static)\n ssl_module (shared)\n") +
           section("unit", "Id=apache2.service\nLoadState=loaded\n\nId=httpd.service\nLoadState=not-found\n") +
           section("includes 0", "Included configuration files:\n  (*) /etc/apache2/apache2.conf\n"
                                 "    (225) /etc/apache2/sites-enabled/default-ssl.conf\n") +
           section("file /etc/apache2/apache2.conf /etc/apache2/apache2.conf",
                   "IncludeOptional sites-enabled/*.conf\n") +
           section("file /etc/apache2/sites-available/default-ssl.conf /etc/apache2/sites-enabled/default-ssl.conf",
                   fixture(QStringLiteral("default-ssl.conf"))) +
           section("file /etc/apache2/sites-available/broken.conf /etc/apache2/sites-enabled/broken.conf",
                   "<VirtualHost *:443>\n") +
           section("skipped", "/etc/apache2/sites-enabled/a?b.conf") + boundary + " end\n";
}

} // namespace

void TestApacheConfig::readerParse()
{
    auto state = ApacheReader::parse(answer(), boundary);
    QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
    QVERIFY(state->installed);
    QVERIFY(state->configValid);
    QCOMPARE(state->control, QStringLiteral("apache2ctl"));
    QCOMPARE(state->version, QStringLiteral("Apache/2.4.62 (Debian)"));
    QCOMPARE(state->serverRoot, QStringLiteral("/etc/apache2"));
    QCOMPARE(state->unit, QStringLiteral("apache2.service"));
    QCOMPARE(state->modules, (QStringList{QStringLiteral("core_module"), QStringLiteral("ssl_module")}));
    QCOMPARE(state->files.size(), 2);
    QCOMPARE(state->files.at(1).text(), fixture(QStringLiteral("default-ssl.conf")));
    QCOMPARE(state->problems.size(), 2); // broken.conf, the skipped name
    const auto sites = state->sites();
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites.constFirst().file, QStringLiteral("/etc/apache2/sites-available/default-ssl.conf"));
    QCOMPARE(sites.constFirst().serverLine, 1);
    QCOMPARE(sites.constFirst().ports, QList<int>{443});
    QVERIFY(sites.constFirst().tls);
    QCOMPARE(sites.constFirst().certificates, QStringList{QStringLiteral("/etc/ssl/certs/ssl-cert-snakeoil.pem")});

    // A configuration that fails its check now.
    QByteArray failing = answer();
    failing.replace("includes 0", "includes 1");
    failing.replace("    (225) /etc/apache2/sites-enabled/default-ssl.conf\n",
                    "AH00526: Syntax error on line 3 of /etc/apache2/sites-enabled/x.conf:\n");
    auto bad = ApacheReader::parse(failing, boundary);
    QVERIFY(bad);
    QVERIFY(!bad->configValid);
    QVERIFY(bad->problems.join(u' ').contains(QLatin1String("AH00526")));

    QVERIFY(ApacheReader::argv(boundary).contains(boundary));
    QCOMPARE(ApacheReader::argv(boundary).constFirst(), QByteArray("sh"));
}

void TestApacheConfig::readerRefuses_data()
{
    QTest::addColumn<QByteArray>("output");
    const QByteArray good = answer();
    QTest::newRow("cut") << good.left(good.size() - 20);
    QTest::newRow("no end") << good.left(good.lastIndexOf(QByteArray(boundary + " end")));
    QTest::newRow("after end") << good + "more\n";
    QTest::newRow("forged boundary") << QByteArray(good).replace(boundary, "BULWARK-ffff");
    QTest::newRow("unknown section") << section("shell", "x") + good;
    QTest::newRow("relative file") << QByteArray(good).replace("file /etc/apache2/apache2.conf", "file apache2.conf");
    QTest::newRow("dotdot file") << QByteArray(good).replace("file /etc/apache2/apache2.conf",
                                                             "file /etc/apache2/../shadow");
    QTest::newRow("bad module") << QByteArray(good).replace(" core_module (static)", "core_module");
    QTest::newRow("bad ctl") << QByteArray(good).replace("ctl apache2ctl", "ctl rm");
    QTest::newRow("no includes") << QByteArray(good).replace("includes 0", "version");
    QTest::newRow("no version") << QByteArray(good).replace(
        section("version", "Server version: Apache/2.4.62 (Debian)\n"), QByteArray());
    QTest::newRow("version status") << QByteArray(good).replace(QByteArray(boundary + " version\n"),
                                                                QByteArray(boundary + " version x\n"));
    QTest::newRow("file without its name") << QByteArray(good).replace(
        "file /etc/apache2/apache2.conf /etc/apache2/apache2.conf", "file /etc/apache2/apache2.conf");
    QTest::newRow("relative name") << QByteArray(good).replace(
        "file /etc/apache2/apache2.conf /etc/apache2/apache2.conf", "file /etc/apache2/apache2.conf apache2.conf");
    QTest::newRow("dotdot name") << QByteArray(good).replace("/etc/apache2/sites-enabled/default-ssl.conf\n",
                                                             "/etc/apache2/sites-enabled/../../shadow\n");
    QTest::newRow("three paths") << QByteArray(good).replace(
        "file /etc/apache2/apache2.conf /etc/apache2/apache2.conf",
        "file /etc/apache2/apache2.conf /etc/apache2/apache2.conf /x");
}

void TestApacheConfig::readerRefuses()
{
    QFETCH(QByteArray, output);
    QVERIFY(!ApacheReader::parse(output, boundary));
}

void TestApacheConfig::readerNotInstalled()
{
    auto state = ApacheReader::parse(boundary + " end\n", boundary);
    QVERIFY(state);
    QVERIFY(!state->installed);
}

void TestApacheConfig::readerScriptOnThisMachine()
{
    // The reader's script as the host runs it (without sudo), against this machine's Debian apache2 when it has one.
    if (!QFile::exists(QStringLiteral("/usr/sbin/apache2ctl")) ||
        !QFile::exists(QStringLiteral("/etc/apache2/apache2.conf")))
        QSKIP("no Debian apache2 (apache2ctl, /etc/apache2) on this machine");
    const QByteArray boundary = "BULWARK-0123456789abcdef0123456789abcdef";
    const QByteArrayList argv = ApacheReader::argv(boundary);
    QStringList arguments;
    for (qsizetype i = 1; i < argv.size(); ++i)
        arguments << QString::fromUtf8(argv.at(i));
    QProcess shell;
    shell.start(QString::fromUtf8(argv.constFirst()), arguments);
    QVERIFY(shell.waitForFinished(60000));
    QCOMPARE(shell.exitCode(), 0);
    auto state = ApacheReader::parse(shell.readAllStandardOutput(), boundary);
    QVERIFY2(state, qPrintable(state ? QString() : state.error().toString() + u' ' + state.error().detail()));
    QVERIFY(state->installed);
    // Debian's own files all read strictly.
    QVERIFY2(state->problems.isEmpty(), qPrintable(state->problems.join(u'\n')));
    QCOMPARE(state->control, QStringLiteral("apache2ctl"));
    QVERIFY(state->version.startsWith(QLatin1String("Apache/2.4")));
    QCOMPARE(state->serverRoot, QStringLiteral("/etc/apache2"));
    QVERIFY(state->debianLayout());
    QVERIFY(state->hasModule(QStringLiteral("core_module")));
    QVERIFY(state->file(QStringLiteral("/etc/apache2/apache2.conf")));
    QVERIFY(state->controlRuns);
    // Files by their real path: sites-enabled/000-default.conf is a link into sites-available/; the name httpd
    // reads is kept beside it.
    for (const ApacheConfig &file : state->files)
        QVERIFY2(!file.path().contains(QLatin1String("-enabled/")), qPrintable(file.path()));
    const QString link = QStringLiteral("/etc/apache2/sites-enabled/000-default.conf");
    if (QFileInfo(link).isSymLink() && state->configValid) {
        const QString real = QFileInfo(link).canonicalFilePath();
        QCOMPARE(state->listedPath(real), link);
        QCOMPARE(state->file(link), state->file(real));
    }
    if (state->configValid && QFile::exists(QStringLiteral("/etc/apache2/sites-enabled/000-default.conf"))) {
        const auto sites = state->sites();
        QVERIFY(std::any_of(sites.cbegin(), sites.cend(), [](const auto &site) {
            return site.file == u"/etc/apache2/sites-available/000-default.conf" && site.ports == QList<int>{80};
        }));
    }
}

void TestApacheConfig::readerLinks()
{
    // httpd reads sites-enabled/default-ssl.conf, a link into sites-available/: the state keeps the real file and
    // the name, and finds the file by either.
    auto state = ApacheReader::parse(answer(), boundary);
    QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
    const QString real = QStringLiteral("/etc/apache2/sites-available/default-ssl.conf");
    const QString link = QStringLiteral("/etc/apache2/sites-enabled/default-ssl.conf");
    QCOMPARE(state->listedAs.size(), 1); // apache2.conf is no link; broken.conf was not parsed
    QCOMPARE(state->listedPath(real), link);
    QCOMPARE(state->resolvedPath(link), real);
    QCOMPARE(state->listedPath(QStringLiteral("/etc/apache2/apache2.conf")),
             QStringLiteral("/etc/apache2/apache2.conf"));
    QCOMPARE(state->resolvedPath(QStringLiteral("/etc/apache2/apache2.conf")),
             QStringLiteral("/etc/apache2/apache2.conf"));
    QVERIFY(state->file(real));
    QCOMPARE(state->file(link), state->file(real));
    QVERIFY(!state->file(QStringLiteral("/etc/apache2/sites-enabled/other.conf")));
    QCOMPARE(state->sites().constFirst().file, real);

    // An Include names the link (conf-enabled/x.conf into conf-available/): the VirtualHost still includes the file.
    ApacheHostState included;
    included.files << parsed("<VirtualHost *:443>\n    Include conf-enabled/tls.conf\n</VirtualHost>\n",
                             QStringLiteral("/etc/apache2/sites-available/a.conf"))
                   << parsed("SSLEngine on\n", QStringLiteral("/etc/apache2/conf-available/tls.conf"));
    QVERIFY(!included.isTlsSite(included.files.constFirst(), 0));
    included.listedAs.insert(QStringLiteral("/etc/apache2/conf-available/tls.conf"),
                             QStringLiteral("/etc/apache2/conf-enabled/tls.conf"));
    QVERIFY(included.isTlsSite(included.files.constFirst(), 0));

    // A file read under two names (the link and the file itself) is read once, under the first.
    QByteArray twice = answer();
    twice.replace(section("skipped", "/etc/apache2/sites-enabled/a?b.conf"),
                  section("file /etc/apache2/sites-available/default-ssl.conf "
                          "/etc/apache2/sites-available/default-ssl.conf",
                          fixture(QStringLiteral("default-ssl.conf"))));
    auto once = ApacheReader::parse(twice, boundary);
    QVERIFY(once);
    QCOMPARE(once->files.size(), 2);
    QCOMPARE(once->listedPath(real), link);
}

void TestApacheConfig::readerVersion_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("runs");
    QTest::newRow("Debian") << QByteArray("Server version: Apache/2.4.62 (Debian)\nServer built:   2024-07-01\n")
                            << QStringLiteral("Apache/2.4.62 (Debian)") << true;
    QTest::newRow("RHEL") << QByteArray("Server version: Apache/2.4.57 (Red Hat Enterprise Linux)\n")
                          << QStringLiteral("Apache/2.4.57 (Red Hat Enterprise Linux)") << true;
    QTest::newRow("a warning first") << QByteArray("AH00558: apache2: Could not reliably determine the server's fully "
                                                   "qualified domain name\nServer version: Apache/2.4.71 (Debian)\n")
                                     << QStringLiteral("Apache/2.4.71 (Debian)") << true;
    QTest::newRow("an error") << QByteArray("Cannot create /var/lock/apache2 with owner www-data.\nPlease fix "
                                            "manually. Aborting.\n")
                              << QString() << false;
    QTest::newRow("not httpd's line") << QByteArray("Server version: nginx/1.22\n") << QString() << false;
    QTest::newRow("words after it") << QByteArray("Server version: Apache/2.4.62 (Debian) rm -rf\n") << QString()
                                    << false;
    QTest::newRow("nothing") << QByteArray() << QString() << false;
}

void TestApacheConfig::readerVersion()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, version);
    QFETCH(bool, runs);
    QByteArray text = answer();
    text.replace(section("version", "Server version: Apache/2.4.62 (Debian)\n"),
                 section(runs ? "version 0" : "version 1", output));
    auto state = ApacheReader::parse(text, boundary);
    QVERIFY2(state, qPrintable(state ? QString() : state.error().toString() + u' ' + state.error().detail()));
    QCOMPARE(state->version, version);
    QCOMPARE(state->controlRuns, runs);
    QVERIFY(state->configValid); // -t ran and passed; -v is no configuration check
    QCOMPARE(state->problems.size(), runs ? 2 : 3);
    if (!runs)
        QVERIFY2(state->problems.constFirst().startsWith(QLatin1String("apache2ctl could not run on the host")),
                 qPrintable(state->problems.constFirst()));
}

void TestApacheConfig::readerControlCannotRun()
{
    // Recorded on Debian under a fresh /run (a private tmpfs, as in a container or SshdFixture's namespace): /var/lock
    // leads to the missing /run/lock, so apache2ctl's mktemp -d /var/lock/apache2.XXXXXXXXXX fails and every
    // apache2ctl call stops before httpd runs. Not a version, not a failed configuration check: a problem.
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") +
               QStringLiteral("/tls/apachereader/debian12-no-run-lock.out"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    auto state = ApacheReader::parse(recorded, "BULWARK-0123");
    QVERIFY2(state, qPrintable(state ? QString() : state.error().toString() + u' ' + state.error().detail()));
    QVERIFY(state->installed);
    QVERIFY(!state->controlRuns);
    QVERIFY(state->version.isEmpty());
    QVERIFY(state->configValid);
    QVERIFY(state->files.isEmpty());
    QVERIFY(state->modules.isEmpty());
    QCOMPARE(state->problems.size(), 1); // -t said the same: said once
    const QString problem = state->problems.constFirst();
    QVERIFY2(problem.startsWith(QLatin1String("apache2ctl could not run on the host")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("mktemp: failed to create directory via template "
                                            "'/var/lock/apache2.XXXXXXXXXX': No such file or directory")),
             qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("/run/lock")), qPrintable(problem));
    QVERIFY2(!problem.contains(QLatin1String("does not pass")), qPrintable(problem));

    // -t failing with other words than -v: both are said.
    QByteArray other = recorded;
    const qsizetype includes = other.indexOf("BULWARK-0123 includes 1\n");
    QVERIFY(includes > 0);
    other.insert(includes + qsizetype(sizeof("BULWARK-0123 includes 1\n")) - 1, "apache2: bad user name ${X}\n");
    auto both = ApacheReader::parse(other, "BULWARK-0123");
    QVERIFY(both);
    QCOMPARE(both->problems.size(), 2);
    QVERIFY2(both->problems.at(1).startsWith(QLatin1String("apache2ctl -t could not run either: apache2: bad user")),
             qPrintable(both->problems.at(1)));
    QVERIFY(both->configValid);
}

QTEST_GUILESS_MAIN(TestApacheConfig)
#include "tst_apacheconfig.moc"
