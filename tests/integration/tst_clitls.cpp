// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/ChangePlan.h"
#include "tests/integration/CliRun.h"
#include "tests/integration/SshdFixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;

// bulwark-cli plan tls against a real sshd (SshdFixture) on this machine: nginx and Apache read through the real
// sudo (the fixture's namespace sees this machine's /etc/apache2 and /etc/nginx unchanged), the listing (first under
// the namespace's fresh /run, where Debian's apache2ctl cannot run), a plan for Apache's default site by its real file
// and by its sites-enabled/ link, and the refusals. Bulwark logs in as bwnopass (key, sudo without a password). Needs
// this machine's apache2 package (Debian's layout with 000-default.conf enabled); skips without it. Nothing is applied:
// the test checks that no file under /etc/apache2 changed. The binary comes from $BULWARK_CLI (set by CTest).
class TestCliTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listWithoutRunLock();
    void listShowsBothServers();
    void listOneServer();
    void planApacheSite();
    void refusals();

private:
    using Run = CliRun::Result;
    Run cli(const QStringList &arguments) const;
    QStringList connectArgs() const;
    static QByteArray apacheDigest();

    SshdFixture m_sshd;
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    QString m_cli;
    bool m_nginx = false;
    Run m_withoutRunLock; // plan tls --list --server apache before /run/lock existed
};

namespace {

const QString defaultSite = QStringLiteral("/etc/apache2/sites-available/000-default.conf");
const QString defaultLink = QStringLiteral("/etc/apache2/sites-enabled/000-default.conf");

} // namespace

void TestCliTls::initTestCase()
{
    m_cli = qEnvironmentVariable("BULWARK_CLI");
    if (m_cli.isEmpty())
        QSKIP("BULWARK_CLI is not set; run this test through ctest");
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/apache2ctl")) ||
        QFileInfo(QStringLiteral("/etc/apache2/sites-enabled/000-default.conf")).symLinkTarget() != defaultSite)
        QSKIP("needs Debian's apache2 package with 000-default.conf enabled");
    const QString unsupported = SshdFixture::unsupportedReason();
    if (!unsupported.isEmpty())
        QSKIP(qPrintable(unsupported));
    m_nginx = QFileInfo::exists(QStringLiteral("/usr/sbin/nginx"));
    QVERIFY(m_home.isValid() && m_work.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    m_withoutRunLock = cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--list"),
                            QStringLiteral("--server"), QStringLiteral("apache")});
    // A booted host has /run/lock (/var/lock links to it), where Debian's apache2ctl makes its lock directory
    // (envvars: mktemp -d /var/lock/apache2.XXXXXXXXXX); the fixture's private /run starts empty. Made inside the
    // namespace's tmpfs only.
    const Run lock =
        cli({QStringLiteral("exec"), QStringLiteral("--sudo"), QStringLiteral("--journal"),
             m_work.path() + QStringLiteral("/journal.jsonl"), QStringLiteral("--"), QStringLiteral("mkdir"),
             QStringLiteral("-p"), QStringLiteral("-m"), QStringLiteral("1777"), QStringLiteral("/run/lock")});
    QVERIFY2(lock.exitCode == 0, lock.err.constData());
}

void TestCliTls::cleanupTestCase()
{
    m_sshd.stop();
}

TestCliTls::Run TestCliTls::cli(const QStringList &arguments) const
{
    return CliRun::run(m_cli, connectArgs() + arguments, CliRun::sshEnvironment(m_home.path()), 120000);
}

QStringList TestCliTls::connectArgs() const
{
    return {QStringLiteral("--host"),
            QStringLiteral("%1@%2:%3")
                .arg(QString::fromLatin1(SshdFixture::NopassUser), SshdFixture::host())
                .arg(m_sshd.port()),
            QStringLiteral("-i"),
            m_sshd.clientKey(),
            QStringLiteral("--known-hosts"),
            m_sshd.knownHostsFile(),
            QStringLiteral("-F"),
            QStringLiteral("none"),
            QStringLiteral("--no-agent"),
            QStringLiteral("--batch")};
}

// Every file under /etc/apache2 (links by their target), hashed: a plan changes none of them.
QByteArray TestCliTls::apacheDigest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList paths;
    QDirIterator it(QStringLiteral("/etc/apache2"), QDir::Files | QDir::System | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        hash.addData(path.toUtf8());
        hash.addData(QFileInfo(path).symLinkTarget().toUtf8());
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result();
}

void TestCliTls::listWithoutRunLock()
{
    // Under a fresh /run, apache2ctl stops before httpd (mktemp -d /var/lock/apache2.XXXXXXXXXX fails): the listing
    // says so in plain words, as a note; no error text becomes Apache's version, and no configtest "FAILS".
    const Run &run = m_withoutRunLock;
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("Apache (version unknown), server root /etc/apache2 (apache2ctl could not "
                                         "run; see the notes below)\n")),
             run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("Note (apache): apache2ctl could not run on the host")), run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("/var/lock/apache2")), run.out.constData());
    QVERIFY2(!out.contains(QStringLiteral("FAILS")) &&
                 !out.contains(QStringLiteral("mktemp: failed to create directory "
                                              "via template '/var/lock/apache2."
                                              "XXXXXXXXXX': No such file or "
                                              "directory, server root")),
             run.out.constData());
}

