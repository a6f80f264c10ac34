// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/SshAccess.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Bulwark::Plan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Plan::SshAccess", text);
}

Error refused(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

// sshd -T prints lists space-separated (allowusers a b) or joins repeats; accept both separators.
QStringList listOf(const QString &value)
{
    return value.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

// One AllowUsers/DenyUsers entry: USER or USER@HOST.
Result<bool> userEntryMatches(const QString &entry, const SshLogin &login)
{
    if (entry.startsWith(u'!'))
        return refused(tr("The user list entry \"%1\" is negated; Bulwark cannot judge it.").arg(entry));
    const qsizetype at = entry.indexOf(u'@');
    if (at < 0)
        return SshAccess::matchesPattern(login.user, entry);
    const QString host = entry.mid(at + 1);
    if (host.contains(u'/'))
        return refused(tr("The user list entry \"%1\" names a network; Bulwark cannot judge it.").arg(entry));
    if (!SshAccess::matchesPattern(login.user, entry.left(at)))
        return false;
    return SshAccess::matchesPattern(login.clientAddress, host) ||
           (!login.clientHost.isEmpty() && SshAccess::matchesPattern(login.clientHost, host));
}

Result<bool> anyUserEntry(const QString &value, const SshLogin &login)
{
    for (const QString &entry : listOf(value)) {
        auto matched = userEntryMatches(entry, login);
        if (!matched)
            return matched.error();
        if (*matched)
            return true;
    }
    return false;
}

bool anyGroup(const QString &value, const SshLogin &login)
{
    for (const QString &pattern : listOf(value)) {
        for (const QString &group : login.groups) {
            if (SshAccess::matchesPattern(group, pattern))
                return true;
        }
    }
    return false;
}

} // namespace

bool SshAccess::matchesPattern(const QString &text, const QString &pattern)
{
    // Iterative wildcard match with backtracking to the last '*'.
    qsizetype t = 0, p = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern.at(p) == u'?' || pattern.at(p) == text.at(t))) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

QHash<QString, QString> SshAccess::parseEffective(const QByteArray &output)
{
    QHash<QString, QString> out;
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(u' ');
        const QString key = (space < 0 ? line : line.left(space)).toLower();
        const QString value = space < 0 ? QString() : line.mid(space + 1).trimmed();
        out.insert(key, out.contains(key) ? out.value(key) + u',' + value : value);
    }
    return out;
}

Result<void> SshAccess::check(const QHash<QString, QString> &effective, const SshLogin &login)
{
    const auto value = [&](const char *key, const char *fallback) {
        return effective.value(QString::fromLatin1(key), QString::fromLatin1(fallback)).toLower();
    };
    const bool byKey = login.method == SshLogin::Method::PublicKey;

    // The method itself.
    if (byKey && value("pubkeyauthentication", "yes") != u"yes")
        return refused(tr("Public key logins would be switched off, and %1 logs in with a key.").arg(login.user));
    if (!byKey && value("passwordauthentication", "yes") != u"yes" &&
        value("kbdinteractiveauthentication", "yes") != u"yes")
        return refused(tr("Password logins would be switched off, and %1 logs in with a password; add a key for "
                          "%1 first.")
                           .arg(login.user));
    const QString methods = value("authenticationmethods", "any");
    if (methods != u"any") {
        const QString own = byKey ? QStringLiteral("publickey") : QStringLiteral("password");
        bool possible = false;
        // Space-separated alternatives, each a comma-separated sequence of methods.
        for (const QString &list : methods.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            // Each list must be satisfiable with the login's one method alone.
            const QStringList steps = list.split(u',');
            bool only = true;
            for (const QString &step : steps) {
                const QString name = step.section(u':', 0, 0);
                only = only && (name == own || (!byKey && name == u"keyboard-interactive"));
            }
            possible = possible || only;
        }
        if (!possible)
            return refused(tr("AuthenticationMethods \"%1\" would ask %2 for more than one way of logging in.")
                               .arg(methods, login.user));
    }

    // root.
    if (login.user == u"root") {
        const QString root = value("permitrootlogin", "prohibit-password");
        if (root == u"no")
            return refused(tr("Root logins would be refused, and this session is root; log in as another account "
                              "with sudo first."));
        if (!byKey && root != u"yes")
            return refused(tr("Root could then log in only with a key, and this session uses a password."));
        if (root == u"forced-commands-only")
            return refused(tr("Root could then only run forced commands, which Bulwark cannot use."));
    }

    // sshd's order: DenyUsers, AllowUsers, DenyGroups, AllowGroups.
    if (effective.contains(QStringLiteral("denyusers"))) {
        auto denied = anyUserEntry(effective.value(QStringLiteral("denyusers")), login);
        if (!denied)
            return denied.error();
        if (*denied)
            return refused(tr("%1 would be listed in DenyUsers.").arg(login.user));
    }
    if (effective.contains(QStringLiteral("allowusers"))) {
        auto allowed = anyUserEntry(effective.value(QStringLiteral("allowusers")), login);
        if (!allowed)
            return allowed.error();
        if (!*allowed)
            return refused(tr("%1 would not be in AllowUsers.").arg(login.user));
    }
    if (effective.contains(QStringLiteral("denygroups")) &&
        anyGroup(effective.value(QStringLiteral("denygroups")), login))
        return refused(tr("A group of %1 would be listed in DenyGroups.").arg(login.user));
    if (effective.contains(QStringLiteral("allowgroups")) &&
        !anyGroup(effective.value(QStringLiteral("allowgroups")), login))
        return refused(tr("No group of %1 would be in AllowGroups.").arg(login.user));
    return {};
}

} // namespace Bulwark::Plan
