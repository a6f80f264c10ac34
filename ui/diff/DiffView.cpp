// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/diff/DiffView.h"

#include "ui/FutureWatch.h"
#include "ui/Theme.h"
#include "ui/diff/DiffLineDelegate.h"
#include "ui/diff/DiffLineModel.h"
#include "ui/diff/DiffPalette.h"

#include <QButtonGroup>
#include <QFuture>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Bulwark::Ui {

namespace {

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString shortHash(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex().left(16));
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diffView"));

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("diffPath"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont pathFont = Theme::monospaceFont();
    pathFont.setBold(true);
    m_pathLabel->setFont(pathFont);
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(QStringLiteral("diffStats"));
    m_statsLabel->setTextFormat(Qt::RichText);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setObjectName(QStringLiteral("diffLanguage"));
    m_languageLabel->setForegroundRole(QPalette::PlaceholderText);

    auto makeButton = [this](const QString &text, const char *name, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_unifiedButton = makeButton(tr("Unified"), "diffUnifiedButton", tr("Show removed and added lines in one column"));
    m_sideBySideButton = makeButton(tr("Side by side"), "diffSideBySideButton",
                                    tr("Show the current file and the new file next to "
                                       "each other"));
    m_wholeFileButton = makeButton(tr("Whole file"), "diffWholeFileButton",
                                   tr("Show every line of the file, not only the changes and 3 lines around them"));
    m_unifiedButton->setChecked(true);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->setExclusive(true);
    m_modeGroup->addButton(m_unifiedButton, int(Mode::Unified));
    m_modeGroup->addButton(m_sideBySideButton, int(Mode::SideBySide));
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_wholeFileButton, &QToolButton::toggled, this, &DiffView::setShowWholeFile);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 4, 4);
    header->setSpacing(10);
    header->addWidget(m_pathLabel, 0);
    header->addWidget(m_statsLabel, 0);
    header->addWidget(m_languageLabel, 0);
    header->addStretch(1);
    header->addWidget(m_unifiedButton);
    header->addWidget(m_sideBySideButton);
    header->addSpacing(8);
    header->addWidget(m_wholeFileButton);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("diffNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 4, 8, 4);
    m_note->setAutoFillBackground(true);
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::Window,
                         DiffPalette::isDark(palette()) ? QColor(0x3a, 0x30, 0x12) : QColor(0xff, 0xf4, 0xd6));
    m_note->setPalette(notePalette);
    m_note->hide();

    m_model = new DiffLineModel(this);
    m_delegate = new DiffLineDelegate(this);
    m_delegate->setFont(Theme::monospaceFont());
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("diffLines"));
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::SinglePass);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSpacing(0);
    m_view->setFont(Theme::monospaceFont());
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_model);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("diffMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(16);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("diffStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    clear();
}

DiffView::~DiffView() = default;

void DiffView::setFile(const QString &path, const QByteArray &before, const QByteArray &after)
{
    m_path = path;
    m_before = before;
    m_after = after;
    recompute();
}

void DiffView::clear()
{
    ++m_generation;
    m_computing = false;
    m_path.clear();
    m_before.clear();
    m_after.clear();
    m_display.reset();
    m_model->clear();
    m_note->hide();
    updateHeader();
    showMessage(tr("No file selected."));
}

void DiffView::setMode(Mode mode)
{
    if (m_modeGroup->checkedId() != int(mode))
        m_modeGroup->button(int(mode))->setChecked(true);
    if (mode == m_mode)
        return;
    m_mode = mode;
    const int top = m_view->indexAt(QPoint(1, 1)).row();
    m_model->setLayout(mode == Mode::Unified ? DiffLineModel::Layout::Unified : DiffLineModel::Layout::SideBySide);
    if (top > 0)
        m_view->scrollTo(m_model->index(std::min(top, m_model->rowCount() - 1), 0), QAbstractItemView::PositionAtTop);
    Q_EMIT modeChanged(mode);
}

void DiffView::setShowWholeFile(bool wholeFile)
{
    if (m_wholeFileButton->isChecked() != wholeFile)
        m_wholeFileButton->setChecked(wholeFile); // re-enters through toggled()
    if (wholeFile == m_wholeFile)
        return;
    m_wholeFile = wholeFile;
    if (m_display)
        recompute();
}

