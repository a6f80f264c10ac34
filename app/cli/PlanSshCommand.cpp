// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanSshCommand.h"

#include "app/cli/CliIo.h"
#include "app/cli/PlanPrinter.h"
#include "core/facts/LinuxFacts.h"
#include "core/ssh/SshAccessReader.h"
#include "core/ssh/SshPlanJob.h"
#include "core/ssh/SshPlanner.h"
#include "core/ssh/SshSetting.h"

using namespace Bulwark;

namespace {

// Option name -> the sshd keyword it sets.
struct Mapped
{
    const char *option;
    const char *keyword;
    const char *valueName;
};

const Mapped mapped[] = {
    {"password-auth", "PasswordAuthentication", "yes|no"},
    {"permit-root-login", "PermitRootLogin", "no|prohibit-password"},
    {"allow-users", "AllowUsers", "users"},
    {"allow-groups", "AllowGroups", "groups"},
    {"max-auth-tries", "MaxAuthTries", "n"},
    {"login-grace-time", "LoginGraceTime", "seconds"},
    {"x11-forwarding", "X11Forwarding", "yes|no"},
    {"agent-forwarding", "AllowAgentForwarding", "yes|no"},
    {"tcp-forwarding", "AllowTcpForwarding", "yes|no"},
    {"banner", "Banner", "path"},
};

struct HostData
{
    Ssh::SshHostState state;
    Ssh::SshPlanOutcome outcome;
};

} // namespace

QList<QCommandLineOption> PlanSshCommand::options()
{
    QList<QCommandLineOption> out;
    for (const Mapped &option : mapped) {
        out << QCommandLineOption(QString::fromLatin1(option.option),
                                  tr("plan ssh: set %1 (empty: leave it to the rest of the configuration).")
                                      .arg(QString::fromLatin1(option.keyword)),
                                  QString::fromLatin1(option.valueName));
    }
    out << QCommandLineOption(QStringLiteral("crypto"),
                              tr("plan ssh: modern (strong ciphers, MACs and key exchange the host supports) or keep."),
                              QStringLiteral("modern|keep"));
    out << QCommandLineOption(QStringLiteral("sshd-set"),
                              tr("plan ssh: set any setting the SSH wizard offers, e.g. LogLevel=VERBOSE "
                                 "(repeatable; an empty value takes it out)."),
                              QStringLiteral("keyword=value"));
    out << QCommandLineOption(QStringLiteral("replace-legacy"),
                              tr("plan ssh: also stop and disable telnet, FTP and rsh servers (SSH and SFTP replace "
                                 "them)."));
    return out;
}

QString PlanSshCommand::help()
{
    return tr("  plan ssh  Plan SSH server hardening, changing nothing: bulwark-cli plan ssh --host ... "
              "[--password-auth yes|no] [--permit-root-login no|prohibit-password] [--allow-users A,B] "
              "[--allow-groups G] [--crypto modern|keep] [--max-auth-tries N] [--login-grace-time S] "
              "[--x11-forwarding yes|no] [--agent-forwarding yes|no] [--tcp-forwarding yes|no] [--banner PATH] "
              "[--sshd-set KEYWORD=VALUE] [--replace-legacy] [--diff] [-o PLAN.json]; the lock-out check runs on the "
              "host for your own login, and a change that would lock you out is refused (exit 4)\n");
}

