// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/SudoersEditor.h"

#include "core/plan/FileEdit.h"
#include "core/plan/SudoAccess.h"
#include "core/sudoers/AliasCheck.h"
#include "core/sudoers/SudoersLinter.h"
#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/sudoers/SudoersFilesModel.h"
#include "ui/sudoers/SudoersLintModel.h"
#include "ui/sudoers/SudoersSnapshotLoader.h"
#include "ui/sudoers/SudoersTextEdit.h"
#include "ui/wizards/ApplyProgressView.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Sudoers::Diagnostic;
using Sudoers::LintFinding;
using Sudoers::SudoersFile;

namespace {

constexpr int LintDelayMs = 300;

SudoersTextEdit::Marker::Kind markerKind(LintFinding::Severity severity)
{
    return severity >= LintFinding::Severity::Medium ? SudoersTextEdit::Marker::Kind::Warning
                                                     : SudoersTextEdit::Marker::Kind::Note;
}

QString findingKey(const LintFinding &finding)
{
    return finding.id + QLatin1Char('\n') + finding.path + QLatin1Char('\n') + finding.message;
}

} // namespace

SudoersEditor::SudoersEditor(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : QDialog(parent ? parent : window)
    , m_window(window)
    , m_hostId(hostId)
    , m_loader(new SudoersSnapshotLoader(window, hostId, this))
{
    setObjectName(QStringLiteral("sudoersEditor"));
    if (window && window->hostModel()->contains(hostId))
        m_hostName = window->hostModel()->host(hostId).displayName();
    setWindowTitle(tr("Sudoers — %1").arg(m_hostName));
    setSizeGripEnabled(true);
    resize(1180, 760);

    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setTextFormat(Qt::RichText);

    m_panel = new PlanApplyPanel(window, hostId, this);
    m_panel->setTitle(tr("What will change in the sudoers configuration of %1").arg(m_hostName));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("wizardPages"));
    m_pages->addWidget(createEditPage());
    m_pages->addWidget(m_panel);

    m_back = new QPushButton(tr("< &Back to the Editor"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QPushButton::clicked, this, &SudoersEditor::goBack);
    m_reload = new QPushButton(tr("Re&load from Host"), this);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Reads the configuration again; your edits are dropped. Changes nothing."));
    m_reload->setAutoDefault(false);
    connect(m_reload, &QPushButton::clicked, this, &SudoersEditor::reload);
    m_revert = new QPushButton(tr("Re&vert File"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setAutoDefault(false);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_currentPath.isEmpty())
            return;
        m_texts.remove(m_currentPath);
        const QString path = m_currentPath;
        m_currentPath.clear();
        openFile(path);
    });
    m_review = new QPushButton(tr("&Review Changes…"), this);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setToolTip(tr("Shows exactly what would change. Changes nothing."));
    connect(m_review, &QPushButton::clicked, this, &SudoersEditor::review);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    connect(m_apply, &QPushButton::clicked, this, &SudoersEditor::applyChanges);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &SudoersEditor::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_review);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(m_steps);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    m_lintTimer = new QTimer(this);
    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(LintDelayMs);
    connect(m_lintTimer, &QTimer::timeout, this, &SudoersEditor::relint);

    connect(m_loader, &SudoersSnapshotLoader::connecting, this,
            [this] { m_status->setText(tr("Connecting to %1…").arg(m_hostName)); });
    connect(m_loader, &SudoersSnapshotLoader::loaded, this, [this](const Result<Facts::SudoersSnapshot> &snapshot) {
        if (!snapshot) {
            m_status->setText(tr("The sudoers configuration could not be read. Nothing was changed."));
            m_banner->showError(snapshot.error(), ErrorBanner::Severity::Warning);
            updateButtons();
            return;
        }
        setSnapshot(*snapshot);
    });
    connect(m_panel, &PlanApplyPanel::stateChanged, this, &SudoersEditor::updateButtons);
    connect(m_panel, &PlanApplyPanel::previewUpdated, this, &SudoersEditor::previewUpdated);
    connect(m_panel, &PlanApplyPanel::applyFinished, this, &SudoersEditor::applyFinished);
    updateButtons();
}

SudoersEditor::~SudoersEditor() = default;

