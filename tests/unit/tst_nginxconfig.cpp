// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/NginxConfig.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Tls;

// The line-preserving nginx configuration model: directives and blocks as nginx's lexer reads them, the sites, the
// listen lines, edits by line, and input it refuses rather than guesses about.
class TestNginxConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debianDefaultSite();
    void tokens_data();
    void tokens();
    void nestedBlocksAndParents();
    void alone();
    void listens_data();
    void listens();
    void refused_data();
    void refused();
    void render_data();
    void render();
    void editsKeepOtherBytes();
    void editsAtEndWithoutFinalNewline();
    void overlappingEditsRefused();
    void hostileInput();
};

namespace {

// Debian's /etc/nginx/sites-available/default with a TLS server added the way admins commonly do.
const QByteArray site = "##\n"
                        "# You should look at the following URL's in order to grasp a solid understanding\n"
                        "##\n"
                        "\n"
                        "server {\n"
                        "\tlisten 80 default_server;\n"
                        "\tlisten [::]:80 default_server;\n"
                        "\n"
                        "\troot /var/www/html;\n"
                        "\tindex index.html index.htm index.nginx-debian.html;\n"
                        "\n"
                        "\tserver_name _;\n"
                        "\n"
                        "\tlocation / {\n"
                        "\t\t# First attempt to serve request as file, then\n"
                        "\t\ttry_files $uri $uri/ =404;\n"
                        "\t}\n"
                        "\n"
                        "\t# pass PHP scripts to FastCGI server\n"
                        "\tlocation ~ \\.php$ {\n"
                        "\t\tinclude snippets/fastcgi-php.conf;\n"
                        "\t\tfastcgi_pass unix:/run/php/php-fpm.sock;\n"
                        "\t}\n"
                        "}\n"
                        "\n"
                        "server {\n"
                        "    listen 443 ssl http2;\n"
                        "    listen [::]:443 ssl http2;\n"
                        "    server_name portal.example.org www.portal.example.org;\n"
                        "    ssl_certificate /etc/ssl/certs/portal.crt;\n"
                        "    ssl_certificate_key /etc/ssl/private/portal.key;\n"
                        "    ssl_protocols TLSv1 TLSv1.1 TLSv1.2; # old scanners\n"
                        "}\n";

NginxConfig parsed(const QByteArray &text)
{
    auto config = NginxConfig::parse(text, QStringLiteral("/etc/nginx/sites-enabled/default"));
    if (!config)
        qFatal("parse failed: %s", qPrintable(config.error().toString()));
    return *config;
}

} // namespace

