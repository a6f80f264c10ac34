// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/ApacheTlsPlanner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <csignal>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Plan;
using Bulwark::Tls::ApacheConfig;
using Bulwark::Tls::ApacheHostState;

// The Apache TLS planner's output read by the real httpd: Debian's default-ssl.conf, 000-default.conf and ssl.conf in
// a temporary server root, planned, written, then `apache2 -t` (what apache2ctl configtest runs) as an unprivileged
// user, plus the plan's own validator (the key/certificate pair check) and certificate steps. And the reasoning behind
// reload-then-verify, on a real server on 127.0.0.1 that the test starts and stops by PID: a graceful restart with a
// syntax error leaves the old server running; one with a mismatched key pair stops it, which is why the validator
// exists. No service is started or enabled; nothing listens beyond 127.0.0.1.
class TestApacheConfigtest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepWithRedirectAndHsts();
    void selfSigned();
    void mismatchedPair();
    void plainSiteTwin();
    void certbotSite();
    void gracefulRestart();

private:
    struct Tree
    {
        std::unique_ptr<QTemporaryDir> dir;
        QString root;
        ApacheHostState state;
    };
    Tree makeTree(const QString &listen = QStringLiteral("127.0.0.1:1"));
    // Runs argv as the unprivileged user when the test runs as root; returns exit status (-1: did not run).
    int run(const QStringList &argv, const QString &root, QByteArray *output = nullptr);
    int configtest(const QString &root, QByteArray *output = nullptr);
    static void write(const QString &path, const QByteArray &content);
    static void applyEdits(const ChangePlan &plan);

    QString m_apache;
    QString m_modules = QStringLiteral("/usr/lib/apache2/modules");
};

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/apache/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

bool makePair(const QString &key, const QString &certificate, const QString &name)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), certificate, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

TlsChoice choiceFor(const QString &file, int line)
{
    TlsChoice choice;
    choice.file = file;
    choice.serverLine = line;
    choice.stamp = QDateTime(QDate(2026, 11, 26), QTime(1, 2, 3), QTimeZone::utc());
    return choice;
}

const QByteArray portal = "<VirtualHost *:443>\n"
                          "    ServerName portal.example.org\n"
                          "    ServerAlias www.portal.example.org\n"
                          "    DocumentRoot /var/www/portal\n"
                          "    SSLEngine on\n"
                          "    SSLCertificateFile ROOT/portal.crt\n"
                          "    SSLCertificateKeyFile ROOT/portal.key\n"
                          "    SSLProtocol all -SSLv3\n"
                          "    SSLCipherSuite HIGH:!aNULL\n"
                          "</VirtualHost>\n";

} // namespace

