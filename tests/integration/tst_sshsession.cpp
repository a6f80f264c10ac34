// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/HostConnection.h"
#include "core/transport/KnownHosts.h"
#include "core/transport/SshSession.h"
#include "tests/common/HostileArguments.h"
#include "tests/integration/SshdFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Bulwark;
using namespace Bulwark::Transport;

// SshSession and HostConnection against a real OpenSSH sshd on 127.0.0.1 (see SshdFixture): authentication,
// host key trust, byte-exact command I/O, output limits, cancellation, sudo and dropped connections.

// Each macro evaluates its argument once; error() is only read from a failed Result.
#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(r_.ok(), describe(r_).constData());                                                                   \
    } while (false)

#define VERIFY_ERROR(result, expected)                                                                                 \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(!r_.ok(), "expected an error, got success");                                                          \
        QVERIFY2(r_.error().code() == (expected), describe(r_).constData());                                           \
    } while (false)

#define OPEN_OR_FAIL(session) VERIFY_OK((session).open(CancelToken()))

namespace {

template<typename R>
QByteArray describe(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toLocal8Bit();
}

SshCredentials credentials(const QByteArray &password = {}, const QByteArray &passphrase = {},
                           const QByteArray &sudoPassword = {})
{
    SshCredentials credentials;
    credentials.password = password;
    credentials.keyPassphrase = passphrase;
    credentials.sudoPassword = sudoPassword;
    return credentials;
}

RemoteCommand command(const QByteArrayList &argv, const QByteArray &input = {}, bool elevate = false)
{
    RemoteCommand command;
    command.argv = argv;
    command.stdinData = input;
    command.elevate = elevate;
    return command;
}

// A sleep argument no other process shares ("600.123456"), so the test can look for the remote processes by it.
QByteArray uniqueDuration(int seconds)
{
    return QByteArray::number(seconds) + '.' + QByteArray::number(QRandomGenerator::global()->bounded(100000, 999999));
}

// sh waits on sleep: stopping the command must end both.
RemoteCommand sleeper(const QByteArray &duration)
{
    return command({"sh", "-c", "sleep \"$1\"; echo after", "bulwark-sleeper", duration});
}

// Deterministic bytes with NULs, CR/LF and quotes, size a multiple of 4.
QByteArray binaryPayload(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(4242);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    data.replace(0, 12, QByteArray("\0\0\xff\n\r\0'\"\x04\x03\\$", 12));
    return data;
}

HostConnection::SessionFactory factoryFor(const SshTarget &target, const SshCredentials &credentials = {})
{
    return [target, credentials] {
        return std::make_unique<SshSession>(target, credentials);
    };
}

template<typename T>
T waitFor(const QFuture<T> &future)
{
    QFuture<T> copy = future;
    copy.waitForFinished();
    return copy.result();
}

// bulwark.transport messages, for the test that proves the sudo password never reaches a command line.
QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void captureTransportMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "bulwark.transport") == 0) {
        QMutexLocker locker(&capturedMutex);
        captured << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    // Authentication
    void keyAuth();
    void encryptedKeyAuth();
    void encryptedKeyWithoutRightPassphrase_data();
    void encryptedKeyWithoutRightPassphrase();
    void passwordAuth();
    void keyboardInteractiveAuth();
    void wrongPassword();

    // Host keys
    void unknownHostKeyIsReportedThenAccepted();
    void wrongAcceptedFingerprintIsRefused();
    void changedHostKeyIsRefused();

    // Commands
    void exitStatusPropagates();
    void exitSignalIsReported();
    void stdoutAndStderrAreSeparate();
    void binaryStdinArrivesByteExact();
    void hostileArgvRoundTrips();
    void largeOutputArrivesIntact();
    void outputLimitTruncatesAndSessionSurvives();

    // Cancellation and timeout
    void cancelStopsRemoteCommand();
    void hostConnectionCancelStopsRemoteCommand();
    void timeoutStopsRemoteCommand();
    void stoppedElevatedCommandDies_data();
    void stoppedElevatedCommandDies();

    // sudo
    void sudoWithPassword();
    void sudoDeliversStdinAfterPassword();
    void sudoWrongPassword();
    void sudoWithoutPassword();
    void sudoNopasswd();
    void sudoPasswordNeverInCommandLine();

    // Dropped connections
    void sessionProcessKilled();
    void serverKilledAndRestarted();

    // HostConnection
    void hostConnectionRunsOnOneWorkerThread();
    void hostConnectionDestructorCancels();
    void cancelWhileServerIsSilent();

private:
    QByteArrayList hostileArguments() const;

    QTemporaryDir m_home; // HOME of this process: the ~/.ssh of whoever runs the test plays no part
    SshdFixture m_sshd;
};