QWidget *SudoersEditor::createEditPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("editPage"));
    m_banner = new ErrorBanner(page);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);

    m_files = new SudoersFilesModel(this);
    m_fileView = new QTableView(page);
    m_fileView->setObjectName(QStringLiteral("sudoersFiles"));
    m_fileView->setModel(m_files);
    m_fileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fileView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileView->verticalHeader()->setVisible(false);
    m_fileView->setShowGrid(false);
    m_fileView->setTextElideMode(Qt::ElideMiddle);
    m_fileView->horizontalHeader()->setSectionResizeMode(SudoersFilesModel::FileColumn, QHeaderView::Stretch);
    m_fileView->setMinimumWidth(260);
    m_fileView->horizontalHeader()->setSectionResizeMode(SudoersFilesModel::ModeColumn, QHeaderView::ResizeToContents);
    m_fileView->horizontalHeader()->setSectionResizeMode(SudoersFilesModel::OwnerColumn, QHeaderView::ResizeToContents);
    m_fileView->horizontalHeader()->setHighlightSections(false);
    connect(m_fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openFile(m_files->path(current.row()));
            });

    m_fileHeader = new QLabel(page);
    m_fileHeader->setObjectName(QStringLiteral("fileHeader"));
    m_fileHeader->setWordWrap(true);
    m_parseError = new QLabel(page);
    m_parseError->setObjectName(QStringLiteral("parseErrorLabel"));
    m_parseError->setWordWrap(true);
    m_parseError->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_parseError->setVisible(false);
    m_text = new SudoersTextEdit(page);
    m_text->setObjectName(QStringLiteral("sudoersText"));
    m_text->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        m_lintTimer->start(); // debounced: checks once the admin pauses
        updateButtons();
    });

    m_lint = new SudoersLintModel(this);
    m_lintView = new QTableView(page);
    m_lintView->setObjectName(QStringLiteral("sudoersFindings"));
    m_lintView->setModel(m_lint);
    m_lintView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lintView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lintView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lintView->verticalHeader()->setVisible(false);
    m_lintView->setAlternatingRowColors(true);
    m_lintView->setWordWrap(false);
    m_lintView->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_lintView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SudoersLintModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SudoersLintModel::WhereColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SudoersLintModel::MessageColumn, QHeaderView::Stretch);
    m_lintView->setColumnWidth(SudoersLintModel::WhyColumn, 200);
    m_lintView->setColumnWidth(SudoersLintModel::FixColumn, 200);
    m_lintView->setMinimumHeight(110);
    connect(m_lintView, &QAbstractItemView::activated, this, &SudoersEditor::showFinding);
    connect(m_lintView, &QAbstractItemView::clicked, this, &SudoersEditor::showFinding);
    m_findingDetail = new QLabel(page);
    m_findingDetail->setObjectName(QStringLiteral("findingDetail"));
    m_findingDetail->setWordWrap(true);
    m_findingDetail->setTextFormat(Qt::RichText);
    m_findingDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *editorBox = new QWidget(page);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_fileHeader);
    editorLayout->addWidget(m_parseError);
    editorLayout->addWidget(m_text, 1);
    auto *findingsBox = new QWidget(page);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_lintView, 1);
    findingsLayout->addWidget(m_findingDetail);
    auto *right = new QSplitter(Qt::Vertical, page);
    right->setObjectName(QStringLiteral("editorSplitter"));
    right->addWidget(editorBox);
    right->addWidget(findingsBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({400, 220});
    right->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("filesSplitter"));
    split->addWidget(m_fileView);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 780});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormHelpers::pageTitle(tr("Who may do what as root on %1").arg(m_hostName), page));
    auto *intro = new QLabel(tr("The files sudo reads, in its order. Edits are checked as you type; nothing changes "
                                "on the host until you have reviewed the changes and pressed Apply."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    return page;
}

SudoersEditor::Page SudoersEditor::currentPage() const
{
    if (m_pages->currentIndex() == 0)
        return EditPage;
    switch (m_panel->stage()) {
    case PlanApplyPanel::PreviewStage:
        return PreviewPage;
    case PlanApplyPanel::ApplyStage:
        return ApplyPage;
    case PlanApplyPanel::ResultStage:
        return ResultPage;
    }
    return EditPage;
}

bool SudoersEditor::isApplying() const
{
    return m_panel->isApplying();
}

void SudoersEditor::reload()
{
    m_lintTimer->stop();
    m_banner->clear();
    m_status->setText(tr("Reading the sudoers configuration of %1 (nothing is changed)…").arg(m_hostName));
    m_loader->load();
    updateButtons();
}

void SudoersEditor::setSnapshot(const Facts::SudoersSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_original.clear();
    m_texts.clear();
    m_readOnly.clear();
    for (const SudoersFile &file : snapshot.tree.files()) {
        const QByteArray bytes = file.toBytes();
        m_original.insert(file.path(), bytes);
        // The editor works on text: a file that does not survive the round trip unchanged is shown, not edited.
        if (QString::fromUtf8(bytes).toUtf8() != bytes || bytes.contains('\r') || bytes.contains('\0'))
            m_readOnly.insert(file.path());
    }
    m_files->setSnapshot(snapshot);
    m_files->setEdited({});
    m_banner->clear();
    const qsizetype count = snapshot.tree.files().size();
    m_status->setText(tr("%n file(s) read from %1.", nullptr, int(count)).arg(m_hostName));
    m_currentPath.clear();
    if (count > 0) {
        m_fileView->selectionModel()->setCurrentIndex(m_files->index(0, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        openFile(snapshot.tree.files().first().path()); // no-op when the selection already opened it
    }
    m_pages->setCurrentIndex(0);
    updateButtons();
    Q_EMIT snapshotLoaded();
}

QByteArray SudoersEditor::text(const QString &path) const
{
    if (path == m_currentPath && !m_readOnly.contains(path) && m_text->isEnabled())
        return m_text->toPlainText().toUtf8();
    return m_texts.contains(path) ? m_texts.value(path) : m_original.value(path);
}

void SudoersEditor::storeCurrentText()
{
    if (m_currentPath.isEmpty() || m_readOnly.contains(m_currentPath))
        return;
    const QByteArray now = m_text->toPlainText().toUtf8();
    if (now == m_original.value(m_currentPath))
        m_texts.remove(m_currentPath);
    else
        m_texts.insert(m_currentPath, now);
}

QStringList SudoersEditor::editedPaths() const
{
    QStringList paths;
    if (!m_snapshot)
        return paths;
    for (const SudoersFile &file : m_snapshot->tree.files()) {
        if (!m_readOnly.contains(file.path()) && text(file.path()) != m_original.value(file.path()))
            paths.append(file.path());
    }
    return paths;
}

void SudoersEditor::openFile(const QString &path)
{
    if (!m_snapshot || !m_original.contains(path) || path == m_currentPath)
        return;
    if (m_lintTimer->isActive())
        m_lintTimer->stop();
    storeCurrentText();
    const QByteArray content = m_texts.contains(path) ? m_texts.value(path) : m_original.value(path);
    m_currentPath = path;
    const int row = m_files->row(path);
    if (row >= 0 && m_fileView->selectionModel()->currentIndex().row() != row)
        m_fileView->selectionModel()->setCurrentIndex(m_files->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_settingText = true;
    m_text->setPlainText(QString::fromUtf8(content));
    m_settingText = false;
    const bool readOnly = m_readOnly.contains(path);
    m_text->setReadOnly(readOnly);
    m_text->setEnabled(true);
    const auto meta = m_snapshot->metadata.find(path);
    QString header = meta == m_snapshot->metadata.end()
                         ? QStringLiteral("<b>%1</b>").arg(path.toHtmlEscaped())
                         : tr("<b>%1</b> &nbsp; mode %2, owner %3")
                               .arg(path.toHtmlEscaped(), SudoersFilesModel::modeText(meta->mode),
                                    SudoersFilesModel::ownerText(meta->uid, meta->gid));
    if (readOnly)
        header += QStringLiteral(" &nbsp; ") +
                  tr("(shown only: it holds bytes the console cannot edit without changing them)").toHtmlEscaped();
    m_fileHeader->setText(header);
    relint();
}

QList<SudoersFile> SudoersEditor::editedFiles(QString *problem) const
{
    QList<SudoersFile> files = m_snapshot ? m_snapshot->tree.files() : QList<SudoersFile>();
    for (SudoersFile &file : files) {
        const QByteArray now = text(file.path());
        if (now == m_original.value(file.path()))
            continue;
        Diagnostic where;
        Result<SudoersFile> parsed = SudoersFile::parse(now, file.path(), &where);
        if (!parsed) {
            if (problem && problem->isEmpty())
                *problem = where.line > 0 ? tr("%1, line %2, column %3: %4")
                                                .arg(file.path())
                                                .arg(where.line)
                                                .arg(where.column)
                                                .arg(where.message)
                                          : parsed.error().message();
            continue;
        }
        file = *parsed;
    }
    return files;
}

void SudoersEditor::relint()
{
    m_lintTimer->stop();
    if (!m_snapshot || m_currentPath.isEmpty())
        return;
    storeCurrentText();
    const QByteArray now = text(m_currentPath);
    Diagnostic where;
    const Result<SudoersFile> parsed = SudoersFile::parse(now, m_currentPath, &where);
    QList<SudoersTextEdit::Marker> markers;
    if (!parsed) {
        Diagnostic error = where;
        if (error.message.isEmpty())
            error.message = parsed.error().message();
        if (error.path.isEmpty())
            error.path = m_currentPath;
        markers.append({SudoersTextEdit::Marker::Kind::Error, qMax(1, error.line), error.column, error.message});
        m_lint->set(error, {}, {});
        m_parseError->setText(tr("Line %1, column %2: %3 — sudo would refuse this file.")
                                  .arg(error.line)
                                  .arg(error.column)
                                  .arg(error.message));
        m_parseError->setVisible(true);
    } else {
        const QList<SudoersFile> files = editedFiles(nullptr);
        const QList<LintFinding> findings =
            Sudoers::SudoersLinter::lint(files, SudoersLintModel::lintContext(*m_snapshot));
        for (const Diagnostic &warning : parsed->warnings())
            markers.append({SudoersTextEdit::Marker::Kind::Warning, warning.line, warning.column, warning.message});
        for (const LintFinding &finding : findings) {
            if (finding.path == m_currentPath && finding.line > 0)
                markers.append({markerKind(finding.severity), finding.line, 0, finding.message});
        }
        m_lint->set(std::nullopt, parsed->warnings(), findings);
        m_parseError->setVisible(false);
    }
    m_text->setMarkers(markers);
    m_findingDetail->clear();
    m_files->setEdited(QSet<QString>(m_texts.keyBegin(), m_texts.keyEnd()));
    updateButtons();
    Q_EMIT linted();
}

void SudoersEditor::showFinding(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const SudoersLintModel::Row row = m_lint->rowAt(index.row());
    QString html = QStringLiteral("<b>%1</b>").arg(row.message.toHtmlEscaped());
    if (!row.why.isEmpty())
        html += QStringLiteral("<br>%1 %2").arg(tr("Why:").toHtmlEscaped(), row.why.toHtmlEscaped());
    if (!row.fix.isEmpty())
        html += QStringLiteral("<br>%1 %2").arg(tr("Fix:").toHtmlEscaped(), row.fix.toHtmlEscaped());
    if (!row.path.isEmpty() && row.path != m_currentPath)
        openFile(row.path);
    m_findingDetail->setText(html);
    if (row.line > 0 && row.path == m_currentPath)
        m_text->moveTo(row.line, row.column);
}

Result<Plan::ChangePlan> SudoersEditor::buildPlan()
{
    if (!m_snapshot)
        return Error(Error::Code::InvalidArgument, tr("The sudoers configuration has not been read yet."));
    storeCurrentText();
    const QStringList edited = editedPaths();
    if (edited.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Nothing was edited: there is nothing to review."));
    QString problem;
    const QList<SudoersFile> after = editedFiles(&problem);
    if (!problem.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("sudo would refuse the edited configuration, so Bulwark will not write it. %1").arg(problem));
    // Alias checks over the whole configuration: a name defined twice is an error for visudo.
    QList<Sudoers::AliasCheck::FileStatements> statements;
    for (const SudoersFile &file : after)
        statements.append({file.path(), &file.statements()});
    for (const Diagnostic &diagnostic : Sudoers::AliasCheck::run(statements)) {
        if (diagnostic.severity == Diagnostic::Severity::Error)
            return Error(Error::Code::InvalidArgument,
                         tr("sudo would refuse the edited configuration, so Bulwark will not write it. %1")
                             .arg(diagnostic.toString()));
    }
    // The lockout pre-flight: the login keeps a working way to root.
    const Plan::SudoIdentity &identity = m_snapshot->identity;
    const QList<SudoersFile> &before = m_snapshot->tree.files();
    const Plan::SudoAccess::Answer was = Plan::SudoAccess::evaluate(before, identity);
    const Plan::SudoAccess::Answer will = Plan::SudoAccess::evaluate(after, identity);
    if (Result<void> kept = Plan::SudoAccess::preflight(was, will, identity); !kept)
        return kept.error();

    Plan::ChangePlan plan;
    plan.setHostDisplayName(m_hostName);
    plan.setCreated(QDateTime::currentDateTimeUtc());
    for (const QString &path : edited) {
        Plan::FileEdit edit;
        edit.setPath(path);
        edit.setBefore(m_original.value(path));
        edit.setAfter(text(path));
        edit.setMode(QStringLiteral("0440"));
        edit.setOwner(QStringLiteral("root"));
        edit.setGroup(QStringLiteral("root"));
        edit.setValidator({QStringLiteral("visudo"), QStringLiteral("-cf"), Plan::FileEdit::stagedPlaceholder()});
        edit.setVerify({QStringLiteral("visudo"), QStringLiteral("-c")});
        plan.append(Plan::Change(tr("Edit %1").arg(path), edit));
    }
    // What the edit introduces, in the linter's words.
    const Sudoers::SudoersLinter::Context context = SudoersLintModel::lintContext(*m_snapshot);
    QSet<QString> known;
    for (const LintFinding &finding : Sudoers::SudoersLinter::lint(before, context))
        known.insert(findingKey(finding));
    for (const LintFinding &finding : Sudoers::SudoersLinter::lint(after, context)) {
        if (known.contains(findingKey(finding)) || finding.severity < LintFinding::Severity::Medium)
            continue;
        plan.addWarning(finding.line > 0
                            ? tr("%1, line %2: %3").arg(finding.path).arg(finding.line).arg(finding.message)
                            : tr("%1: %2").arg(finding.path, finding.message));
    }
    return plan;
}

void SudoersEditor::review()
{
    if (currentPage() != EditPage || !m_snapshot)
        return;
    relint();
    m_reviewed = Plan::ChangePlan();
    const Result<Plan::ChangePlan> plan = buildPlan();
    if (!plan) {
        m_banner->showError(plan.error(), ErrorBanner::Severity::Critical);
        m_status->setText(tr("Bulwark will not make this change. Nothing was changed."));
        updateButtons();
        Q_EMIT reviewed();
        return;
    }
    m_banner->clear();
    m_reviewed = *plan;
    m_pages->setCurrentIndex(1);
    m_panel->preview(m_reviewed);
    updateButtons();
    Q_EMIT reviewed();
}

void SudoersEditor::applyChanges()
{
    if (currentPage() != PreviewPage)
        return;
    m_panel->apply();
    updateButtons();
}

void SudoersEditor::goBack()
{
    // From the preview, or after an apply that ended without changing anything for good (refused, rolled back).
    if (currentPage() != PreviewPage && !(currentPage() == ApplyPage && !m_panel->isBusy()))
        return;
    m_panel->cancelPreview();
    m_pages->setCurrentIndex(0);
    updateButtons();
}

void SudoersEditor::reject()
{
    if (m_panel->isApplying())
        return; // a transaction runs: it ends applied or rolled back, never abandoned
    m_panel->cancelPreview();
    QDialog::reject();
}

void SudoersEditor::updateSteps()
{
    m_steps->setText(FormHelpers::stepsText({tr("Edit"), tr("Review"), tr("Apply"), tr("Result")}, int(currentPage())));
}

void SudoersEditor::updateButtons()
{
    const Page page = currentPage();
    const bool busy = m_panel->isBusy();
    const bool edited = m_snapshot && !editedPaths().isEmpty();
    m_back->setVisible(page == PreviewPage || (page == ApplyPage && !busy));
    m_back->setEnabled(!m_panel->isApplying());
    m_reload->setVisible(page == EditPage);
    m_reload->setEnabled(!m_loader->isLoading());
    m_revert->setVisible(page == EditPage);
    m_revert->setEnabled(m_snapshot && m_texts.contains(m_currentPath));
    m_review->setVisible(page == EditPage);
    m_review->setEnabled(edited);
    m_apply->setVisible(page == PreviewPage);
    const int changes = m_panel->changeCount();
    m_apply->setText(changes > 0 ? tr("&Apply %n Change(s)", nullptr, changes) : tr("&Apply"));
    m_apply->setEnabled(m_panel->canApply());
    const bool running = page == ApplyPage && busy;
    m_close->setText(page == ResultPage || page == ApplyPage ? tr("Close") : tr("Cancel"));
    if (page == EditPage)
        m_close->setText(edited ? tr("Cancel") : tr("Close"));
    m_close->setEnabled(!running);
    if (page == PreviewPage && m_apply->isEnabled())
        m_apply->setDefault(true);
    updateSteps();
}

} // namespace Bulwark::Ui
