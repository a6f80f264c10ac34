// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "tests/integration/SshdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <grp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Bulwark::Transport;

namespace {

constexpr uid_t TestUid = 4242;
constexpr uid_t NopassUid = 4243;
const QString Sshd = QStringLiteral("/usr/sbin/sshd");

struct ToolResult
{
    bool ok = false;
    QByteArray out;
    QString error;
};

ToolResult runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForStarted(10000)) {
        result.error = program + QStringLiteral(": ") + process.errorString();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        result.error = program + QStringLiteral(" did not finish");
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!result.ok)
        result.error = program + u' ' + arguments.join(u' ') + QStringLiteral(" failed: ") +
                       QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return result;
}

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions)
{
    QFile file(path);
    // Created with the final permissions before any byte is written (the shadow copy holds the host's hashes).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions))
        return false;
    const bool written = file.write(data) == data.size();
    file.close();
    return written && file.setPermissions(permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The host's database file without any line for our users, plus our lines.
QByteArray withUsers(const QByteArray &hostFile, const QByteArrayList &lines)
{
    QByteArray out;
    for (const QByteArray &line : hostFile.split('\n')) {
        if (line.isEmpty() || line.startsWith(QByteArray(QByteArray(SshdFixture::User) + ':')) ||
            line.startsWith(QByteArray(QByteArray(SshdFixture::NopassUser) + ':')))
            continue;
        out += line + '\n';
    }
    for (const QByteArray &line : lines)
        out += line + '\n';
    return out;
}

QByteArray fieldAfterParen(const QByteArray &stat, int index)
{
    // /proc/PID/stat: "pid (comm) state ppid ..."; comm may contain spaces and parentheses.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QByteArrayList fields = stat.mid(close + 2).split(' ');
    return index < fields.size() ? fields.at(index) : QByteArray();
}

} // namespace

SshdFixture::SshdFixture()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // If the test dies without running the destructor (a crash, ctest's timeout), unshare dies with it, and
    // --kill-child takes sshd and so the whole namespace along. (The fixture's thread is the test's main thread.)
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::unsupportedReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("the sshd integration tests run a private sshd with test users in a mount namespace "
                              "and need root; run them as root (e.g. in the dev container or CI)");
    for (const QString &tool :
         {QStringLiteral("unshare"), QStringLiteral("ssh-keygen"), QStringLiteral("openssl"), QStringLiteral("sudo")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return tool + QStringLiteral(" is not installed (packages: util-linux, openssh-client, openssl, sudo)");
    }
    if (!QFileInfo(Sshd).isExecutable())
        return Sshd + QStringLiteral(" is not installed (package openssh-server)");
    const ToolResult probe = runTool(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("--pid"),
                                                                 QStringLiteral("--fork"), QStringLiteral("true")});
    if (!probe.ok)
        return QStringLiteral("cannot create mount/PID namespaces here (") + probe.error + u')';
    return {};
}

QByteArray SshdFixture::password()
{
    // Quotes, a dollar and spaces: the password travels as data, never as shell text.
    return QByteArrayLiteral("Bw \"pa$$\" 'word' 42");
}

QByteArray SshdFixture::keyPassphrase()
{
    return QByteArrayLiteral("key passphrase for bulwark");
}

QString SshdFixture::homeDir(const QString &user) const
{
    return dir() + QStringLiteral("/home/") + user;
}

QString SshdFixture::clientKey() const
{
    return dir() + QStringLiteral("/client/id_ed25519");
}

QString SshdFixture::encryptedClientKey() const
{
    return dir() + QStringLiteral("/client/id_ed25519_encrypted");
}

QString SshdFixture::knownHostsFile() const
{
    return dir() + QStringLiteral("/client/known_hosts");
}

QByteArray SshdFixture::knownHostsLine() const
{
    return "[" + host().toLatin1() + "]:" + QByteArray::number(m_port) + ' ' + m_hostPublicKey;
}

QByteArray SshdFixture::log() const
{
    return readFile(dir() + QStringLiteral("/server/sshd.log"));
}