void TestSshSession::initTestCase()
{
    const QString unsupported = SshdFixture::unsupportedReason();
    if (!unsupported.isEmpty())
        QSKIP(qPrintable(unsupported));
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestSshSession::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "sshd log (last lines):\n"
                             << QString::fromLocal8Bit(m_sshd.log().right(4000).replace('\r', QByteArray()));
    if (!m_sshd.isRunning())
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestSshSession::cleanupTestCase()
{
    m_sshd.stop();
}

// --- Authentication ---------------------------------------------------------------------------------------------

void TestSshSession::keyAuth()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    QVERIFY(session.isOpen());
    QVERIFY2(session.authMethod().startsWith(u"publickey ("), qPrintable(session.authMethod()));
    QCOMPARE(session.lastHostKey().fingerprint(), m_sshd.hostKeyFingerprint());
    const auto result = session.run(command({"id", "-un"}), CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->stdOut, QByteArray("bwtest\n"));
    QCOMPARE(result->exitStatus, 0);
    QVERIFY(result->succeeded());
}

void TestSshSession::encryptedKeyAuth()
{
    SshTarget target = m_sshd.target();
    target.identityFiles = {m_sshd.encryptedClientKey()};
    SshSession session(target, credentials({}, SshdFixture::keyPassphrase()));
    OPEN_OR_FAIL(session);
    QCOMPARE(session.authMethod(), QStringLiteral("publickey (%1)").arg(m_sshd.encryptedClientKey()));
}

void TestSshSession::encryptedKeyWithoutRightPassphrase_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("hint");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("may need a passphrase");
    QTest::newRow("wrong") << QByteArray("not the passphrase") << QStringLiteral("wrong passphrase?");
}

void TestSshSession::encryptedKeyWithoutRightPassphrase()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, hint);
    SshTarget target = m_sshd.target();
    target.identityFiles = {m_sshd.encryptedClientKey()};
    SshSession session(target, credentials({}, passphrase));
    const auto opened = session.open(CancelToken());
    VERIFY_ERROR(opened, Error::Code::AuthFailed);
    QVERIFY2(opened.error().message().contains(u"refused the login"), qPrintable(opened.error().message()));
    // The detail names the key and says what is wrong with it.
    QVERIFY2(opened.error().detail().contains(m_sshd.encryptedClientKey()), qPrintable(opened.error().detail()));
    QVERIFY2(opened.error().detail().contains(hint), qPrintable(opened.error().detail()));
    QVERIFY(!session.isOpen());
}

void TestSshSession::passwordAuth()
{
    SshTarget target = m_sshd.target();
    target.identityFiles.clear(); // HOME is empty: no default keys either
    SshSession session(target, credentials(SshdFixture::password()));
    OPEN_OR_FAIL(session);
    QCOMPARE(session.authMethod(), QStringLiteral("password"));
    const auto result = session.run(command({"id", "-un"}), CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->stdOut, QByteArray("bwtest\n"));
}

void TestSshSession::keyboardInteractiveAuth()
{
    // sshd offers bwnopass keyboard-interactive (PAM) and not password; the password answers PAM's prompt.
    SshTarget target = m_sshd.target(QString::fromLatin1(SshdFixture::NopassUser));
    target.identityFiles.clear();
    SshSession session(target, credentials(SshdFixture::password()));
    OPEN_OR_FAIL(session);
    QCOMPARE(session.authMethod(), QStringLiteral("keyboard-interactive"));
    const auto result = session.run(command({"id", "-un"}), CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->stdOut, QByteArray("bwnopass\n"));
}

