// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/facts/SudoersReader.h"
#include "core/plan/FileEdit.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/diff/PlanPreview.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/sudoers/SudoersEditor.h"
#include "ui/sudoers/SudoersFilesModel.h"
#include "ui/sudoers/SudoersLintModel.h"
#include "ui/sudoers/SudoersTextEdit.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

namespace {

const QString Root = QStringLiteral("/etc/sudoers");
const QString LabAdmin = QStringLiteral("/etc/sudoers.d/90-labadmin");

const QByteArray RootText = "# /etc/sudoers: edit with visudo\n"
                            "Defaults\tenv_reset\n"
                            "Defaults\tmail_badpass\n"
                            "Defaults\tuse_pty\n"
                            "\n"
                            "root\tALL=(ALL:ALL) ALL\n"
                            "%sudo\tALL=(ALL:ALL) ALL\n"
                            "\n"
                            "@includedir /etc/sudoers.d\n";
const QByteArray LabAdminText = "labadmin ALL=(ALL) NOPASSWD: ALL\n";
const QByteArray ReadmeText = "# Files in this directory are read by sudo.\n";

// The lab VM's sudoers configuration as SudoersReader would return it. `identity`: who Bulwark logs in as.
Facts::SudoersSnapshot snapshot(const Plan::SudoIdentity &identity)
{
    const QHash<QString, QByteArray> files{
        {Root, RootText}, {LabAdmin, LabAdminText}, {QStringLiteral("/etc/sudoers.d/README"), ReadmeText}};
    auto tree = Sudoers::SudoersTree::load(
        Root,
        [&files](const QString &path) -> Result<QByteArray> {
            if (!files.contains(path))
                return Error(Error::Code::Io, QStringLiteral("no such file: %1").arg(path));
            return files.value(path);
        },
        [](const QString &directory) -> Result<QStringList> {
            if (directory == QLatin1String("/etc/sudoers.d"))
                return QStringList{QStringLiteral("90-labadmin"), QStringLiteral("README")};
            return QStringList();
        });
    if (!tree)
        qFatal("sudoers tree: %s", qPrintable(tree.error().toString()));
    Facts::SudoersSnapshot out;
    out.tree = *tree;
    for (const Sudoers::SudoersFile &file : out.tree.files())
        out.metadata.insert(file.path(), Sudoers::SudoersLinter::FileMetadata{0440, 0, 0});
    out.users = {QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("labadmin"), QStringLiteral("backup")};
    out.groups = {QStringLiteral("root"), QStringLiteral("sudo"), QStringLiteral("adm"), QStringLiteral("admin")};
    out.identity = identity;
    return out;
}

// "admin", in group sudo, with a sudo password typed in the console.
Plan::SudoIdentity admin()
{
    Plan::SudoIdentity identity;
    identity.user = QStringLiteral("admin");
    identity.groups = {QStringLiteral("admin"), QStringLiteral("sudo")};
    identity.host = QStringLiteral("lab-vm");
    identity.hasSudoPassword = true;
    return identity;
}

// "labadmin", root only through its NOPASSWD rule, no password typed.
Plan::SudoIdentity labadmin()
{
    Plan::SudoIdentity identity;
    identity.user = QStringLiteral("labadmin");
    identity.groups = {QStringLiteral("labadmin")};
    identity.host = QStringLiteral("lab-vm");
    return identity;
}

struct Fixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::unique_ptr<MainWindow> window;
    Host host = GuiTest::sampleHost();
    SudoersEditor *editor = nullptr;

    explicit Fixture(const Plan::SudoIdentity &identity = admin())
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
        window = std::make_unique<MainWindow>(settings);
        window->resize(1280, 860);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        window->addHost(host, nullptr);
        editor = new SudoersEditor(window.get(), host.id, window.get());
        editor->resize(1180, 760);
        editor->show();
        editor->setSnapshot(snapshot(identity));
    }
    FakeSession::Control &control() { return *script.control; }
    void type(const QByteArray &text)
    {
        QSignalSpy linted(editor, &SudoersEditor::linted);
        editor->textEdit()->setPlainText(QString::fromUtf8(text));
        QVERIFY(linted.wait(2000)); // debounced
    }
};

