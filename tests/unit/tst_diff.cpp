// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/diff/IntraLine.h"
#include "core/diff/SideBySide.h"
#include "core/diff/TextDiff.h"
#include "tests/common/Golden.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark::Diff;

namespace {

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/diff/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray numberedLines(int count, const QByteArray &prefix = "line ")
{
    QByteArray out;
    out.reserve(count * (prefix.size() + 8));
    for (int i = 1; i <= count; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

QByteArray sshdConfig()
{
    return "# sshd_config\n"
           "Port 22\n"
           "AddressFamily any\n"
           "ListenAddress 0.0.0.0\n"
           "HostKey /etc/ssh/ssh_host_ed25519_key\n"
           "LoginGraceTime 2m\n"
           "PermitRootLogin yes\n"
           "StrictModes yes\n"
           "MaxAuthTries 6\n"
           "MaxSessions 10\n"
           "PubkeyAuthentication yes\n"
           "PasswordAuthentication yes\n"
           "KbdInteractiveAuthentication no\n"
           "UsePAM yes\n"
           "X11Forwarding yes\n"
           "PrintMotd no\n"
           "AcceptEnv LANG LC_*\n"
           "Subsystem sftp /usr/lib/openssh/sftp-server\n";
}

QByteArray replaced(QByteArray content, const QByteArray &from, const QByteArray &to)
{
    return content.replace(from, to);
}

TextDiff diffOf(const QByteArray &before, const QByteArray &after, int context = 3)
{
    DiffOptions options;
    options.contextLines = context;
    const Bulwark::Result<TextDiff> result = TextDiff::compute(before, after, options);
    if (!result.ok())
        qFatal("diff failed: %s", qPrintable(result.error().toString()));
    return result.value();
}

// "start+length,start+length" for compact data-driven expectations.
QString rangesText(const QList<ByteRange> &ranges)
{
    QStringList parts;
    for (const ByteRange &r : ranges)
        parts << QString::number(r.start) + u'+' + QString::number(r.length);
    return parts.join(u',');
}

// Rebuilds `after` from `before` and the hunks alone: proves the hunks are a complete, consistent edit script.
QByteArray applyHunks(const QByteArray &before, const TextDiff &diff)
{
    QList<QByteArray> oldLines = before.split('\n');
    const bool oldEndsWithNewline = before.endsWith('\n');
    if (oldEndsWithNewline || before.isEmpty())
        oldLines.removeLast();
    QByteArray out;
    int next = 0; // 0-based index of the next old line to copy
    auto emit = [&](const QByteArray &text, bool noNewline) {
        out += text;
        if (!noNewline)
            out += '\n';
    };
    for (const DiffHunk &hunk : diff.hunks()) {
        const int firstOld = hunk.oldCount == 0 ? hunk.oldStart : hunk.oldStart - 1;
        while (next < firstOld) {
            emit(oldLines.at(next), next == oldLines.size() - 1 && !oldEndsWithNewline);
            ++next;
        }
        for (const DiffLine &line : hunk.lines) {
            if (line.kind != DiffLine::Kind::Added) {
                if (oldLines.value(next) != line.text || line.oldLine != next + 1)
                    return "MISMATCH at old line " + QByteArray::number(next + 1);
                ++next;
            }
            if (line.kind != DiffLine::Kind::Removed)
                emit(line.text, line.noNewlineAtEnd);
        }
    }
    while (next < oldLines.size()) {
        emit(oldLines.at(next), next == oldLines.size() - 1 && !oldEndsWithNewline);
        ++next;
    }
    return out;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void agreesWithGnuDiff_data();
    void agreesWithGnuDiff();
    void identicalInputsHaveNoHunks();
    void newFile();
    void deletedFile();
    void missingFinalNewline();
    void crlfIsKept();
    void binary_data();
    void binary();
    void roundTrip_data();
    void roundTrip();
    void negativeContextIsRefused();
    void intraLine_data();
    void intraLine();
    void intraLinePairsWithinBlocks();
    void sideBySide();
    void hostileOneMiBLine();
    void hostile200kLines();
    void benchmark100kLines();

private:
    QString m_diffTool;
    QTemporaryDir m_dir;
};

void TestDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_diffTool = QStandardPaths::findExecutable(QStringLiteral("diff"));
}

void TestDiff::golden_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"sshd-hardening", "new-file", "deleted-file", "no-final-newline", "crlf", "multi-hunk"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// Golden files: tests/data/diff/<case>.before and .after are the two file versions, <case>.diff the expected
// unified text (made with `diff -u --label a/<case> --label b/<case>`). BULWARK_UPDATE_GOLDEN=1 rewrites the .diff
// files from TextDiff; review them with git diff.
void TestDiff::golden()
{
    QFETCH(QString, name);
    QVERIFY2(QFile::exists(dataPath(name + QStringLiteral(".before"))), "missing golden input");
    const QByteArray before = readFile(dataPath(name + QStringLiteral(".before")));
    const QByteArray after = readFile(dataPath(name + QStringLiteral(".after")));
    const QByteArray actual = diffOf(before, after).unified(QStringLiteral("a/") + name, QStringLiteral("b/") + name);
    const QString failure = Golden::check(dataPath(name + QStringLiteral(".diff")), actual);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestDiff::agreesWithGnuDiff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("context");

    const QByteArray cfg = sshdConfig();
    QTest::newRow("one-word") << cfg << replaced(cfg, "PermitRootLogin yes", "PermitRootLogin no") << 3;
    QTest::newRow("one-word-U0") << cfg << replaced(cfg, "PermitRootLogin yes", "PermitRootLogin no") << 0;
    QTest::newRow("one-word-U1") << cfg << replaced(cfg, "PermitRootLogin yes", "PermitRootLogin no") << 1;
    QTest::newRow("two-hunks-merged") << cfg
                                      << replaced(replaced(cfg, "Port 22", "Port 2222"), "MaxAuthTries 6",
                                                  "MaxAuthTries 3")
                                      << 3;
    QTest::newRow("two-hunks-split") << cfg
                                     << replaced(replaced(cfg, "Port 22", "Port 2222"), "X11Forwarding yes",
                                                 "X11Forwarding no")
                                     << 3;
    QTest::newRow("insert-at-start") << cfg << QByteArray("# managed by Bulwark\n" + cfg) << 3;
    QTest::newRow("append-at-end") << cfg << QByteArray(cfg + "ClientAliveInterval 300\n") << 3;
    QTest::newRow("delete-lines") << cfg << replaced(cfg, "MaxAuthTries 6\nMaxSessions 10\n", "") << 3;
    QTest::newRow("insert-lines-U0") << cfg << replaced(cfg, "UsePAM yes\n", "UsePAM yes\nAllowUsers admin\n") << 0;
    QTest::newRow("delete-lines-U0") << cfg << replaced(cfg, "UsePAM yes\n", "") << 0;
    QTest::newRow("new-file") << QByteArray() << cfg << 3;
    QTest::newRow("deleted-file") << cfg << QByteArray() << 3;
    QTest::newRow("new-file-no-newline") << QByteArray() << QByteArray("a\nb") << 3;
    QTest::newRow("before-no-newline") << QByteArray("a\nb\nc") << QByteArray("a\nb\nc\n") << 3;
    QTest::newRow("after-no-newline") << QByteArray("a\nb\nc\n") << QByteArray("a\nb\nc") << 3;
    QTest::newRow("both-no-newline-last-changed") << QByteArray("a\nb\nc") << QByteArray("a\nb\nd") << 3;
    QTest::newRow("both-no-newline-context") << QByteArray("a\nb\nc") << QByteArray("x\nb\nc") << 3;
    QTest::newRow("single-line-no-newline") << QByteArray("yes") << QByteArray("no") << 3;
    QTest::newRow("crlf-change") << replaced(cfg, "\n", "\r\n")
                                 << replaced(replaced(cfg, "\n", "\r\n"), "PermitRootLogin yes", "PermitRootLogin no")
                                 << 3;
    QTest::newRow("crlf-to-lf") << QByteArray("a\r\nb\r\nc\r\n") << QByteArray("a\nb\r\nc\n") << 3;
    QTest::newRow("whitespace-only") << cfg << replaced(cfg, "Port 22", "Port  22") << 3;
    QTest::newRow("trailing-blank-lines") << QByteArray("a\n\n\n") << QByteArray("a\n") << 3;
    QTest::newRow("latin1-comment") << QByteArray("# caf\xe9\nPort 22\n") << QByteArray("# caf\xe9\nPort 23\n") << 3;
    QTest::newRow("all-nul") << QByteArray(4096, '\0') << QByteArray(4097, '\0') << 3;
    QTest::newRow("nul-vs-text") << QByteArray("a\0b\n", 4) << QByteArray("a b\n") << 3;
    QTest::newRow("many-lines") << numberedLines(2000)
                                << replaced(replaced(numberedLines(2000), "line 500\n", "line five hundred\n"),
                                            "line 1500\n", "")
                                << 3;
}

void TestDiff::agreesWithGnuDiff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, context);
    if (m_diffTool.isEmpty())
        QSKIP("GNU diff is not installed");

