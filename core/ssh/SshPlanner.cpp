// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ssh/SshPlanner.h"

#include "core/plan/ServicesPlanner.h"
#include "core/ssh/SshSetting.h"
#include "core/ssh/SshdConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace Bulwark::Plan {

using Ssh::SshdConfig;
using Ssh::SshHostState;
using Ssh::SshSetting;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Plan::SshPlanner", text);
}

Error refused(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::InvalidArgument, message, detail);
}

// Keywords whose lines add up instead of the first one winning.
bool accumulates(const QString &key)
{
    return key == u"allowusers" || key == u"allowgroups" || key == u"denyusers" || key == u"denygroups";
}

// sshd reads ChallengeResponseAuthentication as KbdInteractiveAuthentication (OpenSSH 8.7 and later).
QString canonicalKey(const QString &key)
{
    return key == u"challengeresponseauthentication" ? QStringLiteral("kbdinteractiveauthentication") : key;
}

QStringList listOf(const QString &value)
{
    return value.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

struct Read
{
    QString path;
    SshdConfig::Directive directive;
};

// The global directives sshd reads, in its order, and where Bulwark's file or block sits among them.
struct ReadOrder
{
    QList<Read> reads;
    qsizetype ours = -1;
    bool unknownAfter = false;                    // an Include of files Bulwark did not read, after ours
    QList<Read> matched;                          // directives inside Match blocks (main file and drop-ins)
    QHash<QString, QHash<int, QString>> criteria; // path -> Match line -> "User alice"
};

void collectMatches(const SshdConfig &config, ReadOrder &order)
{
    for (const SshdConfig::Directive &directive : config.directives()) {
        if (directive.keyword == u"match")
            order.criteria[config.path()].insert(directive.line, directive.arguments.join(u' '));
        else if (directive.matchLine > 0)
            order.matched.append({config.path(), directive});
    }
}

Result<ReadOrder> readOrder(const SshdConfig &main, const QMap<QString, SshdConfig> &dropIns,
                            const QMap<QString, Error> &unreadable, bool dropIn, const QStringList &knownPaths)
{
    ReadOrder order;
    collectMatches(main, order);
    if (!dropIn && !main.hasBlock())
        order.ours = 0; // a new block goes before the first directive: everything is read after it
    for (const SshdConfig::Directive &directive : main.directives()) {
        if (directive.matchLine > 0)
            break; // from the first Match on, everything is conditional
        if (!dropIn && directive.managed) {
            if (order.ours < 0)
                order.ours = order.reads.size();
            continue;
        }
        if (directive.keyword != u"include") {
            order.reads.append({main.path(), directive});
            continue;
        }
        for (const QString &pattern : SshdConfig::includePatterns(directive)) {
            if (!pattern.startsWith(QLatin1String("/etc/ssh/sshd_config.d/"))) {
                if (order.ours < 0)
                    return refused(tr("%1 line %2 includes %3, which Bulwark does not read; it cannot tell whether "
                                      "those files set the same settings first.")
                                       .arg(main.path())
                                       .arg(directive.line)
                                       .arg(pattern));
                else
                    order.unknownAfter = true;
                continue;
            }
            QStringList paths;
            for (const QString &path : knownPaths) {
                if (path != main.path() && SshdConfig::globMatches(pattern, path) && !paths.contains(path))
                    paths << path;
            }
            std::sort(paths.begin(), paths.end()); // glob(3) sorts; the names are plain ASCII
            for (const QString &path : paths) {
                if (dropIn && path == SshPlanner::dropInPath()) {
                    if (order.ours < 0)
                        order.ours = order.reads.size();
                    continue;
                }
                if (unreadable.contains(path))
                    return unreadable.value(path); // sshd reads it: strict
                const SshdConfig &file = dropIns[path];
                collectMatches(file, order);
                for (const SshdConfig::Directive &inner : file.directives()) {
                    if (inner.matchLine > 0) {
                        if (order.ours < 0)
                            return refused(tr("%1 has a Match block and is read before Bulwark's settings; Bulwark "
                                              "cannot tell which of its settings would still count.")
                                               .arg(path));
                        break;
                    }
                    if (inner.keyword == u"include")
                        return refused(tr("%1 line %2 includes more files; Bulwark does not follow includes inside "
                                          "drop-ins.")
                                           .arg(path)
                                           .arg(inner.line));
                    order.reads.append({path, inner});
                }
            }
        }
    }
    return order;
}

bool includesDropIn(const SshdConfig &main)
{
    for (const SshdConfig::Directive &directive : main.directives()) {
        if (directive.matchLine > 0)
            return false;
        if (directive.keyword != u"include")
            continue;
        for (const QString &pattern : SshdConfig::includePatterns(directive)) {
            if (SshdConfig::globMatches(pattern, SshPlanner::dropInPath()))
                return true;
        }
    }
    return false;
}

QByteArray dropInHeader()
{
    return QByteArrayLiteral("# Managed by Bulwark (SSH hardening): Bulwark rewrites this file, so change these "
                             "settings in Bulwark.\n"
                             "# sshd uses the first value it reads for a setting, and this file is read first.\n");
}

QByteArray blockHeader()
{
    return QByteArrayLiteral("# Managed by Bulwark (SSH hardening); sshd uses the first value it reads.\n");
}

// Keyword -> (spelling, value), keyed by canonical lower-case keyword.
using Block = QMap<QString, QPair<QString, QString>>;

QStringList algorithmsFor(const QStringList &preset, const QStringList &supported)
{
    if (supported.isEmpty())
        return preset; // unknown: sshd -T in the pre-flight refuses a name this build lacks
    QStringList out;
    for (const QString &name : preset) {
        if (supported.contains(name))
            out << name;
    }
    return out;
}

} // namespace

