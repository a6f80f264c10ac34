// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/RuleCatalog.h"
#include "core/scan/ScanHistory.h"
#include "core/scan/ScanRecord.h"
#include "core/util/Error.h"

#include <QHash>
#include <QObject>
#include <QUuid>
#include <memory>

namespace Bulwark::Ui {

class HostConnector;
class HostListModel;

// Scans hosts of the list, each on its own worker: connects the host if needed (HostConnector, with its host key and
// password prompts), runs Scanner::run through HostConnection::submit (one remote command, then evaluation of the
// shared, read-only rule catalog), saves the scan to ScanHistory on the worker and reports back. The GUI thread
// never waits; a result for a scan that was stopped or restarted, or for a host that went, is dropped.
// One scan per host at a time; different hosts scan side by side. Lives on the GUI thread.
//
// Job protocol: start() -> started() and stageChanged() -> finished() | failed() | stopped().
class ScanController : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Connecting, // bringing the connection up (may wait on a host key or password dialog)
        Probing,    // the one remote command is running
        Evaluating, // the rules are being evaluated against the facts
    };
    Q_ENUM(Stage)

    struct Outcome
    {
        Scan::ScanRecord record;
        QList<Scan::ScanHistory::Summary> history; // after saving this scan, oldest first
        Error saveError;                           // the scan could not be saved (it is still shown)
    };

    ScanController(HostListModel *model, HostConnector *connector, QObject *parent = nullptr);
    ~ScanController() override;

    // The catalog every scan evaluates; scans cannot start without one.
    void setCatalog(std::shared_ptr<const Rules::RuleCatalog> catalog);
    std::shared_ptr<const Rules::RuleCatalog> catalog() const { return m_catalog; }
    // Where scans are saved (ScanHistory root).
    void setHistoryRoot(const QString &root) { m_historyRoot = root; }
    QString historyRoot() const { return m_historyRoot; }

    bool isScanning(const QUuid &id) const { return m_scans.contains(id); }
    Stage stage(const QUuid &id) const;
    // "Connecting…", "Probing the host (one command)…", "Evaluating 87 rules…"; empty when not scanning.
    QString stageText(const QUuid &id) const;

public Q_SLOTS:
    void start(const QUuid &id);
    // Stops the host's scan (HostConnection::cancel, or abandons the connection attempt); stopped() follows at once.
    void cancel(const QUuid &id);

Q_SIGNALS:
    void started(const QUuid &id);
    void stageChanged(const QUuid &id);
    void finished(const QUuid &id, const Bulwark::Ui::ScanController::Outcome &outcome);
    void failed(const QUuid &id, const Bulwark::Error &error);
    void stopped(const QUuid &id);

private:
    struct Running
    {
        quint64 generation = 0;
        Stage stage = Stage::Connecting;
        bool retriedWithSudoPassword = false;
    };

    void submit(const QUuid &id);
    void setStage(const QUuid &id, quint64 generation, Stage stage);
    void onScanned(const QUuid &id, quint64 generation, const Result<Outcome> &result);
    void end(const QUuid &id);
    int ruleCount(const QUuid &id) const; // of the host's platform

    HostListModel *m_model;
    HostConnector *m_connector;
    std::shared_ptr<const Rules::RuleCatalog> m_catalog;
    QString m_historyRoot = Scan::ScanHistory::defaultRoot();
    QHash<QUuid, Running> m_scans;
    QHash<QUuid, bool> m_awaitingSudo; // host -> the scan waits for a sudo password (value: retried already)
    quint64 m_generation = 0;
};

} // namespace Bulwark::Ui

Q_DECLARE_METATYPE(Bulwark::Ui::ScanController::Outcome)