    const QString oldPath = m_dir.filePath(QStringLiteral("old"));
    const QString newPath = m_dir.filePath(QStringLiteral("new"));
    for (const auto &[path, content] : {std::pair{oldPath, before}, std::pair{newPath, after}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(m_diffTool, {QStringLiteral("-U%1").arg(context), oldPath, newPath});
    QVERIFY(process.waitForFinished(10000));
    QVERIFY2(process.exitCode() == 0 || process.exitCode() == 1, process.readAllStandardError().constData());
    QByteArray expected = process.readAllStandardOutput();

    // Normalise the two header lines: diff -u prints "--- <path>\t<mtime>"; ours prints the labels verbatim.
    QList<QByteArray> lines = expected.split('\n');
    if (lines.size() >= 2 && lines.at(0).startsWith("--- ") && lines.at(1).startsWith("+++ ")) {
        lines[0] = "--- a/etc/ssh/sshd_config";
        lines[1] = "+++ b/etc/ssh/sshd_config";
    }
    expected = lines.join('\n');
    expected.replace(oldPath.toUtf8(), "a/etc/ssh/sshd_config"); // "Binary files <old> and <new> differ"
    expected.replace(newPath.toUtf8(), "b/etc/ssh/sshd_config");

    const QByteArray actual =
        diffOf(before, after, context)
            .unified(QStringLiteral("a/etc/ssh/sshd_config"), QStringLiteral("b/etc/ssh/sshd_config"));
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("differs from GNU diff -u (- diff -u, + Bulwark):\n") +
                                            Golden::lineDiff(expected, actual)));
}

