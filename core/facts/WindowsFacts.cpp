// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/WindowsFacts.h"

#include "core/facts/ProbeOutput.h"
#include "core/transport/WinRmSession.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <cctype>
#include <cmath>

namespace Bulwark::Facts {

namespace {

constexpr qsizetype MaxText = 4096;
constexpr qsizetype MaxKey = 256;
constexpr int MaxErrors = 100;
constexpr int MaxDroppedNamed = 12;

// The contract as data: every field the parser keeps, with its JSON type. Anything else is dropped.
enum class Kind
{
    Bool,
    Int,
    Text,
    Texts,   // list of strings (cap)
    Object,  // `fields`
    Objects, // list of objects with `fields` (cap)
    TextMap, // object of string values under arbitrary keys (cap)
};

struct Field
{
    const char *key;
    Kind kind;
    const QList<Field> *fields = nullptr;
    int cap = 0;
};

const QList<Field> probeFields = {
    {"version", Kind::Int},
    {"platform", Kind::Text},
    {"complete", Kind::Bool},
    {"elevated", Kind::Bool},
    {"user", Kind::Text},
    {"userSid", Kind::Text},
    {"errors", Kind::Texts, nullptr, 200},
};
const QList<Field> osFields = {
    {"family", Kind::Text}, {"caption", Kind::Text},     {"version", Kind::Text},        {"build", Kind::Int},
    {"ubr", Kind::Int},     {"productType", Kind::Text}, {"installDateDays", Kind::Int}, {"edition", Kind::Text},
};
const QList<Field> hostFields = {
    {"hostname", Kind::Text},          {"domain", Kind::Text},
    {"partOfDomain", Kind::Bool},      {"uptimeSeconds", Kind::Int},
    {"powershellVersion", Kind::Text},
};
const QList<Field> serviceFields = {
    {"name", Kind::Text},  {"displayName", Kind::Text}, {"startMode", Kind::Text}, {"delayedAutoStart", Kind::Bool},
    {"state", Kind::Text}, {"account", Kind::Text},     {"path", Kind::Text},
};
const QList<Field> accountFields = {
    {"name", Kind::Text},
    {"sid", Kind::Text},
    {"enabled", Kind::Bool},
    {"passwordRequired", Kind::Bool},
    {"passwordExpires", Kind::Bool},
    {"passwordAgeDays", Kind::Int},
    {"lastLogonDays", Kind::Int},
    {"userMayChangePassword", Kind::Bool},
    {"description", Kind::Text},
};
const QList<Field> memberFields = {
    {"name", Kind::Text},
    {"sid", Kind::Text},
    {"class", Kind::Text},
    {"source", Kind::Text},
};
const QList<Field> groupsFields = {
    {"administrators", Kind::Objects, &memberFields, 1000},
    {"remoteDesktopUsers", Kind::Objects, &memberFields, 1000},
};
const QList<Field> passwordPolicyFields = {
    {"minLength", Kind::Int}, {"maxAgeDays", Kind::Int},  {"minAgeDays", Kind::Int},
    {"history", Kind::Int},   {"complexity", Kind::Bool}, {"reversibleEncryption", Kind::Bool},
};
const QList<Field> lockoutPolicyFields = {
    {"threshold", Kind::Int},
    {"durationMinutes", Kind::Int},
    {"windowMinutes", Kind::Int},
};
const QList<Field> firewallProfileFields = {
    {"name", Kind::Text},
    {"enabled", Kind::Bool},
    {"defaultInboundAction", Kind::Text},
    {"defaultOutboundAction", Kind::Text},
    {"logBlocked", Kind::Bool},
    {"logAllowed", Kind::Bool},
    {"logFileName", Kind::Text},
    {"logMaxSizeKb", Kind::Int},
};
const QList<Field> firewallRuleFields = {
    {"name", Kind::Text},
    {"displayName", Kind::Text},
    {"direction", Kind::Text},
    {"action", Kind::Text},
    {"enabled", Kind::Bool},
    {"profile", Kind::Text},
    {"protocol", Kind::Text},
    {"localPorts", Kind::Texts, nullptr, 1000},
    {"remoteAddresses", Kind::Texts, nullptr, 1000},
    {"program", Kind::Text},
    {"service", Kind::Text},
};
const QList<Field> firewallFields = {
    {"profiles", Kind::Objects, &firewallProfileFields, 10},
    {"rules", Kind::Objects, &firewallRuleFields, 5000},
};
const QList<Field> volumeFields = {
    {"mountPoint", Kind::Text},
    {"volumeType", Kind::Text},
    {"protectionStatus", Kind::Text},
    {"volumeStatus", Kind::Text},
    {"encryptionMethod", Kind::Text},
    {"encryptionPercentage", Kind::Int},
    {"keyProtectors", Kind::Texts, nullptr, 20},
};
const QList<Field> bitlockerFields = {
    {"available", Kind::Bool},
    {"volumes", Kind::Objects, &volumeFields, 100},
};
const QList<Field> bindingFields = {
    {"protocol", Kind::Text},         {"address", Kind::Text}, {"port", Kind::Int},
    {"hostName", Kind::Text},         {"sslFlags", Kind::Int}, {"certificateHash", Kind::Text},
    {"certificateStore", Kind::Text},
};
const QList<Field> siteFields = {
    {"name", Kind::Text},
    {"state", Kind::Text},
    {"bindings", Kind::Objects, &bindingFields, 100},
};
const QList<Field> iisFields = {
    {"installed", Kind::Bool},
    {"sites", Kind::Objects, &siteFields, 500},
};
const QList<Field> protocolFields = {
    {"name", Kind::Text},
    {"serverEnabled", Kind::Bool},
    {"serverDisabledByDefault", Kind::Bool},
};
const QList<Field> schannelFields = {
    {"protocols", Kind::Objects, &protocolFields, 20},
};
const QList<Field> defenderFields = {
    {"available", Kind::Bool},        {"amServiceEnabled", Kind::Bool},
    {"antivirusEnabled", Kind::Bool}, {"realTimeProtectionEnabled", Kind::Bool},
    {"signatureAgeDays", Kind::Int},  {"tamperProtected", Kind::Bool},
    {"quickScanAgeDays", Kind::Int},  {"otherAntivirus", Kind::Texts, nullptr, 50},
};
const QList<Field> autoUpdateFields = {
    {"enabled", Kind::Bool},
    {"notificationLevel", Kind::Int},
};
const QList<Field> updatesFields = {
    {"pending", Kind::Int},         {"pendingSecurity", Kind::Int},
    {"rebootRequired", Kind::Bool}, {"lastInstalledDays", Kind::Int},
    {"searchAgeDays", Kind::Int},   {"autoUpdate", Kind::Object, &autoUpdateFields},
    {"wsus", Kind::Text},
};
const QList<Field> shareFields = {
    {"name", Kind::Text},
    {"path", Kind::Text},
    {"everyoneAccess", Kind::Text},
};
const QList<Field> smbFields = {
    {"smb1ServerEnabled", Kind::Bool},
    {"smb1Feature", Kind::Text},
    {"requireSecuritySignature", Kind::Bool},
    {"encryptData", Kind::Bool},
    {"shares", Kind::Objects, &shareFields, 1000},
};
const QList<Field> rdpFields = {
    {"enabled", Kind::Bool},           {"nla", Kind::Bool}, {"securityLayer", Kind::Text},
    {"minEncryptionLevel", Kind::Int}, {"port", Kind::Int},
};
const QList<Field> listenerFields = {
    {"transport", Kind::Text},
    {"port", Kind::Int},
    {"address", Kind::Text},
};
const QList<Field> winrmFields = {
    {"allowUnencrypted", Kind::Bool},
    {"basicAuth", Kind::Bool},
    {"listeners", Kind::Objects, &listenerFields, 100},
};
const QList<Field> lsaFields = {
    {"lmCompatibilityLevel", Kind::Int}, {"noLmHash", Kind::Bool}, {"restrictAnonymous", Kind::Int},
    {"restrictAnonymousSam", Kind::Int}, {"runAsPpl", Kind::Bool}, {"wdigestUseLogonCredential", Kind::Bool},
};
const QList<Field> auditFields = {
    {"policy", Kind::TextMap, nullptr, 500},
    {"securityLogMaxKb", Kind::Int},
};
const QList<Field> autologonFields = {{"enabled", Kind::Bool}};
const QList<Field> llmnrFields = {{"disabled", Kind::Bool}};
const QList<Field> socketFields = {
    {"proto", Kind::Text},
    {"address", Kind::Text},
    {"port", Kind::Int},
    {"process", Kind::Text},
};
const QList<Field> rootFields = {
    {"probe", Kind::Object, &probeFields},
    {"os", Kind::Object, &osFields},
    {"host", Kind::Object, &hostFields},
    {"services", Kind::Objects, &serviceFields, 2000},
    {"accounts", Kind::Objects, &accountFields, 1000},
    {"groups", Kind::Object, &groupsFields},
    {"passwordPolicy", Kind::Object, &passwordPolicyFields},
    {"lockoutPolicy", Kind::Object, &lockoutPolicyFields},
    {"firewall", Kind::Object, &firewallFields},
    {"bitlocker", Kind::Object, &bitlockerFields},
    {"iis", Kind::Object, &iisFields},
    {"schannel", Kind::Object, &schannelFields},
    {"defender", Kind::Object, &defenderFields},
    {"updates", Kind::Object, &updatesFields},
    {"smb", Kind::Object, &smbFields},
    {"rdp", Kind::Object, &rdpFields},
    {"winrm", Kind::Object, &winrmFields},
    {"lsa", Kind::Object, &lsaFields},
    {"audit", Kind::Object, &auditFields},
    {"autologon", Kind::Object, &autologonFields},
    {"llmnr", Kind::Object, &llmnrFields},
    {"listening", Kind::Objects, &socketFields, 5000},
};

// Valid text for a name: no control or format characters (bidi overrides included), lone surrogates replaced,
// cut at `max` UTF-16 units without splitting a pair.
QString cleanText(const QString &in, qsizetype max = MaxText)
{
    QString out;
    out.reserve(std::min(in.size(), max));
    for (qsizetype i = 0; i < in.size() && out.size() < max; ++i) {
        const QChar c = in.at(i);
        if (c.isHighSurrogate() && i + 1 < in.size() && in.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, in.at(i + 1));
            ++i;
            const QChar::Category category = QChar::category(ucs4);
            if (category == QChar::Other_Control || category == QChar::Other_Format)
                continue;
            if (out.size() + 2 > max)
                break;
            out += c;
            out += in.at(i);
            continue;
        }
        if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        out += c;
    }
    return out;
}

// Checks JSON values against the field table; remembers where a wrong type was dropped.
class Cleaner
{
public:
    QJsonObject object(const QJsonObject &in, const QList<Field> &fields, const QString &path)
    {
        QJsonObject out;
        for (const Field &field : fields) {
            const QString key = QLatin1String(field.key);
            const auto found = in.constFind(key);
            if (found == in.constEnd())
                continue;
            const QJsonValue value = found.value();
            const QString at = path.isEmpty() ? key : path + u'.' + key;
            if (value.isNull()) {
                // null: the probe could not read the fact. Kept for values, meaningless for containers.
                if (field.kind == Kind::Bool || field.kind == Kind::Int || field.kind == Kind::Text)
                    out.insert(key, QJsonValue::Null);
                continue;
            }
            switch (field.kind) {
            case Kind::Bool:
                if (value.isBool())
                    out.insert(key, value);
                else
                    dropped(at);
                break;
            case Kind::Int:
                if (const auto number = integer(value))
                    out.insert(key, *number);
                else
                    dropped(at);
                break;
            case Kind::Text:
                if (value.isString())
                    out.insert(key, cleanText(value.toString()));
                else
                    dropped(at);
                break;
            case Kind::Object:
                if (value.isObject())
                    out.insert(key, object(value.toObject(), *field.fields, at));
                else
                    dropped(at);
                break;
            case Kind::Texts:
            case Kind::Objects:
                if (!value.isArray()) {
                    dropped(at);
                    break;
                }
                list(out, key, value.toArray(), in.value(key + QLatin1String("Truncated")), field, at);
                break;
            case Kind::TextMap:
                if (value.isObject())
                    out.insert(key, textMap(value.toObject(), field.cap, at));
                else
                    dropped(at);
                break;
            }
        }
        return out;
    }

