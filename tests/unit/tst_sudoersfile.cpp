// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/SudoersFile.h"
#include "core/sudoers/SudoersTree.h"
#include "tests/common/Golden.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Bulwark;
using namespace Bulwark::Sudoers;

class TestSudoersFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void invalidCorpus();
    void validCorpusModel();
    void corpusRoundTrip_data();
    void corpusRoundTrip();
    void model();
    void edits();
    void tree();
};

void TestSudoersFile::valid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no final newline") << QByteArray("root ALL=ALL");
    QTest::newRow("defaults forms") << QByteArray("Defaults:%sudo, root !requiretty\nDefaults@host use_pty\n"
                                                  "Defaults!/usr/bin/less noexec\nDefaults> root !set_logname\n");
    QTest::newRow("quoted list") << QByteArray("Defaults env_keep += \"A B\", env_check -= PATH\n");
    QTest::newRow("continuation") << QByteArray("Cmnd_Alias X = /bin/a,\\\n  /bin/b\nroot ALL = X\n");
    QTest::newRow("tags and options") << QByteArray("u ALL = (a:b) CWD=* TIMEOUT=1h NOPASSWD: NOEXEC: /bin/id\n");
    QTest::newRow("escapes") << QByteArray("u ALL = /bin/printf a\\,b\\:c\\=d\\\\e\n");
    QTest::newRow("ids") << QByteArray("#0 ALL = ALL\n%#10 ALL = ALL\n%:x ALL = ALL\n+ng ALL = ALL\n");
    QTest::newRow("includes") << QByteArray("@include /etc/x\n#includedir /etc/sudoers.d\n@include \"/etc/%h\"\n");
    QTest::newRow("comment with hash") << QByteArray("# a comment \\\nroot ALL = ALL # trailing\n");
}

void TestSudoersFile::valid()
{
    QFETCH(QByteArray, text);
    Diagnostic where;
    const Result<SudoersFile> f = SudoersFile::parse(text, QStringLiteral("sudoers"), &where);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message()));
    QCOMPARE(f->toBytes(), text);
}

void TestSudoersFile::invalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("relative command") << QByteArray("root ALL = ls\n") << 1 << 12;
    QTest::newRow("unknown default") << QByteArray("Defaults use_pty\nDefaults bogus\n") << 2 << 10;
    QTest::newRow("flag with value") << QByteArray("Defaults use_pty=1\n") << 1 << 10;
    QTest::newRow("missing equals") << QByteArray("root ALL /bin/ls\n") << 1 << 10;
    QTest::newRow("duplicate alias") << QByteArray("User_Alias A = x\nUser_Alias A = y\nA ALL = ALL\n") << 2 << 12;
    QTest::newRow("alias cycle") << QByteArray("User_Alias A = B\nUser_Alias B = A\nA ALL = ALL\n") << 1 << 12;
    QTest::newRow("bad timeout") << QByteArray("root ALL = (ALL) TIMEOUT=xyz ALL\n") << 1 << 18;
    QTest::newRow("short digest") << QByteArray("root ALL = sha256:abc /bin/ls\n") << 1 << 22;
    QTest::newRow("unclosed runas") << QByteArray("root ALL = (ALL ALL\n") << 1 << 17;
    QTest::newRow("continuation at end") << QByteArray("root ALL = /bin/ls \\\n") << 1 << 20;
    QTest::newRow("continued line 2") << QByteArray("# ok\nroot ALL = /bin/a,\\\n  /bin/b c:d\n") << 3 << 13;
    QTest::newRow("non-ascii") << QByteArray("root ALL = /bin/\xc3\xa9\n") << 1 << 17;
    QTest::newRow("no comma in defaults") << QByteArray("Defaults env_reset mail_badpass\n") << 1 << 20;
    QTest::newRow("apparmor unsupported") << QByteArray("root ALL = (ALL) APPARMOR_PROFILE=x ALL\n") << 1 << 18;
}

void TestSudoersFile::invalid()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    Diagnostic where;
    const Result<SudoersFile> f = SudoersFile::parse(text, QStringLiteral("sudoers"), &where);
    QVERIFY(!f.ok());
    QVERIFY(!where.message.isEmpty());
    QCOMPARE(where.line, line);
    QCOMPARE(where.column, column);
    QVERIFY(f.error().message().startsWith(QStringLiteral("sudoers:%1:%2: ").arg(line).arg(column)));
}