std::optional<Plan::SshChoice> PlanSshCommand::parse(const QCommandLineParser &parser)
{
    Plan::SshChoice choice;
    for (const Mapped &option : mapped) {
        const QString name = QString::fromLatin1(option.option);
        if (parser.isSet(name))
            choice.settings.insert(QString::fromLatin1(option.keyword), parser.value(name));
    }
    for (const QString &assignment : parser.values(QStringLiteral("sshd-set"))) {
        const qsizetype eq = assignment.indexOf(u'=');
        const QString keyword = assignment.left(eq).trimmed();
        const Ssh::SshSetting *setting = eq > 0 ? Ssh::SshSetting::find(keyword) : nullptr;
        if (!setting || setting->kind == Ssh::SshSetting::Kind::Algorithms) {
            QStringList offered;
            for (const Ssh::SshSetting &known : Ssh::SshSetting::all()) {
                if (known.kind != Ssh::SshSetting::Kind::Algorithms)
                    offered << known.keyword;
            }
            CliIo::printErr(tr("--sshd-set takes KEYWORD=VALUE with one of: %1").arg(offered.join(u' ')));
            return std::nullopt;
        }
        choice.settings.insert(setting->keyword, assignment.mid(eq + 1));
    }
    const QString crypto = parser.value(QStringLiteral("crypto"));
    if (crypto == u"modern") {
        choice.crypto = Plan::SshChoice::Crypto::Modern;
    } else if (!crypto.isEmpty() && crypto != u"keep") {
        CliIo::printErr(tr("--crypto takes modern or keep"));
        return std::nullopt;
    }
    choice.replaceLegacy = parser.isSet(QStringLiteral("replace-legacy"));
    if (choice.settings.isEmpty() && choice.crypto == Plan::SshChoice::Crypto::Keep && !choice.replaceLegacy) {
        CliIo::printErr(tr("plan ssh needs at least one setting to change (see --help)"));
        return std::nullopt;
    }
    // Values are checked here already, so a typo is a usage error rather than a trip to the host.
    for (auto it = choice.settings.cbegin(); it != choice.settings.cend(); ++it) {
        const Ssh::SshSetting *setting = Ssh::SshSetting::find(it.key());
        if (!it.value().trimmed().isEmpty() && setting && !setting->normalized(it.value())) {
            CliIo::printErr(setting->normalized(it.value()).error().message());
            return std::nullopt;
        }
    }
    return choice;
}

PlanSshCommand::PlanSshCommand(Transport::HostConnection &connection, Plan::SshChoice choice, Options options,
                               QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_choice(std::move(choice))
    , m_options(std::move(options))
{
    m_choice.hostDisplayName = m_options.hostDisplayName;
}

void PlanSshCommand::start()
{
    const Plan::SshChoice choice = m_choice;
    const bool elevate = m_options.elevate;
    m_connection
        .submit<HostData>(
            [choice, elevate](Transport::Session &session, const CancelToken &cancel) -> Result<HostData> {
                // An SshSession says how it logged in; the fallback is never used here.
                auto state = Ssh::SshAccessReader::read(session, Plan::SshLogin::Method::Password, cancel);
                if (!state)
                    return state.error();
                QJsonObject facts;
                if (choice.replaceLegacy) {
                    auto probed = Facts::LinuxFacts::probe(session, cancel, elevate);
                    if (!probed)
                        return probed.error();
                    facts = *probed;
                }
                auto outcome = Ssh::SshPlanJob::planOnHost(session, *state, choice, facts, cancel);
                if (!outcome)
                    return outcome.error();
                return HostData{std::move(*state), std::move(*outcome)};
            })
        .then(this, [this](const Result<HostData> &data) {
            if (!data) {
                Q_EMIT failed(data.error());
                return;
            }
            const Ssh::SshPlanOutcome &outcome = data->outcome;
            if (outcome.refused()) {
                CliIo::printErr(tr("bulwark-cli: refused: %1").arg(outcome.refusal.message()));
                if (!outcome.refusal.detail().isEmpty())
                    CliIo::printErr(QStringLiteral("  ") + outcome.refusal.detail());
                Q_EMIT finished(RefusedExit);
                return;
            }
            CliIo::print(PlanPrinter::render(
                             outcome.plan, tr("Plan for %1 (nothing has been changed):").arg(m_options.hostDisplayName),
                             {}, m_options.showDiff) +
                         u'\n' + tr("Lock-out check: %1").arg(outcome.verdict) + u'\n');
            if (!m_options.outPath.isEmpty() && !CliIo::writeOutput(m_options.outPath, outcome.plan.toJsonBytes())) {
                Q_EMIT finished(1);
                return;
            }
            Q_EMIT finished(0);
        });
}