SshTarget SshdFixture::target(const QString &user) const
{
    SshTarget target;
    target.alias = host();
    target.hostName = host();
    target.port = m_port;
    target.user = user;
    target.identityFiles = {clientKey()};
    target.knownHostsFile = knownHostsFile();
    target.useAgent = false;
    target.connectTimeout = std::chrono::seconds(10);
    return target;
}

bool SshdFixture::prepare()
{
    if (m_prepared)
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory: ") + m_dir.errorString();
        return false;
    }
    const QString base = dir();
    // The test users must reach their homes and the authorized_keys file; everything secret sits in 0700 dirs.
    ::chmod(QFile::encodeName(base).constData(), 0755);
    QDir root(base);
    const QStringList subdirs{QStringLiteral("client"),
                              QStringLiteral("server"),
                              QStringLiteral("etc"),
                              QStringLiteral("etc/sudoers.d"),
                              QStringLiteral("home/") + QString::fromLatin1(User),
                              QStringLiteral("home/") + QString::fromLatin1(NopassUser)};
    for (const QString &sub : subdirs) {
        if (!root.mkpath(sub)) {
            m_error = QStringLiteral("cannot create ") + base + u'/' + sub;
            return false;
        }
    }
    ::chmod(QFile::encodeName(base + QStringLiteral("/client")).constData(), 0700);
    ::chmod(QFile::encodeName(base + QStringLiteral("/server")).constData(), 0700);
    ::chmod(QFile::encodeName(base + QStringLiteral("/etc")).constData(), 0700);
    ::chmod(QFile::encodeName(base + QStringLiteral("/etc/sudoers.d")).constData(), 0755);
    ::chmod(QFile::encodeName(base + QStringLiteral("/home")).constData(), 0755);
    if (::chown(QFile::encodeName(homeDir(QString::fromLatin1(User))).constData(), TestUid, TestUid) != 0 ||
        ::chown(QFile::encodeName(homeDir(QString::fromLatin1(NopassUser))).constData(), NopassUid, NopassUid) != 0) {
        m_error = QStringLiteral("cannot chown the test homes");
        return false;
    }

    // Client keys: one plain, one protected by keyPassphrase(). Both may log in as either user.
    const QString keygen = QStringLiteral("ssh-keygen");
    for (const auto &[path, passphrase] :
         {std::pair{clientKey(), QByteArray()}, std::pair{encryptedClientKey(), keyPassphrase()}}) {
        const ToolResult made =
            runTool(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                             QStringLiteral("-N"), QString::fromLatin1(passphrase), QStringLiteral("-C"),
                             QStringLiteral("bulwark-test-client"), QStringLiteral("-f"), path});
        if (!made.ok) {
            m_error = made.error;
            return false;
        }
    }
    const QByteArray authorizedKeys =
        readFile(clientKey() + QStringLiteral(".pub")) + readFile(encryptedClientKey() + QStringLiteral(".pub"));
    if (!writeFile(base + QStringLiteral("/authorized_keys"), authorizedKeys,
                   QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)) {
        m_error = QStringLiteral("cannot write authorized_keys");
        return false;
    }

    // The user database as the namespace will see it.
    const ToolResult hashed =
        runTool(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-6"), QStringLiteral("-stdin")},
                password() + '\n');
    if (!hashed.ok) {
        m_error = hashed.error;
        return false;
    }
    const QByteArray hash = hashed.out.trimmed();
    const QByteArray user = User, nopass = NopassUser;
    const QByteArray passwd = withUsers(
        readFile(QStringLiteral("/etc/passwd")),
        {user + ":x:4242:4242:Bulwark test:" + QFile::encodeName(homeDir(QString::fromLatin1(User))) + ":/bin/sh",
         nopass + ":x:4243:4243:Bulwark test:" + QFile::encodeName(homeDir(QString::fromLatin1(NopassUser))) +
             ":/bin/sh"});
    const QByteArray groups =
        withUsers(readFile(QStringLiteral("/etc/group")), {user + ":x:4242:", nopass + ":x:4243:"});
    const QByteArray shadow =
        withUsers(readFile(QStringLiteral("/etc/shadow")),
                  {user + ':' + hash + ":19000:0:99999:7:::", nopass + ':' + hash + ":19000:0:99999:7:::"});
    const auto readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    const QString shadowPath = base + QStringLiteral("/etc/shadow");
    if (!writeFile(base + QStringLiteral("/etc/passwd"), passwd, readable) ||
        !writeFile(base + QStringLiteral("/etc/group"), groups, readable) ||
        !writeFile(shadowPath, shadow, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup)) {
        m_error = QStringLiteral("cannot write the user database copies");
        return false;
    }
    if (const struct group *shadowGroup = ::getgrnam("shadow")) {
        if (::chown(QFile::encodeName(shadowPath).constData(), 0, shadowGroup->gr_gid) != 0) {
            m_error = QStringLiteral("cannot chown the shadow copy");
            return false;
        }
    }

    // sudo: bwtest with its password, bwnopass without. No lecture, no cached credentials (every test sees a fresh
    // prompt), no mail on a wrong password.
    const QByteArray sudoers = "Defaults lecture=never, timestamp_timeout=0, !mail_badpass\n" + user +
                               " ALL=(ALL) ALL\n" + nopass + " ALL=(ALL) NOPASSWD: ALL\n";
    if (!writeFile(base + QStringLiteral("/etc/sudoers.d/bulwark_test"), sudoers,
                   QFile::ReadOwner | QFile::ReadGroup)) {
        m_error = QStringLiteral("cannot write the sudoers drop-in");
        return false;
    }

    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port on 127.0.0.1: ") + probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
    }
    const QByteArray server = QFile::encodeName(base + QStringLiteral("/server"));
    const QByteArrayList config{
        QByteArray("Port " + QByteArray::number(m_port)),
        "ListenAddress 127.0.0.1",
        QByteArray("HostKey " + server + "/ssh_host_ed25519_key"),
        QByteArray("PidFile " + server + "/sshd.pid"),
        "UsePAM yes",
        "PubkeyAuthentication yes",
        "PasswordAuthentication yes",
        "KbdInteractiveAuthentication yes",
        QByteArray("AuthorizedKeysFile " + QFile::encodeName(base) + "/authorized_keys"),
        "StrictModes no",
        "PermitRootLogin no",
        QByteArray("AllowUsers " + user + ' ' + nopass),
        "UseDNS no",
        "PrintMotd no",
        "PrintLastLog no",
        "LogLevel VERBOSE",
        "MaxStartups 50",
        "Subsystem sftp /usr/lib/openssh/sftp-server",
        // bwnopass is offered keyboard-interactive (through PAM) but not password.
        QByteArray("Match User " + nopass),
        "    PasswordAuthentication no",
    };
    if (!writeFile(base + QStringLiteral("/server/sshd_config"), config.join('\n') + '\n',
                   QFile::ReadOwner | QFile::WriteOwner)) {
        m_error = QStringLiteral("cannot write sshd_config");
        return false;
    }
    if (!generateHostKey())
        return false;
    m_prepared = true;
    return true;
}

