// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "CliRun.h"
#include "WinRmPeer.h"
#include "core/transport/WinRmTarget.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>

using namespace Bulwark::Transport;
using namespace std::chrono_literals;

namespace {

const QByteArray AdminPassword = "Adm1n!pass";
// bulwark-admin on the scripted Windows host: an administrator other than the built-in one, which it may rename.
const QByteArray ScannerPassword = "Bulw4rk!scan";

// Lines of the peer's log that started a command, after `before` (an earlier log()).
QStringList commandLines(const QString &log, const QString &before)
{
    QStringList lines;
    for (const QString &line : log.mid(before.size()).split(u'\n')) {
        if (line.contains(QLatin1String(" command shell=")))
            lines << line;
    }
    return lines;
}

constexpr auto answer = &WinRmPeer::answer;

// The scripted Windows host: a command with output on both streams and an exit code, and a PowerShell error.
QJsonObject scenario()
{
    const QJsonArray answers{
        answer(QStringLiteral("hostname"), {{QStringLiteral("command"), QStringLiteral("hostname")}},
               {{QStringLiteral("stdout"), QStringLiteral("WIN-BULWARK01\n")}}),
        answer(QStringLiteral("fails"),
               {{QStringLiteral("program"), QStringLiteral("failing")},
                {QStringLiteral("args"), QJsonArray{QStringLiteral("two words"), QStringLiteral("x&y")}}},
               {{QStringLiteral("stdout"), QStringLiteral("partial\n")},
                {QStringLiteral("stderr"), QStringLiteral("boom\n")},
                {QStringLiteral("exit_code"), 7}}),
        answer(QStringLiteral("reboot-required"), {{QStringLiteral("command"), QStringLiteral("install-update")}},
               {{QStringLiteral("stdout"), QStringLiteral("installed\n")}, {QStringLiteral("exit_code"), 3010}}),
        answer(QStringLiteral("wraps"), {{QStringLiteral("command"), QStringLiteral("exit256")}},
               {{QStringLiteral("exit_code"), 256}}),
        answer(QStringLiteral("ctrl-c"), {{QStringLiteral("command"), QStringLiteral("interrupted")}},
               {{QStringLiteral("exit_code"), -1073741510}}),
        answer(QStringLiteral("ps-error"),
               {{QStringLiteral("program"), QStringLiteral("powershell")},
                {QStringLiteral("kind"), QStringLiteral("powershell")}},
               {{QStringLiteral("stderr_clixml"),
                 QJsonArray{QStringLiteral("Get-Item : Cannot find path 'C:\\nope' because it does not exist.")}},
                {QStringLiteral("clixml_progress"), true},
                {QStringLiteral("exit_code"), 1}}),
    };
    const QJsonObject users{{QStringLiteral("Administrator"), QString::fromLatin1(AdminPassword)}};
    return QJsonObject{{QStringLiteral("machine"), QStringLiteral("WIN-BULWARK01")},
                       {QStringLiteral("users"), users},
                       {QStringLiteral("answers"), answers}};
}

} // namespace

// bulwark-cli exec on a Windows host over WinRM, end to end: the real binary against the WinRM test peer
// (tests/winrm/winrm_peer.py) started by PID on 127.0.0.1, over HTTP and over HTTPS with a self-signed certificate.
// The CLI's home is a temporary directory, so its journal and certificate pins are the test's own.
class TestCliWinRm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void execPrintsOutputAndExitCode();
    void passwordFromEnvironmentFile();
    void wrongPassword();
    void refusals();
    void httpsTrust();
    void askedOnTheTerminal();
    void factsOfAWindowsHost();
    void scanOfAWindowsHost();

private:
    using Run = CliRun::Result;
    Run cli(const QStringList &arguments, const QProcessEnvironment &extra = {}) const;
    QString writePassword(const QString &name, const QByteArray &password) const;

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_python;
    WinRmPeer m_http;
    WinRmPeer m_https;
    WinRmPeer m_host; // the scripted Windows Server 2019 host (tests/winrm/data/scenario-windows-host.json)
    QString m_certFingerprint;
};

TestCliWinRm::Run TestCliWinRm::cli(const QStringList &arguments, const QProcessEnvironment &extra) const
{
    QProcessEnvironment environment = CliRun::environment(m_dir.filePath(QStringLiteral("home")));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    return CliRun::run(m_cli, arguments, environment);
}

