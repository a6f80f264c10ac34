// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Practice.h"
#include "core/rules/RuleCatalog.h"
#include "core/scan/ScanHistory.h"
#include "core/scan/ScanRecord.h"
#include "core/util/Error.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace Bulwark::Ui {

class Card;
class ErrorBanner;
class ScoreRing;

// The selected host at a glance: the latest scan's score as a ring coloured by band with the pass / fail / not
// applicable / not checked tally, failed checks by severity, a sub-score per area, the score across scans, and the
// manual checklist of practices no host check can verify. Shows what to do instead while there is no scan.
// Charts are Qt Charts; every colour comes with a word or a number.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The host has never been scanned; `ruleCount` checks are waiting.
    void showNoScan(const QUuid &host, int ruleCount);
    void showLoading(const QUuid &host);
    void showUnreadable(const QUuid &host, const Error &error);
    void showScan(const QUuid &host, const Scan::ScanRecord &record, const QList<Scan::ScanHistory::Summary> &history);
    // The checklist (RuleCatalog::manualPractices); ticks are kept per host in memory.
    void setManualPractices(const QList<Rules::Practice> &practices);
    // Whether a scan of the shown host runs (disables the Scan button of the empty state).
    void setScanning(bool scanning);

    // What the page shows, for tests and screen readers.
    QString scoreText() const;
    QString tallyText() const;
    // FAILED findings per severity: critical, high, medium, low.
    QList<int> failedBySeverity() const { return m_failedBySeverity; }
    int historyPoints() const { return m_historyPoints; }
    // "Services 91", "Web servers not measured", ... in the order shown.
    QStringList areaScores() const { return m_areaScores; }

Q_SIGNALS:
    void scanRequested();
    // The user clicked a severity bar (-1: "see all failed checks").
    void findingsRequested(int severity);

private:
    void buildContent(QWidget *content);
    void updateSeverityChart(const Rules::Score &score, const QList<Rules::Finding> &findings);
    void updateAreaChart(const Rules::Score &score);
    void updateHistoryChart(const QList<Scan::ScanHistory::Summary> &history);
    void updateManualChecks();

    QUuid m_host;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyNote = nullptr;
    QPushButton *m_emptyScan = nullptr;
    QWidget *m_loadingPage = nullptr;
    ErrorBanner *m_unreadable = nullptr;
    QWidget *m_contentPage = nullptr;

    ScoreRing *m_ring = nullptr;
    QLabel *m_band = nullptr;
    QLabel *m_tally = nullptr;
    QLabel *m_urgent = nullptr;
    QLabel *m_scanMeta = nullptr;
    QPushButton *m_showFailed = nullptr;
    Card *m_severityCard = nullptr;
    QChartView *m_severityView = nullptr;
    QLabel *m_noFailures = nullptr;
    Card *m_areaCard = nullptr;
    QChartView *m_areaView = nullptr;
    Card *m_historyCard = nullptr;
    QChartView *m_historyView = nullptr;
    Card *m_manualCard = nullptr;
    QVBoxLayout *m_manualList = nullptr;

    QList<int> m_failedBySeverity;
    int m_historyPoints = 0;
    QStringList m_areaScores;
    QList<Rules::Practice> m_practices;
    QHash<QUuid, QSet<QString>> m_ticks;
    QUuid m_manualHost; // whose ticks the checklist shows
};

} // namespace Bulwark::Ui