void TestNginxConfig::debianDefaultSite()
{
    const NginxConfig config = parsed(site);
    const QList<int> servers = config.servers();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(config.directive(servers.at(0)).line, 5);
    QCOMPARE(config.directive(servers.at(0)).closeLine, 24);
    QCOMPARE(config.directive(servers.at(1)).line, 26);
    QVERIFY(!config.isTlsSite(servers.at(0)));
    QVERIFY(config.isTlsSite(servers.at(1)));
    QCOMPARE(config.serverNames(servers.at(1)),
             QStringList({QStringLiteral("portal.example.org"), QStringLiteral("www.portal.example.org")}));
    QCOMPARE(config.serverAt(26), servers.at(1));
    QCOMPARE(config.serverAt(27), -1);
    const QList<int> protocols = config.find(servers.at(1), QStringLiteral("ssl_protocols"));
    QCOMPARE(protocols.size(), 1);
    const NginxConfig::Directive &directive = config.directive(protocols.constFirst());
    QCOMPARE(directive.arguments,
             QStringList({QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2")}));
    QVERIFY(directive.alone); // a trailing comment does not share the line with a directive
    // The regex location keeps its backslash, as nginx does.
    const QList<int> locations = config.find(servers.at(0), QStringLiteral("location"));
    QCOMPARE(locations.size(), 2);
    QCOMPARE(config.directive(locations.at(1)).arguments,
             QStringList({QStringLiteral("~"), QStringLiteral("\\.php$")}));
    QCOMPARE(config.indentOf(6), QByteArray("\t"));
    QCOMPARE(config.text(), site);
}

void TestNginxConfig::tokens_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("plain") << QByteArray("a b c;") << QStringList{QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("double quotes") << QByteArray("a \"max-age=1; includeSubDomains\" always;")
                                   << QStringList{QStringLiteral("max-age=1; includeSubDomains"),
                                                  QStringLiteral("always")};
    QTest::newRow("single quotes") << QByteArray("a '$host $uri';") << QStringList{QStringLiteral("$host $uri")};
    QTest::newRow("escaped quote") << QByteArray("a \"x\\\"y\";") << QStringList{QStringLiteral("x\"y")};
    QTest::newRow("escaped space") << QByteArray("a x\\ y;") << QStringList{QStringLiteral("x\\ y")};
    QTest::newRow("escaped semicolon") << QByteArray("a x\\;y;") << QStringList{QStringLiteral("x\\;y")};
    QTest::newRow("variable braces") << QByteArray("a ${host}x;") << QStringList{QStringLiteral("${host}x")};
    QTest::newRow("comment after") << QByteArray("a b; # c d;") << QStringList{QStringLiteral("b")};
    QTest::newRow("hash inside word") << QByteArray("a b#c;") << QStringList{QStringLiteral("b#c")};
    QTest::newRow("over lines") << QByteArray("a\n  b\n  c\n;")
                                << QStringList{QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("crlf") << QByteArray("a b;\r\n") << QStringList{QStringLiteral("b")};
    QTest::newRow("utf8") << QByteArray("a \"Bücher\";") << QStringList{QStringLiteral("Bücher")};
    QTest::newRow("empty quoted") << QByteArray("a \"\";") << QStringList{QString()};
}

void TestNginxConfig::tokens()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, arguments);
    const NginxConfig config = parsed(text);
    QCOMPARE(config.directives().size(), 1);
    QCOMPARE(config.directive(0).name, QStringLiteral("a"));
    QCOMPARE(config.directive(0).arguments, arguments);
}

void TestNginxConfig::nestedBlocksAndParents()
{
    const NginxConfig config = parsed("user www-data;\n"
                                      "events { worker_connections 768; }\n"
                                      "http {\n"
                                      "    ssl_protocols TLSv1.2;\n"
                                      "    include /etc/nginx/conf.d/*.conf;\n"
                                      "    server {\n"
                                      "        listen 443 ssl;\n"
                                      "        if ($scheme = http) {\n"
                                      "            return 301 https://$host$request_uri;\n"
                                      "        }\n"
                                      "    }\n"
                                      "}\n");
    const QList<int> top = config.children(-1);
    QCOMPARE(top.size(), 3);
    const int http = top.at(2);
    QCOMPARE(config.directive(http).name, QStringLiteral("http"));
    QCOMPARE(config.find(http, QStringLiteral("ssl_protocols")).size(), 1);
    const QList<int> servers = config.servers();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(config.directive(servers.constFirst()).parent, http);
    const int condition = config.find(servers.constFirst(), QStringLiteral("if")).constFirst();
    QCOMPARE(config.directive(condition).arguments,
             QStringList({QStringLiteral("($scheme"), QStringLiteral("="), QStringLiteral("http)")}));
    QCOMPARE(config.directive(condition).closeLine, 10);
    // "server" inside a location or an upstream's "server host:port" is not a site.
    const NginxConfig upstream = parsed("upstream app { server 127.0.0.1:8080; }\n");
    QVERIFY(upstream.servers().isEmpty());
}

void TestNginxConfig::alone()
{
    const NginxConfig config = parsed("server { listen 80; }\n"
                                      "server {\n"
                                      "    listen 443 ssl; server_name a;\n"
                                      "    ssl_protocols\n"
                                      "        TLSv1.2;\n"
                                      "    location / { return 200; }\n"
                                      "}\n");
    const QList<int> servers = config.servers();
    QVERIFY(!config.directive(servers.at(0)).alone);
    QVERIFY(config.directive(servers.at(1)).alone);
    QVERIFY(!config.directive(config.find(servers.at(1), QStringLiteral("listen")).constFirst()).alone);
    QVERIFY(!config.directive(config.find(servers.at(1), QStringLiteral("server_name")).constFirst()).alone);
    const NginxConfig::Directive &protocols =
        config.directive(config.find(servers.at(1), QStringLiteral("ssl_protocols")).constFirst());
    QVERIFY(protocols.alone);
    QCOMPARE(protocols.line, 4);
    QCOMPARE(protocols.endLine, 5);
    QVERIFY(!config.directive(config.find(servers.at(1), QStringLiteral("location")).constFirst()).alone);
}

void TestNginxConfig::listens_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("ssl");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("port") << QStringLiteral("listen 80;") << true << QString() << 80 << false << false;
    QTest::newRow("ssl") << QStringLiteral("listen 443 ssl http2;") << true << QString() << 443 << true << false;
    QTest::newRow("v6") << QStringLiteral("listen [::]:443 ssl;") << true << QStringLiteral("[::]") << 443 << true
                        << true;
    QTest::newRow("v6 no port") << QStringLiteral("listen [::1];") << true << QStringLiteral("[::1]") << 80 << false
                                << true;
    QTest::newRow("address") << QStringLiteral("listen 127.0.0.1:8443 ssl default_server;") << true
                             << QStringLiteral("127.0.0.1") << 8443 << true << false;
    QTest::newRow("address only") << QStringLiteral("listen 10.0.0.1;") << true << QStringLiteral("10.0.0.1") << 80
                                  << false << false;
    QTest::newRow("star") << QStringLiteral("listen *:80;") << true << QStringLiteral("*") << 80 << false << false;
    QTest::newRow("unix") << QStringLiteral("listen unix:/run/nginx.sock;") << true
                          << QStringLiteral("unix:/run/nginx.sock") << 0 << false << false;
    QTest::newRow("bad port") << QStringLiteral("listen 1.2.3.4:https;") << false << QString() << 0 << false << false;
    QTest::newRow("too big") << QStringLiteral("listen 99999;") << false << QString() << 0 << false << false;
}

void TestNginxConfig::listens()
{
    QFETCH(QString, line);
    QFETCH(bool, readable);
    const NginxConfig config = parsed(line.toUtf8());
    const auto listen = NginxConfig::readListen(config.directive(0));
    QCOMPARE(listen.has_value(), readable);
    if (!readable)
        return;
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(bool, ssl);
    QFETCH(bool, ipv6);
    QCOMPARE(listen->address, address);
    QCOMPARE(listen->port, port);
    QCOMPARE(listen->ssl, ssl);
    QCOMPARE(listen->ipv6, ipv6);
}

void TestNginxConfig::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("nul") << QByteArray("a b;\0", 5);
    QTest::newRow("latin1") << QByteArray("a \xe9;");
    QTest::newRow("missing semicolon") << QByteArray("a b");
    QTest::newRow("missing semicolon before brace") << QByteArray("server { listen 80 }");
    QTest::newRow("unbalanced close") << QByteArray("a b; }");
    QTest::newRow("unclosed block") << QByteArray("http { server {\n}");
    QTest::newRow("unterminated quote") << QByteArray("a \"b;\n");
    QTest::newRow("text after quote") << QByteArray("a \"b\"c;");
    QTest::newRow("quote inside word") << QByteArray("a b\"c\";");
    QTest::newRow("brace inside word") << QByteArray("a b}c;");
    QTest::newRow("lonely semicolon") << QByteArray(";");
    QTest::newRow("block without name") << QByteArray("{ a b; }");
    QTest::newRow("lua") << QByteArray("location / { content_by_lua_block { ngx.say(\"}\") } }");
    QTest::newRow("backslash at end of line") << QByteArray("a b\\\n;");
    QTest::newRow("unterminated variable") << QByteArray("a ${host;\n");
    QTest::newRow("empty name") << QByteArray("\"\" b;");
}