void TestSshSession::wrongPassword()
{
    SshTarget target = m_sshd.target();
    target.identityFiles.clear();
    SshSession session(target, credentials("not the password"));
    const auto opened = session.open(CancelToken());
    VERIFY_ERROR(opened, Error::Code::AuthFailed);
    QVERIFY2(opened.error().message().contains(u"refused the login"), qPrintable(opened.error().message()));
    QVERIFY2(opened.error().message().contains(target.displayName()), qPrintable(opened.error().message()));
    QVERIFY2(opened.error().detail().contains(u"tried: password"), qPrintable(opened.error().detail()));
    QVERIFY(!session.isOpen());
    // A session that failed to open says so instead of crashing.
    const auto run = session.run(command({"true"}), CancelToken());
    VERIFY_ERROR(run, Error::Code::Disconnected);
}

// --- Host keys --------------------------------------------------------------------------------------------------

void TestSshSession::unknownHostKeyIsReportedThenAccepted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString knownHosts = dir.path() + QStringLiteral("/ssh/known_hosts");
    SshTarget target = m_sshd.target();
    target.knownHostsFile = knownHosts;

    QString fingerprint;
    {
        SshSession session(target, credentials());
        const auto opened = session.open(CancelToken());
        VERIFY_ERROR(opened, Error::Code::HostKeyUnknown);
        fingerprint = opened.error().detail();
        QCOMPARE(fingerprint, m_sshd.hostKeyFingerprint()); // what `ssh-keygen -lf` says
        QVERIFY(opened.error().message().contains(fingerprint));
        QCOMPARE(session.lastHostKey().fingerprint(), fingerprint);
        QVERIFY(!session.isOpen());
        QVERIFY2(!QFile::exists(knownHosts), "nothing may be recorded before the user accepts");
    }
    {
        target.acceptFingerprint = fingerprint;
        SshSession session(target, credentials());
        OPEN_OR_FAIL(session);
        auto known = KnownHosts::load(knownHosts);
        VERIFY_OK(known);
        QCOMPARE(known->lines().size(), 1);
        QVERIFY(known->lines().constFirst().hosts.startsWith(u"|1|")); // hashed, as ssh-keyscan -H writes
        QCOMPARE(known->lines().constFirst().key.base64(), m_sshd.knownHostsLine().split(' ').at(2));
        QCOMPARE(known->check(SshdFixture::host(), m_sshd.port(), session.lastHostKey()).verdict,
                 KnownHosts::Verdict::Match);
        QCOMPARE(QFileInfo(knownHosts).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }
    {
        target.acceptFingerprint.clear();
        SshSession session(target, credentials());
        OPEN_OR_FAIL(session);
        auto known = KnownHosts::load(knownHosts);
        VERIFY_OK(known);
        QCOMPARE(known->lines().size(), 1); // known now: nothing appended again
    }
}

void TestSshSession::wrongAcceptedFingerprintIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SshTarget target = m_sshd.target();
    target.knownHostsFile = dir.path() + QStringLiteral("/known_hosts");
    target.acceptFingerprint = QStringLiteral("SHA256:") + QString(43, u'A');
    SshSession session(target, credentials());
    const auto opened = session.open(CancelToken());
    VERIFY_ERROR(opened, Error::Code::HostKeyChanged);
    QVERIFY(opened.error().detail().contains(target.acceptFingerprint));
    QVERIFY(opened.error().detail().contains(m_sshd.hostKeyFingerprint()));
    QVERIFY(!QFile::exists(target.knownHostsFile));
    QVERIFY(!session.isOpen());
}

void TestSshSession::changedHostKeyIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString oldKnownHosts = dir.path() + QStringLiteral("/known_hosts");
    QVERIFY(QFile::copy(m_sshd.knownHostsFile(), oldKnownHosts));
    const QString oldFingerprint = m_sshd.hostKeyFingerprint();

    // The same server on the same port, reinstalled with a new host key.
    QVERIFY2(m_sshd.restart(true), qPrintable(m_sshd.errorString()));
    const QString newFingerprint = m_sshd.hostKeyFingerprint();
    QVERIFY(newFingerprint != oldFingerprint);

    QFile file(oldKnownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    SshTarget target = m_sshd.target();
    target.knownHostsFile = oldKnownHosts;
    for (const QString &accept : {QString(), newFingerprint}) {
        // Accepting the new fingerprint in-band does not override a changed key.
        target.acceptFingerprint = accept;
        SshSession session(target, credentials());
        const auto opened = session.open(CancelToken());
        VERIFY_ERROR(opened, Error::Code::HostKeyChanged);
        QVERIFY2(opened.error().message().contains(oldKnownHosts), qPrintable(opened.error().message()));
        QVERIFY2(opened.error().message().contains(u"line 1"), qPrintable(opened.error().message()));
        QVERIFY(opened.error().detail().contains(newFingerprint));
        QVERIFY(opened.error().detail().contains(oldFingerprint));
        QVERIFY(!session.isOpen());
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);

    // With the new key listed, the same server is trusted again.
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
}

