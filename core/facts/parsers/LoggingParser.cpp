// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/LoggingParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QRegularExpression>

namespace Bulwark::Facts::LoggingParser {

using namespace ParseUtil;

bool rsyslogForwards(const QString &text)
{
    // Legacy: "selector  @host[:port]" (UDP) or "@@host" (TCP), possibly with "(o)" options; RainerScript:
    // action(type="omfwd" ...) or omrelp.
    static const QRegularExpression legacy(QStringLiteral("^\\S+\\s+@@?(\\([^)]*\\))?[\\w\\[.:-]"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression action(QStringLiteral("type\\s*=\\s*\"om(fwd|relp)\""),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#'))
            continue;
        if (legacy.match(trimmed).hasMatch() || action.match(trimmed).hasMatch())
            return true;
    }
    return false;
}

bool syslogNgForwards(const QString &text)
{
    static const QRegularExpression destination(
        QStringLiteral("destination\\s+\\S+\\s*\\{[^}]*\\b(network|tcp6?|udp6?|syslog)\\s*\\("),
        QRegularExpression::DotMatchesEverythingOption);
    return destination.match(text).hasMatch();
}

QJsonObject parse(const ProbeSections &sections, const LinuxContext &context, const QJsonObject &sudoers)
{
    QJsonObject out;
    const std::optional<bool> rsyslog = context.unitActive(QStringLiteral("rsyslog.service"));
    const std::optional<bool> syslogNg = context.unitActive(QStringLiteral("syslog-ng.service"));
    insertIf(out, QStringLiteral("rsyslogActive"), rsyslog);
    insertIf(out, QStringLiteral("syslogNgActive"), syslogNg);

    // journald: Storage= from journald.conf, then drop-ins in the order the probe printed them; last one wins.
    std::optional<bool> persistent;
    if (sections.complete("var-log-journal")) {
        if (!context.systemd) {
            persistent = false; // no journald running
        } else {
            QString storage = QStringLiteral("auto");
            bool known = true;
            QByteArrayList files{"journald-conf"};
            files += sections.namesWithPrefix("journald-dropin:");
            for (const QByteArray &name : std::as_const(files)) {
                if (sections.denied(name) || (sections.has(name) && !sections.complete(name)))
                    known = false;
                for (const QString &line : sections.lines(name, 10000)) {
                    const QString trimmed = line.trimmed();
                    if (trimmed.startsWith(u"Storage="))
                        storage = trimmed.mid(8).trimmed().toLower();
                }
            }
            if (known) {
                if (storage == u"persistent")
                    persistent = true;
                else if (storage == u"volatile" || storage == u"none")
                    persistent = false;
                else if (storage == u"auto")
                    persistent = sections.text("var-log-journal").trimmed() == u"yes";
            }
        }
    }
    insertIf(out, QStringLiteral("journaldPersistent"), persistent);

    // Remote logging: a running daemon whose configuration forwards, or systemd-journal-upload.
    if (context.unitsKnown) {
        bool remote = context.unitActive(QStringLiteral("systemd-journal-upload.service")).value_or(false);
        bool known = true;
        if (rsyslog.value_or(false)) {
            if (sections.complete("rsyslog-conf", 2))
                remote = remote || rsyslogForwards(sections.text("rsyslog-conf"));
            else
                known = false;
        }
        if (syslogNg.value_or(false)) {
            if (sections.complete("syslog-ng-conf", 2))
                remote = remote || syslogNgForwards(sections.text("syslog-ng-conf"));
            else
                known = false;
        }
        if (remote || known)
            out.insert(QStringLiteral("remoteLogging"), remote);
    }

    // sudo logs durably: its own logfile, or syslog (on unless "!syslog") into a running syslog daemon or a
    // persistent journal.
    if (sudoers.value(QStringLiteral("readable")).toBool() && sudoers.contains(QStringLiteral("logfile"))) {
        if (sudoers.value(QStringLiteral("logfile")).isString()) {
            out.insert(QStringLiteral("sudoLogged"), true);
        } else if (!sudoers.value(QStringLiteral("syslog")).toBool(true)) {
            out.insert(QStringLiteral("sudoLogged"), false);
        } else if (rsyslog.value_or(false) || syslogNg.value_or(false) || persistent.value_or(false)) {
            out.insert(QStringLiteral("sudoLogged"), true);
        } else if (rsyslog && syslogNg && persistent) {
            out.insert(QStringLiteral("sudoLogged"), false);
        }
    }
    return out;
}

} // namespace Bulwark::Facts::LoggingParser
