// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/diff/DiffDisplay.h"
#include "ui/diff/SyntaxRules.h"

#include <QByteArray>
#include <QString>
#include <QWidget>
#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

namespace Bulwark::Ui {

class DiffLineDelegate;
class DiffLineModel;

// One file's change, shown before it is applied: a header with the path and "+N −M", a unified or side-by-side
// layout (toolbar toggle or setMode()), the hunks with 3 lines of context or the whole file, line numbers, changed
// words and syntax colours. Binary, identical and non-UTF-8 input get a plain message or note instead of a crash.
// Lines are rows of a list view, so a 100k-line file only ever paints what is on screen; inputs above
// AsyncLineThreshold lines are compared on a worker thread and a result for older input is dropped.
// GUI thread only.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Unified,
        SideBySide,
    };
    Q_ENUM(Mode)

    // Inputs with more lines than this (both sides together) are compared off the GUI thread.
    static constexpr int AsyncLineThreshold = 5000;

    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    // Shows the change of `path` from before to after. An empty before is a created file, an empty after a
    // deleted one.
    void setFile(const QString &path, const QByteArray &before, const QByteArray &after);
    void clear();
    QString path() const { return m_path; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Whole file instead of the changed hunks with 3 lines of context (the default).
    bool showsWholeFile() const { return m_wholeFile; }
    void setShowWholeFile(bool wholeFile);
    // Overrides the language detected from the path; std::nullopt goes back to detection.
    void setLanguage(std::optional<SyntaxRules::Language> language);
    SyntaxRules::Language language() const;

    // True while a worker thread compares the current input.
    bool isComputing() const { return m_computing; }
    // The shown result (null before the first one and after clear()).
    std::shared_ptr<const DiffDisplay> display() const { return m_display; }
    DiffLineModel *model() const { return m_model; }
    QListView *lineView() const { return m_view; }

Q_SIGNALS:
    void modeChanged(Bulwark::Ui::DiffView::Mode mode);
    // The current input's diff is on screen (synchronously from setFile() for small input).
    void displayed();

private:
    void recompute();
    void showDisplay(std::shared_ptr<const DiffDisplay> display);
    void showMessage(const QString &message);
    void updateHeader();

    QLabel *m_pathLabel = nullptr;
    QLabel *m_statsLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QToolButton *m_unifiedButton = nullptr;
    QToolButton *m_sideBySideButton = nullptr;
    QToolButton *m_wholeFileButton = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QLabel *m_note = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_message = nullptr;
    DiffLineModel *m_model = nullptr;
    DiffLineDelegate *m_delegate = nullptr;

    QString m_path;
    QByteArray m_before;
    QByteArray m_after;
    Mode m_mode = Mode::Unified;
    bool m_wholeFile = false;
    std::optional<SyntaxRules::Language> m_language;
    std::shared_ptr<const DiffDisplay> m_display;
    quint64 m_generation = 0; // results of an older generation are dropped
    bool m_computing = false;
};

} // namespace Bulwark::Ui
