// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/ScanController.h"

#include "core/scan/Scanner.h"
#include "ui/HostConnector.h"
#include "ui/HostListModel.h"
#include "ui/StageReportingSession.h"
#include "ui/UiLogging.h"

#include <QPointer>

namespace Bulwark::Ui {

using Transport::HostConnection;
using Transport::Session;

ScanController::ScanController(HostListModel *model, HostConnector *connector, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_connector(connector)
{
    connect(m_connector, &HostConnector::connected, this, [this](const QUuid &id) {
        if (isScanning(id) && m_scans.value(id).stage == Stage::Connecting)
            submit(id);
    });
    connect(m_connector, &HostConnector::failed, this, [this](const QUuid &id, const Error &error) {
        if (!isScanning(id) || m_scans.value(id).stage != Stage::Connecting)
            return;
        end(id);
        Q_EMIT failed(id, error);
    });
    connect(m_connector, &HostConnector::sudoPasswordEntered, this, [this](const QUuid &id) {
        if (!m_awaitingSudo.contains(id))
            return;
        const bool retried = m_awaitingSudo.take(id);
        start(id);
        if (isScanning(id))
            m_scans[id].retriedWithSudoPassword = retried;
    });
    connect(m_connector, &HostConnector::sudoPasswordDeclined, this, [this](const QUuid &id) {
        if (!m_awaitingSudo.remove(id))
            return;
        Q_EMIT failed(id, Error(Error::Code::SudoPasswordRequired,
                                tr("The scan needs sudo on this host and no sudo password was given. Enter it when "
                                   "asked, or turn off \"Scan with sudo\" in Edit Host.")));
    });
}

ScanController::~ScanController() = default;

void ScanController::setCatalog(std::shared_ptr<const Rules::RuleCatalog> catalog)
{
    m_catalog = std::move(catalog);
}

int ScanController::ruleCount(const QUuid &id) const
{
    const bool windows = m_model->contains(id) && m_model->host(id).isWindows();
    return m_catalog ? int(m_catalog->rules(windows ? Rules::Platform::Windows : Rules::Platform::Linux).size()) : 0;
}

ScanController::Stage ScanController::stage(const QUuid &id) const
{
    return m_scans.value(id).stage;
}

QString ScanController::stageText(const QUuid &id) const
{
    if (!isScanning(id))
        return {};
    switch (stage(id)) {
    case Stage::Connecting:
        return tr("Connecting…");
    case Stage::Probing:
        return tr("Probing the host (one command)…");
    case Stage::Evaluating:
        return tr("Evaluating %n rule(s)…", nullptr, ruleCount(id));
    }
    return {};
}

void ScanController::start(const QUuid &id)
{
    if (!m_model->contains(id) || isScanning(id) || m_awaitingSudo.contains(id))
        return;
    if (!m_catalog) {
        Q_EMIT failed(id, Error(Error::Code::Internal, tr("The rule catalog is not loaded, so there is nothing to "
                                                          "check yet.")));
        return;
    }
    Running running;
    running.generation = ++m_generation;
    m_scans.insert(id, running);
    m_model->setActivity(id, tr("Scanning…"));
    qCInfo(lcUi) << "scanning" << m_model->host(id).dialledName();
    Q_EMIT started(id);
    Q_EMIT stageChanged(id);
    if (m_model->status(id) == HostListModel::Status::Connected && m_model->connection(id))
        submit(id);
    else
        m_connector->connectHost(id, false); // connected() or failed() continues
}

void ScanController::submit(const QUuid &id)
{
    HostConnection *connection = m_model->connection(id);
    if (!connection) {
        end(id);
        Q_EMIT failed(id, Error(Error::Code::Disconnected, tr("The host is not connected.")));
        return;
    }
    const quint64 generation = m_scans.value(id).generation;
    setStage(id, generation, Stage::Probing);

    const Host &host = m_model->host(id);
    Scan::Scanner::Options options;
    options.elevate = host.elevate;
    options.hostName = host.displayName();
    const QPointer<ScanController> self(this);
    connection
        ->submit<Outcome>([catalog = m_catalog, options, root = m_historyRoot, id, connection, self,
                           generation](Session &session, const CancelToken &cancel) -> Result<Outcome> {
            // Worker thread. The connection object lives on the GUI thread until this job is done, so a call
            // queued to it is safe; the guard inside drops it if the controller went.
            StageReportingSession staged(session, [connection, self, id, generation] {
                QMetaObject::invokeMethod(
                    connection,
                    [self, id, generation] {
                        if (self)
                            self->setStage(id, generation, Stage::Evaluating);
                    },
                    Qt::QueuedConnection);
            });
            auto record = Scan::Scanner::run(staged, *catalog, options, cancel);
            if (!record)
                return record.error();
            if (cancel.isCanceled())
                return Error(Error::Code::Canceled, tr("The scan was stopped."));
            Outcome outcome;
            outcome.record = std::move(*record);
            Scan::ScanHistory history(root);
            if (const auto saved = history.append(id, outcome.record); !saved)
                outcome.saveError = saved.error();
            outcome.history = history.list(id);
            return outcome;
        })
        .then(connection, [self, id, generation](const Result<Outcome> &result) {
            if (self)
                self->onScanned(id, generation, result);
        });
}

void ScanController::setStage(const QUuid &id, quint64 generation, Stage stage)
{
    const auto running = m_scans.find(id);
    if (running == m_scans.end() || running->generation != generation || running->stage == stage)
        return;
    running->stage = stage;
    Q_EMIT stageChanged(id);
}

void ScanController::onScanned(const QUuid &id, quint64 generation, const Result<Outcome> &result)
{
    const auto running = m_scans.constFind(id);
    if (running == m_scans.cend() || running->generation != generation || !m_model->contains(id))
        return; // stopped or restarted meanwhile
    const bool retried = running->retriedWithSudoPassword;
    end(id);
    if (result) {
        const Rules::Score score = result->record.score();
        qCInfo(lcUi) << "scanned" << m_model->host(id).dialledName() << "score" << (score.value() ? *score.value() : -1)
                     << "in" << result->record.durationMs() << "ms";
        Q_EMIT finished(id, *result);
        return;
    }
    const Error &error = result.error();
    qCInfo(lcUi).noquote() << "scanning" << m_model->host(id).dialledName() << "failed:" << error.message();
    switch (error.code()) {
    case Error::Code::SudoPasswordRequired:
    case Error::Code::SudoWrongPassword:
        if (!retried || error.code() == Error::Code::SudoWrongPassword) {
            m_awaitingSudo.insert(id, true);
            m_connector->askSudoPassword(id, error);
            return;
        }
        break;
    case Error::Code::Disconnected:
        m_model->setStatus(id, HostListModel::Status::Disconnected);
        break;
    default:
        break;
    }
    Q_EMIT failed(id, error);
}

void ScanController::cancel(const QUuid &id)
{
    if (m_awaitingSudo.remove(id)) {
        m_connector->dismissDialog(id);
        Q_EMIT stopped(id);
        return;
    }
    if (!isScanning(id))
        return;
    const Stage stage = m_scans.value(id).stage;
    end(id);
    if (stage == Stage::Connecting)
        m_connector->cancel(id);
    else if (HostConnection *connection = m_model->connection(id))
        connection->cancel(); // the running command stops; its late result is dropped above
    qCInfo(lcUi) << "scan of" << m_model->host(id).dialledName() << "stopped";
    Q_EMIT stopped(id);
}

void ScanController::end(const QUuid &id)
{
    m_scans.remove(id);
    m_model->setActivity(id, QString());
}

} // namespace Bulwark::Ui