void DiffView::setLanguage(std::optional<SyntaxRules::Language> language)
{
    m_language = language;
    if (m_display)
        showDisplay(m_display);
}

SyntaxRules::Language DiffView::language() const
{
    return m_language.value_or(SyntaxRules::detect(m_path));
}

void DiffView::recompute()
{
    const quint64 generation = ++m_generation;
    const int lines = DiffDisplay::countLines(m_before) + DiffDisplay::countLines(m_after);
    if (lines <= AsyncLineThreshold) {
        m_computing = false;
        showDisplay(std::make_shared<const DiffDisplay>(DiffDisplay::build(m_before, m_after, m_wholeFile)));
        return;
    }
    m_computing = true;
    updateHeader();
    showMessage(tr("Comparing %n line(s)…", nullptr, lines));
    const auto building = QtConcurrent::run([before = m_before, after = m_after, wholeFile = m_wholeFile] {
        return std::make_shared<const DiffDisplay>(DiffDisplay::build(before, after, wholeFile));
    });
    onFinished(this, building, [this, generation](std::shared_ptr<const DiffDisplay> display) {
        if (generation != m_generation)
            return; // the input changed meanwhile
        m_computing = false;
        showDisplay(std::move(display));
    });
}

void DiffView::showDisplay(std::shared_ptr<const DiffDisplay> display)
{
    m_display = std::move(display);
    const DiffDisplay &d = *m_display;
    m_delegate->setExtent(std::max(d.oldLineCount(), d.newLineCount()), d.longestLine());
    m_model->setDisplay(m_display, m_path, m_language);
    m_view->scrollToTop();
    updateHeader();

    QStringList notes;
    if (!d.ok()) {
        showMessage(tr("The difference could not be computed: %1").arg(d.error()));
    } else if (d.isBinary()) {
        const Diff::BinarySummary &s = *d.diff().binarySummary();
        if (s.identical())
            showMessage(
                tr("Binary file, unchanged (%1, SHA-256 %2…).").arg(humanSize(s.newSize), shortHash(s.newSha256)));
        else
            showMessage(
                tr("Binary file: its content is not shown.\nBefore: %1, SHA-256 %2…\nAfter: %3, SHA-256 %4…")
                    .arg(humanSize(s.oldSize), shortHash(s.oldSha256), humanSize(s.newSize), shortHash(s.newSha256)));
    } else if (d.isIdentical()) {
        showMessage(m_before.isEmpty() ? tr("Both versions are empty.") : tr("No changes: the file stays as it is."));
    } else {
        m_stack->setCurrentWidget(m_view);
        if (d.isCreated())
            notes << tr("New file: every line is added.");
        if (d.isDeleted())
            notes << tr("The file is deleted: every line is removed.");
        if (d.hasInvalidUtf8())
            notes << tr("This file is not valid UTF-8 text: bytes that are not UTF-8 are shown as \u201c\uFFFD\u201d. "
                        "They are written unchanged.");
    }
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
    Q_EMIT displayed();
}

void DiffView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void DiffView::updateHeader()
{
    m_pathLabel->setText(m_path);
    const bool text = m_display && m_display->ok() && !m_display->isBinary() && !m_display->isIdentical();
    if (text && !m_computing) {
        m_statsLabel->setText(QStringLiteral("<span style=\"color:%1\">+%2</span> <span style=\"color:%3\">"
                                             "\u2212%4</span>")
                                  .arg(DiffPalette::addedText(palette()).name())
                                  .arg(m_display->addedCount())
                                  .arg(DiffPalette::removedText(palette()).name())
                                  .arg(m_display->removedCount()));
        m_statsLabel->setToolTip(tr("%n line(s) added", nullptr, m_display->addedCount()) + u'\n' +
                                 tr("%n line(s) removed", nullptr, m_display->removedCount()));
    } else {
        m_statsLabel->clear();
        m_statsLabel->setToolTip({});
    }
    const bool hasPath = !m_path.isEmpty();
    m_languageLabel->setText(hasPath ? SyntaxRules::languageName(language()) : QString());
    for (QToolButton *button : {m_unifiedButton, m_sideBySideButton, m_wholeFileButton})
        button->setEnabled(text || m_computing);
}

} // namespace Bulwark::Ui
