// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/plan/FileEdit.h"
#include "core/ssh/SshAccessReader.h"
#include "core/ssh/SshChoice.h"
#include "core/ssh/SshHostState.h"
#include "core/util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// Turns the SSH wizard's choice into a ChangePlan. Pure: the host's state (SshAccessReader::read) and the pre-flight
// evaluation (SshAccessReader::evaluate with draft().options) are inputs. Planning is two steps so the network stays
// outside: draft() -> evaluate on the host -> plan().
//
// Where it writes: sshd takes the FIRST value it reads for a keyword. When sshd_config includes
// /etc/ssh/sshd_config.d/*.conf before its first Match (Debian 12, Ubuntu, RHEL 9), the settings go to the drop-in
// /etc/ssh/sshd_config.d/00-bulwark.conf, which sorts first; otherwise into a "# BEGIN Bulwark" ... "# END Bulwark"
// block at the top of sshd_config. Re-planning rewrites only that file or block, in a fixed order (a minimal diff);
// settings it no longer sets are taken out. The edit: mode 0644 root:root for the drop-in (the main file keeps its
// own), validator {"sshd", "-t", "-f", "{staged}"}, verify {"sshd", "-t"} (the whole configuration after the swap),
// reload {"systemctl", "reload", "--", <unit>}, access-affecting (the Applier arms an automatic revert).
//
// Refused (Error says why): a configuration file sshd reads that Ssh::SshdConfig cannot read with certainty; a value
// a setting does not take; a setting another file sets before Bulwark's file is read (Bulwark's value would be
// ignored); a Match block in a file read before Bulwark's; the lock-out pre-flight (Plan::SshAccess::check on the
// evaluated settings for the operator's own login); a Banner file that does not exist; no sshd unit.
// Warned (in the plan): a Match block that overrides a value set here for the connections it matches; AllowUsers or
// AllowGroups also set elsewhere (sshd combines the lists); passwords switched off for everyone else too.
class SshPlanner
{
public:
    struct Draft
    {
        FileEdit edit;                        // the drop-in or sshd_config, before and after
        bool dropIn = true;                   // false: a block in sshd_config
        QList<QPair<QString, QString>> block; // Bulwark's settings after the change, in file order
        QStringList options;                  // "Keyword=value": sshd -T -o for the pre-flight
        QString bannerPath;                   // a new Banner file to check on the host; empty: none
        QHash<QString, QStringList> subtract; // list entries Bulwark's old block adds, taken out of the evaluation
        QStringList warnings;
        QStringList ruleIds;      // rules the new values satisfy
        bool changesFile = false; // false: the file or block stays as it is
    };

    static QString dropInPath() { return QStringLiteral("/etc/ssh/sshd_config.d/00-bulwark.conf"); }

    static Result<Draft> draft(const Ssh::SshHostState &state, const SshChoice &choice);

    // The lock-out pre-flight on the evaluated settings: the verdict in words ("You log in as labadmin with a key
    // from 10.0.2.2: still allowed after this change.") or the refusal.
    static Result<QString> preflight(const Draft &draft, const Ssh::SshHostState &state,
                                     const Ssh::SshAccessReader::Evaluation &evaluation);

    // draft() + preflight() + the legacy services (ServicesPlanner on `facts`, only with choice.replaceLegacy).
    // `verdict` (optional) receives the pre-flight's verdict for the preview and the CLI to show.
    static Result<ChangePlan> plan(const Ssh::SshHostState &state, const SshChoice &choice, const QJsonObject &facts,
                                   const Ssh::SshAccessReader::Evaluation &evaluation, QString *verdict = nullptr);

    // The effective settings for the login after taking `subtract` out of list settings (AllowUsers ...).
    static QHash<QString, QString> adjusted(const QHash<QString, QString> &effective,
                                            const QHash<QString, QStringList> &subtract);

    // "You log in as alice with a key from 10.0.2.2"
    static QString describeLogin(const SshLogin &login);
    // Whether `value` for `keyword` satisfies the rule(s) behind it; the rule ids it satisfies.
    static QStringList rulesSatisfied(const QString &keyword, const QString &value);
    // Units and inetd services of telnet, FTP and rsh servers that are on in `facts`.
    static QStringList legacyUnits(const QJsonObject &facts);
    static QStringList legacyInetdServices(const QJsonObject &facts);
};

} // namespace Bulwark::Plan