QString TestCliWinRm::writePassword(const QString &name, const QByteArray &password) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(password + '\n');
    return path;
}

void TestCliWinRm::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("BULWARK_CLI");
    if (m_cli.isEmpty())
        QSKIP("BULWARK_CLI is not set; run this test through ctest");
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is needed for the WinRM test peer");
    const QString scenarioFile = WinRmPeer::writeScenario(scenario(), m_dir.path(), QStringLiteral("scenario"));
    QVERIFY(!scenarioFile.isEmpty());
    QVERIFY(m_http.start(m_python, m_dir.path(), QStringLiteral("http"), scenarioFile));

    QVERIFY(m_host.start(m_python, m_dir.path(), QStringLiteral("windows-host"),
                         WinRmPeer::scenarioPath(QStringLiteral("scenario-windows-host.json"))));

    if (!QSslSocket::supportsSsl() || QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return; // httpsTrust skips
    m_certFingerprint = m_https.startHttps(m_python, m_dir.path(), QStringLiteral("https"), scenarioFile);
    QVERIFY(!m_certFingerprint.isEmpty());
}

void TestCliWinRm::cleanupTestCase()
{
    const QString http = m_http.stop({QByteArray(AdminPassword)});
    QVERIFY2(http.isEmpty(), qPrintable(http));
    const QString https = m_https.stop({QByteArray(AdminPassword)});
    QVERIFY2(https.isEmpty(), qPrintable(https));
    const QString host = m_host.stop({QByteArray(ScannerPassword)});
    QVERIFY2(host.isEmpty(), qPrintable(host));
}

