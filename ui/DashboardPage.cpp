// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/DashboardPage.h"

#include "ui/Card.h"
#include "ui/ErrorBanner.h"
#include "ui/Format.h"
#include "ui/Icons.h"
#include "ui/Palette.h"
#include "ui/ScoreRing.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Bulwark::Ui {

using Rules::Area;
using Rules::Finding;
using Rules::Severity;
using Scan::ScanHistory;
using Scan::ScanRecord;

namespace {

const QList<Severity> ChartedSeverities = {Severity::Critical, Severity::High, Severity::Medium, Severity::Low};
const QColor Ink(0x1d, 0x27, 0x33);
const QColor Grid(0xe3, 0xe7, 0xec);

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->legend()->setFont(QApplication::font());
    chart->legend()->setLabelColor(Ink);
    return chart;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(QApplication::font());
    axis->setLabelsColor(Ink);
    axis->setGridLineColor(Grid);
    axis->setLinePenColor(Palette::cardBorder());
    axis->setShadesVisible(false);
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart); // the view owns the new chart and lets go of the old one
    delete old;
}

QChartView *newChartView(const QString &objectName, int minimumHeight, QWidget *parent)
{
    auto *view = new QChartView(newChart(), parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral("background: transparent;"));
    view->setMinimumHeight(minimumHeight);
    return view;
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString secondaryStyle()
{
    return QStringLiteral("color: %1;").arg(Palette::neutral().name());
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_failedBySeverity(ChartedSeverities.size(), 0)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("dashboardStack"));

    // Not scanned yet.
    m_emptyPage = new QWidget(m_stack);
    m_emptyPage->setObjectName(QStringLiteral("dashboardEmpty"));
    auto *emptyIcon = new QLabel(m_emptyPage);
    emptyIcon->setPixmap(Icons::icon(Icons::Glyph::Scan).pixmap(QSize(72, 72), devicePixelRatioF()));
    emptyIcon->setAlignment(Qt::AlignCenter);
    auto *emptyTitle = new QLabel(tr("Not scanned yet — press Scan"), m_emptyPage);
    emptyTitle->setObjectName(QStringLiteral("dashboardEmptyTitle"));
    QFont emptyFont = emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.5);
    emptyFont.setBold(true);
    emptyTitle->setFont(emptyFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyNote = new QLabel(m_emptyPage);
    m_emptyNote->setObjectName(QStringLiteral("dashboardEmptyNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setFixedWidth(460);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyScan = new QPushButton(Icons::icon(Icons::Glyph::Scan), tr("Scan now"), m_emptyPage);
    m_emptyScan->setObjectName(QStringLiteral("dashboardScanButton"));
    m_emptyScan->setIconSize(QSize(20, 20));
    m_emptyScan->setMinimumSize(180, 40);
    QFont buttonFont = m_emptyScan->font();
    buttonFont.setBold(true);
    m_emptyScan->setFont(buttonFont);
    connect(m_emptyScan, &QPushButton::clicked, this, &DashboardPage::scanRequested);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(32, 32, 32, 32);
    emptyLayout->setSpacing(0);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyIcon, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(18);
    emptyLayout->addWidget(emptyTitle, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_emptyNote, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(24);
    emptyLayout->addWidget(m_emptyScan, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);

    // Reading the saved scan, or it could not be read.
    m_loadingPage = new QWidget(m_stack);
    m_loadingPage->setObjectName(QStringLiteral("dashboardLoading"));
    auto *loadingLabel = new QLabel(tr("Reading the latest scan…"), m_loadingPage);
    loadingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_unreadable = new ErrorBanner(m_loadingPage);
    m_unreadable->setObjectName(QStringLiteral("dashboardErrorBanner"));
    auto *loadingLayout = new QVBoxLayout(m_loadingPage);
    loadingLayout->setContentsMargins(28, 24, 28, 24);
    loadingLayout->addWidget(loadingLabel);
    loadingLayout->addWidget(m_unreadable);
    loadingLayout->addStretch(1);

    // The scan.
    m_contentPage = new QWidget;
    m_contentPage->setObjectName(QStringLiteral("dashboardContent"));
    buildContent(m_contentPage);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidget(m_contentPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_loadingPage);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::buildContent(QWidget *content)
{
    // Score.
    auto *scoreCard = new Card(tr("Hardening score"), content);
    scoreCard->setObjectName(QStringLiteral("scoreCard"));
    m_ring = new ScoreRing(scoreCard);
    m_band = new QLabel(scoreCard);
    m_band->setObjectName(QStringLiteral("bandLabel"));
    QFont bandFont = m_band->font();
    bandFont.setPointSizeF(bandFont.pointSizeF() * 1.45);
    bandFont.setBold(true);
    m_band->setFont(bandFont);
    m_tally = wrappedLabel(QStringLiteral("tallyLabel"), scoreCard);
    m_urgent = wrappedLabel(QStringLiteral("urgentLabel"), scoreCard);
    QFont urgentFont = m_urgent->font();
    urgentFont.setBold(true);
    m_urgent->setFont(urgentFont);
    m_scanMeta = wrappedLabel(QStringLiteral("scanMetaLabel"), scoreCard);
    m_scanMeta->setStyleSheet(secondaryStyle());
    auto *formula = wrappedLabel(QStringLiteral("formulaLabel"), scoreCard);
    formula->setStyleSheet(secondaryStyle());
    formula->setText(tr("Score = weight of passed checks ÷ weight of passed and failed checks, with critical 10, "
                        "high 5, medium 3 and low 1."));
    m_showFailed = new QPushButton(tr("Show failed checks"), scoreCard);
    m_showFailed->setObjectName(QStringLiteral("showFailedButton"));
    connect(m_showFailed, &QPushButton::clicked, this, [this] { Q_EMIT findingsRequested(-1); });

    auto *summary = new QVBoxLayout;
    summary->setSpacing(6);
    summary->addWidget(m_band);
    summary->addWidget(m_tally);
    summary->addWidget(m_urgent);
    summary->addSpacing(4);
    summary->addWidget(m_showFailed, 0, Qt::AlignLeft);
    summary->addStretch(1);
    auto *about = new QVBoxLayout;
    about->setSpacing(6);
    about->addSpacing(6);
    about->addWidget(m_scanMeta);
    about->addWidget(formula);
    about->addStretch(1);
    auto *scoreRow = new QHBoxLayout;
    scoreRow->setSpacing(24);
    scoreRow->addWidget(m_ring, 0, Qt::AlignTop);
    scoreRow->addLayout(summary, 3);
    scoreRow->addLayout(about, 2);
    scoreCard->body()->addLayout(scoreRow);

    // Failed checks by severity.
    auto *severityCard = new Card(tr("Failed checks by severity"), content);
    severityCard->setObjectName(QStringLiteral("severityCard"));
    m_severityCard = severityCard;
    m_severityView = newChartView(QStringLiteral("severityChart"), 230, severityCard);
    m_severityView->setMinimumWidth(400);
    m_noFailures = new QLabel(tr("No check failed."), severityCard);
    m_noFailures->setObjectName(QStringLiteral("noFailuresLabel"));
    m_noFailures->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(Palette::bandColor(Palette::Band::Good).name()));
    m_noFailures->setVisible(false);
    severityCard->body()->addWidget(m_noFailures);
    severityCard->body()->addWidget(m_severityView, 1);

    // Per area.
    m_areaCard = new Card(tr("Score by area"), content);
    m_areaCard->setObjectName(QStringLiteral("areaCard"));
    m_areaCard->setSubtitle(tr("Each area is scored like the whole host, from 0 to 100. An area where nothing could "
                               "be measured has no bar."));
    m_areaView = newChartView(QStringLiteral("areaChart"), 260, m_areaCard);
    m_areaCard->body()->addWidget(m_areaView, 1);

    // History.
    m_historyCard = new Card(tr("Score history"), content);
    m_historyCard->setObjectName(QStringLiteral("historyCard"));
    m_historyView = newChartView(QStringLiteral("historyChart"), 230, m_historyCard);
    m_historyCard->body()->addWidget(m_historyView, 1);

    // Manual checks.
    m_manualCard = new Card(tr("Manual checks"), content);
    m_manualCard->setObjectName(QStringLiteral("manualChecks"));
    m_manualCard->setSubtitle(tr("Practices no host check can verify, such as staff training and incident response. "
                                 "Confirm each with the people responsible. Ticks are kept until Bulwark closes and "
                                 "do not change the score."));
    m_manualList = new QVBoxLayout;
    m_manualList->setSpacing(14);
    m_manualCard->body()->addLayout(m_manualList);

    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(20, 16, 20, 20);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    grid->addWidget(scoreCard, 0, 0, 1, 2);
    grid->addWidget(severityCard, 1, 0);
    grid->addWidget(m_historyCard, 1, 1);
    grid->addWidget(m_areaCard, 2, 0, 1, 2);
    grid->addWidget(m_manualCard, 3, 0, 1, 2);
    // Qt Charts gives each category label a fifth of the axis for four bars: the severity chart needs the room.
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(4, 1);
}

void DashboardPage::showNoScan(const QUuid &host, int ruleCount)
{
    m_host = host;
    m_emptyNote->setText(tr("A scan runs one read-only command on the host and checks what it reports against %n "
                            "rule(s). Nothing on the host changes.",
                            nullptr, ruleCount));
    // A wrapped label in a stretched column gets one line unless it says how tall it is at its width.
    m_emptyNote->setMinimumHeight(m_emptyNote->heightForWidth(m_emptyNote->width()));
    m_stack->setCurrentWidget(m_emptyPage);
}

void DashboardPage::showLoading(const QUuid &host)
{
    m_host = host;
    m_unreadable->clear();
    m_stack->setCurrentWidget(m_loadingPage);
}

void DashboardPage::showUnreadable(const QUuid &host, const Error &error)
{
    m_host = host;
    m_unreadable->showError(error, ErrorBanner::Severity::Warning);
    m_stack->setCurrentWidget(m_loadingPage);
}

void DashboardPage::setScanning(bool scanning)
{
    m_emptyScan->setEnabled(!scanning);
}

QString DashboardPage::scoreText() const
{
    return m_ring->valueText();
}

QString DashboardPage::tallyText() const
{
    return m_tally->text();
}

void DashboardPage::showScan(const QUuid &host, const ScanRecord &record, const QList<ScanHistory::Summary> &history)
{
    m_host = host;
    const Rules::Score score = record.score();
    const Rules::Score::Tally &total = score.total();
    const Palette::Band band = Palette::band(score.value());

    m_ring->setScore(score.value());
    m_band->setText(Palette::bandName(band));
    m_band->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::bandColor(band).name()));
    m_tally->setText(tr("%1 passed · %2 failed · %3 not applicable · %4 could not be checked (excluded from the "
                        "score)")
                         .arg(total.passed)
                         .arg(total.failed)
                         .arg(total.notApplicable)
                         .arg(total.unknown));

    int critical = 0;
    int high = 0;
    for (const Finding &finding : record.findings) {
        if (finding.status() != Finding::Status::Fail)
            continue;
        critical += finding.severity() == Severity::Critical;
        high += finding.severity() == Severity::High;
    }
    QStringList urgent;
    if (critical > 0)
        urgent << tr("%n critical", nullptr, critical);
    if (high > 0)
        urgent << tr("%n high-severity", nullptr, high);
    m_urgent->setText(
        urgent.isEmpty()
            ? QString()
            : tr("Fix first: %1 check(s) failed.", nullptr, critical + high).arg(urgent.join(tr(" and "))));
    m_urgent->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::severityColor(Severity::High).name()));
    m_urgent->setVisible(!urgent.isEmpty());

    QStringList meta;
    meta << tr("Scanned %1").arg(Format::dateTime(record.startedAt));
    if (record.durationMs() >= 1000)
        meta << tr("took %1 s").arg(QLocale().toString(record.durationMs() / 1000.0, 'f', 1));
    else if (record.durationMs() >= 0)
        meta << tr("took under a second");
    meta << tr("%n remote command(s)", nullptr, record.remoteCommands);
    // A Windows scan has no sudo: the probe reports whether its token was an elevated administrator's.
    if (record.facts.value(QLatin1String("probe")).toObject().value(QLatin1String("platform")).toString() == u"windows")
        meta << (record.elevated ? tr("as an elevated administrator") : tr("without administrator rights"));
    else
        meta << (record.elevated ? tr("with sudo") : tr("without sudo"));
    m_scanMeta->setText(meta.join(QStringLiteral(" · ")));
    m_showFailed->setVisible(total.failed > 0);

    updateSeverityChart(score, record.findings);
    updateAreaChart(score);
    updateHistoryChart(history);
    if (m_manualHost != m_host)
        updateManualChecks();
    m_stack->setCurrentIndex(2);
}

