// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/AccountsParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace Bulwark::Facts::AccountsParser {

using namespace ParseUtil;

namespace {

constexpr qsizetype MaxAccounts = 20000;
constexpr qint64 MaxId = 4294967295LL;

struct Shadow
{
    QString password;
    std::optional<qint64> lastChange;
    std::optional<qint64> minDays;
    std::optional<qint64> maxDays;
    std::optional<qint64> warnDays;
};

struct LoginDefs
{
    qint64 uidMin = 1000;
    qint64 uidMax = 60000;
    std::optional<qint64> passMaxDays;
    std::optional<qint64> passMinDays;
    std::optional<qint64> passWarnAge;
    std::optional<QString> umask;
    std::optional<QString> encryptMethod;
};

bool isPasswordClass(const QString &value)
{
    return value == u"set" || value == u"locked" || value == u"empty" || value == u"none";
}

bool isAccountName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c == u':')
            return false;
    }
    return true;
}

LoginDefs parseLoginDefs(const QStringList &lines)
{
    LoginDefs defs;
    for (const QString &line : lines) {
        const QStringList f = fields(line);
        if (f.size() < 2 || f.at(0).startsWith(u'#'))
            continue;
        const QString &key = f.at(0);
        const QString &value = f.at(1);
        if (key == u"UID_MIN") {
            if (const auto v = toInt(value, 0, MaxId))
                defs.uidMin = *v;
        } else if (key == u"UID_MAX") {
            if (const auto v = toInt(value, 0, MaxId))
                defs.uidMax = *v;
        } else if (key == u"PASS_MAX_DAYS") {
            defs.passMaxDays = toInt(value, -1, 1000000000);
        } else if (key == u"PASS_MIN_DAYS") {
            defs.passMinDays = toInt(value, -1, 1000000000);
        } else if (key == u"PASS_WARN_AGE") {
            defs.passWarnAge = toInt(value, -1, 1000000000);
        } else if (key == u"UMASK") {
            static const QRegularExpression octal(QStringLiteral("^[0-7]{3,4}$"));
            defs.umask = octal.match(value).hasMatch() ? std::optional<QString>(value) : std::nullopt;
        } else if (key == u"ENCRYPT_METHOD") {
            defs.encryptMethod = value.left(32);
        }
    }
    return defs;
}

bool isLoginShell(const QString &shell)
{
    if (shell.isEmpty())
        return true; // login(1) uses /bin/sh
    const QString base = baseName(shell);
    return base != u"nologin" && base != u"false" && base != u"sync" && base != u"halt" && base != u"shutdown";
}

} // namespace