void TestCliWinRm::execPrintsOutputAndExitCode()
{
    const QString host = QStringLiteral("winrm://Administrator@127.0.0.1:%1").arg(m_http.port());
    const QString password = writePassword(QStringLiteral("password"), AdminPassword);
    const QString journal = m_dir.filePath(QStringLiteral("journal.jsonl"));

    Run run = cli({QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--allow-unencrypted"),
                   QStringLiteral("--password-file"), password, QStringLiteral("--journal"), journal,
                   QStringLiteral("--"), QStringLiteral("hostname")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("WIN-BULWARK01\r\n"));
    QVERIFY2(run.err.isEmpty(), run.err.constData());

    // Both streams as the command wrote them, and its exit code as ours; arguments quoted for Windows.
    run = cli({QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--allow-unencrypted"),
               QStringLiteral("--password-file"), password, QStringLiteral("--journal"), journal, QStringLiteral("--"),
               QStringLiteral("failing"), QStringLiteral("two words"), QStringLiteral("x&y")});
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.out, QByteArray("partial\r\n"));
    QCOMPARE(run.err, QByteArray("boom\r\n"));

    // PowerShell's CLIXML error stream arrives as readable text.
    run = cli({QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--allow-unencrypted"),
               QStringLiteral("--password-file"), password, QStringLiteral("--journal"), journal, QStringLiteral("--"),
               QStringLiteral("powershell"), QStringLiteral("-NoProfile"), QStringLiteral("-Command"),
               QStringLiteral("Get-Item C:\\nope")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Cannot find path 'C:\\nope' because it does not exist."), run.err.constData());
    QVERIFY2(!run.err.contains("CLIXML") && !run.err.contains("_x000D_"), run.err.constData());

    // A 32-bit Windows exit code that an exit status cannot carry: shown, and never read as success.
    const QStringList prefix{QStringLiteral("exec"),
                             QStringLiteral("--host"),
                             host,
                             QStringLiteral("--allow-unencrypted"),
                             QStringLiteral("--password-file"),
                             password,
                             QStringLiteral("--journal"),
                             journal,
                             QStringLiteral("--")};
    run = cli(prefix + QStringList{QStringLiteral("install-update")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray("installed\r\n"));
    QVERIFY2(run.err.contains("exited with code 3010 (0x00000bc2)"), run.err.constData());
    run = cli(prefix + QStringList{QStringLiteral("exit256")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("exited with code 256"), run.err.constData());
    run = cli(prefix + QStringList{QStringLiteral("interrupted")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("exited with code -1073741510 (0xc000013a)"), run.err.constData());

    // Every command was journaled, without the password.
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray entries = file.readAll();
    QVERIFY(entries.contains("\"failing\""));
    QVERIFY(!entries.contains(AdminPassword));
}

void TestCliWinRm::passwordFromEnvironmentFile()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("BULWARK_WINRM_PASSWORD_FILE"),
                       writePassword(QStringLiteral("password-env"), AdminPassword));
    const Run run =
        cli({QStringLiteral("exec"), QStringLiteral("--host"),
             QStringLiteral("winrm://Administrator@127.0.0.1:%1").arg(m_http.port()),
             QStringLiteral("--allow-unencrypted"), QStringLiteral("--journal"),
             m_dir.filePath(QStringLiteral("journal.jsonl")), QStringLiteral("--"), QStringLiteral("hostname")},
            environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("WIN-BULWARK01\r\n"));
}

void TestCliWinRm::wrongPassword()
{
    const QByteArray wrong = "Wr0ng!pass";
    const Run run = cli(
        {QStringLiteral("exec"), QStringLiteral("--host"),
         QStringLiteral("winrm://Administrator@127.0.0.1:%1").arg(m_http.port()), QStringLiteral("--allow-unencrypted"),
         QStringLiteral("--password-file"), writePassword(QStringLiteral("wrong"), wrong), QStringLiteral("--journal"),
         m_dir.filePath(QStringLiteral("journal.jsonl")), QStringLiteral("--"), QStringLiteral("hostname")});
    QCOMPARE(run.exitCode, 255);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("bulwark-cli: ") && run.err.contains("rejected the user name or password"),
             run.err.constData());
    QVERIFY(!run.err.contains(wrong));
    QVERIFY(!run.err.contains("<s:Envelope")); // a plain message, no protocol dump
}

void TestCliWinRm::refusals()
{
    const QString host = QStringLiteral("winrm://Administrator@127.0.0.1:%1").arg(m_http.port());
    const QString password = writePassword(QStringLiteral("password"), AdminPassword);
    const QString before = m_http.log();

    // Basic over HTTP needs --allow-unencrypted: nothing is sent without it.
    Run run = cli({QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--password-file"), password,
                   QStringLiteral("--"), QStringLiteral("hostname")});
    QCOMPARE(run.exitCode, 255);
    QVERIFY2(run.err.contains("unencrypted"), run.err.constData());

    run = cli({QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--allow-unencrypted"),
               QStringLiteral("--password-file"), password, QStringLiteral("--sudo"), QStringLiteral("--"),
               QStringLiteral("hostname")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--sudo does not apply to a Windows host"), run.err.constData());

    run = cli({QStringLiteral("plan"), QStringLiteral("ssh"), QStringLiteral("--crypto"), QStringLiteral("modern"),
               QStringLiteral("--host"), host, QStringLiteral("--password-file"), password});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("on a Windows host (WinRM)"), run.err.constData());

    // Batch mode without a password file: no prompt, a plain usage error.
    run = cli({QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--allow-unencrypted"),
               QStringLiteral("--"), QStringLiteral("hostname")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no password"), run.err.constData());

    // A password in the address is refused without echoing it.
    run = cli({QStringLiteral("exec"), QStringLiteral("--host"),
               QStringLiteral("winrm://Administrator:S3cr3tInUrl@127.0.0.1:%1").arg(m_http.port()),
               QStringLiteral("--"), QStringLiteral("hostname")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.contains("S3cr3tInUrl"));
    QCOMPARE(m_http.log(), before); // none of these reached the host
}

void TestCliWinRm::httpsTrust()
{
    if (!m_https.isRunning())
        QSKIP("needs openssl and Qt with TLS");
    const QString host = QStringLiteral("winrms://Administrator@127.0.0.1:%1").arg(m_https.port());
    const QString password = writePassword(QStringLiteral("password"), AdminPassword);
    const QString journal = m_dir.filePath(QStringLiteral("journal.jsonl"));
    const QStringList hostname{QStringLiteral("--journal"), journal, QStringLiteral("--"), QStringLiteral("hostname")};
    const QString pins = m_dir.filePath(QStringLiteral("home/.local/share/Bulwark/bulwark/winrm_known_hosts"));
    QFile::remove(pins);

    // Unknown certificate: refused, its fingerprint shown, nothing pinned.
    Run run = cli(QStringList{QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--password-file"),
                              password} +
                  hostname);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(m_certFingerprint.toLatin1()), run.err.constData());
    QVERIFY2(run.err.contains("--trust-fingerprint"), run.err.constData());
    QVERIFY(!QFile::exists(pins));

    // Another fingerprint than the presented one does not help.
    QString other = m_certFingerprint;
    other.replace(7, 2, other.mid(7, 2) == u"00" ? QStringLiteral("11") : QStringLiteral("00"));
    run = cli(QStringList{QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--password-file"),
                          password, QStringLiteral("--trust-fingerprint"), other} +
              hostname);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!QFile::exists(pins));

    // Accepted with the right fingerprint (any case, any colons), and pinned.
    QString loose = m_certFingerprint.toLower();
    loose.remove(u':');
    loose.replace(QLatin1String("sha256"), QLatin1String("SHA256:"));
    run = cli(QStringList{QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--password-file"),
                          password, QStringLiteral("--trust-fingerprint"), loose} +
              hostname);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("WIN-BULWARK01\r\n"));
    QFile file(pins);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(
        QStringLiteral("127.0.0.1:%1 %2").arg(m_https.port()).arg(m_certFingerprint).toLatin1()));
    file.close();
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // Pinned: trusted next time without the option.
    run = cli(QStringList{QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--password-file"),
                          password} +
              hostname);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("WIN-BULWARK01\r\n"));

    // A pinned host presenting another certificate is refused, also with --trust-fingerprint for the new one.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("127.0.0.1:%1 %2\n").arg(m_https.port()).arg(other).toLatin1());
    file.close();
    run = cli(QStringList{QStringLiteral("exec"), QStringLiteral("--host"), host, QStringLiteral("--password-file"),
                          password, QStringLiteral("--trust-fingerprint"), m_certFingerprint} +
              hostname);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("not the one pinned"), run.err.constData());
}