void TestCliTls::listShowsBothServers()
{
    const Run run = cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--list")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("Web sites of ")), run.out.constData());
    if (!m_nginx)
        QVERIFY2(out.contains(QStringLiteral("nginx is not installed.\n")), run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("(apache2ctl configtest passes)")), run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("server  site (--site FILE:LINE)\n")), run.out.constData());
    // The enabled site by the sites-enabled/ link httpd reads, with the real file a plan edits.
    QVERIFY2(out.contains(QStringLiteral("apache  ") + defaultLink + QStringLiteral(":1  (the file ") + defaultSite +
                          QStringLiteral(")\n")),
             run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("Apache/2.4")), run.out.constData());
}

void TestCliTls::listOneServer()
{
    Run run = cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--list"), QStringLiteral("--server"),
                   QStringLiteral("apache")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.out.contains("nginx"), run.out.constData());
    QVERIFY2(run.out.contains("apache  "), run.out.constData());

    run = cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--list"), QStringLiteral("--server"),
               QStringLiteral("nginx")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.out.contains("Apache") && !run.out.contains("apache  "), run.out.constData());

    run = cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--list"), QStringLiteral("--server"),
               QStringLiteral("lighttpd")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--server takes nginx or apache"), run.err.constData());
}

void TestCliTls::planApacheSite()
{
    const QByteArray before = apacheDigest();
    const QString planPath = m_work.path() + QStringLiteral("/tls.json");
    const Run run =
        cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--site"),
             defaultSite + QStringLiteral(":1"), QStringLiteral("--certificate"), QStringLiteral("self-signed"),
             QStringLiteral("--common-name"), QStringLiteral("intranet.example"), QStringLiteral("--hsts"),
             QStringLiteral("31536000"), QStringLiteral("-o"), planPath});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    // Named as httpd reads it (the sites-enabled/ link), as --list shows it; the diff edits the real file.
    QVERIFY2(out.contains(QStringLiteral(", apache site %1:1 (nothing has been changed):").arg(defaultLink)),
             run.out.constData());
    // The plain VirtualHost *:80 gets a TLS twin on 443, shown as a diff.
    QVERIFY2(out.contains(QStringLiteral("+<VirtualHost *:443>")), run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("SSLProtocol -all +TLSv1.2 +TLSv1.3")), run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("Strict-Transport-Security")), run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("check tls %1:443\n").arg(SshdFixture::host())), run.out.constData());

    QFile file(planPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto plan = Plan::ChangePlan::fromJsonBytes(file.readAll());
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    bool editsSite = false;
    for (const Plan::Change &change : plan->changes())
        editsSite = editsSite || (change.fileEdit() && change.fileEdit()->path() == defaultSite);
    QVERIFY(editsSite);

    // The same site by its sites-enabled/ link: the same edit of the real file.
    const Run byLink = cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--site"),
                            defaultLink + QStringLiteral(":1"), QStringLiteral("--certificate"),
                            QStringLiteral("self-signed"), QStringLiteral("--common-name"),
                            QStringLiteral("intranet.example"), QStringLiteral("--hsts"), QStringLiteral("31536000")});
    QVERIFY2(byLink.exitCode == 0, byLink.err.constData());
    QVERIFY2(
        byLink.out.contains(QStringLiteral(", apache site %1:1 (nothing has been changed):").arg(defaultLink).toUtf8()),
        byLink.out.constData());
    QVERIFY2(byLink.out.contains("+<VirtualHost *:443>"), byLink.out.constData());
    QVERIFY2(byLink.out.contains(defaultSite.toUtf8()), byLink.out.constData());
    QVERIFY2(byLink.out.contains(QStringLiteral("check tls %1:443\n").arg(SshdFixture::host()).toUtf8()),
             byLink.out.constData());
    QCOMPARE(apacheDigest(), before);
}

void TestCliTls::refusals()
{
    // A link httpd does not read.
    Run run = cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--site"),
                   QStringLiteral("/etc/apache2/sites-enabled/no-such-site.conf:1"), QStringLiteral("--certificate"),
                   QStringLiteral("self-signed"), QStringLiteral("--common-name"), QStringLiteral("a.example")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("No site starts at line 1"), run.err.constData());

    // A line where no VirtualHost starts.
    run = cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--site"),
               defaultSite + QStringLiteral(":2"), QStringLiteral("--certificate"), QStringLiteral("self-signed"),
               QStringLiteral("--common-name"), QStringLiteral("a.example")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("No site starts at line 2"), run.err.constData());

    // The planner's own refusal: the plain site has no certificate to keep.
    run = cli(
        {QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--site"), defaultSite + QStringLiteral(":1")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("refused"), run.err.constData());

    // --server nginx reads nginx alone, which does not read Apache's file.
    run = cli({QStringLiteral("plan"), QStringLiteral("tls"), QStringLiteral("--server"), QStringLiteral("nginx"),
               QStringLiteral("--site"), defaultSite + QStringLiteral(":1")});
    QCOMPARE(run.exitCode, 4);
    if (!m_nginx)
        QVERIFY2(run.err.contains("nginx is not installed"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTls)
#include "tst_clitls.moc"
