// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "ui/diff/DiffLineModel.h"
#include "ui/diff/DiffView.h"
#include "ui/diff/LineHighlighter.h"
#include "ui/diff/SyntaxRules.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

using namespace Bulwark::Ui;
using GuiTest::child;
using Kind = DiffDisplay::RowKind;
using Language = SyntaxRules::Language;
using Category = SyntaxRules::Category;

Q_DECLARE_METATYPE(Bulwark::Ui::SyntaxRules::Language)
Q_DECLARE_METATYPE(Bulwark::Ui::SyntaxRules::Category)

namespace {

const QString SshdConfig = QStringLiteral("/etc/ssh/sshd_config");

QByteArray sshdBefore()
{
    return "# Bulwark test\nPort 22\nPermitRootLogin yes\nPasswordAuthentication yes\nUsePAM yes\n";
}

QByteArray sshdAfter()
{
    return "# Bulwark test\nPort 22\nPermitRootLogin no\nPasswordAuthentication yes\nUsePAM yes\n";
}

QList<int> kinds(const QAbstractItemModel &model)
{
    QList<int> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(DiffLineModel::KindRole).toInt();
    return out;
}

// n numbered lines; every line whose number is divisible by `every` is changed in after.
std::pair<QByteArray, QByteArray> numberedFiles(int n, int every)
{
    QByteArray before;
    QByteArray after;
    before.reserve(n * 32);
    after.reserve(n * 32);
    for (int i = 1; i <= n; ++i) {
        const QByteArray line = "setting_" + QByteArray::number(i) + " = value " + QByteArray::number(i * 7);
        before += line + '\n';
        after += (every > 0 && i % every == 0 ? line + " changed" : line) + '\n';
    }
    return {before, after};
}

bool waitDisplayed(DiffView &view)
{
    if (!view.isComputing())
        return true;
    QSignalSpy spy(&view, &DiffView::displayed);
    return spy.wait(60000);
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void unifiedRows()
    {
        DiffView view;
        QCOMPARE(view.objectName(), QStringLiteral("diffView"));
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setFile(SshdConfig, sshdBefore(), sshdAfter());
        QVERIFY(!view.isComputing());
        QCOMPARE(view.mode(), DiffView::Mode::Unified);
        QCOMPARE(kinds(*view.model()), (QList<int>{int(Kind::Context), int(Kind::Context), int(Kind::Removed),
                                                   int(Kind::Added), int(Kind::Context), int(Kind::Context)}));
        const QAbstractItemModel &model = *view.model();
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("-PermitRootLogin yes"));
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("+PermitRootLogin no"));
        QCOMPARE(model.index(2, 0).data(DiffLineModel::OldNumberRole).toInt(), 3);
        QCOMPARE(model.index(2, 0).data(DiffLineModel::NewNumberRole).toInt(), 0);
        QCOMPARE(model.index(3, 0).data(DiffLineModel::NewNumberRole).toInt(), 3);
        QCOMPARE(model.index(4, 0).data(DiffLineModel::OldNumberRole).toInt(), 4);
        QCOMPARE(child<QLabel>(&view, "diffPath")->text(), SshdConfig);
        const QString stats = child<QLabel>(&view, "diffStats")->text();
        QVERIFY2(stats.contains(QStringLiteral(">+1<")) && stats.contains(QStringLiteral(">\u22121<")),
                 qPrintable(stats));
        QCOMPARE(child<QLabel>(&view, "diffLanguage")->text(), QStringLiteral("ssh_config"));
        QCOMPARE(child<QStackedWidget>(&view, "diffStack")->currentWidget(), view.lineView());
        QVERIFY(child<QLabel>(&view, "diffNote")->isHidden());
        view.resize(760, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        GuiTest::screenshot(&view, QStringLiteral("diffview-unified"));
    }