void TestDiff::identicalInputsHaveNoHunks()
{
    const TextDiff diff = diffOf(sshdConfig(), sshdConfig());
    QVERIFY(diff.isIdentical());
    QVERIFY(!diff.isBinary());
    QVERIFY(diff.hunks().isEmpty());
    QVERIFY(diff.unified(QStringLiteral("a/x"), QStringLiteral("b/x")).isEmpty());
    QVERIFY(diffOf({}, {}).isIdentical());
}

void TestDiff::newFile()
{
    const TextDiff diff = diffOf({}, "a\nb\n");
    QCOMPARE(diff.hunks().size(), 1);
    const DiffHunk &hunk = diff.hunks().first();
    QCOMPARE(hunk.oldStart, 0);
    QCOMPARE(hunk.oldCount, 0);
    QCOMPARE(hunk.newStart, 1);
    QCOMPARE(hunk.newCount, 2);
    QCOMPARE(hunk.lines.size(), 2);
    QCOMPARE(hunk.lines.at(0), (DiffLine{DiffLine::Kind::Added, -1, 1, "a", false}));
    QCOMPARE(hunk.lines.at(1), (DiffLine{DiffLine::Kind::Added, -1, 2, "b", false}));
    QCOMPARE(diff.addedCount(), 2);
    QCOMPARE(diff.removedCount(), 0);
    QCOMPARE(diff.unified(QStringLiteral("/dev/null"), QStringLiteral("b/etc/motd")),
             QByteArray("--- /dev/null\n+++ b/etc/motd\n@@ -0,0 +1,2 @@\n+a\n+b\n"));
}

void TestDiff::deletedFile()
{
    const TextDiff diff = diffOf("a\nb\n", {});
    QCOMPARE(diff.hunks().size(), 1);
    const DiffHunk &hunk = diff.hunks().first();
    QCOMPARE(hunk.oldStart, 1);
    QCOMPARE(hunk.oldCount, 2);
    QCOMPARE(hunk.newStart, 0);
    QCOMPARE(hunk.newCount, 0);
    QCOMPARE(hunk.lines.at(1), (DiffLine{DiffLine::Kind::Removed, 2, -1, "b", false}));
    QCOMPARE(diff.removedCount(), 2);
}