namespace {

QString dataDir()
{
    return qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/sudoers");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char *kindName(Statement::Kind k)
{
    switch (k) {
    case Statement::Kind::Blank:
        return "blank";
    case Statement::Kind::Comment:
        return "comment";
    case Statement::Kind::Defaults:
        return "defaults";
    case Statement::Kind::Alias:
        return "alias";
    case Statement::Kind::UserSpec:
        return "rule";
    case Statement::Kind::Include:
        return "include";
    }
    return "?";
}

} // namespace

// Every file in invalid/ is refused, at the line and column recorded in invalid.golden.
void TestSudoersFile::invalidCorpus()
{
    const QDir dir(dataDir() + QStringLiteral("/invalid"));
    QByteArray report;
    for (const QString &n : dir.entryList(QDir::Files, QDir::Name)) {
        Diagnostic where;
        const Result<SudoersFile> f = SudoersFile::parse(readFile(dir.filePath(n)), n, &where);
        QVERIFY2(!f.ok(), qPrintable(n));
        report += where.toString().toUtf8() + '\n';
    }
    const QString diff = Golden::check(dataDir() + QStringLiteral("/invalid.golden"), report);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// The statements of every file in valid/: lines, kind and what was understood, in valid.golden.
void TestSudoersFile::validCorpusModel()
{
    const QDir dir(dataDir() + QStringLiteral("/valid"));
    QByteArray report;
    for (const QString &n : dir.entryList(QDir::Files, QDir::Name)) {
        const Result<SudoersFile> f = SudoersFile::parse(readFile(dir.filePath(n)), n);
        QVERIFY2(f.ok(), qPrintable(n));
        report += "== " + n.toUtf8() + '\n';
        for (const Statement &st : f->statements()) {
            if (st.kind == Statement::Kind::Blank || st.kind == Statement::Kind::Comment)
                continue;
            QByteArray line =
                QByteArray::number(st.firstLine) + '-' + QByteArray::number(st.lastLine) + ' ' + kindName(st.kind);
            for (const DefaultsEntry &e : st.defaults)
                line += " [" + QByteArray::number(int(e.op)) + ' ' + e.name +
                        (e.hasValue ? QByteArray('=' + e.value) : QByteArray()) + ']';
            for (const Statement::AliasDefinition &a : st.aliases)
                line += ' ' + a.name + '(' + QByteArray::number(a.members.size()) + ')';
            for (const Member &u : st.users)
                line += " u:" + u.name;
            for (const HostSection &sec : st.sections) {
                for (const Member &h : sec.hosts)
                    line += " h:" + h.name;
                for (const CmndSpec &c : sec.commands) {
                    line += " c:" + QByteArray(c.command.negated ? "!" : "") + c.command.name;
                    if (c.command.hasArgs)
                        line += "[" + c.command.args + "]";
                    if (c.noPassword())
                        line += "(nopasswd)";
                }
            }
            if (st.kind == Statement::Kind::Include)
                line += ' ' + st.includePath + (st.includeDirectory ? " (dir)" : "");
            report += line + '\n';
        }
    }
    const QString diff = Golden::check(dataDir() + QStringLiteral("/valid.golden"), report);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSudoersFile::corpusRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/sudoers/valid"));
    for (const QString &n : dir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(n)) << dir.filePath(n);
}

void TestSudoersFile::corpusRoundTrip()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const Result<SudoersFile> f = SudoersFile::parse(text, path);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message()));
    QCOMPARE(f->toBytes(), text);
    QByteArray joined;
    qsizetype expectedOffset = 0;
    for (const Statement &st : f->statements()) {
        QCOMPARE(st.offset, expectedOffset);
        expectedOffset += st.length;
        joined += st.text;
    }
    QCOMPARE(joined, text);
}