    QString droppedSummary() const
    {
        if (m_dropped.isEmpty())
            return {};
        QStringList named = m_dropped.mid(0, MaxDroppedNamed);
        if (m_droppedCount > named.size())
            named << QStringLiteral("...");
        return QStringLiteral("output: %1 field(s) of the wrong type dropped: %2")
            .arg(m_droppedCount)
            .arg(named.join(QLatin1String(", ")));
    }

private:
    static std::optional<qint64> integer(const QJsonValue &value)
    {
        if (!value.isDouble())
            return std::nullopt;
        const double number = value.toDouble();
        constexpr double limit = 9007199254740992.0; // 2^53: exact in a double
        if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) >= limit)
            return std::nullopt;
        return qint64(number);
    }

    void list(QJsonObject &out, const QString &key, const QJsonArray &array, const QJsonValue &truncatedByProbe,
              const Field &field, const QString &path)
    {
        QJsonArray items;
        bool cut = truncatedByProbe.isBool() && truncatedByProbe.toBool();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (items.size() >= field.cap) {
                cut = true;
                break;
            }
            const QJsonValue item = array.at(i);
            const QString at = path + u'.' + QString::number(i);
            if (field.kind == Kind::Texts && item.isString())
                items.append(cleanText(item.toString()));
            else if (field.kind == Kind::Objects && item.isObject())
                items.append(object(item.toObject(), *field.fields, at));
            else
                dropped(at);
        }
        out.insert(key, items);
        if (cut || truncatedByProbe.isBool())
            out.insert(key + QLatin1String("Truncated"), cut);
    }

    QJsonObject textMap(const QJsonObject &in, int cap, const QString &path)
    {
        QJsonObject out;
        for (auto it = in.constBegin(); it != in.constEnd() && out.size() < cap; ++it) {
            const QString key = cleanText(it.key(), MaxKey);
            if (key.isEmpty())
                continue;
            if (it.value().isString())
                out.insert(key, cleanText(it.value().toString()));
            else
                dropped(path + u'.' + key);
        }
        return out;
    }

    void dropped(const QString &path)
    {
        ++m_droppedCount;
        if (m_dropped.size() < MaxDroppedNamed)
            m_dropped << cleanText(path, MaxKey);
    }

    QStringList m_dropped;
    int m_droppedCount = 0;
};

