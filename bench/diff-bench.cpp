// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
// diff-bench: how long the diff view takes to compare and show a 100k-line file with about 1% of its lines changed,
// to scroll it from top to bottom a page at a time (in both layouts), and the peak resident memory. Offscreen.
#include "ui/diff/DiffDisplay.h"
#include "ui/diff/DiffLineModel.h"
#include "ui/diff/DiffView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QPixmap>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace Bulwark::Ui;

namespace {

std::pair<QByteArray, QByteArray> files(int lines, int every)
{
    QByteArray before;
    QByteArray after;
    for (int i = 1; i <= lines; ++i) {
        const QByteArray line = "    option_" + QByteArray::number(i) + " = \"value " + QByteArray::number(i * 7) +
                                "\" # setting " + QByteArray::number(i);
        before += line + '\n';
        after += (i % every == 0 ? line + " changed" : line) + '\n';
    }
    return {before, after};
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Scroll
{
    double ms = 0;
    int pages = 0;
};

// Every page from top to bottom, each painted before the next.
Scroll scrollAll(DiffView &view)
{
    QListView *list = view.lineView();
    list->doItemsLayout(); // the view lays out lazily; the timing starts with a laid-out view
    QScrollBar *bar = list->verticalScrollBar();
    Scroll scroll;
    QElapsedTimer timer;
    timer.start();
    for (int value = 0;; value += bar->pageStep()) {
        bar->setValue(std::min(value, bar->maximum()));
        // render() paints through the delegate like an expose does, also where the platform drops repaint()s
        const QPixmap page = list->viewport()->grab();
        Q_UNUSED(page)
        ++scroll.pages;
        if (value >= bar->maximum())
            break;
    }
    scroll.ms = timer.nsecsElapsed() / 1e6;
    return scroll;
}

QString perPage(const Scroll &scroll)
{
    return QStringLiteral("%1 ms for %2 pages (%3 ms a page)")
        .arg(scroll.ms, 0, 'f', 0)
        .arg(scroll.pages)
        .arg(scroll.ms / std::max(scroll.pages, 1), 0, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int lines = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const auto [before, after] = files(lines, 100);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const DiffDisplay bare = DiffDisplay::build(before, after, false);
    const double computeMs = timer.nsecsElapsed() / 1e6;

    DiffView view;
    view.resize(1200, 900);
    view.show();
    QElapsedTimer open;
    double openMs = 0;
    QObject::connect(&view, &DiffView::displayed, &app, [&] {
        view.lineView()->viewport()->repaint();
        openMs = open.nsecsElapsed() / 1e6;
        app.quit();
    });
    QTimer::singleShot(0, &app, [&] {
        open.start();
        view.setFile(QStringLiteral("/etc/bench.conf"), before, after);
    });
    app.exec();

    const int rows = view.model()->rowCount();
    const Scroll unifiedScroll = scrollAll(view);
    view.setMode(DiffView::Mode::SideBySide);
    const Scroll sideScroll = scrollAll(view);
    view.setMode(DiffView::Mode::Unified);

    QElapsedTimer whole;
    double wholeMs = 0;
    QObject::connect(&view, &DiffView::displayed, &app, [&] {
        view.lineView()->viewport()->repaint();
        wholeMs = whole.nsecsElapsed() / 1e6;
        app.quit();
    });
    QTimer::singleShot(0, &app, [&] {
        whole.start();
        view.setShowWholeFile(true);
    });
    app.exec();
    const int wholeRows = view.model()->rowCount();
    const Scroll wholeScroll = scrollAll(view);

    out << "lines per side:                     " << lines << " (" << bare.addedCount() << " changed)\n"
        << "compute (DiffDisplay::build):       " << computeMs << " ms\n"
        << "open (setFile to first paint):      " << openMs << " ms, " << rows << " rows\n"
        << "scroll unified, page by page:       " << perPage(unifiedScroll) << "\n"
        << "scroll side by side, page by page:  " << perPage(sideScroll) << "\n"
        << "whole file (recompute + paint):     " << wholeMs << " ms, " << wholeRows << " rows\n"
        << "scroll whole file, page by page:    " << perPage(wholeScroll) << "\n"
        << "peak RSS:                           " << peakRssKiB() / 1024 << " MiB\n";
    return 0;
}