// --- Commands ---------------------------------------------------------------------------------------------------

void TestSshSession::exitStatusPropagates()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    for (int status : {7, 0, 1, 255}) {
        const auto result =
            session.run(command({"sh", "-c", "exit \"$1\"", "sh", QByteArray::number(status)}), CancelToken());
        VERIFY_OK(result);
        QCOMPARE(result->exitStatus, status);
        QVERIFY(result->exitSignal.isEmpty());
        QCOMPARE(result->succeeded(), status == 0);
    }
}

void TestSshSession::exitSignalIsReported()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    // The login shell sshd started is killed (not a child it would report as status 143): sshd sends exit-signal.
    const auto result = session.run(command({"sh", "-c", "kill -TERM $PPID"}), CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->exitSignal, QStringLiteral("TERM"));
    QCOMPARE(result->exitStatus, -1);
    QVERIFY(!result->succeeded());
}

void TestSshSession::stdoutAndStderrAreSeparate()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    const auto result =
        session.run(command({"sh", "-c", "printf out1; printf err1 >&2; printf out2; printf 'err2\\n' >&2; exit 3"}),
                    CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->stdOut, QByteArray("out1out2"));
    QCOMPARE(result->stdErr, QByteArray("err1err2\n"));
    QCOMPARE(result->exitStatus, 3);
}

void TestSshSession::binaryStdinArrivesByteExact()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    const QByteArray payload = binaryPayload(5 * 1024 * 1024);
    QVERIFY(payload.count('\0') > 1000);
    const auto result = session.run(command({"cat"}, payload), CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->exitStatus, 0);
    QCOMPARE(result->stdOut.size(), payload.size());
    QVERIFY2(result->stdOut == payload, "stdin came back altered");
    QVERIFY(result->stdErr.isEmpty());

    // Empty stdin still ends with EOF, so a reader of stdin finishes.
    const auto empty = session.run(command({"wc", "-c"}), CancelToken());
    VERIFY_OK(empty);
    QCOMPARE(empty->stdOut.trimmed(), QByteArray("0"));
}

QByteArrayList TestSshSession::hostileArguments() const
{
    return ::hostileArguments(QFile::encodeName(m_sshd.homeDir(QString::fromLatin1(SshdFixture::User))) +
                              "/bulwark-pwned");
}

void TestSshSession::hostileArgvRoundTrips()
{
    const QString pwned = m_sshd.homeDir(QString::fromLatin1(SshdFixture::User)) + QStringLiteral("/bulwark-pwned");
    QFile::remove(pwned);
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    QByteArrayList argv{"printf", "%s\\0"};
    argv += hostileArguments();
    const auto result = session.run(command(argv), CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->exitStatus, 0);
    QVERIFY(result->stdErr.isEmpty());
    QByteArrayList received = result->stdOut.split('\0');
    QCOMPARE(received.takeLast(), QByteArray());
    const QByteArrayList expected = hostileArguments();
    QCOMPARE(received.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(received.at(i), expected.at(i));
    QVERIFY2(!QFile::exists(pwned), "a quoted argument was executed by the remote shell");
}

void TestSshSession::largeOutputArrivesIntact()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    constexpr qsizetype Size = 12 * 1024 * 1024;
    // The data goes to stdout (fd 3) while sha256sum of the same bytes goes to stderr.
    const auto result =
        session.run(command({"sh", "-c", "{ head -c \"$1\" /dev/urandom | tee /dev/fd/3 | sha256sum >&2; } 3>&1", "sh",
                             QByteArray::number(Size)}),
                    CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->exitStatus, 0);
    QVERIFY(!result->stdOutTruncated);
    QCOMPARE(result->stdOut.size(), Size);
    QCOMPARE(result->stdErr.left(64), QCryptographicHash::hash(result->stdOut, QCryptographicHash::Sha256).toHex());
}