bool SshdFixture::generateHostKey()
{
    const QString key = dir() + QStringLiteral("/server/ssh_host_ed25519_key");
    QFile::remove(key);
    QFile::remove(key + QStringLiteral(".pub"));
    const ToolResult made =
        runTool(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                 QStringLiteral("-C"), QStringLiteral("bulwark-test-host"), QStringLiteral("-f"), key});
    if (!made.ok) {
        m_error = made.error;
        return false;
    }
    const ToolResult listed =
        runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), key + QStringLiteral(".pub")});
    const QByteArrayList fields = listed.out.split(' ');
    if (!listed.ok || fields.size() < 2) {
        m_error = QStringLiteral("ssh-keygen -lf failed: ") + listed.error;
        return false;
    }
    m_hostKeyFingerprint = QString::fromLatin1(fields.at(1));
    const QByteArrayList pub = readFile(key + QStringLiteral(".pub")).trimmed().split(' ');
    if (pub.size() < 2) {
        m_error = QStringLiteral("unreadable host public key");
        return false;
    }
    m_hostPublicKey = pub.at(0) + ' ' + pub.at(1);
    return writeKnownHosts();
}

bool SshdFixture::writeKnownHosts()
{
    if (!writeFile(knownHostsFile(), knownHostsLine() + '\n', QFile::ReadOwner | QFile::WriteOwner)) {
        m_error = QStringLiteral("cannot write ") + knownHostsFile();
        return false;
    }
    return true;
}

