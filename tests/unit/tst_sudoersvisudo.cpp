// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
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

QTEST_GUILESS_MAIN(TestSudoersVisudo)
#include "tst_sudoersvisudo.moc"
