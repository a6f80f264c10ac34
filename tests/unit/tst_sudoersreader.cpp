// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/SudoersReader.h"

#include <QTest>
#include <functional>

using namespace Bulwark;
using namespace Bulwark::Transport;

// SudoersReader's handling of what a host answers, without a host: a scripted session plays the prefetch command.
// The answer is built with the boundary the reader passed in argv, as the real script prints it; hostile and cut
// answers must be refused whole, never half-used.
namespace {

// Answers every command through `answer(argv)`; records the commands.
class ScriptedSession : public Session
{
public:
    using Answer = std::function<QByteArray(const QByteArrayList &argv)>;
    explicit ScriptedSession(Answer answer)
        : m_answer(std::move(answer))
    {}
    Platform platform() const override { return Platform::Posix; }
    QString displayName() const override { return QStringLiteral("scripted"); }
    Result<void> open(const CancelToken &) override { return {}; }
    void close() override {}
    bool isOpen() const override { return true; }
    Result<CommandResult> run(const RemoteCommand &command, const CancelToken &) override
    {
        countCommand();
        m_commands.append(command);
        CommandResult result;
        result.exitStatus = 0;
        result.stdOut = m_answer(command.argv);
        return result;
    }
    QList<RemoteCommand> commands() const { return m_commands; }

private:
    Answer m_answer;
    QList<RemoteCommand> m_commands;
};

const QByteArray mainFile = "Defaults env_reset\nroot ALL=(ALL:ALL) ALL\n%sudo ALL=(ALL:ALL) ALL\n"
                            "@includedir /etc/sudoers.d\n";
const QByteArray dropIn = "labadmin ALL=(ALL) NOPASSWD: ALL\n";

// The prefetch answer for `argv` (argv[4] is the boundary), with `edit` applied to the finished text.
QByteArray answerFor(const QByteArrayList &argv, const std::function<QByteArray(QByteArray, const QByteArray &)> &edit)
{
    const QByteArray b = argv.value(4);
    QByteArray out;
    out += b + " user\nauditor\n" + b + " uid\n1001\n" + b + " groups\nauditor sudo\n" + b + " host\nlab\n";
    out += b + " file 440 0 0 /etc/sudoers\n" + mainFile + "\n" + b + " endfile\n";
    out += b + " dir /etc/sudoers.d\nREADME\n90-labadmin\n";
    out += b + " file 440 0 0 /etc/sudoers.d/README\n# read me\n\n" + b + " endfile\n";
    out += b + " file 440 0 0 /etc/sudoers.d/90-labadmin\n" + dropIn + "\n" + b + " endfile\n";
    out += b + " passwd\nroot\nlabadmin\nauditor\n" + b + " group\nroot\nsudo\nauditor\n" + b + " end\n";
    return edit ? edit(out, b) : out;
}

} // namespace

class TestSudoersReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheTreeInOneCommand();
    void hostileAnswersAreRefused_data();
    void hostileAnswersAreRefused();
};

void TestSudoersReader::readsTheTreeInOneCommand()
{
    ScriptedSession session([](const QByteArrayList &argv) { return answerFor(argv, {}); });
    const auto snapshot = Facts::SudoersReader::read(session, true, {});
    QVERIFY2(snapshot.ok(), qPrintable(snapshot ? QString() : snapshot.error().toString()));
    QCOMPARE(session.commandCount(), 1);
    QVERIFY(session.commands().constFirst().elevate);
    // The boundary is random and only ever an argument, never part of the script.
    const QByteArray boundary = session.commands().constFirst().argv.value(4);
    QVERIFY(boundary.size() >= 16);
    QVERIFY(!session.commands().constFirst().argv.value(2).contains(boundary));

    QStringList paths;
    for (const auto &file : snapshot->tree.files())
        paths << file.path();
    // README has a '.'-free name but is skipped? No: sudo skips names containing '.' or ending in '~' only.
    QVERIFY2(paths.contains(QStringLiteral("/etc/sudoers")), qPrintable(paths.join(u' ')));
    QVERIFY(paths.contains(QStringLiteral("/etc/sudoers.d/90-labadmin")));
    QCOMPARE(snapshot->tree.files().constFirst().toBytes(), mainFile);
    QCOMPARE(snapshot->identity.user, QStringLiteral("auditor"));
    QVERIFY(snapshot->identity.groups.contains(QStringLiteral("sudo")));
    QCOMPARE(snapshot->identity.host, QStringLiteral("lab"));
    QVERIFY(!snapshot->identity.isRoot);
    QVERIFY(snapshot->identity.hasSudoPassword);
    QVERIFY(snapshot->users.contains(QStringLiteral("labadmin")));
    QVERIFY(snapshot->groups.contains(QStringLiteral("sudo")));
    QCOMPARE(snapshot->metadata.value(QStringLiteral("/etc/sudoers.d/90-labadmin")).mode, 0440u);
}

void TestSudoersReader::hostileAnswersAreRefused_data()
{
    using Edit = std::function<QByteArray(QByteArray, const QByteArray &)>;
    QTest::addColumn<Edit>("edit");
    QTest::newRow("cut before the end") << Edit(
        [](QByteArray out, const QByteArray &b) { return out.left(out.indexOf(QByteArray(b + " passwd"))); });
    QTest::newRow("cut inside a file") << Edit(
        [](QByteArray out, const QByteArray &) { return out.left(out.indexOf("NOPASSWD")); });
    QTest::newRow("a forged boundary") << Edit([](QByteArray out, const QByteArray &b) -> QByteArray {
        return out.replace(QByteArray(b + " file 440 0 0 /etc/sudoers\n"),
                           "0123456789abcdef file 440 0 0 /etc/sudoers\n");
    });
    QTest::newRow("output before the first section")
        << Edit([](QByteArray out, const QByteArray &) -> QByteArray { return "Welcome to the host!\n" + out; });
    QTest::newRow("unknown section") << Edit([](QByteArray out, const QByteArray &b) -> QByteArray {
        return out.replace(QByteArray(b + " host\n"), QByteArray(b + " surprise\n"));
    });
    QTest::newRow("file header without metadata") << Edit([](QByteArray out, const QByteArray &b) -> QByteArray {
        return out.replace(QByteArray(b + " file 440 0 0 /etc/sudoers\n"), QByteArray(b + " file /etc/sudoers\n"));
    });
    QTest::newRow("empty answer") << Edit([](QByteArray, const QByteArray &) -> QByteArray { return QByteArray(); });
    QTest::newRow("binary garbage") << Edit(
        [](QByteArray, const QByteArray &) { return QByteArray("\x00\xff\xfe\x01garbage\n", 12); });
}

void TestSudoersReader::hostileAnswersAreRefused()
{
    QFETCH(std::function<QByteArray(QByteArray, const QByteArray &)>, edit);
    ScriptedSession session([&](const QByteArrayList &argv) { return answerFor(argv, edit); });
    const auto snapshot = Facts::SudoersReader::read(session, false, {});
    QVERIFY(!snapshot.ok());
    QVERIFY(!snapshot.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestSudoersReader)
#include "tst_sudoersreader.moc"
