// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanLuksCommand.h"

#include "app/cli/CliIo.h"
#include "app/cli/PlanPrinter.h"
#include "core/luks/LuksPlanJob.h"
#include "core/luks/LuksPlanner.h"

#include <QJsonObject>

using namespace Bulwark;

QList<QCommandLineOption> PlanLuksCommand::options()
{
    return {
        QCommandLineOption(
            QStringLiteral("list"),
            tr("plan luks: list the block devices, what uses them and how they are encrypted; plan tls: list "
               "the nginx and Apache sites (server, file, line, names, ports, TLS).")),
        QCommandLineOption(QStringLiteral("device"), tr("plan luks: the empty disk or partition to encrypt."),
                           tr("path")),
        QCommandLineOption(QStringLiteral("name"), tr("plan luks: the mapping name (/dev/mapper/NAME)."), tr("name")),
        QCommandLineOption(QStringLiteral("mount"), tr("plan luks: where to mount it."), tr("dir")),
        QCommandLineOption(QStringLiteral("fs"), tr("plan luks: ext4 (default) or xfs."), tr("type"),
                           QStringLiteral("ext4")),
        QCommandLineOption(QStringLiteral("passphrase"),
                           tr("plan luks: add a passphrase key slot next to the key file (apply asks for it).")),
        QCommandLineOption(QStringLiteral("passphrase-only"),
                           tr("plan luks: a passphrase and no key file: every boot waits for it on the console.")),
        QCommandLineOption(QStringLiteral("confirm"),
                           tr("plan luks: the device path typed again, to destroy what is on it."), tr("path")),
        QCommandLineOption(QStringLiteral("fast-kdf-for-tests"),
                           tr("plan luks: pbkdf2 with 1000 iterations instead of argon2id (test machines only).")),
    };
}

QString PlanLuksCommand::help()
{
    return tr("  plan luks  List block devices or plan encrypting one, changing nothing: bulwark-cli plan luks --host "
              "... --list, or --device /dev/vdb --name data --mount /srv/data [--fs ext4|xfs] [--passphrase | "
              "--passphrase-only] [--confirm /dev/vdb] [--fast-kdf-for-tests] [--out PLAN.json]; a mounted or busy "
              "device is refused (exit 4), one holding data only with --confirm and its path\n");
}

std::optional<PlanLuksCommand::Request> PlanLuksCommand::parse(const QCommandLineParser &parser)
{
    Request request;
    request.list = parser.isSet(QStringLiteral("list"));
    const bool planning = parser.isSet(QStringLiteral("device")) || parser.isSet(QStringLiteral("name")) ||
                          parser.isSet(QStringLiteral("mount"));
    if (request.list) {
        if (planning) {
            CliIo::printErr(tr("plan luks: --list goes alone, without --device, --name or --mount"));
            return std::nullopt;
        }
        return request;
    }
    Plan::LuksChoice &choice = request.choice;
    choice.device = parser.value(QStringLiteral("device"));
    choice.mapperName = parser.value(QStringLiteral("name"));
    choice.mountPoint = parser.value(QStringLiteral("mount"));
    if (choice.device.isEmpty() || choice.mapperName.isEmpty() || choice.mountPoint.isEmpty()) {
        CliIo::printErr(tr("plan luks needs --list, or --device PATH --name NAME --mount DIR"));
        return std::nullopt;
    }
    const QString fs = parser.value(QStringLiteral("fs"));
    if (fs == u"ext4") {
        choice.filesystem = Plan::LuksChoice::Filesystem::Ext4;
    } else if (fs == u"xfs") {
        choice.filesystem = Plan::LuksChoice::Filesystem::Xfs;
    } else {
        CliIo::printErr(tr("plan luks: --fs takes ext4 or xfs"));
        return std::nullopt;
    }
    const bool passphrase = parser.isSet(QStringLiteral("passphrase"));
    const bool passphraseOnly = parser.isSet(QStringLiteral("passphrase-only"));
    if (passphrase && passphraseOnly) {
        CliIo::printErr(tr("plan luks: --passphrase (key file and passphrase) or --passphrase-only, not both"));
        return std::nullopt;
    }
    choice.unlock = passphraseOnly ? Plan::LuksChoice::Unlock::Passphrase
                    : passphrase   ? Plan::LuksChoice::Unlock::KeyFileAndPassphrase
                                   : Plan::LuksChoice::Unlock::KeyFile;
    choice.confirmation = parser.value(QStringLiteral("confirm"));
    if (parser.isSet(QStringLiteral("fast-kdf-for-tests")))
        choice.keyDerivation = Plan::LuksChoice::KeyDerivation::FastPbkdf2ForTests;
    return request;
}

PlanLuksCommand::PlanLuksCommand(Transport::HostConnection &connection, Request request, Options options,
                                 QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_options(std::move(options))
{}

void PlanLuksCommand::start()
{
    m_connection
        .submit<Luks::BlockDeviceSnapshot>([](Transport::Session &session, const CancelToken &cancel) {
            return Luks::LuksPlanJob::read(session, cancel);
        })
        .then(this, [this](const Result<Luks::BlockDeviceSnapshot> &snapshot) {
            if (!snapshot) {
                Q_EMIT failed(snapshot.error());
                return;
            }
            if (m_request.list) {
                QString text = tr("Block devices of %1 (nothing has been changed):\n").arg(m_options.hostDisplayName);
                for (const QString &line : Luks::LuksPlanJob::describeDevices(*snapshot))
                    text += QStringLiteral("  ") + line + u'\n';
                for (const Luks::BlockDevice &device : snapshot->devices) {
                    if (device.type != u"disk" && device.type != u"part" && device.type != u"lvm" &&
                        device.type != u"loop")
                        continue;
                    text += u'\n' + Plan::LuksPlanner::encryptionReport(device, false) + u'\n';
                }
                CliIo::print(text);
                Q_EMIT finished(0);
                return;
            }
            Plan::LuksChoice choice = m_request.choice;
            choice.hostDisplayName = m_options.hostDisplayName;
            const auto plan = Luks::LuksPlanJob::plan(*snapshot, choice);
            if (!plan) {
                CliIo::printErr(QStringLiteral("bulwark-cli: ") + plan.error().message());
                Q_EMIT finished(RefusedExit);
                return;
            }
            CliIo::print(
                PlanPrinter::render(*plan, tr("Plan for %1 (nothing has been changed):").arg(m_options.hostDisplayName),
                                    {}, m_options.showDiff));
            if (!m_options.outPath.isEmpty() && !CliIo::writeOutput(m_options.outPath, plan->toJsonBytes())) {
                Q_EMIT finished(1);
                return;
            }
            Q_EMIT finished(0);
        });
}
