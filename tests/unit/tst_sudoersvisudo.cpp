// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/DefaultsTable.h"
#include "core/sudoers/SudoersTree.h"
#include "tests/unit/SudoersMutator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Sudoers;

// The safety rule, checked against the real visudo: the parser never accepts a file that `visudo -c -f` refuses.
// The corpus in tests/data/sudoers plus a few thousand deterministic mutants of it go through both; a file we accept
// and visudo refuses fails the test. Files we refuse and visudo accepts (strictness) are counted and printed.
class TestSudoersVisudo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreement();
    void targeted();

private:
    bool parserAccepts(const QString &path, QString *why) const;
    int visudo(const QString &path, QString *output) const;

    QString m_visudo;
    QList<QByteArray> m_seeds;
    QStringList m_seedNames;
};

void TestSudoersVisudo::initTestCase()
{
    m_visudo = QStringLiteral("/usr/sbin/visudo");
    if (!QFileInfo(m_visudo).isExecutable())
        QSKIP("visudo is not installed");
    if (::geteuid() != 0)
        QSKIP("visudo -c -f needs root to read the files it checks");
    const QString data = qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/sudoers");
    for (const QString &sub : {QStringLiteral("valid"), QStringLiteral("invalid"), QStringLiteral("mutants")}) {
        const QDir dir(data + u'/' + sub);
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &n : names) {
            QFile f(dir.filePath(n));
            QVERIFY(f.open(QIODevice::ReadOnly));
            m_seeds.append(f.readAll());
            m_seedNames.append(sub + u'/' + n);
        }
    }
    QVERIFY(m_seeds.size() >= 10);
}

bool TestSudoersVisudo::parserAccepts(const QString &path, QString *why) const
{
    const SudoersTree::Reader reader = [](const QString &p) -> Result<QByteArray> {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, f.errorString());
        return f.readAll();
    };
    const SudoersTree::Lister lister = [](const QString &d) -> Result<QStringList> {
        return QDir(d).entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    };
    SudoersTree::Options options;
    options.shortHostName = QStringLiteral("bulwark-test");
    const Result<SudoersTree> tree = SudoersTree::load(path, reader, lister, options);
    if (!tree && why)
        *why = tree.error().message();
    return tree.ok();
}

