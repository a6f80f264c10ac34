// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// Rules of the code base that the compiler cannot check, checked on the sources.
//
// "No code path writes to a host except through the Applier": a host is changed only by running a command on it,
// so every place that calls a Session's or HostConnection's run() is listed here with the reason it may. A new
// caller fails this test until someone decides it belongs on the list (it should not: plans go through
// core/apply). Session has no writeFile() at all.
class TestArchitecture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyKnownPlacesRunRemoteCommands();
    void remoteFilesStaysInsideApply();
    void coreHasNoWidgets();

private:
    static QStringList sources(const QStringList &folders);
    static QByteArray read(const QString &path);
};

QStringList TestArchitecture::sources(const QStringList &folders)
{
    QStringList files;
    const QString root = QStringLiteral(BULWARK_SOURCE_DIR);
    for (const QString &folder : folders) {
        QDirIterator it(root + u'/' + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(root.size() + 1);
    }
    files.sort();
    return files;
}

QByteArray TestArchitecture::read(const QString &path)
{
    QFile file(QStringLiteral(BULWARK_SOURCE_DIR) + u'/' + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestArchitecture::onlyKnownPlacesRunRemoteCommands()
{
    // file -> why it may run remote commands
    const QHash<QString, QString> allowed = {
        {QStringLiteral("core/apply/Applier.cpp"), QStringLiteral("the Applier: plans, checks, operator commands")},
        {QStringLiteral("core/apply/RemoteFiles.cpp"), QStringLiteral("the Applier's file transaction")},
        {QStringLiteral("core/apply/HostRevert.cpp"),
         QStringLiteral("the Applier's automatic undo (commit-confirmed)")},
        {QStringLiteral("core/facts/BasicFacts.cpp"), QStringLiteral("read-only probe (resources/probes/basic.sh)")},
        {QStringLiteral("core/facts/LinuxFacts.cpp"), QStringLiteral("read-only probe (resources/probes/linux.sh)")},
        {QStringLiteral("core/facts/WindowsFacts.cpp"),
         QStringLiteral("read-only probe (resources/probes/windows.ps1)")},
        {QStringLiteral("core/facts/SudoersReader.cpp"), QStringLiteral("read-only: sudoers reader")},
        {QStringLiteral("core/ssh/SshAccessReader.cpp"), QStringLiteral("read-only: sshd -T and the SSH files")},
        {QStringLiteral("core/accounts/AccountsReader.cpp"), QStringLiteral("read-only: account data for the planner")},
        {QStringLiteral("core/tls/ApacheReader.cpp"),
         QStringLiteral("read-only: apachectl -v/-S/-M/-t -D DUMP_INCLUDES and the files it names")},
        {QStringLiteral("core/tls/NginxReader.cpp"),
         QStringLiteral("read-only: nginx -v/-V/-t/-T's file list and the files it names")},
        {QStringLiteral("core/luks/BlockDevices.cpp"), QStringLiteral("read-only: lsblk, blkid -p, fstab, crypttab")},
        {QStringLiteral("core/luks/LuksHeaderBackup.cpp"),
         QStringLiteral("read-only: the LUKS header backup and its sha256sum")},
        {QStringLiteral("core/transport/HostConnection.cpp"), QStringLiteral("transport: forwards to the Session")},
        {QStringLiteral("ui/StageReportingSession.cpp"), QStringLiteral("decorator forwarding to its inner Session")},
        {QStringLiteral("ui/diff/LineHighlighterKF6.cpp"), QStringLiteral("not a Session: a highlighter's run()")},
    };
    static const QRegularExpression call(QStringLiteral("(\\.|->)\\s*run\\s*\\("));
    QStringList unexpected;
    for (const QString &file : sources({QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")})) {
        if (file.startsWith(QLatin1String("core/transport/")) &&
            file != QLatin1String("core/transport/HostConnection.cpp"))
            continue; // the transport implements run()
        const QString text = QString::fromUtf8(read(file));
        if (call.match(text).hasMatch() && !allowed.contains(file))
            unexpected << file;
    }
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(QStringLiteral("remote commands run outside core/apply: ") + unexpected.join(u' ')));
    QVERIFY(!read(QStringLiteral("core/transport/Session.h")).contains("writeFile"));
}

void TestArchitecture::remoteFilesStaysInsideApply()
{
    QStringList users;
    for (const QString &file : sources({QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")})) {
        if (!file.startsWith(QLatin1String("core/apply/")) && read(file).contains("core/apply/RemoteFiles.h"))
            users << file;
    }
    QVERIFY2(users.isEmpty(), qPrintable(users.join(u' ')));
}

void TestArchitecture::coreHasNoWidgets()
{
    static const QRegularExpression include(QStringLiteral("#include\\s*<Qt(Widgets|Gui|Charts)/|#include\\s*<Q(Widget|"
                                                           "Painter|Color|Font|Pixmap|Image|Icon)>"));
    QStringList offenders;
    for (const QString &file : sources({QStringLiteral("core")})) {
        if (include.match(QString::fromUtf8(read(file))).hasMatch())
            offenders << file;
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u' ')));
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