int lineOf(const QByteArray &text, const QByteArray &needle)
{
    return int(text.left(text.indexOf(needle)).count('\n')) + 1;
}

} // namespace

class TestSudoersEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void showsTheFilesOfTheTree()
    {
        Fixture f;
        QCOMPARE(f.editor->objectName(), QStringLiteral("sudoersEditor"));
        QAbstractItemModelTester files(f.editor->filesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester lint(f.editor->lintModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SudoersFilesModel *model = f.editor->filesModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->path(0), Root);
        QCOMPARE(model->path(1), LabAdmin);
        QCOMPARE(model->index(1, SudoersFilesModel::ModeColumn).data().toString(), QStringLiteral("0440"));
        QCOMPARE(model->index(1, SudoersFilesModel::OwnerColumn).data().toString(), QStringLiteral("root:root"));
        QVERIFY(model->index(1, SudoersFilesModel::FileColumn).data().toString().startsWith(QLatin1String("  ")));
        QCOMPARE(f.editor->currentPath(), Root);
        QCOMPARE(f.editor->textEdit()->toPlainText().toUtf8(), RootText);
        QVERIFY(f.editor->editedPaths().isEmpty());
        QVERIFY(!child<QPushButton>(f.editor, "reviewButton")->isEnabled());
        // Choosing a file in the list opens it.
        auto *view = child<QTableView>(f.editor, "sudoersFiles");
        view->setCurrentIndex(model->index(1, 0));
        QCOMPARE(f.editor->currentPath(), LabAdmin);
        QCOMPARE(f.editor->textEdit()->toPlainText().toUtf8(), LabAdminText);
    }

    void typoIsMarkedAtItsLine()
    {
        Fixture f;
        QByteArray typo = RootText;
        typo.replace("%sudo\tALL=(ALL:ALL) ALL", "%sudo\tALL=(ALL:ALL ALL");
        f.type(typo);
        QVERIFY(f.editor->lintModel()->hasError());
        const SudoersLintModel::Row error = f.editor->lintModel()->rowAt(0);
        QCOMPARE(error.line, lineOf(typo, "%sudo"));
        QVERIFY(error.column > 1);
        QVERIFY(!error.message.isEmpty());
        bool marked = false;
        for (const SudoersTextEdit::Marker &marker : f.editor->textEdit()->markers())
            marked = marked || (marker.kind == SudoersTextEdit::Marker::Kind::Error && marker.line == error.line);
        QVERIFY(marked);
        QCOMPARE(f.editor->editedPaths(), QStringList{Root});
        f.editor->textEdit()->moveTo(error.line, error.column);
        GuiTest::screenshot(f.editor, QStringLiteral("sudoers-editor-error"));

        // Review refuses and says where.
        f.editor->review();
        QCOMPARE(f.editor->currentPage(), SudoersEditor::EditPage);
        auto *banner = child<ErrorBanner>(f.editor, "editorBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(f.editor->reviewedPlan().isEmpty());
        QVERIFY(f.control().commandLog().isEmpty());

        // Fixed again: the marker goes.
        f.type(RootText);
        QVERIFY(!f.editor->lintModel()->hasError());
        QVERIFY(f.editor->editedPaths().isEmpty());
    }

    void nopasswdAllIsALintFinding()
    {
        Fixture f;
        f.editor->openFile(LabAdmin);
        SudoersLintModel *lint = f.editor->lintModel();
        int found = -1;
        for (int i = 0; i < lint->rowCount(); ++i) {
            const SudoersLintModel::Row row = lint->rowAt(i);
            if (row.path == LabAdmin && row.line == 1 && row.severity == Sudoers::LintFinding::Severity::High)
                found = i;
        }
        QVERIFY2(found >= 0, "no high finding for NOPASSWD: ALL");
        QVERIFY(!lint->rowAt(found).why.isEmpty());
        QVERIFY(!lint->rowAt(found).fix.isEmpty());
        bool marked = false;
        for (const SudoersTextEdit::Marker &marker : f.editor->textEdit()->markers())
            marked = marked || (marker.kind == SudoersTextEdit::Marker::Kind::Warning && marker.line == 1);
        QVERIFY(marked);

        // A click on the finding moves the cursor to its line.
        f.editor->openFile(Root);
        auto *view = child<QTableView>(f.editor, "sudoersFindings");
        const QRect rect = view->visualRect(lint->index(found, SudoersLintModel::MessageColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(f.editor->currentPath(), LabAdmin);
        QCOMPARE(f.editor->textEdit()->textCursor().blockNumber(), 0);
        QVERIFY(!child<QLabel>(f.editor, "findingDetail")->text().isEmpty());
        GuiTest::screenshot(f.editor, QStringLiteral("sudoers-editor-finding"));
    }

    void reviewBuildsAMinimalPlanAndNothingRunsBeforeApply()
    {
        Fixture f;
        QByteArray edited = RootText;
        edited.replace("Defaults\tuse_pty\n", "Defaults\tuse_pty\nDefaults\tlogfile=\"/var/log/sudo.log\"\n");
        f.type(edited);
        QVERIFY(!f.editor->lintModel()->hasError());
        QVERIFY(child<QPushButton>(f.editor, "reviewButton")->isEnabled());

        QSignalSpy previewed(f.editor, &SudoersEditor::previewUpdated);
        child<QPushButton>(f.editor, "reviewButton")->click();
        QCOMPARE(f.editor->currentPage(), SudoersEditor::PreviewPage);
        const Plan::ChangePlan plan = f.editor->reviewedPlan();
        QCOMPARE(plan.changes().size(), 1);
        const Plan::FileEdit *edit = plan.changes().first().fileEdit();
        QVERIFY(edit);
        QCOMPARE(edit->path(), Root);
        QCOMPARE(edit->before(), RootText);
        QCOMPARE(edit->after(), edited);
        QCOMPARE(edit->mode(), QStringLiteral("0440"));
        QCOMPARE(edit->owner(), QStringLiteral("root"));
        QCOMPARE(edit->group(), QStringLiteral("root"));
        QCOMPARE(edit->validator(),
                 QStringList({QStringLiteral("visudo"), QStringLiteral("-cf"), QStringLiteral("{staged}")}));
        QCOMPARE(edit->verify(), QStringList({QStringLiteral("visudo"), QStringLiteral("-c")}));
        // Minimal: every line of the original is still there, in order, and one was added.
        const QByteArrayList before = RootText.split('\n');
        const QByteArrayList after = edit->after().split('\n');
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.mid(0, 4), before.mid(0, 4));
        QCOMPARE(after.mid(5), before.mid(4));

        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, 10000);
        PlanApplyPanel *panel = f.editor->panel();
        QVERIFY(panel->isPreviewReady());
        QVERIFY(child<PlanPreview>(f.editor, "planPreview")->isVisible());
        QVERIFY(child<QPushButton>(f.editor, "applyButton")->isEnabled());
        // Connecting and preparing wrote nothing: no command reached the host beyond the connection's own.
        for (const QByteArrayList &argv : f.control().commandLog())
            QVERIFY2(!argv.join(' ').contains("visudo") && !argv.join(' ').contains(Root.toUtf8()),
                     argv.join(' ').constData());
        const qsizetype beforeApply = f.control().commandLog().size();
        GuiTest::screenshot(f.editor, QStringLiteral("sudoers-editor-review"));

        // Back keeps the edits.
        child<QPushButton>(f.editor, "backButton")->click();
        QCOMPARE(f.editor->currentPage(), SudoersEditor::EditPage);
        QCOMPARE(f.editor->editedPaths(), QStringList{Root});
        QVERIFY(child<QPushButton>(f.editor, "reviewButton")->isEnabled());
        child<QPushButton>(f.editor, "reviewButton")->click();
        QCOMPARE(f.editor->currentPage(), SudoersEditor::PreviewPage);
        // (the prepare may finish before click() returns: the host is connected and it reads nothing)
        QTRY_VERIFY_WITH_TIMEOUT(f.editor->panel()->isPreviewReady(), 10000);

        // Apply is what reaches the host.
        QSignalSpy applied(f.editor, &SudoersEditor::applyFinished);
        child<QPushButton>(f.editor, "applyButton")->click();
        QVERIFY(applied.wait(20000));
        QVERIFY(f.control().commandLog().size() > beforeApply);
        QCOMPARE(f.editor->currentPage(), SudoersEditor::ApplyPage); // this fake host cannot stage files
        GuiTest::screenshot(f.editor, QStringLiteral("sudoers-editor-applied"));
        // Refused: back to the editor with the edits kept.
        auto *back = child<QPushButton>(f.editor, "backButton");
        QVERIFY(back->isVisible() && back->isEnabled());
        back->click();
        QCOMPARE(f.editor->currentPage(), SudoersEditor::EditPage);
        QCOMPARE(f.editor->text(Root), edited);
    }

    void hostMenuOpensTheEditorOnTheHostsFiles()
    {
        QTemporaryDir dir;
        FakeSession::Script script;
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        FakeSession::SudoersFiles sudoers;
        sudoers.user = QStringLiteral("admin");
        sudoers.uid = QStringLiteral("1000");
        sudoers.groups = {QStringLiteral("admin"), QStringLiteral("sudo")};
        sudoers.files = {{Root, RootText}, {LabAdmin, LabAdminText}};
        sudoers.directories = {{QStringLiteral("/etc/sudoers.d"), {QStringLiteral("90-labadmin")}}};
        sudoers.users = {QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("labadmin")};
        sudoers.groupNames = {QStringLiteral("root"), QStringLiteral("sudo"), QStringLiteral("admin")};
        script.respond = [sudoers](const Transport::RemoteCommand &command) {
            return sudoers.answer(command);
        };
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Host host = GuiTest::sampleHost();
        window.addHost(host, nullptr);
        auto *action = child<QAction>(&window, "actionSudoersEditor");
        QVERIFY(action->isEnabled());
        action->trigger();
        SudoersEditor *editor = window.sudoersEditor();
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasSnapshot(), 10000);
        QCOMPARE(editor->filesModel()->rowCount(), 2);
        QCOMPARE(editor->filesModel()->path(1), LabAdmin);
        QCOMPARE(editor->text(Root), RootText);
        // The read was one elevated command.
        int reads = 0;
        for (const QByteArrayList &argv : script.control->commandLog())
            reads += argv.size() > 4 && argv.at(4).startsWith("BULWARK-") ? 1 : 0;
        QCOMPARE(reads, 1);
        editor->close();
    }

    void lockoutIsRefused()
    {
        Fixture f(labadmin());
        f.editor->openFile(LabAdmin);
        f.type("labadmin ALL=(ALL) ALL\n"); // a password it cannot type
        f.editor->review();
        QCOMPARE(f.editor->currentPage(), SudoersEditor::EditPage);
        auto *banner = child<ErrorBanner>(f.editor, "editorBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->message().isEmpty());
        QVERIFY(f.editor->reviewedPlan().isEmpty());
        QVERIFY(f.control().commandLog().isEmpty());
        GuiTest::screenshot(f.editor, QStringLiteral("sudoers-editor-lockout"));
    }
};

QTEST_MAIN(TestSudoersEditor)
#include "tst_sudoerseditor.moc"