    void sideBySideRows()
    {
        DiffView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setFile(SshdConfig, sshdBefore(), sshdAfter());
        QSignalSpy modes(&view, &DiffView::modeChanged);
        child<QToolButton>(&view, "diffSideBySideButton")->click();
        QCOMPARE(view.mode(), DiffView::Mode::SideBySide);
        QCOMPARE(modes.size(), 1);
        QCOMPARE(view.model()->layout(), DiffLineModel::Layout::SideBySide);
        QCOMPARE(kinds(*view.model()), (QList<int>{int(Kind::Context), int(Kind::Context), int(Kind::Changed),
                                                   int(Kind::Context), int(Kind::Context)}));
        const QModelIndex changed = view.model()->index(2, 0);
        QCOMPARE(changed.data(DiffLineModel::OldTextRole).toString(), QStringLiteral("PermitRootLogin yes"));
        QCOMPARE(changed.data(DiffLineModel::NewTextRole).toString(), QStringLiteral("PermitRootLogin no"));
        QCOMPARE(changed.data(DiffLineModel::OldNumberRole).toInt(), 3);
        QCOMPARE(changed.data(DiffLineModel::NewNumberRole).toInt(), 3);
        view.resize(900, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        GuiTest::screenshot(&view, QStringLiteral("diffview-sidebyside"));

        view.setMode(DiffView::Mode::Unified);
        QVERIFY(child<QToolButton>(&view, "diffUnifiedButton")->isChecked());
        QCOMPARE(view.model()->rowCount(), 6);
        QCOMPARE(modes.size(), 2);
    }

    void intraLineRanges()
    {
        DiffView view;
        view.setFile(SshdConfig, sshdBefore(), sshdAfter());
        const DiffLineModel::PaintRow removed = view.model()->paintRow(2);
        const DiffLineModel::PaintRow added = view.model()->paintRow(3);
        QCOMPARE(removed.left.changed, (QList<std::pair<int, int>>{{16, 3}}));
        QCOMPARE(added.left.changed, (QList<std::pair<int, int>>{{16, 2}}));
        QVERIFY(view.model()->paintRow(0).left.changed.isEmpty());
        // The keyword is highlighted as an sshd_config directive.
        QVERIFY(!removed.left.syntax.isEmpty());
        QCOMPARE(removed.left.syntax.first(), (SyntaxRules::Span{0, 15, Category::Keyword}));

        // Non-ASCII text: the ranges are in UTF-16 units, not bytes.
        view.setFile(QStringLiteral("/etc/motd"), "Grüße: alt\n", "Grüße: neu\n");
        QCOMPARE(view.model()->paintRow(0).left.changed, (QList<std::pair<int, int>>{{7, 3}}));
    }

    void hunksAndWholeFile()
    {
        DiffView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto [before, after] = numberedFiles(20, 10); // changes lines 10 and 20
        view.setFile(QStringLiteral("/etc/app.conf"), before, after);
        QCOMPARE(view.model()->index(0, 0).data(DiffLineModel::KindRole).toInt(), int(Kind::Skipped));
        QCOMPARE(view.model()->index(0, 0).data(DiffLineModel::SkippedRole).toInt(), 6);
        QVERIFY(view.model()->index(0, 0).data().toString().startsWith(QStringLiteral("6 unchanged line")));
        // 6 skipped, 3 context, -10 +10, 3 context, 3 skipped (14..16), 3 context, -20 +20
        QCOMPARE(view.model()->rowCount(), 1 + 3 + 2 + 3 + 1 + 3 + 2);
        QCOMPARE(view.model()->index(9, 0).data(DiffLineModel::SkippedRole).toInt(), 3);
        child<QToolButton>(&view, "diffWholeFileButton")->click();
        QVERIFY(view.showsWholeFile());
        QCOMPARE(view.model()->rowCount(), 22);
        QVERIFY(!kinds(*view.model()).contains(int(Kind::Skipped)));
        view.setShowWholeFile(false);
        QCOMPARE(view.model()->rowCount(), 15);
        view.resize(760, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        GuiTest::screenshot(&view, QStringLiteral("diffview-hunks"));
    }

    void messages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<bool>("showsLines");
        QTest::addColumn<QString>("text"); // in the message (no lines) or the note (lines)

        QTest::newRow("binary") << QStringLiteral("/usr/lib/x.so")
                                << QByteArray("\x7f"
                                              "ELF\0\1\2",
                                              7)
                                << QByteArray("\x7f"
                                              "ELF\0\1\3",
                                              7)
                                << false << QStringLiteral("Binary file");
        QTest::newRow("binary identical") << QStringLiteral("/usr/lib/x.so") << QByteArray("\0\1", 2)
                                          << QByteArray("\0\1", 2) << false << QStringLiteral("unchanged");
        QTest::newRow("identical") << SshdConfig << sshdBefore() << sshdBefore() << false
                                   << QStringLiteral("No changes");
        QTest::newRow("latin-1") << QStringLiteral("/etc/motd") << QByteArray("Caf\xe9 ouvert\n")
                                 << QByteArray("Caf\xe9 ferm\xe9\n") << true << QStringLiteral("not valid UTF-8");
        QTest::newRow("created") << QStringLiteral("/etc/sudoers.d/bulwark") << QByteArray()
                                 << QByteArray("Defaults use_pty\n") << true << QStringLiteral("New file");
        QTest::newRow("deleted") << QStringLiteral("/etc/sudoers.d/old") << QByteArray("admin ALL=(ALL) ALL\n")
                                 << QByteArray() << true << QStringLiteral("deleted");
        QTest::newRow("both empty") << QStringLiteral("/etc/empty") << QByteArray() << QByteArray() << false
                                    << QStringLiteral("empty");
    }

    void messages()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(bool, showsLines);
        QFETCH(QString, text);
        DiffView view;
        view.resize(640, 240);
        view.show();
        view.setFile(path, before, after);
        auto *stack = child<QStackedWidget>(&view, "diffStack");
        if (showsLines) {
            QCOMPARE(stack->currentWidget(), view.lineView());
            auto *note = child<QLabel>(&view, "diffNote");
            QVERIFY(!note->isHidden());
            QVERIFY2(note->text().contains(text), qPrintable(note->text()));
            for (int row = 0; row < view.model()->rowCount(); ++row)
                QVERIFY(!view.model()->index(row, 0).data().toString().isNull());
        } else {
            auto *message = child<QLabel>(&view, "diffMessage");
            QCOMPARE(stack->currentWidget(), message);
            QVERIFY2(message->text().contains(text), qPrintable(message->text()));
            QVERIFY(!child<QToolButton>(&view, "diffSideBySideButton")->isEnabled());
        }
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        GuiTest::screenshot(&view, QStringLiteral("diffview-") +
                                       QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    }

    void latin1ShowsReplacementCharacter()
    {
        DiffView view;
        view.setFile(QStringLiteral("/etc/motd"), "Caf\xe9 ouvert\n", "Caf\xe9 ferm\xe9\n");
        QVERIFY(view.model()->index(0, 0).data(DiffLineModel::OldTextRole).toString().contains(QChar(0xfffd)));
    }

    void languageDetection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Language>("language");
        QTest::newRow("sudoers") << QStringLiteral("/etc/sudoers") << Language::Sudoers;
        QTest::newRow("sudoers.d") << QStringLiteral("/etc/sudoers.d/90-cloud") << Language::Sudoers;
        QTest::newRow("sshd_config") << SshdConfig << Language::SshConfig;
        QTest::newRow("ssh_config") << QStringLiteral("/etc/ssh/ssh_config") << Language::SshConfig;
        QTest::newRow("sshd_config.d") << QStringLiteral("/etc/ssh/sshd_config.d/50-bulwark.conf")
                                       << Language::SshConfig;
        QTest::newRow("sshd_config backup") << QStringLiteral("/etc/ssh/sshd_config.bak") << Language::SshConfig;
        QTest::newRow("nginx.conf") << QStringLiteral("/etc/nginx/nginx.conf") << Language::Nginx;
        QTest::newRow("nginx conf.d") << QStringLiteral("/etc/nginx/conf.d/tls.conf") << Language::Nginx;
        QTest::newRow("nginx site") << QStringLiteral("/etc/nginx/sites-available/default") << Language::Nginx;
        QTest::newRow("apache2.conf") << QStringLiteral("/etc/apache2/apache2.conf") << Language::Apache;
        QTest::newRow("apache site") << QStringLiteral("/etc/apache2/sites-enabled/000-default.conf")
                                     << Language::Apache;
        QTest::newRow("httpd") << QStringLiteral("/etc/httpd/conf.d/ssl.conf") << Language::Apache;
        QTest::newRow("shell") << QStringLiteral("/usr/local/sbin/backup.sh") << Language::Shell;
        QTest::newRow("profile.d") << QStringLiteral("/etc/profile.d/tmout.sh") << Language::Shell;
        QTest::newRow("ps1") << QStringLiteral("C:\\Scripts\\Harden.ps1") << Language::PowerShell;
        QTest::newRow("psm1 upper") << QStringLiteral("C:\\Modules\\Audit.PSM1") << Language::PowerShell;
        QTest::newRow("patch") << QStringLiteral("/tmp/fix.patch") << Language::Diff;
        QTest::newRow("diff") << QStringLiteral("changes.diff") << Language::Diff;
        QTest::newRow("plain") << QStringLiteral("/etc/hosts") << Language::Plain;
        QTest::newRow("conf elsewhere") << QStringLiteral("/etc/sysctl.d/99-bulwark.conf") << Language::Plain;
        QTest::newRow("empty") << QString() << Language::Plain;
    }

