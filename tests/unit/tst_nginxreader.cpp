// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/NginxReader.h"
#include "core/tls/TlsPlanJob.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Tls;

namespace {

// The boundary of the recorded answer (tests/data/tls/nginxreader/lab-debian12.out, the lab VM's Debian 12 nginx).
const QByteArray labBoundary = "BULWARK-0123";
const QByteArray boundary = "BULWARK-0123456789abcdef0123456789abcdef";

QByteArray data(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/tls/nginxreader/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QByteArray section(const QByteArray &header, const QByteArray &content = {})
{
    return boundary + ' ' + header + '\n' + content + '\n' + boundary + " .\n";
}

QByteArray head(int testStatus = 0)
{
    return section("version", "nginx version: nginx/1.26.0\n") + section("conf", "/etc/nginx/nginx.conf") +
           section("prefix", "/etc/nginx") +
           section("test " + QByteArray::number(testStatus), "nginx: configuration file /etc/nginx/nginx.conf test "
                                                             "is successful");
}

QByteArray fileEntry(const QByteArray &listed, const QByteArray &real, const QByteArray &content)
{
    return section("name", listed) + section("real", real) +
           section("file " + QByteArray::number(content.size()), content);
}

QByteArray skipEntry(const QByteArray &listed, const QByteArray &real, const QByteArray &reason)
{
    return section("name", listed) + section("real", real) + section("skip " + reason);
}

const QByteArray mainConf = "events {}\n"
                            "http {\n"
                            "    ssl_protocols TLSv1.2 TLSv1.3;\n"
                            "    include /etc/nginx/conf.d/*.conf;\n"
                            "    include sites-enabled/*;\n"
                            "}\n";

const QByteArray siteConf = "server {\n"
                            "    listen 8443 ssl;\n"
                            "    server_name portal.example;\n"
                            "    ssl_certificate /etc/ssl/certs/portal.crt;\n"
                            "    ssl_certificate_key /etc/ssl/private/portal.key;\n"
                            "}\n";

QByteArray end()
{
    return boundary + " end\n";
}

} // namespace

class TestNginxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labRecording();
    void notInstalled();
    void symlinkedSite();
    void problemsAreReported();
    void boundaryLookalikes();
    void forgedAnswers_data();
    void forgedAnswers();
    void forgedListing();
    void failingConfigTest();
    void scriptIsReadOnly();
    void scriptOnThisMachine();
    void planLabSite();
    void planRefusals();
    void planSiteInMainFile();
    void tlsPorts();
};

void TestNginxReader::labRecording()
{
    auto state = NginxReader::parse(data(QStringLiteral("lab-debian12.out")), labBoundary);
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
    QVERIFY(state->nginxInstalled);
    QCOMPARE(state->nginxVersion, QStringLiteral("1.22.1"));
    QCOMPARE(state->mainFile, QStringLiteral("/etc/nginx/nginx.conf"));
    QCOMPARE(state->prefix, QStringLiteral("/etc/nginx"));
    QVERIFY(state->configTestPassed);
    QCOMPARE(state->problems, QStringList());
    QStringList paths;
    for (const NginxConfig &file : state->files)
        paths << file.path();
    QCOMPARE(paths, QStringList({QStringLiteral("/etc/nginx/nginx.conf"), QStringLiteral("/etc/nginx/mime.types"),
                                 QStringLiteral("/etc/nginx/sites-available/bulwark-lab-tls"),
                                 QStringLiteral("/etc/nginx/sites-available/default")}));
    QCOMPARE(state->listedPath(QStringLiteral("/etc/nginx/sites-available/bulwark-lab-tls")),
             QStringLiteral("/etc/nginx/sites-enabled/bulwark-lab-tls"));
    QCOMPARE(state->resolvedPath(QStringLiteral("/etc/nginx/sites-enabled/default")),
             QStringLiteral("/etc/nginx/sites-available/default"));
    QVERIFY(state->file(QStringLiteral("/etc/nginx/sites-enabled/bulwark-lab-tls")));
    QCOMPARE(state->file(QStringLiteral("/etc/nginx/sites-enabled/bulwark-lab-tls"))->path(),
             QStringLiteral("/etc/nginx/sites-available/bulwark-lab-tls"));
    QVERIFY(!state->file(QStringLiteral("/etc/nginx/conf.d/none.conf")));

    const auto sites = state->sites();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites.at(0).file, QStringLiteral("/etc/nginx/sites-available/bulwark-lab-tls"));
    QCOMPARE(sites.at(0).serverLine, 1);
    QCOMPARE(sites.at(0).names, QStringList{QStringLiteral("bulwark-lab")});
    QCOMPARE(sites.at(0).ports, QList<int>{443});
    QVERIFY(sites.at(0).tls);
    QCOMPARE(sites.at(0).certificates, QStringList{QStringLiteral("/etc/ssl/certs/bulwark-lab.crt")});
    QCOMPARE(sites.at(1).file, QStringLiteral("/etc/nginx/sites-available/default"));
    QVERIFY(!sites.at(1).tls);
    QCOMPARE(sites.at(1).ports, QList<int>{80});
}