void DashboardPage::updateSeverityChart(const Rules::Score &score, const QList<Finding> &findings)
{
    Q_UNUSED(score);
    m_failedBySeverity = QList<int>(ChartedSeverities.size(), 0);
    for (const Finding &finding : findings) {
        const qsizetype slot = ChartedSeverities.indexOf(finding.severity());
        if (finding.status() == Finding::Status::Fail && slot >= 0)
            ++m_failedBySeverity[slot];
    }
    const int most = *std::max_element(m_failedBySeverity.cbegin(), m_failedBySeverity.cend());
    m_noFailures->setVisible(most == 0);

    QChart *chart = newChart();
    // One set per severity, each with a value in its own column only: a stacked series then gives every bar its
    // own colour, with the severity's name under it and the count on it.
    auto *series = new QStackedBarSeries;
    QStringList categories;
    for (qsizetype i = 0; i < ChartedSeverities.size(); ++i) {
        const Severity severity = ChartedSeverities.at(i);
        categories << Rules::severityDisplayName(severity);
        auto *set = new QBarSet(Rules::severityDisplayName(severity));
        for (qsizetype j = 0; j < ChartedSeverities.size(); ++j)
            set->append(j == i ? m_failedBySeverity.at(i) : 0);
        set->setColor(Palette::severityColor(severity));
        set->setBorderColor(Palette::severityColor(severity));
        set->setLabelColor(Ink);
        QFont labelFont = QApplication::font();
        labelFont.setBold(true);
        set->setLabelFont(labelFont);
        connect(set, &QBarSet::clicked, this, [this, severity](int) { Q_EMIT findingsRequested(int(severity)); });
        series->append(set);
    }
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    styleAxis(axisX);
    axisX->setGridLineVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, qMax(most, 1) * 1.2); // room for the count above the tallest bar
    axisY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisY);
    axisY->setVisible(false); // the counts are on the bars; the plot gets the whole width
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    // The counts in words too: a bar of zero is not drawn at all.
    const QString counts = tr("%1 critical · %2 high · %3 medium · %4 low")
                               .arg(m_failedBySeverity.at(0))
                               .arg(m_failedBySeverity.at(1))
                               .arg(m_failedBySeverity.at(2))
                               .arg(m_failedBySeverity.at(3));
    m_severityCard->setSubtitle(most > 0 ? tr("%1. Click a bar to list those checks.").arg(counts) : QString());
    m_severityView->setAccessibleDescription(counts);
    replaceChart(m_severityView, chart);
}