void TestDiff::missingFinalNewline()
{
    const TextDiff diff = diffOf("a\nb", "a\nb\n");
    QCOMPARE(diff.hunks().size(), 1);
    const QList<DiffLine> &lines = diff.hunks().first().lines;
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), (DiffLine{DiffLine::Kind::Context, 1, 1, "a", false}));
    QCOMPARE(lines.at(1), (DiffLine{DiffLine::Kind::Removed, 2, -1, "b", true}));
    QCOMPARE(lines.at(2), (DiffLine{DiffLine::Kind::Added, -1, 2, "b", false}));
}

void TestDiff::crlfIsKept()
{
    const TextDiff diff = diffOf("a\r\nb\r\n", "a\r\nc\r\n");
    const QList<DiffLine> &lines = diff.hunks().first().lines;
    QCOMPARE(lines.at(0).text, QByteArray("a\r"));
    QCOMPARE(lines.at(1).text, QByteArray("b\r"));
    QCOMPARE(lines.at(2).text, QByteArray("c\r"));
    // A line-ending-only change is a change: nothing is ignored.
    QCOMPARE(diffOf("a\r\n", "a\n").hunks().size(), 1);
}

void TestDiff::binary_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<bool>("binary");

    QByteArray invalid(4096, '\0');
    for (qsizetype i = 0; i < invalid.size(); ++i)
        invalid[i] = char(0x80 + (i * 7) % 0x7f); // stray continuation and lead bytes, no NUL
    QTest::newRow("all-nul") << QByteArray(1 << 20, '\0') << QByteArray("text\n") << true;
    QTest::newRow("nul-in-after") << QByteArray("text\n") << QByteArray("te\0xt\n", 6) << true;
    QTest::newRow("invalid-utf8") << QByteArray("text\n") << invalid << true;
    QTest::newRow("latin1-short") << QByteArray("# caf\xe9\n") << QByteArray("# cafe\n") << false;
    QTest::newRow("latin1-few") << numberedLines(200) << QByteArray(numberedLines(200) + "# caf\xe9\n") << false;
    QTest::newRow("valid-utf8") << QByteArray("# caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x94\x92\n")
                                << QByteArray("# \xe6\x97\xa5\xe6\x9c\xac\n") << false;
    QTest::newRow("overlong-and-surrogates")
        << QByteArray("\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\n").repeated(4) << QByteArray("x\n") << true;
    QTest::newRow("identical-binary") << QByteArray("\0\1\2", 3) << QByteArray("\0\1\2", 3) << true;
}

void TestDiff::binary()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(bool, binary);
    const TextDiff diff = diffOf(before, after);
    QCOMPARE(diff.isBinary(), binary);
    if (!binary) {
        QVERIFY(!diff.hunks().isEmpty());
        return;
    }
    QVERIFY(diff.hunks().isEmpty());
    const BinarySummary &summary = *diff.binarySummary();
    QCOMPARE(summary.oldSize, before.size());
    QCOMPARE(summary.newSize, after.size());
    QCOMPARE(summary.oldSha256, QCryptographicHash::hash(before, QCryptographicHash::Sha256));
    QCOMPARE(summary.newSha256, QCryptographicHash::hash(after, QCryptographicHash::Sha256));
    QCOMPARE(diff.isIdentical(), before == after);
    QCOMPARE(diff.unified(QStringLiteral("a/f"), QStringLiteral("b/f")),
             before == after ? QByteArray() : QByteArray("Binary files a/f and b/f differ\n"));
}

void TestDiff::roundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QString::number(seed))) << seed;
}

// Random edits over a small alphabet (many repeated lines, the hard case for alignment): the hunks must rebuild
// `after` from `before` exactly, line numbers included.
void TestDiff::roundTrip()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    auto randomFile = [&rng] {
        QByteArray out;
        const int lines = rng.bounded(0, 40);
        for (int i = 0; i < lines; ++i)
            out += QByteArray(1, char('a' + rng.bounded(0, 4))) + (rng.bounded(0, 8) == 0 ? "\r\n" : "\n");
        if (!out.isEmpty() && rng.bounded(0, 3) == 0)
            out.chop(1);
        return out;
    };
    const QByteArray before = randomFile();
    const QByteArray after = randomFile();
    const TextDiff diff = diffOf(before, after, int(seed % 4));
    QCOMPARE(applyHunks(before, diff), after);
}