void TestNginxReader::notInstalled()
{
    auto state = NginxReader::parse(section("absent") + end(), boundary);
    QVERIFY(state);
    QVERIFY(!state->nginxInstalled);
    QVERIFY(state->files.isEmpty());
    QVERIFY(state->problems.isEmpty()); // not an error, nothing to report
    QVERIFY(state->sites().isEmpty());
    // "absent" is the whole answer or a forgery.
    QVERIFY(!NginxReader::parse(section("absent") + section("version", "nginx/1") + end(), boundary));
    QVERIFY(!NginxReader::parse(head() + section("absent") + end(), boundary));
}

void TestNginxReader::symlinkedSite()
{
    const QByteArray out =
        head() + fileEntry("/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf", mainConf) +
        fileEntry("/etc/nginx/sites-enabled/portal", "/etc/nginx/sites-available/portal", siteConf) +
        // the same file by a second name: read once
        fileEntry("/etc/nginx/sites-enabled/portal-again", "/etc/nginx/sites-available/portal", siteConf) + end();
    auto state = NginxReader::parse(out, boundary);
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
    QCOMPARE(state->nginxVersion, QStringLiteral("1.26.0"));
    QCOMPARE(state->files.size(), 2);
    QCOMPARE(state->files.at(1).path(), QStringLiteral("/etc/nginx/sites-available/portal"));
    QCOMPARE(state->files.at(1).text(), siteConf); // byte for byte: the Applier's before-hash
    QCOMPARE(state->listedPath(QStringLiteral("/etc/nginx/sites-available/portal")),
             QStringLiteral("/etc/nginx/sites-enabled/portal"));
    QCOMPARE(state->sites().size(), 1);
    QCOMPARE(state->sites().constFirst().file, QStringLiteral("/etc/nginx/sites-available/portal"));
    QCOMPARE(state->problems, QStringList());
}

void TestNginxReader::problemsAreReported()
{
    QByteArray latin1 = siteConf;
    latin1.replace("portal.example", "caf\xe9.example");
    const QByteArray out =
        head() + fileEntry("/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf", mainConf) +
        skipEntry("/etc/nginx/sites-enabled/gone", "", "missing") +
        skipEntry("/etc/nginx/sites-enabled/shadow", "/etc/shadow", "outside") +
        skipEntry("/etc/nginx/sites-enabled/fifo", "/etc/nginx/fifo", "special") +
        skipEntry("/etc/nginx/sites-enabled/big", "/etc/nginx/sites-available/big", "large") +
        skipEntry("/etc/nginx/sites-enabled/secret", "/etc/nginx/sites-available/secret", "unreadable") +
        fileEntry("/etc/nginx/sites-enabled/latin1", "/etc/nginx/sites-available/latin1", latin1) +
        fileEntry("/etc/nginx/sites-enabled/broken", "/etc/nginx/sites-available/broken", "server {\n") +
        // grew past the limit between stat and head -c
        section("name", "/etc/nginx/sites-enabled/grown") + section("real", "/etc/nginx/sites-available/grown") +
        section("file 10", QByteArray(NginxReader::maxFileBytes + 1, 'x')) +
        // changed between stat and head -c
        section("name", "/etc/nginx/conf.d/changed.conf") + section("real", "/etc/nginx/conf.d/changed.conf") +
        section("file 5", "# x\n") +
        fileEntry("/etc/nginx/sites-enabled/portal", "/etc/nginx/sites-available/portal", siteConf) + end();
    auto state = NginxReader::parse(out, boundary);
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
    QCOMPARE(state->files.size(), 2); // nginx.conf and the good site
    QCOMPARE(state->sites().size(), 1);
    const QString problems = state->problems.join(u'\n');
    QCOMPARE(state->problems.size(), 9);
    QVERIFY2(problems.contains(QLatin1String("/etc/nginx/sites-enabled/gone does not exist")), qPrintable(problems));
    QVERIFY(problems.contains(QLatin1String("sites-enabled/shadow is outside nginx's configuration directory (it "
                                            "leads to /etc/shadow)")));
    QVERIFY(problems.contains(QLatin1String("sites-enabled/fifo is not a regular file")));
    QVERIFY(problems.contains(QLatin1String("sites-enabled/big is larger than Bulwark reads")));
    QVERIFY(problems.contains(QLatin1String("sites-enabled/grown is larger than Bulwark reads")));
    QVERIFY(problems.contains(QLatin1String("sites-enabled/secret could not be read")));
    QVERIFY(problems.contains(QLatin1String("sites-enabled/latin1 could not be parsed")));
    QVERIFY(problems.contains(QLatin1String("sites-enabled/broken could not be parsed")));
    QVERIFY(problems.contains(QLatin1String("conf.d/changed.conf changed while Bulwark read it")));
}