QString SshPlanner::describeLogin(const SshLogin &login)
{
    return login.method == SshLogin::Method::PublicKey
               ? tr("You log in as %1 with a key from %2").arg(login.user, login.clientAddress)
               : tr("You log in as %1 with a password from %2").arg(login.user, login.clientAddress);
}

QStringList SshPlanner::rulesSatisfied(const QString &keyword, const QString &value)
{
    const SshSetting *setting = SshSetting::find(keyword);
    if (!setting)
        return {};
    const QString key = setting->key();
    const int number = value.toInt();
    bool satisfied = false;
    if (key == u"permitrootlogin") {
        if (value == u"no")
            return setting->ruleIds;
        // sshd -T prints prohibit-password as without-password; forced commands take no password either.
        return value == u"prohibit-password" || value == u"without-password" || value == u"forced-commands-only"
                   ? QStringList{QStringLiteral("BW-LNX-ACS-001")}
                   : QStringList{};
    }
    if (key == u"maxauthtries")
        satisfied = number >= 1 && number <= 4;
    else if (key == u"logingracetime")
        satisfied = number >= 1 && number <= 60;
    else if (key == u"clientaliveinterval")
        satisfied = number >= 1 && number <= 900;
    else if (key == u"clientalivecountmax")
        satisfied = number >= 1;
    else if (key == u"banner")
        satisfied = value != u"none";
    else if (key == u"loglevel")
        satisfied = value == u"INFO" || value == u"VERBOSE";
    else if (setting->kind == SshSetting::Kind::Algorithms)
        satisfied = true; // only the Modern preset writes them
    else if (setting->kind == SshSetting::Kind::YesNo)
        satisfied = value == setting->recommended;
    return satisfied ? setting->ruleIds : QStringList{};
}

QHash<QString, QString> SshPlanner::adjusted(const QHash<QString, QString> &effective,
                                             const QHash<QString, QStringList> &subtract)
{
    QHash<QString, QString> out = effective;
    for (auto it = subtract.cbegin(); it != subtract.cend(); ++it) {
        QStringList entries = listOf(out.value(it.key()));
        for (const QString &entry : it.value())
            entries.removeOne(entry);
        if (entries.isEmpty())
            out.remove(it.key());
        else
            out.insert(it.key(), entries.join(u' '));
    }
    return out;
}