void TestSshSession::outputLimitTruncatesAndSessionSurvives()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    RemoteCommand flood = command({"head", "-c", "12582912", "/dev/zero"});
    flood.maxOutputBytes = 1024 * 1024;
    const auto result = session.run(flood, CancelToken());
    VERIFY_OK(result);
    QVERIFY(result->stdOutTruncated);
    QVERIFY(!result->stdErrTruncated);
    QCOMPARE(result->stdOut.size(), qsizetype(1024 * 1024));
    QCOMPARE(result->stdOut.count('\0'), result->stdOut.size());
    QVERIFY(!result->succeeded());

    // The next command runs, and reports its own status (not the stopped one's).
    const auto next = session.run(command({"sh", "-c", "echo next; exit 3"}), CancelToken());
    VERIFY_OK(next);
    QCOMPARE(next->stdOut, QByteArray("next\n"));
    QCOMPARE(next->exitStatus, 3);
    QVERIFY(next->exitSignal.isEmpty());
}

// --- Cancellation and timeout -----------------------------------------------------------------------------------

void TestSshSession::cancelStopsRemoteCommand()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    const QByteArray duration = uniqueDuration(600);
    CancelToken cancel;
    // The session is used by one thread at a time: the pool thread for this run, then the test thread again.
    QFuture<Result<CommandResult>> running =
        QtConcurrent::run([&session, &cancel, duration] { return session.run(sleeper(duration), cancel); });
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.anyProcessMatches("sleep " + duration), 10000);

    QElapsedTimer timer;
    timer.start();
    cancel.cancel();
    const auto result = waitFor(running);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("cancel took %1 ms").arg(timer.elapsed())));
    VERIFY_ERROR(result, Error::Code::Canceled);
    QTRY_VERIFY2_WITH_TIMEOUT(!m_sshd.anyProcessMatches(duration), "the remote command survived cancellation", 5000);

    const auto next = session.run(command({"sh", "-c", "echo next; exit 3"}), CancelToken());
    VERIFY_OK(next);
    QCOMPARE(next->stdOut, QByteArray("next\n"));
    QCOMPARE(next->exitStatus, 3);
    QVERIFY2(next->exitSignal.isEmpty(), qPrintable(next->exitSignal));
}

void TestSshSession::hostConnectionCancelStopsRemoteCommand()
{
    HostConnection connection(factoryFor(m_sshd.target()));
    const auto opened = waitFor(connection.open());
    VERIFY_OK(opened);
    const QByteArray duration = uniqueDuration(600);
    const QFuture<Result<CommandResult>> running = connection.run(sleeper(duration));
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.anyProcessMatches("sleep " + duration), 10000);

    QElapsedTimer timer;
    timer.start();
    connection.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 2000);
    VERIFY_ERROR(running.result(), Error::Code::Canceled);
    QTRY_VERIFY2_WITH_TIMEOUT(!m_sshd.anyProcessMatches(duration), "the remote command survived cancellation", 5000);

    // cancel() ends what was submitted before it, not what comes after.
    const auto next = waitFor(connection.run(command({"sh", "-c", "echo next; exit 3"})));
    VERIFY_OK(next);
    QCOMPARE(next->exitStatus, 3);
    QVERIFY2(next->exitSignal.isEmpty(), qPrintable(next->exitSignal));
}

void TestSshSession::timeoutStopsRemoteCommand()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    const QByteArray duration = uniqueDuration(600);
    RemoteCommand slow = sleeper(duration);
    slow.timeout = std::chrono::seconds(1);
    QElapsedTimer timer;
    timer.start();
    const auto result = session.run(slow, CancelToken());
    VERIFY_ERROR(result, Error::Code::Timeout);
    QVERIFY2(timer.elapsed() >= 1000 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(result.error().message().contains(u"1 s"), qPrintable(result.error().message()));
    QTRY_VERIFY2_WITH_TIMEOUT(!m_sshd.anyProcessMatches(duration), "the remote command survived its timeout", 5000);

    const auto next = session.run(command({"sh", "-c", "echo next; exit 3"}), CancelToken());
    VERIFY_OK(next);
    QCOMPARE(next->exitStatus, 3);
    QVERIFY2(next->exitSignal.isEmpty(), qPrintable(next->exitSignal));
}