void TestSudoersFile::model()
{
    const QByteArray text = "Defaults:bob !lecture, env_keep+=\"LANG\"\n"
                            "bob, %ops web1 = (root : adm) NOPASSWD: /bin/ls -l, /bin/cat \"\" : db = sudoedit /x\n";
    const Result<SudoersFile> f = SudoersFile::parse(text, QStringLiteral("s"));
    QVERIFY(f.ok());
    QCOMPARE(f->statements().size(), 2);
    const Statement &d = f->statements().at(0);
    QCOMPARE(d.kind, Statement::Kind::Defaults);
    QCOMPARE(d.binding, Statement::Binding::User);
    QCOMPARE(d.defaults.size(), 2);
    QCOMPARE(d.defaults.at(1).op, DefaultsEntry::Operator::Add);
    QCOMPARE(d.defaults.at(1).value, QByteArray("LANG"));
    const Statement &u = f->statements().at(1);
    QCOMPARE(u.users.size(), 2);
    QCOMPARE(u.users.at(1).kind, Member::Kind::Group);
    QCOMPARE(u.sections.size(), 2);
    const CmndSpec &cat = u.sections.at(0).commands.at(1);
    QVERIFY(cat.noPassword()); // carried over from the previous command
    QCOMPARE(cat.runasGroups.at(0).name, QByteArray("adm"));
    QVERIFY(cat.command.hasArgs);
    QVERIFY(cat.command.args.isEmpty());
    QCOMPARE(u.sections.at(0).commands.at(0).command.args, QByteArray("-l"));
    QCOMPARE(u.sections.at(1).commands.at(0).command.kind, Member::Kind::Sudoedit);
    QCOMPARE(u.sections.at(0).commands.at(1).command.line, 2);

    // Options and tags carry over to the following commands, also across a new runas list.
    const Result<SudoersFile> g =
        SudoersFile::parse("u ALL = TIMEOUT=5 NOEXEC: /bin/a, (root) /bin/b, EXEC: /bin/c\n", QStringLiteral("s"));
    QVERIFY(g.ok());
    const QList<CmndSpec> &cmds = g->statements().at(0).sections.at(0).commands;
    QCOMPARE(cmds.at(1).options.value("TIMEOUT"), QByteArray("5"));
    QCOMPARE(cmds.at(1).tags.value("EXEC"), false);
    QVERIFY(cmds.at(1).writtenRunas);
    QVERIFY(!cmds.at(2).writtenRunas);
    QCOMPARE(cmds.at(2).runasUsers.at(0).name, QByteArray("root"));
    QCOMPARE(cmds.at(2).tags.value("EXEC"), true);
}

void TestSudoersFile::edits()
{
    const QByteArray text = "# head\nDefaults\tenv_reset\n\nroot\tALL=(ALL:ALL) ALL\n# tail";
    Result<SudoersFile> f = SudoersFile::parse(text, QStringLiteral("s"));
    QVERIFY(f.ok());
    QCOMPARE(f->statements().size(), 5);
    QVERIFY(f->insert(2, "Defaults use_pty").ok());
    QCOMPARE(f->toBytes(),
             QByteArray("# head\nDefaults\tenv_reset\nDefaults use_pty\n\nroot\tALL=(ALL:ALL) ALL\n# tail"));
    QVERIFY(f->replace(1, "Defaults env_reset, mail_badpass\n").ok());
    QCOMPARE(
        f->toBytes(),
        QByteArray("# head\nDefaults env_reset, mail_badpass\nDefaults use_pty\n\nroot\tALL=(ALL:ALL) ALL\n# tail"));
    QVERIFY(f->remove(3).ok());
    QCOMPARE(f->toBytes(),
             QByteArray("# head\nDefaults env_reset, mail_badpass\nDefaults use_pty\nroot\tALL=(ALL:ALL) ALL\n# tail"));
    QVERIFY(f->append("bob ALL = /bin/ls").ok());
    QCOMPARE(f->toBytes(),
             QByteArray("# head\nDefaults env_reset, mail_badpass\nDefaults use_pty\nroot\tALL=(ALL:ALL) ALL\n# tail\n"
                        "bob ALL = /bin/ls\n"));
    // An edit that would break the file is refused and changes nothing.
    const QByteArray before = f->toBytes();
    QVERIFY(!f->insert(0, "root ALL = ls").ok());
    QVERIFY(!f->replace(1, "Defaults bogus").ok());
    QVERIFY(!f->insert(0, "Defaults use_pty\n\\").ok());
    QCOMPARE(f->toBytes(), before);
    QVERIFY(!f->remove(99).ok());
}