QDateTime lastLoginTime(const QString &line)
{
    static const QRegularExpression stamp(
        QStringLiteral("\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\\d{1,2}) "
                       "(\\d{2}):(\\d{2}):(\\d{2})(?: ([+-])(\\d{2})(\\d{2}))? (\\d{4})\\b"));
    const auto match = stamp.match(line);
    if (!match.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                       QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                       QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                       QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QDate date(match.captured(10).toInt(), int(months.indexOf(match.captured(2))) + 1, match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid() || date.year() < 1971)
        return {};
    int offset = 0;
    if (match.hasCaptured(7) && !match.captured(7).isEmpty()) {
        offset = match.captured(8).toInt() * 3600 + match.captured(9).toInt() * 60;
        if (offset > 14 * 3600)
            return {};
        if (match.captured(7) == u"-")
            offset = -offset;
    }
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

void parse(const ProbeSections &sections, QJsonObject &facts)
{
    const LoginDefs defs = parseLoginDefs(sections.lines("login-defs", 10000));

    // login: login.defs and PAM modules. grep exits 2 when one of the listed files is missing: still an answer.
    if (sections.has("login-defs") || sections.has("pam")) {
        QJsonObject login;
        if (sections.complete("login-defs")) {
            insertIf(login, QStringLiteral("passMaxDays"), defs.passMaxDays);
            insertIf(login, QStringLiteral("passMinDays"), defs.passMinDays);
            insertIf(login, QStringLiteral("passWarnAge"), defs.passWarnAge);
            insertIf(login, QStringLiteral("umask"), defs.umask);
            insertIf(login, QStringLiteral("encryptMethod"), defs.encryptMethod);
        }
        if (sections.complete("pam", 2)) {
            bool faillock = false;
            bool pwquality = false;
            for (const QString &line : sections.lines("pam", 10000)) {
                const qsizetype colon = line.indexOf(u':');
                const QString content = line.mid(colon + 1).trimmed();
                if (content.startsWith(u'#'))
                    continue;
                if (content.contains(u"pam_faillock.so") || content.contains(u"pam_tally2.so"))
                    faillock = true;
                if (content.contains(u"pam_pwquality.so") || content.contains(u"pam_cracklib.so") ||
                    content.contains(u"pam_passwdqc.so"))
                    pwquality = true;
            }
            login.insert(QStringLiteral("faillock"), faillock);
            login.insert(QStringLiteral("pwquality"), pwquality);
        }
        if (!login.isEmpty())
            facts.insert(QStringLiteral("login"), login);
    }

    if (!sections.readable("passwd"))
        return;

    // shadow, reduced on the host to name:class:lastchg:min:max:warn:inactive:expire.
    QHash<QString, Shadow> shadow;
    if (sections.readable("shadow")) {
        for (const QString &line : sections.lines("shadow", MaxAccounts)) {
            const QStringList f = line.split(u':');
            if (f.size() != 8 || !isAccountName(f.at(0)) || !isPasswordClass(f.at(1)) || shadow.contains(f.at(0)))
                continue;
            Shadow entry;
            entry.password = f.at(1);
            entry.lastChange = toInt(f.at(2), 0, 1000000);
            entry.minDays = toInt(f.at(3), -1, 1000000000);
            entry.maxDays = toInt(f.at(4), -1, 1000000000);
            entry.warnDays = toInt(f.at(5), -1, 1000000000);
            shadow.insert(f.at(0), entry);
        }
    }

    // Last logins: lastlog ("user port from date" or "**Never logged in**"), lastlog2, or last (newest first).
    QHash<QString, QDateTime> lastLogin;
    for (const char *source : {"lastlog", "lastlog2", "last"}) {
        if (!sections.readable(source))
            continue;
        for (const QString &line : sections.lines(source, 200000)) {
            const QStringList f = fields(line);
            if (f.isEmpty() || f.at(0) == u"Username" || lastLogin.contains(f.at(0)) || !isAccountName(f.at(0)))
                continue;
            const QDateTime when = lastLoginTime(line);
            if (when.isValid())
                lastLogin.insert(f.at(0), when);
        }
        break;
    }

    bool more = false;
    const QStringList lines = sections.lines("passwd", MaxAccounts, &more);
    more = more || !sections.complete("passwd");
    QJsonArray accounts;
    QHash<qint64, QStringList> primaryMembers;
    for (const QString &line : lines) {
        const QStringList f = line.split(u':');
        if (f.size() != 7 || !isAccountName(f.at(0)))
            continue;
        const auto uid = toInt(f.at(2), 0, MaxId);
        const auto gid = toInt(f.at(3), 0, MaxId);
        if (!uid || !gid)
            continue;
        const QString &name = f.at(0);
        QJsonObject account{{QStringLiteral("name"), name},
                            {QStringLiteral("uid"), *uid},
                            {QStringLiteral("gid"), *gid},
                            {QStringLiteral("home"), f.at(5).left(4096)},
                            {QStringLiteral("shell"), f.at(6).left(4096)},
                            {QStringLiteral("loginShell"), isLoginShell(f.at(6))},
                            {QStringLiteral("system"), *uid < defs.uidMin || *uid > defs.uidMax}};
        // The password class: shadow's when readable; passwd's own field when it holds more than "x".
        const auto it = shadow.constFind(name);
        if (it != shadow.constEnd()) {
            account.insert(QStringLiteral("password"), it->password);
            if (it->lastChange)
                account.insert(QStringLiteral("passwordLastChange"),
                               QDate(1970, 1, 1).addDays(*it->lastChange).toString(Qt::ISODate));
            insertIf(account, QStringLiteral("passwordMaxDays"), it->maxDays);
            insertIf(account, QStringLiteral("passwordMinDays"), it->minDays);
            insertIf(account, QStringLiteral("passwordWarnDays"), it->warnDays);
        } else if (isPasswordClass(f.at(1))) {
            account.insert(QStringLiteral("password"), f.at(1));
        }
        const auto login = lastLogin.constFind(name);
        if (login != lastLogin.constEnd())
            account.insert(QStringLiteral("lastLogin"), login->toString(Qt::ISODate));
        accounts.append(account);
        if (primaryMembers[*gid].size() < 1000)
            primaryMembers[*gid].append(name);
    }
    facts.insert(QStringLiteral("accounts"), accounts);
    if (more)
        facts.insert(QStringLiteral("accountsTruncated"), true);

    // groups: "name:gid:members" for sudo, wheel, adm, admin; members include accounts whose primary group it is.
    if (sections.complete("group", 1)) {
        QJsonObject groups{{QStringLiteral("sudo"), QJsonArray()},
                           {QStringLiteral("wheel"), QJsonArray()},
                           {QStringLiteral("adm"), QJsonArray()}};
        for (const QString &line : sections.lines("group", 100)) {
            const QStringList f = line.split(u':');
            if (f.size() != 3)
                continue;
            const QString &name = f.at(0);
            if (name != u"sudo" && name != u"wheel" && name != u"adm" && name != u"admin")
                continue;
            QStringList members;
            for (const QString &member : f.at(2).split(u',', Qt::SkipEmptyParts)) {
                if (isAccountName(member.trimmed()) && !members.contains(member.trimmed()) && members.size() < 1000)
                    members.append(member.trimmed());
            }
            if (const auto gid = toInt(f.at(1), 0, MaxId)) {
                for (const QString &member : primaryMembers.value(*gid)) {
                    if (!members.contains(member))
                        members.append(member);
                }
            }
            groups.insert(name, toArray(members));
        }
        facts.insert(QStringLiteral("groups"), groups);
    }
}

} // namespace Bulwark::Facts::AccountsParser