void TestSshSession::stoppedElevatedCommandDies_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("sudoPassword");
    QTest::addColumn<bool>("ignoreTerm");
    QTest::addColumn<bool>("byTimeout");
    const QString nopass = QString::fromLatin1(SshdFixture::NopassUser);
    const QString user = QString::fromLatin1(SshdFixture::User);
    QTest::newRow("cancel, sudo -n") << nopass << QByteArray() << false << false;
    QTest::newRow("cancel, sudo -S") << user << SshdFixture::password() << false << false;
    QTest::newRow("cancel, ignores SIGTERM") << nopass << QByteArray() << true << false;
    QTest::newRow("timeout, sudo -S") << user << SshdFixture::password() << false << true;
}

void TestSshSession::stoppedElevatedCommandDies()
{
    // The command runs as root, out of reach of sshd's signal (sent as the login user): only sudo can relay it.
    QFETCH(QString, user);
    QFETCH(QByteArray, sudoPassword);
    QFETCH(bool, ignoreTerm);
    QFETCH(bool, byTimeout);
    SshSession session(m_sshd.target(user), credentials({}, {}, sudoPassword));
    OPEN_OR_FAIL(session);
    const QByteArray duration = uniqueDuration(600);
    RemoteCommand slow = ignoreTerm
                             ? command({"sh", "-c", "trap '' TERM; sleep \"$1\"; echo after", "stubborn", duration})
                             : sleeper(duration);
    slow.elevate = true;
    if (byTimeout)
        slow.timeout = std::chrono::seconds(1);
    CancelToken cancel;
    QFuture<Result<CommandResult>> running =
        QtConcurrent::run([&session, &cancel, slow] { return session.run(slow, cancel); });
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.anyProcessMatches("sleep " + duration), 10000);

    QElapsedTimer timer;
    timer.start();
    if (!byTimeout)
        cancel.cancel();
    const auto result = waitFor(running);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("stopping took %1 ms").arg(timer.elapsed())));
    VERIFY_ERROR(result, byTimeout ? Error::Code::Timeout : Error::Code::Canceled);
    QTRY_VERIFY2_WITH_TIMEOUT(!m_sshd.anyProcessMatches(duration), "the elevated command survived", 5000);

    const auto next = session.run(command({"sh", "-c", "echo next; exit 3"}), CancelToken());
    VERIFY_OK(next);
    QCOMPARE(next->exitStatus, 3);
}

// --- sudo -------------------------------------------------------------------------------------------------------

void TestSshSession::sudoWithPassword()
{
    SshSession session(m_sshd.target(), credentials({}, {}, SshdFixture::password()));
    OPEN_OR_FAIL(session);
    const auto result = session.run(command({"id", "-u"}, {}, true), CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->stdOut, QByteArray("0\n"));
    QCOMPARE(result->exitStatus, 0);
    QVERIFY2(result->stdErr.isEmpty(), result->stdErr.constData()); // sudo's prompt is not command output

    const auto failing = session.run(command({"sh", "-c", "exit 7"}, {}, true), CancelToken());
    VERIFY_OK(failing);
    QCOMPARE(failing->exitStatus, 7);
}

void TestSshSession::sudoDeliversStdinAfterPassword()
{
    SshSession session(m_sshd.target(), credentials({}, {}, SshdFixture::password()));
    OPEN_OR_FAIL(session);
    const QByteArray payload = binaryPayload(256 * 1024);
    const auto result = session.run(command({"sh", "-c", "id -u >&2; exec cat"}, payload, true), CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->exitStatus, 0);
    QCOMPARE(result->stdErr, QByteArray("0\n"));
    QCOMPARE(result->stdOut.size(), payload.size());
    QVERIFY2(result->stdOut == payload, "stdin behind the sudo password came back altered");
}

void TestSshSession::sudoWrongPassword()
{
    SshSession session(m_sshd.target(), credentials({}, {}, "not the password"));
    OPEN_OR_FAIL(session);
    const auto result = session.run(command({"id", "-u"}, {}, true), CancelToken());
    VERIFY_ERROR(result, Error::Code::SudoWrongPassword);
    // The session survives a refused sudo.
    const auto next = session.run(command({"id", "-un"}), CancelToken());
    VERIFY_OK(next);
    QCOMPARE(next->stdOut, QByteArray("bwtest\n"));
    QCOMPARE(next->exitStatus, 0);
}