std::optional<bool> boolOf(const QJsonValue &value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

// services[].on: starts by itself (Automatic, Boot, System) or is not stopped now.
void deriveServices(QJsonObject &facts)
{
    if (!facts.value(QLatin1String("services")).isArray())
        return;
    static const QSet<QString> autoStart = {QStringLiteral("Automatic"), QStringLiteral("Boot"),
                                            QStringLiteral("System")};
    QJsonArray services = facts.value(QLatin1String("services")).toArray();
    for (auto it = services.begin(); it != services.end(); ++it) {
        QJsonObject service = it->toObject();
        const QJsonValue startMode = service.value(QLatin1String("startMode"));
        const QJsonValue state = service.value(QLatin1String("state"));
        const std::optional<bool> starts =
            startMode.isString() ? std::optional<bool>(autoStart.contains(startMode.toString())) : std::nullopt;
        const std::optional<bool> running =
            state.isString() ? std::optional<bool>(state.toString() != QLatin1String("Stopped")) : std::nullopt;
        if (starts.value_or(false) || running.value_or(false))
            service.insert(QStringLiteral("on"), true);
        else if (starts && running)
            service.insert(QStringLiteral("on"), false);
        *it = service;
    }
    facts.insert(QStringLiteral("services"), services);
}

// accounts[]: rid and the built-in accounts by the SID's RID (500, 501; never by name), administrator by SID
// membership in groups.administrators (direct members only).
void deriveAccounts(QJsonObject &facts)
{
    if (!facts.value(QLatin1String("accounts")).isArray())
        return;
    static const QRegularExpression machineSid(QStringLiteral("^S-1-5-21-\\d+-\\d+-\\d+-(\\d+)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anySid(QStringLiteral("^S-1-\\d+(-\\d+)*-(\\d+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    std::optional<QSet<QString>> administrators;
    const QJsonValue members = facts.value(QLatin1String("groups")).toObject().value(QLatin1String("administrators"));
    if (members.isArray()) {
        administrators.emplace();
        for (const QJsonValue &member : members.toArray()) {
            const QString sid = member.toObject().value(QLatin1String("sid")).toString();
            if (!sid.isEmpty())
                administrators->insert(sid.toUpper());
        }
    }
    QJsonArray accounts = facts.value(QLatin1String("accounts")).toArray();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        QJsonObject account = it->toObject();
        const QJsonValue sidValue = account.value(QLatin1String("sid"));
        if (sidValue.isString()) {
            const QString sid = sidValue.toString();
            if (const auto match = machineSid.match(sid); match.hasMatch()) {
                const qint64 rid = match.captured(1).toLongLong();
                account.insert(QStringLiteral("rid"), rid);
                account.insert(QStringLiteral("builtinAdministrator"), rid == 500);
                account.insert(QStringLiteral("builtinGuest"), rid == 501);
            } else {
                if (const auto any = anySid.match(sid); any.hasMatch())
                    account.insert(QStringLiteral("rid"), any.captured(2).toLongLong());
                account.insert(QStringLiteral("builtinAdministrator"), false);
                account.insert(QStringLiteral("builtinGuest"), false);
            }
            if (administrators)
                account.insert(QStringLiteral("administrator"), administrators->contains(sid.toUpper()));
        }
        *it = account;
    }
    facts.insert(QStringLiteral("accounts"), accounts);
}

// schannel.protocols[].effectiveServerEnabled: Enabled=0 or DisabledByDefault=1 turn a server protocol off,
// Enabled=1 on; without either value the build's default decides.
void deriveSchannel(QJsonObject &facts)
{
    QJsonObject schannel = facts.value(QLatin1String("schannel")).toObject();
    if (!schannel.value(QLatin1String("protocols")).isArray())
        return;
    const QJsonValue buildValue = facts.value(QLatin1String("os")).toObject().value(QLatin1String("build"));
    QJsonArray protocols = schannel.value(QLatin1String("protocols")).toArray();
    for (auto it = protocols.begin(); it != protocols.end(); ++it) {
        QJsonObject protocol = it->toObject();
        const std::optional<bool> enabled = boolOf(protocol.value(QLatin1String("serverEnabled")));
        const std::optional<bool> disabledByDefault = boolOf(protocol.value(QLatin1String("serverDisabledByDefault")));
        std::optional<bool> effective;
        if (enabled == false || disabledByDefault == true)
            effective = false;
        else if (enabled == true)
            effective = true;
        else if (buildValue.isDouble())
            effective = WindowsFacts::defaultServerEnabled(protocol.value(QLatin1String("name")).toString(),
                                                           buildValue.toInteger());
        if (effective)
            protocol.insert(QStringLiteral("effectiveServerEnabled"), *effective);
        else
            protocol.insert(QStringLiteral("effectiveServerEnabled"), QJsonValue::Null);
        *it = protocol;
    }
    schannel.insert(QStringLiteral("protocols"), protocols);
    facts.insert(QStringLiteral("schannel"), schannel);
}

// listening[].public: bound to something other than loopback.
void deriveListening(QJsonObject &facts)
{
    if (!facts.value(QLatin1String("listening")).isArray())
        return;
    QJsonArray sockets = facts.value(QLatin1String("listening")).toArray();
    for (auto it = sockets.begin(); it != sockets.end(); ++it) {
        QJsonObject socket = it->toObject();
        const QString address = socket.value(QLatin1String("address")).toString();
        if (!address.isEmpty()) {
            const bool loopback = address.startsWith(QLatin1String("127.")) || address == QLatin1String("::1") ||
                                  address.startsWith(QLatin1String("::ffff:127."), Qt::CaseInsensitive);
            socket.insert(QStringLiteral("public"), !loopback);
        }
        *it = socket;
    }
    facts.insert(QStringLiteral("listening"), sockets);
}

// The JSON document in the output: from its first '{' (PowerShell may print a line before it), trailing noise
// after the document's end ignored.
QJsonValue findDocument(const QByteArray &text, QString *problem)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *problem = QStringLiteral("output: the probe printed nothing");
        return {};
    }
    qsizetype start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a byte order mark
    while (start < text.size() && std::isspace(uchar(text.at(start))))
        ++start;
    if (start >= text.size()) {
        *problem = QStringLiteral("output: the probe printed nothing");
        return {};
    }
    if (text.at(start) != '{' && text.at(start) != '[') {
        const qsizetype brace = text.indexOf("\n{", start);
        if (brace < 0) {
            *problem = QStringLiteral("output: not a JSON document (%1 bytes)").arg(trimmed.size());
            return {};
        }
        start = brace + 1;
    }
    QJsonParseError error;
    QByteArray json = text.mid(start);
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::GarbageAtEnd) {
        json.truncate(error.offset);
        document = QJsonDocument::fromJson(json, &error);
    }
    if (error.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("output: the JSON document is cut short or invalid at byte %1 of %2 (%3)")
                       .arg(start + error.offset)
                       .arg(text.size())
                       .arg(error.errorString());
        return {};
    }
    if (document.isArray()) {
        *problem = QStringLiteral("output: a JSON array, not the probe's object");
        return {};
    }
    return document.object();
}

} // namespace