void TestDiff::negativeContextIsRefused()
{
    DiffOptions options;
    options.contextLines = -1;
    QVERIFY(!TextDiff::compute("a\n", "b\n", options).ok());
}

void TestDiff::intraLine_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<QString>("oldRanges");
    QTest::addColumn<QString>("newRanges");

    QTest::newRow("yes-no") << QByteArray("PermitRootLogin yes") << QByteArray("PermitRootLogin no") << "16+3"
                            << "16+2";
    QTest::newRow("identical") << QByteArray("Port 22") << QByteArray("Port 22") << ""
                               << "";
    QTest::newRow("both-empty") << QByteArray() << QByteArray() << ""
                                << "";
    QTest::newRow("from-empty") << QByteArray() << QByteArray("Port 22") << ""
                                << "0+7";
    QTest::newRow("to-empty") << QByteArray("Port 22") << QByteArray() << "0+7"
                              << "";
    QTest::newRow("number") << QByteArray("MaxAuthTries 6") << QByteArray("MaxAuthTries 3") << "13+1"
                            << "13+1";
    QTest::newRow("inserted-word") << QByteArray("AllowUsers alice") << QByteArray("AllowUsers alice bob") << ""
                                   << "16+4";
    QTest::newRow("removed-word-middle") << QByteArray("AllowUsers alice bob carol")
                                         << QByteArray("AllowUsers alice carol") << "17+4"
                                         << "";
    QTest::newRow("spaces-run") << QByteArray("Port 22") << QByteArray("Port    22") << "4+1"
                                << "4+4";
    QTest::newRow("punctuation-single") << QByteArray("a.b.c") << QByteArray("a.b,c") << "3+1"
                                        << "3+1";
    QTest::newRow("path-component") << QByteArray("HostKey /etc/ssh/ssh_host_rsa_key")
                                    << QByteArray("HostKey /etc/ssh/ssh_host_ed25519_key") << "17+16"
                                    << "17+20";
    QTest::newRow("utf8-word") << QByteArray("# caf\xc3\xa9 ok") << QByteArray("# cafe ok") << "2+5"
                               << "2+4";
    QTest::newRow("reordered") << QByteArray("a b c") << QByteArray("c b a") << "0+1,4+1"
                               << "0+1,4+1";
    QTest::newRow("crlf-kept") << QByteArray("x yes\r") << QByteArray("x no\r") << "2+3"
                               << "2+2";
    QTest::newRow("all-different") << QByteArray("foo") << QByteArray("bar") << "0+3"
                                   << "0+3";
}

void TestDiff::intraLine()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(QString, oldRanges);
    QFETCH(QString, newRanges);
    const IntraLineChange change = IntraLine::compare(oldText, newText);
    QCOMPARE(rangesText(change.oldRanges), oldRanges);
    QCOMPARE(rangesText(change.newRanges), newRanges);
    QCOMPARE(change.removedIndex, -1);
    QCOMPARE(change.addedIndex, -1);
}

void TestDiff::intraLinePairsWithinBlocks()
{
    // Block 1: two removed, one added (second removed stays unpaired). Block 2: one removed, two added.
    const TextDiff diff = diffOf("k 1\nk 2\nkeep\nkeep2\nz 1\n", "k 9\nkeep\nkeep2\nz 2\nz 3\n", 3);
    QCOMPARE(diff.hunks().size(), 1);
    const DiffHunk &hunk = diff.hunks().first();
    const QList<IntraLineChange> changes = IntraLine::forHunk(hunk);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(hunk.lines.at(changes.at(0).removedIndex).text, QByteArray("k 1"));
    QCOMPARE(hunk.lines.at(changes.at(0).addedIndex).text, QByteArray("k 9"));
    QCOMPARE(rangesText(changes.at(0).oldRanges), QStringLiteral("2+1"));
    QCOMPARE(hunk.lines.at(changes.at(1).removedIndex).text, QByteArray("z 1"));
    QCOMPARE(hunk.lines.at(changes.at(1).addedIndex).text, QByteArray("z 2"));
    QVERIFY(IntraLine::forHunk(diffOf({}, "a\n").hunks().first()).isEmpty());
}