void TestNginxConfig::refused()
{
    QFETCH(QByteArray, text);
    const auto config = NginxConfig::parse(text, QStringLiteral("/etc/nginx/nginx.conf"));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code(), Error::Code::ParseError);
    QVERIFY(config.error().message().contains(QLatin1String("/etc/nginx/nginx.conf")));
}

void TestNginxConfig::render_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("ssl_protocols")
                           << QStringList{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}
                           << QByteArray("ssl_protocols TLSv1.2 TLSv1.3;");
    QTest::newRow("quoted") << QStringLiteral("add_header")
                            << QStringList{QStringLiteral("Strict-Transport-Security"),
                                           QStringLiteral("max-age=63072000; includeSubDomains"),
                                           QStringLiteral("always")}
                            << QByteArray(
                                   "add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains\" "
                                   "always;");
    QTest::newRow("variables") << QStringLiteral("return")
                               << QStringList{QStringLiteral("301"), QStringLiteral("https://$host$request_uri")}
                               << QByteArray("return 301 https://$host$request_uri;");
    QTest::newRow("double quote refused")
        << QStringLiteral("a") << QStringList{QStringLiteral("x\" y")} << QByteArray();
    QTest::newRow("backslash refused") << QStringLiteral("a") << QStringList{QStringLiteral("x\\")} << QByteArray();
}

