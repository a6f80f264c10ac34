// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QString>

namespace Bulwark::Ui {

class SudoersGutter;
class SudoersHighlighter;

// A plain-text editor for one sudoers file: sudoers highlighting, line numbers, and markers from the live checks
// (a parse error in red at its line and column, lint findings as a dot in the gutter and a wavy underline); the
// gutter's tooltip gives the marker's message. GUI thread only.
class SudoersTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Marker
    {
        enum class Kind
        {
            Error,   // the parser refuses the file
            Warning, // a high or medium finding, or a visudo warning
            Note,    // a low or informational finding
        };
        Kind kind = Kind::Note;
        int line = 0;   // 1-based
        int column = 0; // 1-based byte column in the line; 0: the whole line
        QString message;
    };

    explicit SudoersTextEdit(QWidget *parent = nullptr);

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    // Puts the cursor on `line` (1-based) at byte column `column` (0: the line's start) and shows it.
    void moveTo(int line, int column = 0);

    // The gutter's side.
    int gutterWidth() const;
    void paintGutter(QWidget *gutter, QPaintEvent *event);
    QString gutterToolTip(const QPoint &position) const;
    void gutterClicked(const QPoint &position);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();
    int lineAt(const QPoint &position) const;
    int characterColumn(int line, int byteColumn) const;

    SudoersGutter *m_gutter = nullptr;
    SudoersHighlighter *m_highlighter = nullptr;
    QList<Marker> m_markers;
};

} // namespace Bulwark::Ui