    void languageDetection()
    {
        QFETCH(QString, path);
        QFETCH(Language, language);
        QCOMPARE(SyntaxRules::detect(path), language);
        QCOMPARE(LineHighlighter(path).language(), language);
    }

    void languageOverride()
    {
        DiffView view;
        view.setFile(QStringLiteral("/etc/hosts"), "a\n", "b\n");
        QCOMPARE(view.language(), Language::Plain);
        view.setLanguage(Language::Shell);
        QCOMPARE(view.language(), Language::Shell);
        QCOMPARE(view.model()->language(), Language::Shell);
        QCOMPARE(child<QLabel>(&view, "diffLanguage")->text(), QStringLiteral("shell"));
        view.setLanguage(std::nullopt);
        QCOMPARE(view.model()->language(), Language::Plain);
    }

    void highlighter_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("token");
        QTest::addColumn<Category>("category");

        QTest::newRow("sudoers comment") << Language::Sudoers << QStringLiteral("# allow admins")
                                         << QStringLiteral("# allow admins") << Category::Comment;
        QTest::newRow("sudoers include") << Language::Sudoers << QStringLiteral("@includedir /etc/sudoers.d")
                                         << QStringLiteral("@includedir /etc/sudoers.d") << Category::Keyword;
        QTest::newRow("sudoers Defaults") << Language::Sudoers << QStringLiteral("Defaults use_pty")
                                          << QStringLiteral("Defaults") << Category::Keyword;
        QTest::newRow("sudoers group") << Language::Sudoers << QStringLiteral("%sudo ALL=(ALL:ALL) ALL")
                                       << QStringLiteral("%sudo") << Category::Variable;
        QTest::newRow("sudoers ALL") << Language::Sudoers << QStringLiteral("%sudo ALL=(ALL:ALL) ALL")
                                     << QStringLiteral("ALL") << Category::Number;
        QTest::newRow("sudoers tag") << Language::Sudoers << QStringLiteral("deploy ALL=(root) NOPASSWD: /bin/true")
                                     << QStringLiteral("NOPASSWD:") << Category::Builtin;
        QTest::newRow("sshd keyword") << Language::SshConfig << QStringLiteral("  PermitRootLogin no")
                                      << QStringLiteral("PermitRootLogin") << Category::Keyword;
        QTest::newRow("sshd value") << Language::SshConfig << QStringLiteral("PermitRootLogin prohibit-password")
                                    << QStringLiteral("prohibit-password") << Category::Number;
        QTest::newRow("sshd comment") << Language::SshConfig << QStringLiteral("#Port 22") << QStringLiteral("#Port 22")
                                      << Category::Comment;
        QTest::newRow("sshd match") << Language::SshConfig << QStringLiteral("Match User backup")
                                    << QStringLiteral("Match") << Category::Section;
        QTest::newRow("nginx directive") << Language::Nginx << QStringLiteral("    ssl_protocols TLSv1.2 TLSv1.3;")
                                         << QStringLiteral("ssl_protocols") << Category::Keyword;
        QTest::newRow("nginx variable") << Language::Nginx << QStringLiteral("return 301 https://$host$request_uri;")
                                        << QStringLiteral("$host") << Category::Variable;
        QTest::newRow("nginx block") << Language::Nginx << QStringLiteral("server {") << QStringLiteral("server")
                                     << Category::Section;
        QTest::newRow("nginx string hash") << Language::Nginx << QStringLiteral("add_header X \"a#b\";")
                                           << QStringLiteral("\"a#b\"") << Category::String;
        QTest::newRow("apache section") << Language::Apache << QStringLiteral("<VirtualHost *:443>")
                                        << QStringLiteral("<VirtualHost") << Category::Section;
        QTest::newRow("apache directive") << Language::Apache << QStringLiteral("  ServerTokens Prod")
                                          << QStringLiteral("ServerTokens") << Category::Keyword;
        QTest::newRow("apache constant") << Language::Apache << QStringLiteral("SSLEngine on") << QStringLiteral("on")
                                         << Category::Number;
        QTest::newRow("shell keyword") << Language::Shell << QStringLiteral("if [ -f /etc/x ]; then")
                                       << QStringLiteral("if") << Category::Keyword;
        QTest::newRow("shell variable") << Language::Shell << QStringLiteral("echo \"$HOME\" ${PATH}")
                                        << QStringLiteral("${PATH}") << Category::Variable;
        QTest::newRow("shell string") << Language::Shell << QStringLiteral("echo 'a # b'") << QStringLiteral("'a # b'")
                                      << Category::String;
        QTest::newRow("shell comment") << Language::Shell << QStringLiteral("ls # list") << QStringLiteral("# list")
                                       << Category::Comment;
        QTest::newRow("shell $# is no comment")
            << Language::Shell << QStringLiteral("echo $#") << QStringLiteral("$#") << Category::Variable;
        QTest::newRow("ps cmdlet") << Language::PowerShell << QStringLiteral("Set-ItemProperty -Path $key -Name X")
                                   << QStringLiteral("Set-ItemProperty") << Category::Builtin;
        QTest::newRow("ps variable") << Language::PowerShell << QStringLiteral("$env:TEMP = 'x'")
                                     << QStringLiteral("$env:TEMP") << Category::Variable;
        QTest::newRow("ps operator") << Language::PowerShell << QStringLiteral("if ($a -eq 1) {}")
                                     << QStringLiteral("-eq") << Category::Operator;
        QTest::newRow("ps keyword") << Language::PowerShell << QStringLiteral("foreach ($x in $y) {}")
                                    << QStringLiteral("foreach") << Category::Keyword;
        QTest::newRow("diff hunk") << Language::Diff << QStringLiteral("@@ -1,3 +1,3 @@")
                                   << QStringLiteral("@@ -1,3 +1,3 @@") << Category::Section;
        QTest::newRow("diff added") << Language::Diff << QStringLiteral("+PermitRootLogin no")
                                    << QStringLiteral("+PermitRootLogin no") << Category::Added;
        QTest::newRow("diff removed") << Language::Diff << QStringLiteral("-PermitRootLogin yes")
                                      << QStringLiteral("-PermitRootLogin yes") << Category::Removed;
        QTest::newRow("diff header") << Language::Diff << QStringLiteral("--- a/etc/ssh/sshd_config")
                                     << QStringLiteral("--- a/etc/ssh/sshd_config") << Category::Meta;
    }

    void highlighter()
    {
        QFETCH(Language, language);
        QFETCH(QString, line);
        QFETCH(QString, token);
        QFETCH(Category, category);
        const QList<SyntaxRules::Span> spans = SyntaxRules::forLanguage(language).highlight(line);
        const int start = int(line.indexOf(token));
        QVERIFY(start >= 0);
        const SyntaxRules::Span expected{start, int(token.size()), category};
        QVERIFY2(spans.contains(expected),
                 qPrintable(QStringLiteral("%1 spans in \"%2\"").arg(spans.size()).arg(line)));
        // Spans never overlap and stay inside the line.
        int end = 0;
        for (const SyntaxRules::Span &span : spans) {
            QVERIFY(span.start >= end);
            QVERIFY(span.length > 0);
            end = span.start + span.length;
        }
        QVERIFY(end <= line.size());
    }

    void plainHasNoSpans()
    {
        QVERIFY(SyntaxRules::forLanguage(Language::Plain).highlight(QStringLiteral("anything # here")).isEmpty());
        for (Language language : SyntaxRules::languages())
            QVERIFY(SyntaxRules::forLanguage(language).highlight(QString()).isEmpty());
    }

    void largeDiffLoadsAndScrolls()
    {
        const auto [before, after] = numberedFiles(100000, 100);
        DiffView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFile(QStringLiteral("/etc/big.conf"), before, after);
        QVERIFY(view.isComputing());
        QCOMPARE(child<QStackedWidget>(&view, "diffStack")->currentWidget(), child<QLabel>(&view, "diffMessage"));
        QVERIFY(waitDisplayed(view));
        QVERIFY(view.display());
        QCOMPARE(view.display()->addedCount(), 1000);
        QCOMPARE(view.display()->removedCount(), 1000);
        // 1000 hunks of 3 + 2 + 3 lines (the last ends the file: no context after it), a skipped row before each
        QCOMPARE(view.model()->rowCount(), 1000 * 8 - 3 + 1000);

        for (DiffView::Mode mode : {DiffView::Mode::Unified, DiffView::Mode::SideBySide}) {
            view.setMode(mode);
            QScrollBar *bar = view.lineView()->verticalScrollBar();
            QVERIFY(bar->maximum() > 0);
            for (int value = 0; value < bar->maximum(); value += bar->pageStep() * 50) {
                bar->setValue(value);
                view.lineView()->viewport()->repaint();
            }
            bar->setValue(bar->maximum());
            view.lineView()->viewport()->repaint();
            QVERIFY(view.lineView()->indexAt(QPoint(5, 5)).isValid());
        }

        view.setMode(DiffView::Mode::Unified);
        view.setShowWholeFile(true);
        QVERIFY(waitDisplayed(view));
        QCOMPARE(view.model()->rowCount(), 101000);
        QScrollBar *bar = view.lineView()->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        view.lineView()->viewport()->repaint();
        GuiTest::screenshot(&view, QStringLiteral("diffview-large"));
    }

    void staleResultIsDropped()
    {
        const auto [before, after] = numberedFiles(20000, 50);
        DiffView view;
        view.setFile(QStringLiteral("/etc/big.conf"), before, after);
        QVERIFY(view.isComputing());
        view.setFile(SshdConfig, sshdBefore(), sshdAfter()); // small: shown at once
        QVERIFY(!view.isComputing());
        QCOMPARE(view.model()->rowCount(), 6);
        QTest::qWait(500); // the large comparison finishes meanwhile and must not replace the shown one
        QCOMPARE(view.path(), SshdConfig);
        QCOMPARE(view.model()->rowCount(), 6);
        view.clear();
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(child<QLabel>(&view, "diffPath")->text(), QString());
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