void TestNginxReader::boundaryLookalikes()
{
    // A file may contain anything that is not the exact closing line of this answer's random boundary.
    QByteArray content = siteConf;
    content += "# BULWARK-0123456789abcdef0123456789abcdef .\n"          // not at the start of a line
               "BULWARK-0123456789abcdef0123456789abcdee .\n"            // another boundary
               "BULWARK-0123456789abcdef0123456789abcdef end\n"          // an "end" inside a section is content
               "BULWARK-0123456789abcdef0123456789abcdef name\n"         // so is a header
               "BULWARK-0123456789abcdef0123456789abcdef  .\n"           // two spaces
               "# configuration file /etc/nginx/sites-enabled/other:\n"; // nginx -T's header, as content
    const QByteArray out = head() + fileEntry("/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf", mainConf) +
                           fileEntry("/etc/nginx/sites-enabled/portal", "/etc/nginx/sites-available/portal", content) +
                           end();
    auto state = NginxReader::parse(out, boundary);
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
    // The framing held: the whole content reached nginx's parser, which refuses the lines that are not nginx.
    QCOMPARE(state->files.size(), 1);
    QCOMPARE(state->problems.size(), 1);
    QVERIFY2(state->problems.constFirst().contains(QLatin1String("sites-enabled/portal could not be parsed")),
             qPrintable(state->problems.constFirst()));
    // The same lines as comments: read byte for byte.
    QByteArray commented = siteConf;
    for (const QByteArray &line : content.mid(siteConf.size()).split('\n')) {
        if (!line.isEmpty())
            commented += "#" + line + "\n";
    }
    commented += "#" + boundary + "\n";
    state = NginxReader::parse(
        head() + fileEntry("/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf", mainConf) +
            fileEntry("/etc/nginx/sites-enabled/portal", "/etc/nginx/sites-available/portal", commented) + end(),
        boundary);
    QVERIFY(state);
    QCOMPARE(state->files.size(), 2);
    QCOMPARE(state->files.at(1).text(), commented);
}

void TestNginxReader::forgedAnswers_data()
{
    QTest::addColumn<QByteArray>("output");
    const QByteArray main = fileEntry("/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf", mainConf);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no end") << head() + main;
    QTest::newRow("after end") << head() + main + end() + "x\n";
    QTest::newRow("cut in a file") << head() + section("name", "/etc/nginx/nginx.conf") +
                                          section("real", "/etc/nginx/nginx.conf") + boundary +
                                          " file 100\nevents {}\n";
    QTest::newRow("the file closes the section early")
        << head() +
               fileEntry("/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf",
                         "events {}\n\n" + boundary + " .\nhttp {}\n") +
               end();
    QTest::newRow("unknown section") << head() + section("exec", "rm -rf /") + main + end();
    QTest::newRow("outside a section") << head() + "stray\n" + main + end();
    QTest::newRow("another boundary") << QByteArray(head()).replace(boundary, "BULWARK-ffff") + main + end();
    QTest::newRow("no test") << section("version", "nginx/1") + section("conf", "/etc/nginx/nginx.conf") +
                                    section("prefix", "/etc/nginx") + main + end();
    QTest::newRow("relative conf") << QByteArray(head()).replace("/etc/nginx/nginx.conf\n", "nginx.conf\n") + main +
                                          end();
    QTest::newRow("file outside the prefix")
        << head() + fileEntry("/etc/nginx/sites-enabled/x", "/etc/shadow", "root:x:0:0\n") + end();
    QTest::newRow("dot-dot") << head() +
                                    fileEntry("/etc/nginx/sites-enabled/x", "/etc/nginx/../shadow", "root:x:0:0\n") +
                                    end();
    QTest::newRow("control character in a name")
        << head() + fileEntry("/etc/nginx/a\tb", "/etc/nginx/a\tb", "events {}\n") + end();
    QTest::newRow("content without a name") << head() + section("file 3", "x;\n") + end();
    QTest::newRow("name without content") << head() + section("name", "/etc/nginx/nginx.conf") + end();
    QTest::newRow("bad size") << head() + section("name", "/etc/nginx/nginx.conf") +
                                     section("real", "/etc/nginx/nginx.conf") + section("file -1", "") + end();
    QTest::newRow("unknown skip") << head() + skipEntry("/etc/nginx/x", "/etc/nginx/x", "because") + end();
}