std::optional<bool> WindowsFacts::defaultServerEnabled(const QString &protocol, qint64 build)
{
    // Windows Server 2016 = 14393, 2022 = 20348, 2025 = 26100.
    if (protocol == u"SSL 2.0" || protocol == u"SSL 3.0")
        return build < 14393;
    if (protocol == u"TLS 1.0" || protocol == u"TLS 1.1")
        return build < 26100;
    if (protocol == u"TLS 1.2")
        return true;
    if (protocol == u"TLS 1.3")
        return build >= 20348;
    return std::nullopt;
}

QJsonObject WindowsFacts::parse(const QByteArray &stdOut)
{
    // Invalid UTF-8 becomes U+FFFD before the JSON parser sees it, so one bad byte cannot lose the document.
    const QByteArray text = QString::fromUtf8(stdOut).toUtf8();
    QString problem;
    const QJsonValue document = findDocument(text, &problem);

    Cleaner cleaner;
    QJsonObject facts = cleaner.object(document.toObject(), rootFields, QString());
    QJsonObject probe = facts.value(QLatin1String("probe")).toObject();
    const bool reachedEnd = probe.value(QLatin1String("complete")).toBool(false);
    QJsonArray errors = probe.value(QLatin1String("errors")).toArray();
    if (!problem.isEmpty())
        errors.append(problem);
    else if (!reachedEnd)
        errors.append(QStringLiteral("output: the probe did not reach its end"));
    if (const QString summary = cleaner.droppedSummary(); !summary.isEmpty())
        errors.append(summary);
    while (errors.size() > MaxErrors)
        errors.removeLast();
    probe.insert(QStringLiteral("platform"), QStringLiteral("windows"));
    probe.insert(QStringLiteral("complete"), problem.isEmpty() && reachedEnd);
    probe.insert(QStringLiteral("errors"), errors);
    facts.insert(QStringLiteral("probe"), probe);
    if (facts.contains(QLatin1String("os"))) {
        QJsonObject os = facts.value(QLatin1String("os")).toObject();
        os.insert(QStringLiteral("family"), QStringLiteral("windows"));
        facts.insert(QStringLiteral("os"), os);
    }

    deriveServices(facts);
    deriveAccounts(facts);
    deriveSchannel(facts);
    deriveListening(facts);
    return facts;
}