void TestSudoersFile::tree()
{
    QHash<QString, QByteArray> fs;
    fs.insert(QStringLiteral("/etc/sudoers"), "Defaults use_pty\n@includedir /etc/sudoers.d\n@include local\n");
    fs.insert(QStringLiteral("/etc/sudoers.d/b"), "bob ALL = /bin/ls\n");
    fs.insert(QStringLiteral("/etc/sudoers.d/a"), "User_Alias ADM = alice\nADM ALL = ALL\n");
    fs.insert(QStringLiteral("/etc/sudoers.d/skip.conf"), "this is not sudoers\n");
    fs.insert(QStringLiteral("/etc/sudoers.d/skip~"), "nor this\n");
    fs.insert(QStringLiteral("/etc/local"), "# nothing\n");
    const SudoersTree::Reader reader = [&](const QString &p) -> Result<QByteArray> {
        if (!fs.contains(p))
            return Error(Error::Code::Io, QStringLiteral("No such file"));
        return fs.value(p);
    };
    const SudoersTree::Lister lister = [&](const QString &d) -> Result<QStringList> {
        QStringList names;
        for (auto it = fs.constBegin(); it != fs.constEnd(); ++it)
            if (it.key().startsWith(d + u'/'))
                names.append(it.key().mid(d.size() + 1));
        return names;
    };
    Result<SudoersTree> t = SudoersTree::load(QStringLiteral("/etc/sudoers"), reader, lister);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message()));
    QStringList order;
    for (const SudoersFile &f : t->files())
        order.append(f.path());
    QCOMPARE(order, QStringList({QStringLiteral("/etc/sudoers"), QStringLiteral("/etc/sudoers.d/a"),
                                 QStringLiteral("/etc/sudoers.d/b"), QStringLiteral("/etc/local")}));
    // A missing included file is an error; a cycle too.
    fs.insert(QStringLiteral("/etc/local"), "@include /etc/missing\n");
    QVERIFY(!SudoersTree::load(QStringLiteral("/etc/sudoers"), reader, lister).ok());
    fs.insert(QStringLiteral("/etc/local"), "@include /etc/sudoers\n");
    t = SudoersTree::load(QStringLiteral("/etc/sudoers"), reader, lister);
    QVERIFY(!t.ok());
    QVERIFY(t.error().message().contains(QStringLiteral("cycle")));
    // Aliases defined twice across files.
    fs.insert(QStringLiteral("/etc/local"), "User_Alias ADM = carol\n");
    QVERIFY(!SudoersTree::load(QStringLiteral("/etc/sudoers"), reader, lister).ok());
    // %h
    fs.insert(QStringLiteral("/etc/local"), "@include /etc/sudoers.%h\n");
    fs.insert(QStringLiteral("/etc/sudoers.db1"), "# host specific\n");
    QVERIFY(!SudoersTree::load(QStringLiteral("/etc/sudoers"), reader, lister).ok());
    SudoersTree::Options options;
    options.shortHostName = QStringLiteral("db1");
    t = SudoersTree::load(QStringLiteral("/etc/sudoers"), reader, lister, options);
    QVERIFY(t.ok());
    QCOMPARE(t->files().last().path(), QStringLiteral("/etc/sudoers.db1"));
    // Depth limit: a chain of includes deeper than maxDepth.
    QHash<QString, QByteArray> chain;
    for (int i = 0; i < 10; ++i)
        chain.insert(QStringLiteral("/c/%1").arg(i), QStringLiteral("@include /c/%1\n").arg(i + 1).toUtf8());
    chain.insert(QStringLiteral("/c/10"), "# end\n");
    const SudoersTree::Reader chainReader = [&](const QString &p) -> Result<QByteArray> {
        if (!chain.contains(p))
            return Error(Error::Code::Io, QStringLiteral("No such file"));
        return chain.value(p);
    };
    options.maxDepth = 10;
    QVERIFY(SudoersTree::load(QStringLiteral("/c/0"), chainReader, lister, options).ok());
    options.maxDepth = 9;
    t = SudoersTree::load(QStringLiteral("/c/0"), chainReader, lister, options);
    QVERIFY(!t.ok());
    QVERIFY(t.error().message().contains(QStringLiteral("/c/9:1:")));
}

QTEST_GUILESS_MAIN(TestSudoersFile)
#include "tst_sudoersfile.moc"
