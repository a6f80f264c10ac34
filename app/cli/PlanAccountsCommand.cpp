// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanAccountsCommand.h"

#include "app/cli/CliIo.h"
#include "app/cli/PlanPrinter.h"
#include "core/accounts/AccountsPlanner.h"
#include "core/accounts/AccountsReader.h"
#include "core/facts/LinuxFacts.h"

#include <QJsonObject>

using namespace Bulwark;
using Bulwark::Plan::AccountAction;

namespace {

// What the worker hands back: the scan's facts and the account data.
struct HostData
{
    QJsonObject facts;
    Facts::AccountsSnapshot accounts;
};

} // namespace

QList<QCommandLineOption> PlanAccountsCommand::options()
{
    return {
        QCommandLineOption(QStringLiteral("lock"), tr("plan accounts: lock this account's password (repeatable)."),
                           tr("name")),
        QCommandLineOption(QStringLiteral("expire"),
                           tr("plan accounts: expire this account, so no login of any kind works (repeatable)."),
                           tr("name")),
        QCommandLineOption(QStringLiteral("nologin"),
                           tr("plan accounts: give this account the nologin shell (repeatable)."), tr("name")),
        QCommandLineOption(QStringLiteral("rename"),
                           tr("plan accounts: rename an account and its group of the same name (repeatable)."),
                           tr("old:new")),
        QCommandLineOption(QStringLiteral("move-home"),
                           tr("plan accounts: --rename also renames the home directory (/home/old -> /home/new).")),
    };
}

QString PlanAccountsCommand::help()
{
    return tr("  plan accounts  Plan account changes, changing nothing: bulwark-cli plan accounts --host ... "
              "[--lock NAME]... [--expire NAME]... [--nologin NAME]... [--rename OLD:NEW [--move-home]]... "
              "[--out PLAN.json]; a change that could lock you out is refused (exit 4) with the reason\n");
}

std::optional<Plan::AccountsChoice> PlanAccountsCommand::parse(const QCommandLineParser &parser)
{
    Plan::AccountsChoice choice;
    const bool moveHome = parser.isSet(QStringLiteral("move-home"));
    for (const auto &[option, kind] :
         {std::pair{"lock", AccountAction::Kind::LockPassword}, std::pair{"expire", AccountAction::Kind::Expire},
          std::pair{"nologin", AccountAction::Kind::SetNologin}}) {
        for (const QString &name : parser.values(QLatin1String(option))) {
            for (const QString &one : name.split(u',', Qt::SkipEmptyParts))
                choice.actions.append({kind, one, {}, false});
        }
    }
    for (const QString &value : parser.values(QStringLiteral("rename"))) {
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0 || colon == value.size() - 1 || value.indexOf(u':', colon + 1) >= 0) {
            CliIo::printErr(tr("--rename takes OLD:NEW, e.g. --rename bob:robert"));
            return std::nullopt;
        }
        choice.actions.append({AccountAction::Kind::Rename, value.left(colon), value.mid(colon + 1), moveHome});
    }
    if (moveHome && parser.values(QStringLiteral("rename")).isEmpty()) {
        CliIo::printErr(tr("--move-home goes with --rename OLD:NEW"));
        return std::nullopt;
    }
    if (choice.actions.isEmpty()) {
        CliIo::printErr(tr("plan accounts needs at least one of --lock NAME, --expire NAME, --nologin NAME or "
                           "--rename OLD:NEW"));
        return std::nullopt;
    }
    return choice;
}

PlanAccountsCommand::PlanAccountsCommand(Transport::HostConnection &connection, Plan::AccountsChoice choice,
                                         Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_choice(std::move(choice))
    , m_options(std::move(options))
{}

void PlanAccountsCommand::start()
{
    const bool elevate = m_options.elevate;
    const bool hasPassword = m_options.sessionHasSudoPassword;
    m_connection
        .submit<HostData>(
            [elevate, hasPassword](Transport::Session &session, const CancelToken &cancel) -> Result<HostData> {
                auto facts = Facts::LinuxFacts::probe(session, cancel, elevate);
                if (!facts)
                    return facts.error();
                auto accounts = Facts::AccountsReader::read(session, hasPassword, cancel);
                if (!accounts)
                    return accounts.error();
                return HostData{std::move(*facts), std::move(*accounts)};
            })
        .then(this, [this](const Result<HostData> &data) {
            if (!data) {
                Q_EMIT failed(data.error());
                return;
            }
            Plan::AccountsChoice choice = m_choice;
            choice.hostDisplayName = m_options.hostDisplayName;
            const auto plan = Plan::AccountsPlanner::plan(data->facts, choice, data->accounts);
            if (!plan) {
                CliIo::printErr(QStringLiteral("bulwark-cli: ") + plan.error().message());
                Q_EMIT finished(RefusedExit);
                return;
            }
            CliIo::print(
                PlanPrinter::render(*plan, tr("Plan for %1 (nothing has been changed):").arg(m_options.hostDisplayName),
                                    data->facts, m_options.showDiff));
            if (!m_options.outPath.isEmpty() && !CliIo::writeOutput(m_options.outPath, plan->toJsonBytes())) {
                Q_EMIT finished(1);
                return;
            }
            Q_EMIT finished(0);
        });
}