void DashboardPage::updateAreaChart(const Rules::Score &score)
{
    QChart *chart = newChart();
    const QList<Palette::Band> bands = {Palette::Band::Good, Palette::Band::NeedsAttention, Palette::Band::AtRisk};
    const QStringList bandLabels = {tr("Good (80–100)"), tr("Needs attention (50–79)"), tr("At risk (0–49)")};
    QList<QBarSet *> sets;
    for (qsizetype i = 0; i < bands.size(); ++i) {
        auto *set = new QBarSet(bandLabels.at(i));
        set->setColor(Palette::bandColor(bands.at(i)));
        set->setBorderColor(Palette::bandColor(bands.at(i)));
        sets << set;
    }
    // The score is part of each area's label ("Services · 91"), so an area that scored 0 reads as plainly as one
    // that scored 100; a score of 0 still gets a sliver of bar in its colour.
    constexpr qreal ZeroSliver = 0.8;
    // Horizontal bar charts list categories bottom-up: add the areas in reverse to read them top-down.
    QList<Area> areas = score.areas();
    std::reverse(areas.begin(), areas.end());
    QStringList categories;
    QStringList described;
    for (const Area area : std::as_const(areas)) {
        const std::optional<int> value = score.areaValue(area);
        const QString name = Rules::areaDisplayName(area);
        const QString shown = value ? QString::number(*value) : tr("not measured");
        categories << QStringLiteral("%1 · %2").arg(name, shown);
        described.prepend(QStringLiteral("%1 %2").arg(name, shown));
        const Palette::Band band = Palette::band(value);
        for (qsizetype i = 0; i < bands.size(); ++i)
            sets[i]->append(value && bands.at(i) == band ? qMax<qreal>(*value, ZeroSliver) : 0);
    }
    auto *series = new QHorizontalStackedBarSeries;
    for (QBarSet *set : std::as_const(sets))
        series->append(set);
    series->setBarWidth(0.62);
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    styleAxis(axisY);
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(5);
    axisX->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_areaView->setMinimumHeight(90 + 30 * int(qMax<qsizetype>(areas.size(), 1)));
    m_areaView->setAccessibleDescription(described.join(QStringLiteral(", ")));
    m_areaScores = described;
    replaceChart(m_areaView, chart);
}