bool SshdFixture::start()
{
    m_error.clear();
    if (isRunning())
        return true;
    if (!prepare())
        return false;
    m_process.setStandardOutputFile(dir() + QStringLiteral("/server/sshd.log"), QIODevice::Append);
    m_process.start(QStringLiteral("unshare"),
                    {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                     QStringLiteral("--pid"), QStringLiteral("--fork"), QStringLiteral("--kill-child"),
                     QStringLiteral("--mount-proc"), QStringLiteral("--"), QStringLiteral("/bin/sh"),
                     QStringLiteral(BULWARK_SSHD_NAMESPACE_SCRIPT), dir()});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("unshare did not start: ") + m_process.errorString();
        return false;
    }
    if (!waitUntilListening()) {
        stop();
        m_error += QStringLiteral("\nsshd log:\n") + QString::fromLocal8Bit(log());
        return false;
    }
    return true;
}

bool SshdFixture::waitUntilListening()
{
    const QDeadlineTimer deadline(std::chrono::seconds(15));
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(0)) {
            m_error = QStringLiteral("sshd exited (status %1)").arg(m_process.exitCode());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(500)) {
            QByteArray banner;
            while (!banner.contains('\n') && socket.waitForReadyRead(2000))
                banner += socket.readAll();
            // Greeted by our sshd, and not a stranger that grabbed the port: it runs in our namespace.
            if (banner.startsWith("SSH-2.0-") && namespaceInitPid() > 0)
                return true;
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("sshd did not accept connections on port %1").arg(m_port);
    return false;
}

void SshdFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM to sshd, PID 1 of the namespace: it exits, and the kernel kills every other process of the namespace
    // before unshare sees it go. SIGKILL to unshare (--kill-child) is the fallback.
    if (const qint64 init = namespaceInitPid(); init > 0)
        ::kill(pid_t(init), SIGTERM);
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool SshdFixture::restart(bool newHostKey)
{
    stop();
    if (newHostKey && !generateHostKey())
        return false;
    return start();
}

bool SshdFixture::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QList<SshdFixture::Process> SshdFixture::processes() const
{
    QList<Process> found;
    const qint64 root = m_process.processId();
    if (root <= 0)
        return found;
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const qint64 parent = fieldAfterParen(readFile(QStringLiteral("/proc/%1/stat").arg(pid)), 1).toLongLong();
        if (parent > 0)
            children[parent].append(pid);
    }
    QList<qint64> queue = children.value(root);
    while (!queue.isEmpty()) {
        const qint64 pid = queue.takeFirst();
        QByteArray cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        cmdline.replace('\0', ' ');
        found.append({pid, cmdline.trimmed()});
        queue += children.value(pid);
    }
    return found;
}

bool SshdFixture::anyProcessMatches(const QByteArray &needle) const
{
    const QList<Process> list = processes();
    return std::any_of(list.cbegin(), list.cend(), [&](const Process &p) { return p.cmdline.contains(needle); });
}

int SshdFixture::killSessionProcesses(const QString &user)
{
    int killed = 0;
    const QByteArray prefix = QByteArray("sshd: ") + user.toUtf8();
    for (const Process &process : processes()) {
        if (process.cmdline.startsWith(QByteArray(prefix + ' ')) ||
            process.cmdline.startsWith(QByteArray(prefix + '@'))) {
            if (::kill(pid_t(process.pid), SIGKILL) == 0)
                ++killed;
        }
    }
    return killed;
}

qint64 SshdFixture::namespaceInitPid() const
{
    const QList<Process> list = processes();
    // The first in breadth-first order is unshare's only child.
    return list.isEmpty() ? 0 : list.constFirst().pid;
}