void TestSshSession::sudoWithoutPassword()
{
    SshSession session(m_sshd.target(), credentials());
    OPEN_OR_FAIL(session);
    const auto result = session.run(command({"id", "-u"}, {}, true), CancelToken());
    VERIFY_ERROR(result, Error::Code::SudoPasswordRequired);
    QVERIFY2(result.error().detail().contains(u"password is required"), qPrintable(result.error().detail()));
}

void TestSshSession::sudoNopasswd()
{
    SshSession session(m_sshd.target(QString::fromLatin1(SshdFixture::NopassUser)), credentials());
    OPEN_OR_FAIL(session);
    const auto result =
        session.run(command({"sh", "-c", "id -u; cat"}, QByteArray("stdin\0data", 10), true), CancelToken());
    VERIFY_OK(result);
    QCOMPARE(result->stdOut, QByteArray("0\nstdin\0data", 12));
    QCOMPARE(result->exitStatus, 0);
}

void TestSshSession::sudoPasswordNeverInCommandLine()
{
    SshSession session(m_sshd.target(), credentials({}, {}, SshdFixture::password()));
    OPEN_OR_FAIL(session);
    {
        QMutexLocker locker(&capturedMutex);
        captured.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("bulwark.transport.debug=true"));
    previousHandler = qInstallMessageHandler(captureTransportMessages);
    // As root, list every argv and environment in the namespace while the elevated command runs: sudo's own
    // command line, the login shell's, the wrapper's.
    const auto result = session.run(
        command(
            {"sh", "-c", "for f in /proc/[0-9]*/cmdline /proc/[0-9]*/environ; do tr '\\000' ' ' < \"$f\"; echo; done"},
            {}, true),
        CancelToken());
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("bulwark.transport.debug=false"));
    VERIFY_OK(result);
    QCOMPARE(result->exitStatus, 0);
    QVERIFY2(result->stdOut.contains("sudo -S -p BULWARK-SUDO-"), result->stdOut.constData());
    QVERIFY2(!result->stdOut.contains(SshdFixture::password()), "the sudo password is visible in a process");

    QMutexLocker locker(&capturedMutex);
    const QString sent = captured.filter(QStringLiteral(" exec ")).join(u'\n');
    QVERIFY2(sent.contains(u"sudo -S -p"), qPrintable(captured.join(u'\n'))); // what was sent to sshd
    QVERIFY(!sent.contains(QString::fromUtf8(SshdFixture::password())));
    for (const QString &line : std::as_const(captured))
        QVERIFY2(!line.contains(QString::fromUtf8(SshdFixture::password())), "the sudo password reached the log");
}

// --- Dropped connections ----------------------------------------------------------------------------------------

void TestSshSession::sessionProcessKilled()
{
    HostConnection connection(factoryFor(m_sshd.target()));
    VERIFY_OK(waitFor(connection.open()));
    const QByteArray duration = uniqueDuration(30);
    const QFuture<Result<CommandResult>> running = connection.run(sleeper(duration));
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.anyProcessMatches("sleep " + duration), 10000);

    QVERIFY(m_sshd.killSessionProcesses(QString::fromLatin1(SshdFixture::User)) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 10000);
    VERIFY_ERROR(running.result(), Error::Code::Disconnected);
    QVERIFY2(running.result().error().message().contains(u"dropped"), qPrintable(running.result().error().message()));

    // sshd itself is still there: a new open() on the same connection works.
    VERIFY_OK(waitFor(connection.open()));
    const auto next = waitFor(connection.run(command({"echo", "again"})));
    VERIFY_OK(next);
    QCOMPARE(next->stdOut, QByteArray("again\n"));
}

void TestSshSession::serverKilledAndRestarted()
{
    HostConnection connection(factoryFor(m_sshd.target()));
    VERIFY_OK(waitFor(connection.open()));
    const QByteArray duration = uniqueDuration(30);
    const QFuture<Result<CommandResult>> running = connection.run(sleeper(duration));
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.anyProcessMatches("sleep " + duration), 10000);

    m_sshd.stop(); // sshd and every session of it
    QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 10000);
    VERIFY_ERROR(running.result(), Error::Code::Disconnected);
    QVERIFY2(running.result().error().message().contains(u"dropped"), qPrintable(running.result().error().message()));

    // While the server is down: a clear ConnectFailed, no crash.
    const auto refused = waitFor(connection.open());
    VERIFY_ERROR(refused, Error::Code::ConnectFailed);

    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    VERIFY_OK(waitFor(connection.open()));
    const auto next = waitFor(connection.run(command({"echo", "back"})));
    VERIFY_OK(next);
    QCOMPARE(next->stdOut, QByteArray("back\n"));
}