void TestNginxConfig::render()
{
    QFETCH(QString, name);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    const QByteArray rendered = NginxConfig::render(name, arguments);
    QCOMPARE(rendered, expected);
    if (rendered.isEmpty())
        return;
    // What it writes reads back as the same directive.
    const NginxConfig back = parsed(rendered);
    QCOMPARE(back.directive(0).name, name);
    QCOMPARE(back.directive(0).arguments, arguments);
}

void TestNginxConfig::editsKeepOtherBytes()
{
    const NginxConfig config = parsed(site);
    auto edited = config.withEdits({
        {32, 32, {"    ssl_protocols TLSv1.2 TLSv1.3;"}},
        {33, 32, {"    ssl_prefer_server_ciphers off;"}},
        {7, 7, {}},
        {1, 0, {"# first"}},
    });
    QVERIFY(edited.ok());
    QByteArray expected = site;
    expected.replace("    ssl_protocols TLSv1 TLSv1.1 TLSv1.2; # old scanners\n",
                     "    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_prefer_server_ciphers off;\n");
    expected.replace("\tlisten [::]:80 default_server;\n", "");
    expected.prepend("# first\n");
    QCOMPARE(*edited, expected);
    QVERIFY(NginxConfig::parse(*edited, config.path()).ok());
    // No edits: the same bytes.
    QCOMPARE(*config.withEdits({}), site);
}

void TestNginxConfig::editsAtEndWithoutFinalNewline()
{
    const NginxConfig config = parsed("a b;\nc d;");
    auto appended = config.withEdits({{3, 2, {"e f;"}}});
    QVERIFY(appended.ok());
    QCOMPARE(*appended, QByteArray("a b;\nc d;\ne f;\n"));
    auto replaced = config.withEdits({{2, 2, {"c e;"}}});
    QVERIFY(replaced.ok());
    QCOMPARE(*replaced, QByteArray("a b;\nc e;\n"));
}

void TestNginxConfig::overlappingEditsRefused()
{
    const NginxConfig config = parsed(site);
    QVERIFY(!config.withEdits({{30, 31, {}}, {31, 31, {"x;"}}}).ok());
    QVERIFY(!config.withEdits({{0, 0, {}}}).ok());
    QVERIFY(!config.withEdits({{40, 40, {}}}).ok());
    // An insertion next to a replacement is fine.
    QVERIFY(config.withEdits({{31, 31, {"x;"}}, {32, 31, {"y;"}}}).ok());
}

void TestNginxConfig::hostileInput()
{
    // Mutations of a real file: every result is either refused with a ParseError or read, and then kept byte for
    // byte with consistent line numbers. Deterministic (fixed seed) so a failure reproduces.
    QRandomGenerator random(20261126);
    static const char alphabet[] = "{};#\"'\\$ \n\tx";
    int read = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = site;
        const int changes = 1 + int(random.bounded(4));
        for (int c = 0; c < changes; ++c) {
            const qsizetype at = random.bounded(text.size());
            switch (random.bounded(3)) {
            case 0:
                text[at] = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
                break;
            case 1:
                text.insert(at, alphabet[random.bounded(int(sizeof(alphabet) - 1))]);
                break;
            default:
                text.remove(at, 1 + random.bounded(8));
                break;
            }
        }
        const auto config = NginxConfig::parse(text, QStringLiteral("/etc/nginx/x"));
        if (!config) {
            QCOMPARE(config.error().code(), Error::Code::ParseError);
            continue;
        }
        ++read;
        QCOMPARE(*config->withEdits({}), text);
        for (const NginxConfig::Directive &directive : config->directives()) {
            QVERIFY(directive.line >= 1 && directive.line <= directive.endLine);
            QVERIFY(directive.endLine <= config->lineCount());
            QVERIFY(!directive.name.isEmpty());
            if (directive.block)
                QVERIFY(directive.closeLine >= directive.endLine);
        }
    }
    QVERIFY(read > 0);
}

QTEST_GUILESS_MAIN(TestNginxConfig)
#include "tst_nginxconfig.moc"