void DashboardPage::updateHistoryChart(const QList<ScanHistory::Summary> &history)
{
    QChart *chart = newChart();
    auto *line = new QLineSeries;
    line->setPen(QPen(Icons::accent(), 2.5));
    auto *points = new QScatterSeries;
    points->setMarkerSize(10);
    points->setColor(Icons::accent());
    points->setBorderColor(Qt::white);
    QDateTime first;
    QDateTime last;
    int count = 0;
    for (const ScanHistory::Summary &summary : history) {
        if (!summary.score || !summary.startedAt.isValid())
            continue;
        const qreal x = qreal(summary.startedAt.toMSecsSinceEpoch());
        line->append(x, *summary.score);
        points->append(x, *summary.score);
        first = first.isValid() ? qMin(first, summary.startedAt) : summary.startedAt;
        last = last.isValid() ? qMax(last, summary.startedAt) : summary.startedAt;
        ++count;
    }
    m_historyPoints = count;
    m_historyCard->setSubtitle(count <= 1 ? tr("One scan so far; each scan adds a point.")
                                          : tr("%n scan(s); higher is better.", nullptr, count));
    chart->addSeries(line);
    chart->addSeries(points);

    auto *axisX = new QDateTimeAxis;
    const qint64 span = first.isValid() ? first.secsTo(last) : 0;
    QString format = QStringLiteral("d MMM");
    if (!first.isValid() || span == 0) {
        // Nothing or one point: a day either side, so the point sits in the middle of a readable axis.
        last = first.isValid() ? last : QDateTime::currentDateTime();
        first = last.addDays(-1);
        last = last.addDays(1);
    } else if (span < 86400) {
        format = QStringLiteral("HH:mm");
        first = first.addSecs(-qMax<qint64>(span / 10, 600));
        last = last.addSecs(qMax<qint64>(span / 10, 600));
    } else {
        const qint64 pad = span / 20;
        if (first.date().year() != last.date().year())
            format = QStringLiteral("MMM yyyy");
        first = first.addSecs(-pad);
        last = last.addSecs(pad);
    }
    axisX->setRange(first.toLocalTime(), last.toLocalTime());
    axisX->setFormat(format);
    axisX->setTickCount(3 + (count > 1));
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    line->attachAxis(axisX);
    points->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(5);
    axisY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    line->attachAxis(axisY);
    points->attachAxis(axisY);
    replaceChart(m_historyView, chart);
}