void TestNginxReader::forgedAnswers()
{
    QFETCH(QByteArray, output);
    auto state = NginxReader::parse(output, boundary);
    QVERIFY(!state);
    QCOMPARE(state.error().code(), Error::Code::ParseError);
}

void TestNginxReader::forgedListing()
{
    // nginx -T's "# configuration file PATH:" lines can be faked by a file's own text: a listed file that no read
    // include names is left out.
    const QByteArray out = head() + fileEntry("/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf", mainConf) +
                           fileEntry("/etc/nginx/sites-enabled/portal", "/etc/nginx/sites-available/portal", siteConf) +
                           fileEntry("/etc/nginx/snippets/evil.conf", "/etc/nginx/snippets/evil.conf", siteConf) +
                           fileEntry("/etc/nginx/conf.d/ok.conf", "/etc/nginx/conf.d/ok.conf", "# nothing\n") + end();
    auto state = NginxReader::parse(out, boundary);
    QVERIFY(state);
    QStringList paths;
    for (const NginxConfig &file : state->files)
        paths << file.path();
    QCOMPARE(paths,
             QStringList({QStringLiteral("/etc/nginx/nginx.conf"), QStringLiteral("/etc/nginx/sites-available/portal"),
                          QStringLiteral("/etc/nginx/conf.d/ok.conf")}));
    QCOMPARE(state->problems.size(), 1);
    QVERIFY(state->problems.constFirst().contains(QLatin1String("/etc/nginx/snippets/evil.conf")));
}

void TestNginxReader::failingConfigTest()
{
    QByteArray out = section("version", "nginx version: nginx/1.22.1\n") + section("conf", "/etc/nginx/nginx.conf") +
                     section("prefix", "/etc/nginx") +
                     section("test 1", "nginx: [emerg] unknown directive \"ssl_protocol\" in "
                                       "/etc/nginx/sites-enabled/portal:4\nnginx: configuration file "
                                       "/etc/nginx/nginx.conf test failed\n") +
                     fileEntry("/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf", mainConf) + end();
    auto state = NginxReader::parse(out, boundary);
    QVERIFY(state);
    QVERIFY(!state->configTestPassed);
    QCOMPARE(state->files.size(), 1);
    QCOMPARE(state->problems.size(), 1);
    QVERIFY(state->problems.constFirst().contains(QLatin1String("test failed")));

    // The main file missing, and a prefix too broad to read from.
    out = section("version", "nginx version: nginx/1.22.1\n") + section("conf", "/etc/nginx.conf") + section("prefix") +
          section("test 0") + skipEntry("/etc/nginx.conf", "/etc/nginx.conf", "outside") + end();
    state = NginxReader::parse(out, boundary);
    QVERIFY(state);
    QCOMPARE(state->prefix, QStringLiteral("/etc"));
    QVERIFY(state->files.isEmpty());
    QCOMPARE(state->problems.size(), 3);
    QVERIFY(state->problems.constFirst().contains(QLatin1String("main configuration file /etc/nginx.conf")));
}

