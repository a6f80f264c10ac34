// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/ApplyReport.h"
#include "core/facts/SudoersReader.h"
#include "core/plan/ChangePlan.h"
#include "core/util/Result.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUuid>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Bulwark::Ui {

class ErrorBanner;
class MainWindow;
class PlanApplyPanel;
class SudoersFilesModel;
class SudoersLintModel;
class SudoersSnapshotLoader;
class SudoersTextEdit;

// The host's sudoers configuration in the console. Edit: the files sudo reads on the left (/etc/sudoers and each
// include, with mode and owner), the selected one in an editor with sudoers highlighting and live checks: ~300 ms
// after the admin stops typing the file is parsed again (SudoersFile::parse: an error is marked at its line and
// column) and the whole configuration, with the edited files in place, linted (SudoersLinter: markers in the gutter,
// wavy underlines and the findings list under the editor; a click on one moves the cursor there). "Review
// Changes…" turns the edited files into a plan, one FileEdit per file (mode 0440 root:root, checked by visudo -cf
// on the staged copy and visudo -c afterwards), only when every edited file parses and the login keeps its way to
// root (SudoAccess::preflight); otherwise it says why. Then the services wizard's steps: preview, apply, result
// with a rescan (PlanApplyPanel). Nothing is written to the host before Apply.
// The configuration is read with SudoersReader on the host's worker (reload()); tests hand it in (setSnapshot()).
// Lives on the GUI thread and never waits on it.
class SudoersEditor : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        EditPage,
        PreviewPage,
        ApplyPage,
        ResultPage
    };

    SudoersEditor(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~SudoersEditor() override;

    QUuid hostId() const { return m_hostId; }
    Page currentPage() const;
    bool hasSnapshot() const { return m_snapshot.has_value(); }
    bool isApplying() const;
    QString currentPath() const { return m_currentPath; }
    // The text of `path` as edited (the snapshot's when untouched).
    QByteArray text(const QString &path) const;
    // The files whose text differs from the host's.
    QStringList editedPaths() const;
    // The plan the last review made (empty when it refused).
    Plan::ChangePlan reviewedPlan() const { return m_reviewed; }
    // The plan for the edits as they are, or why there is none.
    Result<Plan::ChangePlan> buildPlan();

    SudoersTextEdit *textEdit() const { return m_text; }
    SudoersFilesModel *filesModel() const { return m_files; }
    SudoersLintModel *lintModel() const { return m_lint; }
    PlanApplyPanel *panel() const { return m_panel; }

public Q_SLOTS:
    // Reads the configuration from the host again (reads only); edits are dropped.
    void reload();
    void setSnapshot(const Bulwark::Facts::SudoersSnapshot &snapshot);
    void openFile(const QString &path);
    // Checks the edited text now (the editor does it by itself ~300 ms after the last keystroke).
    void relint();
    void review();
    void applyChanges();
    void goBack();
    void reject() override;

Q_SIGNALS:
    void snapshotLoaded();
    void linted();
    // Review finished: a preview is on its way, or the banner says why not.
    void reviewed();
    void previewUpdated();
    void applyFinished(const Bulwark::Apply::ApplyReport &report);

private:
    QWidget *createEditPage();
    void storeCurrentText();
    QList<Sudoers::SudoersFile> editedFiles(QString *problem) const;
    void showFinding(const QModelIndex &index);
    void updateButtons();
    void updateSteps();

    QPointer<MainWindow> m_window;
    QUuid m_hostId;
    QString m_hostName;
    SudoersSnapshotLoader *m_loader = nullptr;
    std::optional<Facts::SudoersSnapshot> m_snapshot;
    QHash<QString, QByteArray> m_original;
    QHash<QString, QByteArray> m_texts; // edited texts by path
    QSet<QString> m_readOnly;           // files the editor cannot show byte for byte
    QString m_currentPath;
    bool m_settingText = false;
    Plan::ChangePlan m_reviewed;

    QLabel *m_steps = nullptr;
    QStackedWidget *m_pages = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_fileView = nullptr;
    SudoersFilesModel *m_files = nullptr;
    QLabel *m_fileHeader = nullptr;
    QLabel *m_parseError = nullptr;
    SudoersTextEdit *m_text = nullptr;
    QTableView *m_lintView = nullptr;
    SudoersLintModel *m_lint = nullptr;
    QLabel *m_findingDetail = nullptr;
    QTimer *m_lintTimer = nullptr;
    PlanApplyPanel *m_panel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Bulwark::Ui