// --- HostConnection ---------------------------------------------------------------------------------------------

void TestSshSession::hostConnectionRunsOnOneWorkerThread()
{
    HostConnection connection(factoryFor(m_sshd.target()));
    QSignalSpy stateSpy(&connection, &HostConnection::stateChanged);
    QThread *const testThread = QThread::currentThread();
    const auto whichThread = [](Session &, const CancelToken &) -> Result<QThread *> {
        return QThread::currentThread();
    };

    QElapsedTimer timer;
    timer.start();
    const QFuture<Result<void>> opened = connection.open();
    QFuture<Result<CommandResult>> slow = connection.run(command({"sleep", "1"}));
    const QFuture<Result<QThread *>> first = connection.submit<QThread *>(whichThread);
    const QFuture<Result<QThread *>> second = connection.submit<QThread *>(whichThread);
    QVERIFY2(timer.elapsed() < 200, "HostConnection blocked its caller");
    QVERIFY(!slow.isFinished());

    // The continuation runs on the context object's thread, through its event loop.
    QObject context;
    QThread *continuedOn = nullptr;
    int exitStatus = -2;
    slow.then(&context, [&](const Result<CommandResult> &result) {
        continuedOn = QThread::currentThread();
        exitStatus = result.ok() ? result->exitStatus : -1;
    });
    QTRY_VERIFY_WITH_TIMEOUT(continuedOn != nullptr, 15000);
    QCOMPARE(continuedOn, testThread);
    QCOMPARE(exitStatus, 0);
    VERIFY_OK(opened.result());
    QTRY_COMPARE(stateSpy.count(), 1);
    QCOMPARE(stateSpy.at(0).at(0).toBool(), true);

    const Result<QThread *> a = waitFor(first);
    const Result<QThread *> b = waitFor(second);
    VERIFY_OK(a);
    VERIFY_OK(b);
    QVERIFY(*a != nullptr);
    QVERIFY(*a != testThread);
    QCOMPARE(*b, *a); // one worker thread for the host
}

void TestSshSession::hostConnectionDestructorCancels()
{
    auto connection = std::make_unique<HostConnection>(factoryFor(m_sshd.target()));
    VERIFY_OK(waitFor(connection->open()));
    const QByteArray duration = uniqueDuration(600);
    const QFuture<Result<CommandResult>> running = connection->run(sleeper(duration));
    const QFuture<Result<CommandResult>> queued = connection->run(command({"echo", "never"}));
    QTRY_VERIFY_WITH_TIMEOUT(m_sshd.anyProcessMatches("sleep " + duration), 10000);

    QElapsedTimer timer;
    timer.start();
    connection.reset();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("destructor took %1 ms").arg(timer.elapsed())));
    QVERIFY(running.isFinished());
    VERIFY_ERROR(running.result(), Error::Code::Canceled);
    QVERIFY(queued.isFinished());
    VERIFY_ERROR(queued.result(), Error::Code::Canceled);
    QTRY_VERIFY2_WITH_TIMEOUT(!m_sshd.anyProcessMatches(duration), "the remote command outlived the connection", 5000);
}

// A server that accepts TCP but never sends its SSH banner: the connect must still stop at once when canceled,
// not after the connect timeout.
void TestSshSession::cancelWhileServerIsSilent()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    SshTarget target;
    target.hostName = QStringLiteral("127.0.0.1");
    target.port = silent.serverPort();
    target.user = QStringLiteral("nobody");
    target.connectTimeout = std::chrono::seconds(60);
    HostConnection connection([target] { return std::make_unique<SshSession>(target, SshCredentials{}); });
    QFuture<Result<void>> opened = connection.open();
    QTest::qWait(300); // the worker is inside the SSH handshake now
    QElapsedTimer timer;
    timer.start();
    connection.cancel();
    opened.waitForFinished();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(opened.result().error().code(), Error::Code::Canceled);
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