void DashboardPage::setManualPractices(const QList<Rules::Practice> &practices)
{
    m_practices = practices;
    updateManualChecks();
}

void DashboardPage::updateManualChecks()
{
    while (QLayoutItem *item = m_manualList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_manualHost = m_host;
    m_manualCard->setTitle(tr("Manual checks (%1)").arg(m_practices.size()));
    const QSet<QString> ticked = m_ticks.value(m_host);
    for (const Rules::Practice &practice : std::as_const(m_practices)) {
        auto *row = new QWidget(m_manualCard);
        row->setObjectName(QStringLiteral("manual-") + practice.id());
        auto *check = new QCheckBox(practice.title(), row);
        check->setObjectName(QStringLiteral("manualCheck"));
        QFont font = check->font();
        font.setBold(true);
        check->setFont(font);
        check->setChecked(ticked.contains(practice.id()));
        connect(check, &QCheckBox::toggled, this, [this, id = practice.id()](bool on) {
            if (on)
                m_ticks[m_host].insert(id);
            else
                m_ticks[m_host].remove(id);
        });
        auto *confirm = wrappedLabel(QStringLiteral("manualConfirm"), row);
        confirm->setText(practice.manual());
        auto *reason = wrappedLabel(QStringLiteral("manualReason"), row);
        reason->setText(tr("Why Bulwark cannot check this: %1").arg(practice.reason()));
        reason->setStyleSheet(secondaryStyle());
        const int indent = check->style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                           check->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
        auto *layout = new QVBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(3);
        layout->addWidget(check);
        auto *text = new QVBoxLayout;
        text->setContentsMargins(indent, 0, 0, 0);
        text->setSpacing(3);
        text->addWidget(confirm);
        text->addWidget(reason);
        layout->addLayout(text);
        m_manualList->addWidget(row);
    }
    m_manualCard->setVisible(!m_practices.isEmpty());
}

} // namespace Bulwark::Ui