// On a terminal (a pty from util-linux's `script`): the password is asked without echo, the unknown certificate is
// shown and, answered yes, pinned.
void TestCliWinRm::askedOnTheTerminal()
{
    if (!m_https.isRunning())
        QSKIP("needs openssl and Qt with TLS");
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("needs script (util-linux) for a terminal");
    QProcess probe; // a container without pseudo-terminals cannot run this
    probe.start(script, {QStringLiteral("-qec"), QStringLiteral("true"), QStringLiteral("/dev/null")});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("script cannot open a pseudo-terminal here");
    const QString pins = m_dir.filePath(QStringLiteral("home/.local/share/Bulwark/bulwark/winrm_known_hosts"));
    QFile::remove(pins);
    const QProcessEnvironment environment = CliRun::environment(m_dir.filePath(QStringLiteral("home")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList command{m_cli,
                              QStringLiteral("exec"),
                              QStringLiteral("--host"),
                              QStringLiteral("winrms://Administrator@127.0.0.1:%1").arg(m_https.port()),
                              QStringLiteral("--journal"),
                              m_dir.filePath(QStringLiteral("journal.jsonl")),
                              QStringLiteral("--"),
                              QStringLiteral("hostname")};
    QStringList quoted;
    for (const QString &word : command)
        quoted << u'\'' + QString(word).replace(u'\'', QLatin1String("'\\''")) + u'\'';
    process.start(script, {QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null")});
    QVERIFY(process.waitForStarted(10000));
    QByteArray seen;
    const auto waitFor = [&](const QByteArray &text) {
        QDeadlineTimer deadline(30s);
        while (!seen.contains(text) && !deadline.hasExpired() && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            seen += process.readAll();
        }
        return seen.contains(text);
    };
    QVERIFY2(waitFor("Password for Administrator@127.0.0.1"), seen.constData());
    QThread::msleep(1000); // the prompt is written before echo is turned off (which flushes pending input)
    process.write(AdminPassword + '\n');
    QVERIFY2(waitFor("(yes/no)"), seen.constData());
    QVERIFY2(seen.contains(m_certFingerprint.toLatin1()), seen.constData());
    process.write("yes\n");
    QVERIFY(process.waitForFinished(30000));
    seen += process.readAll();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(seen.contains("WIN-BULWARK01"), seen.constData());
    QVERIFY2(!seen.contains(AdminPassword), "the password was echoed");
    QFile file(pins);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(m_certFingerprint.toLatin1()));
}

void TestCliWinRm::factsOfAWindowsHost()
{
    const QString before = m_host.log();
    const Run run = cli({QStringLiteral("facts"), QStringLiteral("--host"),
                         QStringLiteral("winrm://bulwark-admin@127.0.0.1:%1").arg(m_host.port()),
                         QStringLiteral("--allow-unencrypted"), QStringLiteral("--password-file"),
                         writePassword(QStringLiteral("password-scanner"), ScannerPassword)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.left(2000).constData());
    QCOMPARE(root.value(QStringLiteral("platform")).toString(), QStringLiteral("windows"));
    QCOMPARE(root.value(QStringLiteral("host")).toString(),
             QStringLiteral("bulwark-admin@127.0.0.1:%1").arg(m_host.port()));
    const QJsonObject facts = root.value(QStringLiteral("facts")).toObject();
    const QJsonObject probe = facts.value(QStringLiteral("probe")).toObject();
    QCOMPARE(probe.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(probe.value(QStringLiteral("user")).toString(), QStringLiteral("PACS01\\bulwark-admin"));
    QCOMPARE(facts.value(QStringLiteral("os")).toObject().value(QStringLiteral("build")).toInteger(), 17763);
    bool builtinAdministrator = false;
    for (const QJsonValue &account : facts.value(QStringLiteral("accounts")).toArray()) {
        if (account.toObject().value(QStringLiteral("builtinAdministrator")).toBool()) {
            builtinAdministrator = true;
            QCOMPARE(account.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Administrator"));
            QCOMPARE(account.toObject().value(QStringLiteral("enabled")).toBool(), true);
        }
    }
    QVERIFY(builtinAdministrator);
    // One PowerShell command, the probe (its script on stdin: too long for a command line), and nothing else.
    const QStringList commands = commandLines(m_host.log(), before);
    QCOMPARE(commands.size(), 1);
    QVERIFY2(commands.constFirst().contains(QLatin1String("kind=powershell answer=probe-windows")),
             qPrintable(commands.constFirst()));
    QVERIFY(!m_host.log().contains(QLatin1String(ScannerPassword)));
}

void TestCliWinRm::scanOfAWindowsHost()
{
    const QString before = m_host.log();
    const QString report = m_dir.filePath(QStringLiteral("windows-scan.json"));
    const Run run =
        cli({QStringLiteral("scan"), QStringLiteral("--host"),
             QStringLiteral("winrm://bulwark-admin@127.0.0.1:%1").arg(m_host.port()),
             QStringLiteral("--allow-unencrypted"), QStringLiteral("--password-file"),
             writePassword(QStringLiteral("password-scanner"), ScannerPassword), QStringLiteral("--json"), report});
    // A default Windows Server 2019 fails checks: exit 1 (ScanFailed), with the summary on stdout.
    QVERIFY2(run.exitCode == 1, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.out.contains("1 remote command)"), run.out.constData());
    QVERIFY2(run.out.contains("FAIL BW-WIN-ACC-002"), run.out.constData());  // the built-in Administrator is enabled
    QVERIFY2(run.out.contains("FAIL BW-WIN-SVC-001"), run.out.constData());  // the Print Spooler runs
    QVERIFY2(!run.out.contains("FAIL BW-WIN-ACC-003"), run.out.constData()); // Guest is disabled
    QVERIFY2(!run.out.contains("FAIL BW-LNX"), run.out.constData());

    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(record.value(QStringLiteral("remoteCommands")).toInt(), 1);
    QCOMPARE(record.value(QStringLiteral("elevated")).toBool(), true); // the probe's own probe.elevated
    const QJsonObject facts = record.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("probe")).toObject().value(QStringLiteral("platform")).toString(),
             QStringLiteral("windows"));
    QVERIFY(record.value(QStringLiteral("rulesTotal")).toInt() > 20);
    const QJsonArray findings = record.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    for (const QJsonValue &finding : findings) {
        const QString id = finding.toObject().value(QStringLiteral("rule")).toString();
        QVERIFY2(id.startsWith(QLatin1String("BW-WIN-")), qPrintable(id));
    }
    // ONE command on the wire for the whole scan.
    const QStringList commands = commandLines(m_host.log(), before);
    QCOMPARE(commands.size(), 1);
    QVERIFY2(commands.constFirst().contains(QLatin1String("answer=probe-windows")), qPrintable(commands.constFirst()));
}

QTEST_GUILESS_MAIN(TestCliWinRm)
#include "tst_cliwinrm.moc"