Result<SshPlanner::Draft> SshPlanner::draft(const SshHostState &state, const SshChoice &choice)
{
    auto mainParsed = SshdConfig::parse(state.files.value(state.mainPath).content, state.mainPath);
    if (!mainParsed)
        return mainParsed.error();
    const SshdConfig &main = *mainParsed;
    // Files sshd does not read (README, *.conf.dpkg-old) may be anything; they are refused only when read.
    QMap<QString, SshdConfig> dropIns;
    QMap<QString, Error> unreadable;
    for (auto it = state.files.cbegin(); it != state.files.cend(); ++it) {
        if (it.key() == state.mainPath)
            continue;
        auto parsed = SshdConfig::parse(it.value().content, it.key());
        if (parsed)
            dropIns.insert(it.key(), *parsed);
        else
            unreadable.insert(it.key(), parsed.error());
    }

    Draft draft;
    draft.dropIn = !main.hasBlock() && includesDropIn(main);
    if (main.hasBlock() && state.files.contains(dropInPath()))
        return refused(tr("Both %1 and a Bulwark block in %2 exist; remove one of them by hand first.")
                           .arg(dropInPath(), state.mainPath));
    if (!draft.dropIn && state.files.contains(dropInPath()))
        draft.warnings << tr("%1 exists but sshd does not read it first; Bulwark writes its settings into %2 "
                             "instead.")
                              .arg(dropInPath(), state.mainPath);

    if (draft.dropIn && unreadable.contains(dropInPath()))
        return unreadable.value(dropInPath());

    // Bulwark's settings now.
    Block block;
    const QList<SshdConfig::Directive> old =
        draft.dropIn ? dropIns.value(dropInPath()).directives() : main.blockDirectives();
    for (const SshdConfig::Directive &directive : old) {
        if (directive.matchLine > 0)
            return refused(
                tr("%1 has a Match block, which Bulwark never writes; remove it by hand first.").arg(dropInPath()));
        const QString key = canonicalKey(directive.keyword);
        const SshSetting *setting = SshSetting::find(key);
        if (!setting && key != u"kbdinteractiveauthentication") {
            draft.warnings
                << tr("%1 in Bulwark's settings was not written by Bulwark; it is taken out.").arg(directive.spelling);
            continue;
        }
        const QString spelling = setting ? setting->keyword : directive.spelling;
        QString value = directive.arguments.join(u' ');
        if (block.contains(key) && accumulates(key))
            value = block.value(key).second + u' ' + value;
        if (!block.contains(key) || accumulates(key))
            block.insert(key, {spelling, value});
    }
    const Block before = block;

    // The choice.
    QSet<QString> touched;
    for (auto it = choice.settings.cbegin(); it != choice.settings.cend(); ++it) {
        const SshSetting *setting = SshSetting::find(it.key());
        if (!setting)
            return refused(tr("Bulwark does not offer the SSH setting \"%1\".").arg(it.key()));
        touched.insert(setting->key());
        if (it.value().trimmed().isEmpty()) {
            block.remove(setting->key());
            continue;
        }
        auto value = setting->normalized(it.value());
        if (!value)
            return value.error();
        block.insert(setting->key(), {setting->keyword, *value});
    }
    const QString kbdKey = state.effective.contains(QStringLiteral("kbdinteractiveauthentication")) ||
                                   !state.effective.contains(QStringLiteral("challengeresponseauthentication"))
                               ? QStringLiteral("KbdInteractiveAuthentication")
                               : QStringLiteral("ChallengeResponseAuthentication");
    if (touched.contains(QStringLiteral("passwordauthentication"))) {
        const QString password = block.value(QStringLiteral("passwordauthentication")).second;
        if (password == u"no") {
            if (state.effective.value(QStringLiteral("authenticationmethods"))
                    .contains(QLatin1String("keyboard-interactive")))
                draft.warnings << tr("Keyboard-interactive logins stay on: AuthenticationMethods uses them (for a "
                                     "second factor).");
            else
                block.insert(QStringLiteral("kbdinteractiveauthentication"), {kbdKey, QStringLiteral("no")});
        } else {
            block.remove(QStringLiteral("kbdinteractiveauthentication"));
        }
    }
    if (choice.crypto == SshChoice::Crypto::Modern) {
        const struct
        {
            const char *keyword;
            QStringList preset;
            QStringList supported;
            QStringList libssh; // what the console itself (libssh 0.10) can use
        } lists[] = {
            {"Ciphers", SshSetting::modernCiphers(), state.ciphers, SshSetting::modernCiphers()},
            {"MACs",
             SshSetting::modernMacs(),
             state.macs,
             {QStringLiteral("hmac-sha2-512-etm@openssh.com"), QStringLiteral("hmac-sha2-256-etm@openssh.com"),
              QStringLiteral("hmac-sha2-512"), QStringLiteral("hmac-sha2-256")}},
            {"KexAlgorithms",
             SshSetting::modernKex(),
             state.kex,
             {QStringLiteral("curve25519-sha256"), QStringLiteral("curve25519-sha256@libssh.org"),
              QStringLiteral("diffie-hellman-group16-sha512"), QStringLiteral("diffie-hellman-group18-sha512"),
              QStringLiteral("diffie-hellman-group-exchange-sha256")}},
        };
        for (const auto &list : lists) {
            const QStringList names = algorithmsFor(list.preset, list.supported);
            bool usable = false;
            for (const QString &name : names)
                usable = usable || list.libssh.contains(name);
            if (!usable)
                return refused(tr("The host's OpenSSH supports none of the modern %1 Bulwark itself can use; keep "
                                  "the current ones.")
                                   .arg(QString::fromLatin1(list.keyword)));
            const QString keyword = QString::fromLatin1(list.keyword);
            block.insert(keyword.toLower(), {keyword, names.join(u',')});
            touched.insert(keyword.toLower());
        }
    }

    // The file or block, in the table's order.
    QByteArray body;
    for (const SshSetting &setting : SshSetting::all()) {
        const QString key = setting.key();
        if (block.contains(key)) {
            draft.block.append(block.value(key));
            body += (block.value(key).first + u' ' + block.value(key).second + u'\n').toUtf8();
        }
        if (key == u"passwordauthentication" && block.contains(QStringLiteral("kbdinteractiveauthentication"))) {
            const auto kbd = block.value(QStringLiteral("kbdinteractiveauthentication"));
            draft.block.append(kbd);
            body += (kbd.first + u' ' + kbd.second + u'\n').toUtf8();
        }
    }

    FileEdit &edit = draft.edit;
    if (draft.dropIn) {
        edit.setPath(dropInPath());
        if (state.files.contains(dropInPath()))
            edit.setBefore(state.files.value(dropInPath()).content);
        else
            edit.setBeforeAbsent();
        if (body.isEmpty())
            edit.setAfterAbsent();
        else
            edit.setAfter(dropInHeader() + body);
        edit.setMode(QStringLiteral("0644"));
        edit.setOwner(QStringLiteral("root"));
        edit.setGroup(QStringLiteral("root"));
        draft.changesFile = edit.beforeExists() != edit.afterExists() || edit.before() != edit.after();
    } else {
        edit.setPath(state.mainPath);
        edit.setBefore(main.text());
        edit.setAfter(main.withBlock(body.isEmpty() ? QByteArray() : blockHeader() + body));
        draft.changesFile = edit.before() != edit.after();
    }
    if (edit.afterExists())
        edit.setValidator(
            {QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"), FileEdit::stagedPlaceholder()});
    edit.setVerify({QStringLiteral("sshd"), QStringLiteral("-t")});
    edit.setAccessAffecting(true);
    if (!state.unit.isEmpty())
        edit.setReload({QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("--"), state.unit});

    // Where Bulwark's values sit among everything sshd reads.
    QStringList known = state.files.keys();
    if (draft.dropIn && !known.contains(dropInPath()))
        known << dropInPath();
    auto order = readOrder(main, dropIns, unreadable, draft.dropIn, known);
    if (!order)
        return order.error();
    for (auto it = block.cbegin(); it != block.cend(); ++it) {
        const QString &key = it.key();
        for (qsizetype i = 0; i < order->reads.size(); ++i) {
            const Read &read = order->reads.at(i);
            if (canonicalKey(read.directive.keyword) != key)
                continue;
            if (accumulates(key)) {
                draft.warnings << tr("%1 line %2 also sets %3; sshd combines both lists.")
                                      .arg(read.path)
                                      .arg(read.directive.line)
                                      .arg(it.value().first);
            } else if (i < order->ours) {
                return refused(tr("%1 line %2 sets %3 before Bulwark's settings are read, so Bulwark's value would "
                                  "be ignored; remove that line first.")
                                   .arg(read.path)
                                   .arg(read.directive.line)
                                   .arg(read.directive.spelling));
            }
        }
        draft.options << it.value().first + u'=' + it.value().second;
    }
    // Settings taken out: the value sshd reads next, or its built-in one, stands in the pre-flight.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString &key = it.key();
        if (accumulates(key)) {
            draft.subtract.insert(key, listOf(it.value().second));
            continue;
        }
        if (block.contains(key))
            continue;
        QString next;
        for (qsizetype i = qMax<qsizetype>(order->ours, 0); i < order->reads.size() && next.isEmpty(); ++i) {
            if (canonicalKey(order->reads.at(i).directive.keyword) == key)
                next = order->reads.at(i).directive.arguments.join(u' ');
        }
        if (next.isEmpty() && !order->unknownAfter)
            next = state.defaults.value(key);
        if (next.isEmpty())
            return refused(tr("Bulwark cannot tell which value of %1 would apply once it takes its own out.")
                               .arg(it.value().first));
        draft.options << it.value().first + u'=' + next;
    }
    // Match blocks win over global values for the connections they match.
    for (const Read &read : std::as_const(order->matched)) {
        const QString key = canonicalKey(read.directive.keyword);
        if (!touched.contains(key) || !block.contains(key))
            continue;
        draft.warnings << tr("%1 line %2: the block \"Match %3\" sets %4 %5 for the connections it matches; for them "
                             "it wins over the value set here.")
                              .arg(read.path)
                              .arg(read.directive.line)
                              .arg(order->criteria.value(read.path).value(read.directive.matchLine),
                                   read.directive.spelling, read.directive.arguments.join(u' '));
    }

    const QString banner = block.value(QStringLiteral("banner")).second;
    if (touched.contains(QStringLiteral("banner")) && !banner.isEmpty() && banner != u"none")
        draft.bannerPath = banner;
    if (touched.contains(QStringLiteral("passwordauthentication")) &&
        block.value(QStringLiteral("passwordauthentication")).second == u"no" &&
        state.effective.value(QStringLiteral("passwordauthentication")) != u"no")
        draft.warnings << tr("Everyone else who logs in with a password will be refused too: make sure each person "
                             "who needs SSH has a key first.");
    if (state.effective.value(QStringLiteral("usedns")) == u"yes")
        draft.warnings << tr("UseDNS is on: sshd may match host names where Bulwark checked the address %1.")
                              .arg(state.login.clientAddress);
    for (auto it = block.cbegin(); it != block.cend(); ++it) {
        if (!touched.contains(it.key()))
            continue;
        for (const QString &id : rulesSatisfied(it.value().first, it.value().second)) {
            if (!draft.ruleIds.contains(id))
                draft.ruleIds << id;
        }
    }
    std::sort(draft.ruleIds.begin(), draft.ruleIds.end());
    return draft;
}

Result<QString> SshPlanner::preflight(const Draft &draft, const SshHostState &state,
                                      const Ssh::SshAccessReader::Evaluation &evaluation)
{
    if (!draft.bannerPath.isEmpty() && !evaluation.bannerExists)
        return refused(tr("The banner file %1 does not exist on the host; write the warning text there first.")
                           .arg(draft.bannerPath));
    const auto allowed = SshAccess::check(adjusted(evaluation.effective, draft.subtract), state.login);
    if (!allowed)
        return refused(tr("%1: this change would lock you out, so Bulwark will not make it. %2")
                           .arg(describeLogin(state.login), allowed.error().message()));
    return tr("%1: still allowed after this change.").arg(describeLogin(state.login));
}

QStringList SshPlanner::legacyUnits(const QJsonObject &facts)
{
    static const QStringList names = {QStringLiteral("telnetd"),   QStringLiteral("inetutils-telnetd"),
                                      QStringLiteral("vsftpd"),    QStringLiteral("proftpd"),
                                      QStringLiteral("pure-ftpd"), QStringLiteral("rsh"),
                                      QStringLiteral("rlogin"),    QStringLiteral("rexec")};
    QStringList out;
    for (const QJsonValue &value : facts.value(QStringLiteral("services")).toArray()) {
        const QJsonObject service = value.toObject();
        const bool on = service.value(QStringLiteral("enabled")).toString() == u"enabled" ||
                        service.value(QStringLiteral("active")).toString() == u"active";
        if (on && names.contains(service.value(QStringLiteral("name")).toString()))
            out << service.value(QStringLiteral("unit")).toString();
    }
    return out;
}

QStringList SshPlanner::legacyInetdServices(const QJsonObject &facts)
{
    static const QStringList names = {QStringLiteral("telnet"), QStringLiteral("ftp"), QStringLiteral("shell"),
                                      QStringLiteral("login"), QStringLiteral("exec")};
    QStringList out;
    for (const QJsonValue &value : facts.value(QStringLiteral("inetd")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString service = entry.value(QStringLiteral("service")).toString();
        if (entry.value(QStringLiteral("enabled")).toBool() && names.contains(service) && !out.contains(service))
            out << service;
    }
    return out;
}

Result<ChangePlan> SshPlanner::plan(const SshHostState &state, const SshChoice &choice, const QJsonObject &facts,
                                    const Ssh::SshAccessReader::Evaluation &evaluation, QString *verdict)
{
    auto drafted = draft(state, choice);
    if (!drafted)
        return drafted.error();
    auto allowed = preflight(*drafted, state, evaluation);
    if (!allowed)
        return allowed.error();
    if (drafted->changesFile && state.unit.isEmpty())
        return refused(tr("Bulwark cannot find the SSH server's systemd unit (ssh.service or sshd.service) to "
                          "reload it."));
    if (verdict)
        *verdict = *allowed;

    ChangePlan plan;
    plan.setHostDisplayName(choice.hostDisplayName);
    plan.setCreated(QDateTime::currentDateTimeUtc());
    for (const QString &warning : std::as_const(drafted->warnings))
        plan.addWarning(warning);
    if (drafted->changesFile) {
        const QString title = drafted->dropIn
                                  ? tr("Set the SSH server's settings in %1").arg(dropInPath())
                                  : tr("Set the SSH server's settings in the Bulwark block of %1").arg(state.mainPath);
        plan.append(Change(title, drafted->edit, drafted->ruleIds));
    }
    if (choice.replaceLegacy) {
        ServicesChoice services;
        services.units = legacyUnits(facts);
        services.inetdServices = legacyInetdServices(facts);
        services.hostDisplayName = choice.hostDisplayName;
        if (services.units.isEmpty() && services.inetdServices.isEmpty()) {
            plan.addWarning(tr("No telnet, FTP or rsh server is on; there is nothing to replace."));
        } else {
            auto legacy = ServicesPlanner::plan(facts, services);
            if (!legacy)
                return legacy.error();
            for (const Change &change : legacy->changes())
                plan.append(change);
            for (const QString &warning : legacy->warnings())
                plan.addWarning(warning);
        }
        const auto after = adjusted(evaluation.effective, drafted->subtract);
        if (!after.value(QStringLiteral("subsystem")).contains(QLatin1String("sftp")))
            plan.addWarning(tr("sshd has no sftp Subsystem, so people who used FTP cannot use SFTP instead until it "
                               "is set up (Subsystem sftp /usr/lib/openssh/sftp-server)."));
    }
    if (plan.isEmpty())
        return refused(tr("The SSH server already has these settings; there is nothing to change."));
    return plan;
}

} // namespace Bulwark::Plan