void TestNginxReader::scriptIsReadOnly()
{
    const QByteArray script = NginxReader::script();
    for (const char *word : {"rm ", "reload", "restart", "-s ", "tee", "sed -i", "mv ", "cp ", "eval"})
        QVERIFY2(!script.contains(word), word);
    // No redirection but of stderr: nothing is written anywhere.
    QVERIFY(!QByteArray(script).replace(">/dev/null", "").replace("2>&1", "").contains('>'));
    QVERIFY(script.contains("nginx -T 2>/dev/null | sed -n 's/^# configuration file \\(.*\\):$/\\1/p'"));
    QVERIFY(script.contains("readlink -f -- \"$p\""));
    QVERIFY(script.contains("head -c 1048577 -- \"$r\""));
    QVERIFY(script.startsWith("b=$1\n")); // the boundary is the only value, a positional parameter
}

void TestNginxReader::scriptOnThisMachine()
{
    // The script as the host runs it (sh -c SCRIPT sh BOUNDARY), with a stand-in nginx that prints what the real
    // one does: -v and -V on stderr, -t, and -T's "# configuration file" lines.
    for (const char *tool : {"sh", "readlink", "stat", "head", "awk", "sed", "dirname", "tr"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP("a shell tool is missing here");
    }
    for (const char *dir : {"/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin", "/usr/local/bin"}) {
        if (QFile::exists(QString::fromLatin1(dir) + QStringLiteral("/nginx")))
            QSKIP("nginx is installed here; the script would find it before the stand-in");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = QDir(dir.path()).canonicalPath();
    const QString conf = root + QStringLiteral("/nginx");
    QVERIFY(QDir().mkpath(conf + QStringLiteral("/sites-available")));
    QVERIFY(QDir().mkpath(conf + QStringLiteral("/sites-enabled")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/bin")));
    const auto write = [](const QString &path, const QByteArray &content) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    };
    const QByteArray main = "events {}\nhttp {\n    include sites-enabled/*;\n}\n";
    QVERIFY(write(conf + QStringLiteral("/nginx.conf"), main));
    QVERIFY(write(conf + QStringLiteral("/sites-available/portal"), siteConf));
    QVERIFY(QFile::link(QStringLiteral("../sites-available/portal"), conf + QStringLiteral("/sites-enabled/portal")));
    QVERIFY(write(root + QStringLiteral("/outside.conf"), "server {}\n"));
    QVERIFY(QFile::link(root + QStringLiteral("/outside.conf"), conf + QStringLiteral("/sites-enabled/outside")));
    QVERIFY(QFile::link(conf + QStringLiteral("/sites-available/none"), conf + QStringLiteral("/sites-enabled/none")));
    QVERIFY(write(conf + QStringLiteral("/sites-available/big"), QByteArray(NginxReader::maxFileBytes + 1, '#')));
    QVERIFY(QFile::link(conf + QStringLiteral("/sites-available/big"), conf + QStringLiteral("/sites-enabled/big")));
    const QByteArray fake = "#!/bin/sh\n"
                            "case $1 in\n"
                            "-v) echo 'nginx version: nginx/1.99.0' >&2 ;;\n"
                            "-V) echo 'nginx version: nginx/1.99.0' >&2; echo 'configure arguments: --prefix=/usr "
                            "--conf-path=" +
                            conf.toUtf8() +
                            "/nginx.conf --with-http_ssl_module' >&2 ;;\n"
                            "-t) echo 'nginx: configuration file test is successful' >&2 ;;\n"
                            "-T) for f in nginx.conf sites-enabled/portal sites-enabled/outside sites-enabled/none "
                            "sites-enabled/big; do echo \"# configuration file " +
                            conf.toUtf8() +
                            "/$f:\"; echo '# copy'; done ;;\n"
                            "esac\n";
    QVERIFY(write(root + QStringLiteral("/bin/nginx"), fake));
    QVERIFY(QFile::setPermissions(root + QStringLiteral("/bin/nginx"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), root + QStringLiteral("/bin:") + env.value(QStringLiteral("PATH")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromUtf8(NginxReader::script()),
                                         QStringLiteral("sh"), QString::fromLatin1(boundary)});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    auto state = NginxReader::parse(out, boundary);
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString() + u'\n' + QString::fromUtf8(out.left(2000))));
    QVERIFY(state->nginxInstalled);
    QCOMPARE(state->nginxVersion, QStringLiteral("1.99.0"));
    QCOMPARE(state->mainFile, conf + QStringLiteral("/nginx.conf"));
    QCOMPARE(state->prefix, conf);
    QVERIFY(state->configTestPassed);
    QCOMPARE(state->files.size(), 2);
    QCOMPARE(state->files.at(0).text(), main);
    QCOMPARE(state->files.at(1).path(), conf + QStringLiteral("/sites-available/portal"));
    QCOMPARE(state->files.at(1).text(), siteConf);
    QCOMPARE(state->listedPath(state->files.at(1).path()), conf + QStringLiteral("/sites-enabled/portal"));
    const QString problems = state->problems.join(u'\n');
    QCOMPARE(state->problems.size(), 3);
    QVERIFY2(problems.contains(QLatin1String("sites-enabled/outside is outside")), qPrintable(problems));
    QVERIFY(problems.contains(QLatin1String("sites-enabled/none does not exist")));
    QVERIFY(problems.contains(QLatin1String("sites-enabled/big is larger")));
}

void TestNginxReader::planLabSite()
{
    auto state = NginxReader::parse(data(QStringLiteral("lab-debian12.out")), labBoundary);
    QVERIFY(state);
    Plan::TlsChoice choice;
    choice.file = QStringLiteral("/etc/nginx/sites-enabled/bulwark-lab-tls"); // as nginx names it
    choice.serverLine = 1;
    choice.hstsMaxAge = 31536000;
    choice.hostDisplayName = QStringLiteral("lab");
    auto plan = TlsPlanJob::plan(*state, choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    const QList<Plan::Change> changes = plan->changes();
    QCOMPARE(changes.size(), 2);
    const Plan::FileEdit *site = changes.at(0).fileEdit();
    QVERIFY(site);
    QCOMPARE(site->path(), QStringLiteral("/etc/nginx/sites-available/bulwark-lab-tls")); // the real file
    QCOMPARE(site->before(), state->files.at(2).text());
    QVERIFY(site->after().contains("    ssl_protocols TLSv1.2 TLSv1.3;\n"));
    QVERIFY(site->after().contains("Strict-Transport-Security"));
    QVERIFY(!site->after().contains("SECLEVEL=0"));
    const Plan::FileEdit *main = changes.at(1).fileEdit();
    QVERIFY(main);
    QCOMPARE(main->path(), QStringLiteral("/etc/nginx/nginx.conf"));
    QByteArray expected = state->files.at(0).text();
    expected.replace("\tssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n", "\tssl_protocols TLSv1.2 TLSv1.3;\n");
    QCOMPARE(main->after(), expected);
    QCOMPARE(main->verify(), QStringList({QStringLiteral("nginx"), QStringLiteral("-t")}));
    const QString warnings = plan->warnings().join(u'\n');
    QVERIFY2(warnings.contains(QLatin1String("/etc/nginx/nginx.conf line 33 allows TLSv1, TLSv1.1")),
             qPrintable(warnings));
    QVERIFY(warnings.contains(QLatin1String("through /etc/nginx/sites-enabled/bulwark-lab-tls")));

    // The plan round-trips through JSON (plan tls -o, apply PLAN.json).
    auto back = Plan::ChangePlan::fromJsonBytes(plan->toJsonBytes());
    QVERIFY(back);
    QCOMPARE(back->changes().size(), 2);
}

void TestNginxReader::planRefusals()
{
    auto state = NginxReader::parse(data(QStringLiteral("lab-debian12.out")), labBoundary);
    QVERIFY(state);
    Plan::TlsChoice choice;
    choice.file = QStringLiteral("/etc/nginx/sites-available/bulwark-lab-tls");
    choice.serverLine = 1;

    TlsHostState broken = *state;
    broken.configTestPassed = false;
    QVERIFY(!TlsPlanJob::plan(broken, choice));
    TlsHostState none;
    QVERIFY(!TlsPlanJob::plan(none, choice));
    Plan::TlsChoice elsewhere = choice;
    elsewhere.file = QStringLiteral("/etc/nginx/conf.d/other.conf");
    auto refused = TlsPlanJob::plan(*state, elsewhere);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QLatin1String("/etc/nginx/conf.d/other.conf")));

    // A second TLS default server with legacy protocols on the same port: warned, named.
    const QByteArray other = "server {\n"
                             "    listen 443 ssl default_server;\n"
                             "    ssl_certificate /etc/ssl/certs/a.crt;\n"
                             "    ssl_certificate_key /etc/ssl/private/a.key;\n"
                             "    ssl_protocols TLSv1 TLSv1.2;\n"
                             "}\n";
    auto otherFile = NginxConfig::parse(other, QStringLiteral("/etc/nginx/conf.d/a.conf"));
    QVERIFY(otherFile);
    TlsHostState shared = *state;
    shared.files.insert(1, *otherFile);
    auto plan = TlsPlanJob::plan(shared, choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    const QString warnings = plan->warnings().join(u'\n');
    QVERIFY2(
        warnings.contains(QLatin1String("Port 443's default server is the one at /etc/nginx/conf.d/a.conf line 1")),
        qPrintable(warnings));

    // The same server block without ssl_protocols, and no http-level line: nginx before 1.23.4 allows TLS 1.0/1.1
    // by default; 1.23.4 and later do not.
    QByteArray bare = other;
    bare.replace("    ssl_protocols TLSv1 TLSv1.2;\n", "");
    QByteArray main = state->files.at(0).text();
    main.replace("\tssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n", "");
    shared.files[0] = *NginxConfig::parse(main, QStringLiteral("/etc/nginx/nginx.conf"));
    shared.files[1] = *NginxConfig::parse(bare, QStringLiteral("/etc/nginx/conf.d/a.conf"));
    plan = TlsPlanJob::plan(shared, choice);
    QVERIFY(plan);
    QCOMPARE(plan->changes().size(), 1); // no http-level line to change
    const QString byDefault = plan->warnings().join(u'\n');
    QVERIFY2(byDefault.contains(QLatin1String("nginx 1.22.1 allows TLSv1 and TLSv1.1 there by default")),
             qPrintable(byDefault));
    shared.nginxVersion = QStringLiteral("1.24.0");
    plan = TlsPlanJob::plan(shared, choice);
    QVERIFY(plan);
    QVERIFY(!plan->warnings().join(u'\n').contains(QLatin1String("default server")));
}

void TestNginxReader::planSiteInMainFile()
{
    // The server block lives in nginx.conf itself: one edit of that file carries both the site's lines and the
    // http-level ssl_protocols.
    const QByteArray main = "events {}\n"
                            "http {\n"
                            "    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n"
                            "    server {\n"
                            "        listen 443 ssl;\n"
                            "        server_name intranet;\n"
                            "        ssl_certificate /etc/ssl/certs/intranet.crt;\n"
                            "        ssl_certificate_key /etc/ssl/private/intranet.key;\n"
                            "    }\n"
                            "}\n";
    auto state = NginxReader::parse(head() + fileEntry("/etc/nginx/nginx.conf", "/etc/nginx/nginx.conf", main) + end(),
                                    boundary);
    QVERIFY(state);
    Plan::TlsChoice choice;
    choice.file = QStringLiteral("/etc/nginx/nginx.conf");
    choice.serverLine = 4;
    auto plan = TlsPlanJob::plan(*state, choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->changes().size(), 1);
    const Plan::FileEdit *edit = plan->changes().constFirst().fileEdit();
    QVERIFY(edit);
    QCOMPARE(edit->before(), main);
    QVERIFY(edit->after().contains("http {\n    ssl_protocols TLSv1.2 TLSv1.3;\n"));
    QVERIFY(edit->after().contains("        ssl_protocols TLSv1.2 TLSv1.3;\n"));
    QVERIFY(!edit->after().contains("TLSv1.1"));
    QVERIFY(NginxConfig::parse(edit->after(), edit->path()));
}

void TestNginxReader::tlsPorts()
{
    auto state = NginxReader::parse(data(QStringLiteral("lab-debian12.out")), labBoundary);
    QVERIFY(state);
    const auto sites = state->sites();
    QCOMPARE(TlsPlanJob::tlsPort(sites.at(0)), 443);
    QCOMPARE(TlsPlanJob::tlsPort(*state, sites.at(0)), 443);
    QCOMPARE(TlsPlanJob::tlsPort(sites.at(1)), 443); // plain: the planner adds 443
    Plan::TlsPlanner::Site odd;
    odd.tls = true;
    odd.ports = {80, 8443};
    QCOMPARE(TlsPlanJob::tlsPort(odd), 8443);
    QCOMPARE(TlsPlanJob::legacyProtocols({QStringLiteral("TLSv1"), QStringLiteral("TLSv1.2"), QStringLiteral("SSLv3")}),
             QStringList({QStringLiteral("TLSv1"), QStringLiteral("SSLv3")}));
}

QTEST_GUILESS_MAIN(TestNginxReader)
#include "tst_nginxreader.moc"