int TestSudoersVisudo::visudo(const QString &path, QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_visudo, {QStringLiteral("-c"), QStringLiteral("-f"), path});
    p.waitForFinished(10000);
    if (output)
        *output = QString::fromUtf8(p.readAll()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestSudoersVisudo::agreement()
{
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const int mutantsPerRun = qEnvironmentVariableIsSet("BULWARK_SUDOERS_MUTANTS")
                                  ? qEnvironmentVariableIntValue("BULWARK_SUDOERS_MUTANTS")
                                  : 3000;
    const qulonglong seed = qEnvironmentVariableIsSet("BULWARK_SUDOERS_SEED")
                                ? qEnvironmentVariable("BULWARK_SUDOERS_SEED").toULongLong()
                                : 20260525;
    SudoersMutator mutator(seed);
    QList<QPair<QString, QByteArray>> files;
    for (qsizetype i = 0; i < m_seeds.size(); ++i)
        files.append({m_seedNames.at(i), m_seeds.at(i)});
    for (int i = 0; i < mutantsPerRun; ++i) {
        const qsizetype s = qsizetype(i % m_seeds.size());
        files.append({QStringLiteral("mutant %1 of %2").arg(i).arg(m_seedNames.at(s)), mutator.mutate(m_seeds.at(s))});
    }
    int bothAccept = 0, bothReject = 0, strictRejects = 0;
    QStringList falseAccepts, strictExamples;
    const QString path = tmp.filePath(QStringLiteral("sudoers"));
    for (const auto &[name, bytes] : files) {
        QFile::remove(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        QString why, out;
        const bool ours = parserAccepts(path, &why);
        const bool theirs = visudo(path, &out) == 0;
        if (ours && theirs) {
            ++bothAccept;
        } else if (!ours && !theirs) {
            ++bothReject;
        } else if (ours) {
            falseAccepts.append(
                QStringLiteral("%1: visudo says: %2\n---\n%3---").arg(name, out, QString::fromUtf8(bytes)));
        } else {
            ++strictRejects;
            if (strictExamples.size() < 15)
                strictExamples.append(QStringLiteral("%1: we say: %2").arg(name, why));
        }
    }
    qInfo("visudo agreement over %lld files in %lld ms: both accept %d, both reject %d, stricter than visudo %d, "
          "accepted but visudo rejects %lld",
          qlonglong(files.size()), qlonglong(timer.elapsed()), bothAccept, bothReject, strictRejects,
          qlonglong(falseAccepts.size()));
    for (const QString &e : std::as_const(strictExamples))
        qInfo("stricter: %s", qPrintable(e));
    for (const QString &e : std::as_const(falseAccepts))
        qWarning("ACCEPTED BUT VISUDO REJECTS %s", qPrintable(e));
    QVERIFY2(falseAccepts.isEmpty(), "the parser accepted files that visudo rejects (see above)");
}

// Single statements built from every Defaults option and a set of values, odd names, hosts, options and commands.
// Only what the parser accepts goes to visudo (that is the direction that must never disagree).
void TestSudoersVisudo::targeted()
{
    QList<QByteArray> lines;
    const QList<QByteArray> values = {"0",          "1",           "-1",
                                      "5",          "077",         "0777",
                                      "0778",       "00777",       "1.5",
                                      "-1.5",       ".5",          "5.",
                                      "999999999",  "9999999999",  "1h",
                                      "1d2h3m4s",   "9999d",       "1h1h",
                                      "1m1h",       "abc",         "/tmp/x",
                                      "/",          "//",          "never",
                                      "once",       "any",         "all",
                                      "always",     "digest_only", "trace",
                                      "dso",        "json",        "sudo",
                                      "kernel",     "tty",         "auth",
                                      "authpriv",   "local7",      "alert",
                                      "none",       "infinity",    "1,2",
                                      "infinity,5", "5,infinity",  "1,2,3",
                                      "\"a b\"",    "\"\"",        "%h",
                                      "/x%{seq}",   "\"/a b\"",    "a:b",
                                      "*",          "~",           "+5",
                                      "0x10",       "1e3",         "\"infinity,5\"",
                                      "\"1, 2\"",   "\"1,2,3\"",   "\"5\"",
                                      "\"077\"",    "\"never\"",   "\"/tmp/x\"",
                                      "\"1h\"",     "\"-1\"",      "\" 5\"",
                                      "\"5 \"",     "\"auth\"",    "\"a\"",
                                      "\" \""};
    for (const QByteArray &name : DefaultsTable::names()) {
        lines.append("Defaults " + name);
        lines.append("Defaults !" + name);
        for (const QByteArray &v : values)
            for (const char *op : {"=", "+=", "-="})
                lines.append("Defaults " + name + op + v);
    }
    const QList<QByteArray> names = {".",
                                     "-",
                                     "_",
                                     "a.",
                                     "-a",
                                     "$",
                                     "a@b",
                                     "@",
                                     "@x",
                                     "a$",
                                     "1",
                                     "1.2.3",
                                     "1.2.3.4.5",
                                     "ALL",
                                     "A1",
                                     "A_",
                                     "Ab",
                                     "aB",
                                     "x-y",
                                     "x.y.z",
                                     "sudoedit",
                                     "list",
                                     "Defaults",
                                     "0",
                                     "%x",
                                     "%#1",
                                     "%:x",
                                     "%:#1",
                                     "+x",
                                     "#1",
                                     "#9999999999",
                                     "%",
                                     "+",
                                     "#",
                                     "%:",
                                     "!x",
                                     "!ALL",
                                     "1.2.3.4",
                                     "1.2.3.4/0",
                                     "1.2.3.4/32",
                                     "1.2.3.4/255.255.255.0",
                                     "10.0.0.256",
                                     "x..y",
                                     "..",
                                     "_x_",
                                     "x_",
                                     "NOPASSWD",
                                     "CWD",
                                     "ROLE"};
    for (const QByteArray &n : names) {
        lines.append(n + " ALL = ALL");
        lines.append("root " + n + " = ALL");
        lines.append("root ALL = (" + n + ") ALL");
        lines.append("root ALL = (:" + n + ") ALL");
        lines.append("root ALL = (" + n + ":" + n + ") ALL");
        lines.append("Defaults:" + n + " use_pty");
        lines.append("Defaults@" + n + " use_pty");
        lines.append("Defaults>" + n + " use_pty");
        lines.append("User_Alias " + n + " = root");
        lines.append("Host_Alias H = " + n);
    }
    const QList<QByteArray> optionValues = {"*",
                                            "~",
                                            "~root",
                                            "/",
                                            "/tmp",
                                            "/tmp/",
                                            "x",
                                            "5",
                                            "0",
                                            "1h",
                                            "1d2h3m4s",
                                            "99999",
                                            "999999",
                                            "202601010000",
                                            "20260101000000",
                                            "20260101000000Z",
                                            "20261301000000",
                                            "20260231000000",
                                            "20260101246000",
                                            "2026010100",
                                            "20260101000000+0100",
                                            "sysadm_r",
                                            "FOO",
                                            "Foo",
                                            "fOO",
                                            "ALL",
                                            "list",
                                            "sudoedit",
                                            "sha256",
                                            "a=b",
                                            "1a",
                                            "_a",
                                            "a_b",
                                            "a.b",
                                            "a:b",
                                            "-"};
    for (const char *opt : {"ROLE", "TYPE", "CWD", "CHROOT", "TIMEOUT", "NOTBEFORE", "NOTAFTER"})
        for (const QByteArray &v : optionValues)
            lines.append("root ALL = (ALL) " + QByteArray(opt) + '=' + v + " ALL");
    const QList<QByteArray> commands = {"/bin/ls",
                                        "/bin/ls \"\"",
                                        "/bin/ls a=b",
                                        "/bin/ls a==b",
                                        "/bin/ls a\\==",
                                        "/bin/ls a\\=b=c",
                                        "/bin/ls a=\\=",
                                        "/bin/ls -x=",
                                        "/bin/ls *=*",
                                        "/bin/ls a!=b",
                                        "/bin/ls =b",
                                        "/bin/ls a= b",
                                        "/bin/ls a\\=b",
                                        "/bin/ls \\\"",
                                        "/bin/ls a\\ b",
                                        "/bin/ls a\\#b",
                                        "/bin/ls \\*",
                                        "/bin/ls [a-z]*",
                                        "/bin/ls a!b",
                                        "/bin/ls !",
                                        "/bin/ls -- -x",
                                        "/bin/ls ~",
                                        "/bin/ls $HOME",
                                        "/bin/ls 'a'",
                                        "/bin/ls `id`",
                                        "/bin/ls a;b",
                                        "/bin/ls a|b",
                                        "/bin/ls a&b",
                                        "/bin/ls a>b",
                                        "/bin/ls a<b",
                                        "/bin/ls {a,b}",
                                        "/bin/l*",
                                        "/bin/[l]s",
                                        "/bin/?s",
                                        "/usr/bin/",
                                        "/usr/bin/*/",
                                        "/a+b",
                                        "/a@b",
                                        "/a%b",
                                        "/a{b}",
                                        "/a~b",
                                        "//bin/ls",
                                        "/bin/./ls",
                                        "/usr/bin/sudoedit",
                                        "/usr/bin/sudoedit /etc/x",
                                        "/usr/bin/sudoedi*",
                                        "/usr/bin/sudo",
                                        "/sudoedit/x",
                                        "/usr/bin/sudoedit2",
                                        "/bin/../bin/ls",
                                        "sudoedit /etc/x",
                                        "sudoedit /etc/*",
                                        "sudoedit",
                                        "sudoedit x",
                                        "list",
                                        "!/bin/ls",
                                        "!sudoedit /x",
                                        "!list",
                                        "!ALL",
                                        "ALL",
                                        "X",
                                        "!X",
                                        "sha256:" + QByteArray(64, 'a') + " /bin/ls",
                                        "sha224:" + QByteArray(56, 'F') + " /bin/ls",
                                        "sha384:" + QByteArray(96, '0') + " ALL",
                                        "sha512:" + QByteArray(128, '1') + " /bin/ls",
                                        "sha256:" + QByteArray(43, 'A') + "= /bin/ls",
                                        "sha256:" + QByteArray(44, 'A') + " /bin/ls",
                                        "!sha256:" + QByteArray(64, 'a') + " /bin/ls"};
    for (const QByteArray &c : commands) {
        lines.append("Cmnd_Alias X = /bin/true\nroot ALL = " + c + ", X");
        lines.append("Cmnd_Alias X = /bin/true\nroot ALL = NOPASSWD: " + c + ", X");
        lines.append("Cmnd_Alias X = /bin/true, " + c + "\nroot ALL = X");
        lines.append("Cmnd_Alias X = /bin/true\nDefaults!" + c + " noexec\nroot ALL = X");
    }
    const QList<QByteArray> layouts = {"root\tALL=(ALL)ALL",
                                       "root ALL=(ALL)NOPASSWD:ALL",
                                       "root ALL = NOPASSWD :ALL",
                                       "root ALL = (ALL) ALL ,/bin/ls",
                                       "root ALL = (ALL) ALL , /bin/ls",
                                       "root ALL=ALL:ALL=ALL",
                                       "root ALL = ALL : ALL = ALL",
                                       "root,bob ALL = ALL",
                                       "root , bob ALL = ALL",
                                       "root ALL , host = ALL",
                                       "Defaults\tuse_pty",
                                       "Defaults use_pty ,mail_badpass",
                                       "Defaults:root,bob use_pty",
                                       "Defaults:root , bob use_pty",
                                       "Defaults: root use_pty",
                                       "Defaults :root use_pty",
                                       "Defaults env_keep = \"A\"",
                                       "Defaults env_keep= \"A\"",
                                       "Defaults env_keep =\"A\"",
                                       "Defaults env_keep + = A",
                                       "Defaults ! use_pty",
                                       "Defaults !\tuse_pty",
                                       "User_Alias A=x\nA ALL=ALL",
                                       "User_Alias A =x:B= y\nA,B ALL=ALL",
                                       "User_Alias A = x :B = y\nA,B ALL=ALL",
                                       "root ALL = (ALL)NOPASSWD: ALL",
                                       "root ALL = (ALL) NOPASSWD:NOEXEC:ALL",
                                       "root ALL = (ALL) NOPASSWD:\tALL",
                                       "root ALL = ( ALL ) ALL",
                                       "root ALL = ( ALL : ALL ) ALL",
                                       "root ALL = (ALL,bob) ALL",
                                       "root ALL = (ALL, bob : adm, wheel) ALL",
                                       "root ALL = (ALL)   TIMEOUT=5   NOPASSWD:   ALL",
                                       "root ALL = TIMEOUT=5 (ALL) ALL",
                                       "root ALL = NOPASSWD: (ALL) ALL",
                                       "root ALL = NOPASSWD: TIMEOUT=5 ALL",
                                       "root ALL = ! /bin/ls",
                                       "root ALL = !\t/bin/ls",
                                       "! root ALL = ALL",
                                       "!root ALL = ALL",
                                       "root ! host = ALL",
                                       "ALL ALL = ALL",
                                       "root ALL = (ALL) sudoedit /a /b",
                                       "root ALL = /bin/a, \\\n /bin/b",
                                       "root ALL = /bin/a \\\n, /bin/b",
                                       "root \\\n ALL = ALL",
                                       "root ALL \\\n= ALL",
                                       "root ALL =\\\n ALL",
                                       "root ALL = \\\n ALL",
                                       "Defaults \\\n use_pty",
                                       "Defaults use_pty,\\\nmail_badpass",
                                       "Defaults use_pty, \\\n mail_badpass",
                                       "Defaults:root \\\n use_pty",
                                       "Defaults:%sudo \\\n, root !requiretty",
                                       "Defaults:%sudo, \\\n root !requiretty",
                                       "Defaults@h1 \\\n, h2 use_pty",
                                       "Defaults@h1, \\\n h2 use_pty",
                                       "Defaults!/bin/ls \\\n, /bin/cat noexec",
                                       "Defaults>root, \\\n bob !set_logname",
                                       "root \\\n, bob ALL = ALL",
                                       "root ALL = (ALL \\\n, bob) ALL",
                                       "root ALL = (ALL \\\n : bob) ALL",
                                       "Defaults env_keep = \\\n A",
                                       "Defaults env_keep \\\n = A",
                                       "root ALL = NOPASSWD: \\\n ALL",
                                       "root ALL = (ALL) \\\n ALL",
                                       "root ALL = (ALL \\\n ) ALL",
                                       "User_Alias A = x, \\\n y\nA ALL=ALL",
                                       "root ALL = /bin/ls a \\\n b",
                                       "root ALL = /bin/ls \\\n \"\"",
                                       "root ALL = ALL # comment",
                                       "root ALL = ALL #",
                                       "root ALL = ALL #-",
                                       "root ALL = ALL #-x",
                                       "# only",
                                       "#",
                                       "#-",
                                       "#-x",
                                       "#1 ALL = ALL",
                                       "#include",
                                       "#includedir",
                                       "#include\t/etc/sudoers.d/README",
                                       "#includex",
                                       " #include /etc/sudoers.d/README",
                                       "\t@include /etc/sudoers.d/README",
                                       "Defaults passprompt=\"a # b\"",
                                       "Defaults passprompt=\"a,b\"",
                                       "Defaults passprompt=\"a=b\"",
                                       "Defaults passprompt=\"a!b\"",
                                       "Defaults passprompt=\"a\tb\"",
                                       "Defaults passprompt=a#b",
                                       "Defaults passprompt=a*b",
                                       "Defaults passprompt=a?b",
                                       "Defaults passprompt={x}",
                                       "Defaults passprompt=~x",
                                       "Defaults passprompt=^x",
                                       "Defaults passprompt=a@b",
                                       "Defaults passprompt=a%b",
                                       "Defaults passprompt=a+b",
                                       "Defaults passprompt=a:b",
                                       "Defaults passprompt=-x",
                                       "Defaults passprompt=.x",
                                       "Defaults passprompt=x.",
                                       "Defaults passprompt=\"x\"y",
                                       "Defaults passprompt=x\"y\"",
                                       "Defaults use_pty,",
                                       "Defaults ,use_pty",
                                       "Defaults use_pty,,mail_badpass",
                                       "root ALL = ALL,",
                                       "root ALL = , ALL",
                                       "root, ALL = ALL",
                                       "root ALL, = ALL",
                                       "root ALL = (ALL) ALL, ",
                                       "root ALL = ALL :",
                                       "User_Alias A = x,",
                                       "User_Alias A = x :",
                                       "Defaults:root,",
                                       "root ALL = ()ALL",
                                       "root ALL = (:ALL)ALL",
                                       "root ALL = (ALL:)ALL",
                                       "root ALL = (:) ALL"};
    for (const QByteArray &l : layouts)
        lines.append(l);
    for (const char *inc : {"@include", "#include", "@includedir", "#includedir"})
        for (const char *p : {"/etc/sudoers.d/README", "\"/etc/sudoers.d/README\"", "/etc/sudoers.d", "/nonexistent",
                              "sudoers.d/README", "/etc/sudoers.d/README # c", "/etc/%h", "\"\""})
            lines.append(QByteArray(inc) + ' ' + p);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("sudoers"));
    int accepted = 0, agreed = 0;
    QStringList falseAccepts;
    for (const QByteArray &l : std::as_const(lines)) {
        const QByteArray text = l + '\n';
        QFile::remove(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        if (!parserAccepts(path, nullptr))
            continue;
        ++accepted;
        QString out;
        if (visudo(path, &out) == 0)
            ++agreed;
        else
            falseAccepts.append(QString::fromUtf8(l) + QStringLiteral("  --  ") + out.section(u'\n', 0, 0));
    }
    qInfo("targeted statements: %lld generated, %d accepted by the parser, %d of those accepted by visudo",
          qlonglong(lines.size()), accepted, agreed);
    for (const QString &e : std::as_const(falseAccepts))
        qWarning("ACCEPTED BUT VISUDO REJECTS %s", qPrintable(e));
    QVERIFY2(falseAccepts.isEmpty(), "the parser accepted statements that visudo rejects (see above)");
}

QTEST_GUILESS_MAIN(TestSudoersVisudo)
#include "tst_sudoersvisudo.moc"