Transport::RemoteCommand WindowsFacts::probeCommand()
{
    QFile file(QStringLiteral(":/probes/windows.ps1"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("probe resource :/probes/windows.ps1 is missing from the build");
    QByteArray script;
    const QByteArray content = file.readAll();
    for (const QByteArray &line : content.split('\n')) {
        if (line.trimmed().isEmpty())
            continue; // a blank line would end the block early on PowerShell's stdin
        script += line;
        script += '\n';
    }
    Transport::RemoteCommand command = Transport::WinRmSession::powershell(script);
    command.maxOutputBytes = 16 * 1024 * 1024;
    command.timeout = std::chrono::minutes(5); // the offline update search can take a while
    return command;
}

Result<QJsonObject> WindowsFacts::probe(Transport::Session &session, const CancelToken &cancel)
{
    auto result = session.run(probeCommand(), cancel);
    if (!result)
        return result.error();
    if (!result->stdOut.contains('{')) {
        QString details = ProbeOutput::sanitize(result->stdErr, 2048).trimmed();
        if (details.isEmpty())
            details = ProbeOutput::sanitize(result->stdOut, 512).trimmed();
        if (result->exitStatus != 0)
            details =
                QCoreApplication::translate("WindowsFacts", "exit code %1: %2").arg(result->exitStatus).arg(details);
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate("WindowsFacts", "The Windows host did not answer the audit probe."),
                     details);
    }
    QJsonObject facts = parse(result->stdOut);
    if (result->stdOutTruncated) {
        QJsonObject probeInfo = facts.value(QLatin1String("probe")).toObject();
        QJsonArray errors = probeInfo.value(QLatin1String("errors")).toArray();
        errors.append(QStringLiteral("output: cut at %1 bytes, the output limit").arg(result->stdOut.size()));
        probeInfo.insert(QStringLiteral("errors"), errors);
        probeInfo.insert(QStringLiteral("complete"), false);
        facts.insert(QStringLiteral("probe"), probeInfo);
    }
    const QJsonObject probeInfo = facts.value(QLatin1String("probe")).toObject();
    if (!probeInfo.value(QLatin1String("complete")).toBool())
        qCWarning(lcFacts) << "windows probe cut short on" << session.displayName() << "after" << result->stdOut.size()
                           << "bytes";
    qCDebug(lcFacts) << "windows facts from" << session.displayName() << "in" << result->elapsedMs << "ms,"
                     << result->stdOut.size() << "bytes," << probeInfo.value(QLatin1String("errors")).toArray().size()
                     << "probe errors";
    return facts;
}

} // namespace Bulwark::Facts