void TestDiff::sideBySide()
{
    using Kind = SideBySideRow::Kind;
    const TextDiff diff = diffOf("c1\nr1\nr2\nc2\nr3\nc3\n", "c1\na1\nc2\na2\na3\nc3\nend\n", 3);
    const QList<SideBySideRow> rows = SideBySide::rows(diff);
    const QList<SideBySideRow> expected = {
        {Kind::Context, 0, 0, 0},  // c1
        {Kind::Changed, 0, 1, 3},  // r1 | a1
        {Kind::Removed, 0, 2, -1}, // r2 |
        {Kind::Context, 0, 4, 4},  // c2
        {Kind::Changed, 0, 5, 6},  // r3 | a2
        {Kind::Added, 0, -1, 7},   //    | a3
        {Kind::Context, 0, 8, 8},  // c3
        {Kind::Added, 0, -1, 9},   //    | end
    };
    QCOMPARE(rows, expected);
    // Every hunk line appears exactly once, on its side.
    const DiffHunk &hunk = diff.hunks().first();
    for (const SideBySideRow &row : rows) {
        if (row.oldIndex >= 0)
            QVERIFY(hunk.lines.at(row.oldIndex).kind != DiffLine::Kind::Added);
        if (row.newIndex >= 0)
            QVERIFY(hunk.lines.at(row.newIndex).kind != DiffLine::Kind::Removed);
    }
    QVERIFY(SideBySide::rows(diffOf("a\n", "a\n")).isEmpty());
    QCOMPARE(SideBySide::rows(diffOf({}, "x\ny\n")).size(), 2);
}

void TestDiff::hostileOneMiBLine()
{
    QByteArray before;
    while (before.size() < (1 << 20))
        before += "word ";
    QByteArray after = before;
    after[before.size() / 2] = 'X';
    const TextDiff diff = diffOf(before, after);
    QCOMPARE(diff.hunks().size(), 1);
    QCOMPARE(diff.addedCount(), 1);
    QCOMPARE(diff.removedCount(), 1);
    QVERIFY(diff.hunks().first().lines.first().noNewlineAtEnd);
    const QList<IntraLineChange> changes = IntraLine::forHunk(diff.hunks().first());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().newRanges.size(), 1);
    QCOMPARE(changes.first().newRanges.first().length, 4); // only the touched word

    // Two 1 MiB lines with nothing in common past the first token: the LCS cap reports one range, quickly.
    QByteArray other;
    while (other.size() < (1 << 20))
        other += "x,y;";
    const IntraLineChange capped = IntraLine::compare(before, other);
    QCOMPARE(capped.oldRanges.size(), 1);
    QCOMPARE(capped.newRanges.size(), 1);
    QCOMPARE(capped.newRanges.first().length, other.size());
}

void TestDiff::hostile200kLines()
{
    const QByteArray before = numberedLines(200000);
    QByteArray after;
    after.reserve(before.size());
    for (int i = 1; i <= 200000; ++i)
        after += (i % 1000 == 0 ? "changed " : "line ") + QByteArray::number(i) + '\n';
    const TextDiff diff = diffOf(before, after);
    QCOMPARE(diff.hunks().size(), 200);
    QCOMPARE(diff.addedCount(), 200);
    QCOMPARE(diff.removedCount(), 200);
    QCOMPARE(diff.hunks().last().lines.at(3).oldLine, 200000);

    // Everything different: 400k lines of output, still one hunk.
    const TextDiff all = diffOf(before, numberedLines(200000, "other "));
    QCOMPARE(all.hunks().size(), 1);
    QCOMPARE(all.removedCount(), 200000);
    QCOMPARE(all.addedCount(), 200000);
    QCOMPARE(SideBySide::rows(all).size(), 200000);
}

void TestDiff::benchmark100kLines()
{
    const QByteArray before = numberedLines(100000);
    QByteArray after = before;
    after.replace("line 4242\n", "line 4242 edited\n");
    after.replace("line 77777\n", "");
    after.append("line appended\n");
    QBENCHMARK
    {
        const TextDiff diff = diffOf(before, after);
        QCOMPARE(diff.hunks().size(), 3);
    }
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