void TestApacheConfigtest::initTestCase()
{
    m_apache = QStandardPaths::findExecutable(QStringLiteral("apache2"), {QStringLiteral("/usr/sbin")});
    if (m_apache.isEmpty() || !QFile::exists(m_modules + QStringLiteral("/mod_ssl.so")))
        QSKIP("apache2 (Debian package apache2-bin) is not installed");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed");
    if (geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("runuser"),
                                                         {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                              .isEmpty())
        QSKIP("running as root without runuser to drop privileges");
}

void TestApacheConfigtest::write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

TestApacheConfigtest::Tree TestApacheConfigtest::makeTree(const QString &listen)
{
    Tree tree;
    tree.dir = std::make_unique<QTemporaryDir>();
    tree.root = tree.dir->path();
    // The unprivileged user must reach the tree.
    QFile::setPermissions(tree.root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                         QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                         QFileDevice::ExeGroup);
    const QString root = tree.root;
    QByteArray main;
    main += "ServerRoot " + root.toUtf8() + "\n";
    main += "ServerName 127.0.0.1\nPidFile " + root.toUtf8() + "/run/httpd.pid\n";
    main += "DefaultRuntimeDir " + root.toUtf8() + "/run\nMutex file:" + root.toUtf8() + "/run default\n";
    main += "ErrorLog " + root.toUtf8() + "/logs/error.log\nTypesConfig /dev/null\n";
    for (const char *module :
         {"mpm_event", "authz_core", "mime", "setenvif", "socache_shmcb", "ssl", "headers", "alias"})
        main += "LoadModule " + QByteArray(module) + "_module " + m_modules.toUtf8() + "/mod_" + module + ".so\n";
    main += "Listen " + listen.toUtf8() + "\n";
    main += "IncludeOptional mods/*.conf\nIncludeOptional sites/*.conf\n";
    write(root + QStringLiteral("/apache2.conf"), main);
    QDir().mkpath(root + QStringLiteral("/run"));
    QDir().mkpath(root + QStringLiteral("/logs"));
    // ssl.conf as Debian ships it, with the passphrase helper of the apache2 package replaced (only apache2-bin here).
    QByteArray ssl = fixture(QStringLiteral("ssl.conf"));
    ssl.replace("exec:/usr/share/apache2/ask-for-passphrase", "builtin");
    write(root + QStringLiteral("/mods/ssl.conf"), ssl);
    write(root + QStringLiteral("/sites/000-default.conf"), fixture(QStringLiteral("000-default.conf")));
    QByteArray defaultSsl = fixture(QStringLiteral("default-ssl.conf"));
    defaultSsl.replace("/etc/ssl/certs/ssl-cert-snakeoil.pem", QByteArray(root.toUtf8() + "/snakeoil.pem"));
    defaultSsl.replace("/etc/ssl/private/ssl-cert-snakeoil.key", QByteArray(root.toUtf8() + "/snakeoil.key"));
    write(root + QStringLiteral("/sites/default-ssl.conf"), defaultSsl);
    write(root + QStringLiteral("/sites/portal.conf"), QByteArray(portal).replace("ROOT", root.toUtf8()));
    if (!makePair(root + QStringLiteral("/snakeoil.key"), root + QStringLiteral("/snakeoil.pem"),
                  QStringLiteral("localhost")) ||
        !makePair(root + QStringLiteral("/portal.key"), root + QStringLiteral("/portal.crt"),
                  QStringLiteral("portal.example.org")))
        qFatal("openssl req failed");
    // Keys readable by the unprivileged user that runs apache2 -t (as a test tree only).
    for (const char *key : {"/snakeoil.key", "/portal.key"})
        QFile::setPermissions(root + QString::fromLatin1(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                   QFileDevice::ReadOther | QFileDevice::ReadGroup);

    tree.state.installed = true;
    tree.state.control = QStringLiteral("apache2ctl");
    tree.state.serverRoot = root; // not Debian's /etc/apache2: no a2enmod, every module must be loaded
    tree.state.modules = QStringList{QStringLiteral("mpm_event_module"),     QStringLiteral("authz_core_module"),
                                     QStringLiteral("mime_module"),          QStringLiteral("setenvif_module"),
                                     QStringLiteral("socache_shmcb_module"), QStringLiteral("ssl_module"),
                                     QStringLiteral("headers_module"),       QStringLiteral("alias_module")};
    for (const QString &file :
         {QStringLiteral("/apache2.conf"), QStringLiteral("/mods/ssl.conf"), QStringLiteral("/sites/000-default.conf"),
          QStringLiteral("/sites/default-ssl.conf"), QStringLiteral("/sites/portal.conf")}) {
        QFile in(root + file);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read back %s", qPrintable(file));
        auto config = ApacheConfig::parse(in.readAll(), root + file);
        if (!config)
            qFatal("%s", qPrintable(config.error().toString()));
        tree.state.files << *config;
    }
    return tree;
}

int TestApacheConfigtest::run(const QStringList &argv, const QString &root, QByteArray *output)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // What Debian's envvars sets and its configuration files use.
    environment.insert(QStringLiteral("APACHE_LOG_DIR"), root + QStringLiteral("/logs"));
    environment.insert(QStringLiteral("APACHE_RUN_DIR"), root + QStringLiteral("/run"));
    environment.insert(QStringLiteral("APACHE_LOCK_DIR"), root + QStringLiteral("/run"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList full = argv;
    if (geteuid() == 0)
        full = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"),
                           QStringLiteral("--")} +
               argv;
    process.start(full.constFirst(), full.mid(1));
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitCode();
}

int TestApacheConfigtest::configtest(const QString &root, QByteArray *output)
{
    return run({m_apache, QStringLiteral("-t"), QStringLiteral("-f"), root + QStringLiteral("/apache2.conf"),
                QStringLiteral("-d"), root},
               root, output);
}

void TestApacheConfigtest::applyEdits(const ChangePlan &plan)
{
    for (const Change &change : plan.changes()) {
        if (const FileEdit *edit = change.fileEdit()) {
            QFile current(edit->path());
            QVERIFY(current.open(QIODevice::ReadOnly));
            QCOMPARE(current.readAll(), edit->before());
            current.close();
            write(edit->path(), edit->after());
        }
    }
}

void TestApacheConfigtest::keepWithRedirectAndHsts()
{
    Tree tree = makeTree();
    QByteArray out;
    QVERIFY2(configtest(tree.root, &out) == 0, out.constData()); // the tree is sound before planning

    TlsChoice choice = choiceFor(tree.root + QStringLiteral("/sites/portal.conf"), 1);
    choice.hstsMaxAge = 63072000;
    choice.hstsIncludeSubDomains = true;
    choice.redirectHttp = true;
    auto plan = ApacheTlsPlanner::plan(tree.state, choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString() + u' ' + plan.error().detail()));
    // The site's file (with a new *:80 VirtualHost that redirects) and ssl.conf's "all -SSLv3".
    QCOMPARE(plan->changes().size(), 2);
    applyEdits(*plan);
    QVERIFY2(configtest(tree.root, &out) == 0, out.constData());
    QVERIFY(out.contains("Syntax OK"));
    // The site's validator (the key pair check) passes on the real files.
    const FileEdit *site = plan->changes().constFirst().fileEdit();
    QVERIFY(site);
    QVERIFY(!site->validator().isEmpty());
    QVERIFY2(run(site->validator(), tree.root, &out) == 0, out.constData());

    // The same for Debian's default-ssl.conf, planned on the written tree (ssl.conf is done now).
    Tree again = std::move(tree);
    for (ApacheConfig &file : again.state.files) {
        QFile in(file.path());
        QVERIFY(in.open(QIODevice::ReadOnly));
        file = *ApacheConfig::parse(in.readAll(), file.path());
    }
    auto second =
        ApacheTlsPlanner::plan(again.state, choiceFor(again.root + QStringLiteral("/sites/default-ssl.conf"), 1));
    QVERIFY(second);
    QCOMPARE(second->changes().size(), 1);
    applyEdits(*second);
    QVERIFY2(configtest(again.root, &out) == 0, out.constData());

    // And the check is real: httpd refuses a broken file.
    write(again.root + QStringLiteral("/sites/portal.conf"), "<VirtualHost *:443>\n    SSLProtocol -all +TLSv1.9\n"
                                                             "</VirtualHost>\n");
    QVERIFY(configtest(again.root, &out) != 0);
}

void TestApacheConfigtest::selfSigned()
{
    Tree tree = makeTree();
    TlsChoice choice = choiceFor(tree.root + QStringLiteral("/sites/portal.conf"), 1);
    choice.certificate = TlsChoice::Certificate::SelfSigned;
    choice.keyDirectory = tree.root + QStringLiteral("/private");
    choice.certificateDirectory = tree.root + QStringLiteral("/certs");
    QDir().mkpath(choice.keyDirectory);
    QDir().mkpath(choice.certificateDirectory);
    auto plan = ApacheTlsPlanner::plan(tree.state, choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    const CommandStep *step = plan->changes().constFirst().command();
    QVERIFY(step);
    // The step as the Applier runs it (here as the test's user), then its checks.
    QProcess openssl;
    openssl.start(step->argv().constFirst(), step->argv().mid(1));
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    if (geteuid() == 0) {
        for (const CommandCheck &check : step->verify()) {
            QProcess checking;
            checking.start(check.argv().constFirst(), check.argv().mid(1));
            QVERIFY(checking.waitForFinished(60000));
            QVERIFY2(check.matches(checking.exitCode(), checking.readAllStandardOutput()),
                     qPrintable(check.argv().join(u' ')));
        }
    }
    const QString key = choice.keyDirectory + QStringLiteral("/bulwark-portal.example.org-20261126-010203.key");
    QVERIFY(QFile::exists(key));
    QFile::setPermissions(choice.keyDirectory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner | QFileDevice::ExeOther);
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    applyEdits(*plan);
    QByteArray out;
    QVERIFY2(configtest(tree.root, &out) == 0, out.constData());
    const FileEdit *site = plan->changes().at(1).fileEdit();
    QVERIFY(site);
    QVERIFY2(run(site->validator(), tree.root, &out) == 0, out.constData());

    // The undo removes exactly what the step made.
    QCOMPARE(step->inverse().size(), std::size_t(1));
    const QStringList undo = step->inverse().front().argv();
    QCOMPARE(undo.mid(0, 3), (QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")}));
    QProcess removing;
    removing.start(undo.constFirst(), undo.mid(1));
    QVERIFY(removing.waitForFinished(60000));
    QVERIFY(!QFile::exists(key));
    QVERIFY(QDir(choice.certificateDirectory).isEmpty());
}

void TestApacheConfigtest::mismatchedPair()
{
    Tree tree = makeTree();
    QVERIFY(makePair(tree.root + QStringLiteral("/other.key"), tree.root + QStringLiteral("/other.crt"),
                     QStringLiteral("other.example.org")));
    QFile::setPermissions(tree.root + QStringLiteral("/other.key"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    TlsChoice choice = choiceFor(tree.root + QStringLiteral("/sites/portal.conf"), 1);
    choice.certificate = TlsChoice::Certificate::UsePaths;
    choice.certificatePath = tree.root + QStringLiteral("/portal.crt");
    choice.keyPath = tree.root + QStringLiteral("/other.key");
    auto plan = ApacheTlsPlanner::plan(tree.state, choice);
    QVERIFY(plan);
    applyEdits(*plan);
    QByteArray out;
    // configtest does not see it ...
    QVERIFY2(configtest(tree.root, &out) == 0, out.constData());
    // ... the plan's validator does, before the swap.
    const FileEdit *site = plan->changes().constFirst().fileEdit();
    QVERIFY(site);
    QVERIFY(run(site->validator(), tree.root, &out) != 0);
}

void TestApacheConfigtest::plainSiteTwin()
{
    Tree tree = makeTree();
    const QString path = tree.root + QStringLiteral("/sites/intranet.conf");
    const QByteArray intranet = "<VirtualHost *:80>\n"
                                "    ServerName intranet.example.org\n"
                                "    DocumentRoot /var/www/intranet\n"
                                "    <Directory /var/www/intranet>\n"
                                "        Require all granted\n"
                                "    </Directory>\n"
                                "</VirtualHost>\n";
    write(path, intranet);
    tree.state.files << *ApacheConfig::parse(intranet, path);
    TlsChoice choice = choiceFor(path, 1);
    choice.certificate = TlsChoice::Certificate::UsePaths;
    choice.certificatePath = tree.root + QStringLiteral("/snakeoil.pem");
    choice.keyPath = tree.root + QStringLiteral("/snakeoil.key");
    choice.redirectHttp = true;
    choice.hstsMaxAge = 600;
    auto plan = ApacheTlsPlanner::plan(tree.state, choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    applyEdits(*plan);
    QByteArray out;
    QVERIFY2(configtest(tree.root, &out) == 0, out.constData());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray after = written.readAll();
    QVERIFY(after.contains("<VirtualHost *:443>\n    ServerName intranet.example.org\n"));
    QVERIFY(after.contains("    Redirect permanent / https://intranet.example.org/\n"));
    QVERIFY(run(plan->changes().constFirst().fileEdit()->validator(), tree.root, &out) == 0);
}

void TestApacheConfigtest::certbotSite()
{
    // certbot's layout: its options file included inside the VirtualHost, before the certificate lines.
    Tree tree = makeTree();
    const QString options = tree.root + QStringLiteral("/letsencrypt/options-ssl-apache.conf");
    const QString path = tree.root + QStringLiteral("/sites/shop-le-ssl.conf");
    const QByteArray site = "<IfModule mod_ssl.c>\n<VirtualHost *:443>\n    ServerName shop.example.org\n"
                            "Include " +
                            options.toUtf8() + "\nSSLCertificateFile " + tree.root.toUtf8() +
                            "/portal.crt\nSSLCertificateKeyFile " + tree.root.toUtf8() +
                            "/portal.key\n</VirtualHost>\n</IfModule>\n";
    write(options, fixture(QStringLiteral("options-ssl-apache.conf")));
    write(path, site);
    tree.state.files << *ApacheConfig::parse(fixture(QStringLiteral("options-ssl-apache.conf")), options)
                     << *ApacheConfig::parse(site, path);
    QByteArray out;
    QVERIFY2(configtest(tree.root, &out) == 0, out.constData());
    TlsChoice choice = choiceFor(path, 2);
    choice.hstsMaxAge = 600;
    choice.redirectHttp = true;
    auto plan = ApacheTlsPlanner::plan(tree.state, choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    applyEdits(*plan);
    QVERIFY2(configtest(tree.root, &out) == 0, out.constData());
    QVERIFY(run(plan->changes().constFirst().fileEdit()->validator(), tree.root, &out) == 0);
}

void TestApacheConfigtest::gracefulRestart()
{
    // A free port on 127.0.0.1 (a race with other programs is harmless: the start then fails and the test says so).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Tree tree = makeTree(QStringLiteral("127.0.0.1:") + QString::number(port));
    // Only a plain site on the port: the TLS sites' ports are not listened on.
    QFile::remove(tree.root + QStringLiteral("/sites/default-ssl.conf"));
    QFile::remove(tree.root + QStringLiteral("/sites/portal.conf"));
    const QString conf = tree.root + QStringLiteral("/apache2.conf");
    QDir().mkpath(tree.root + QStringLiteral("/logs"));
    // The unprivileged user writes the pid file and the logs.
    for (const char *dir : {"/run", "/logs"})
        QVERIFY(QProcess::execute(QStringLiteral("chmod"),
                                  {QStringLiteral("0777"), tree.root + QString::fromLatin1(dir)}) == 0);
    const QStringList base{m_apache, QStringLiteral("-f"), conf, QStringLiteral("-d"), tree.root};
    QByteArray out;
    if (run(base + QStringList{QStringLiteral("-k"), QStringLiteral("start")}, tree.root, &out) != 0) {
        QFile log(tree.root + QStringLiteral("/logs/error.log"));
        if (log.open(QIODevice::ReadOnly))
            out += log.readAll();
        QFAIL(out.constData());
    }
    pid_t pid = 0;
    for (int i = 0; i < 50 && pid == 0; ++i) {
        QFile pidFile(tree.root + QStringLiteral("/run/httpd.pid"));
        if (pidFile.open(QIODevice::ReadOnly))
            pid = pid_t(pidFile.readAll().trimmed().toInt());
        if (pid == 0)
            QThread::msleep(100);
    }
    QVERIFY2(pid > 0, "httpd did not write its pid file");
    auto stop = qScopeGuard([pid]() { ::kill(pid, SIGTERM); });

    // A syntax error: the graceful restart refuses before it signals; the server keeps running.
    QFile site(tree.root + QStringLiteral("/sites/000-default.conf"));
    QVERIFY(site.open(QIODevice::Append));
    site.write("SSLProtocol -all +TLSv1.9\n");
    site.close();
    QVERIFY(run(base + QStringList{QStringLiteral("-k"), QStringLiteral("graceful")}, tree.root, &out) != 0);
    QThread::msleep(500);
    QCOMPARE(::kill(pid, 0), 0);

    // A key that does not match its certificate: configtest passes and the graceful restart stops the server.
    write(tree.root + QStringLiteral("/sites/000-default.conf"), fixture(QStringLiteral("000-default.conf")));
    QVERIFY(makePair(tree.root + QStringLiteral("/other.key"), tree.root + QStringLiteral("/other.crt"),
                     QStringLiteral("other")));
    QFile::setPermissions(tree.root + QStringLiteral("/other.key"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    write(tree.root + QStringLiteral("/sites/tls.conf"),
          "<VirtualHost *:" + QByteArray::number(port) + ">\n    SSLEngine on\n    SSLCertificateFile " +
              tree.root.toUtf8() + "/portal.crt\n    SSLCertificateKeyFile " + tree.root.toUtf8() +
              "/other.key\n</VirtualHost>\n");
    QVERIFY2(configtest(tree.root, &out) == 0, out.constData());
    QVERIFY(run(base + QStringList{QStringLiteral("-k"), QStringLiteral("graceful")}, tree.root, &out) == 0);
    bool stopped = false;
    for (int i = 0; i < 50 && !stopped; ++i) {
        stopped = ::kill(pid, 0) != 0;
        if (!stopped)
            QThread::msleep(100);
    }
    if (stopped)
        stop.dismiss(); // its PID is free again: never signal it
    QVERIFY2(stopped, "httpd kept running with a mismatched key pair; the validator's reason is gone");
}

QTEST_GUILESS_MAIN(TestApacheConfigtest)
#include "tst_apacheconfigtest.moc"
