// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/SshAccess.h"
#include "core/ssh/SshHostState.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Bulwark::Ssh {

// Reads what the SSH planner and its lock-out pre-flight need, read-only. Thread: the Session's.
//
// read(): two remote commands. The first, NOT elevated, learns the operator's own login: `id -un`, `id -Gn` and
// $SSH_CONNECTION (sudo drops it). The second, elevated, runs `sshd -T -C user=U,host=A,addr=A,laddr=L,lport=P`
// (the effective settings for exactly this login, Match blocks applied by sshd itself), `sshd -T` (the values
// before any Match block), `sshd -T -f /dev/null` (the built-in values), `ssh -Q cipher|mac|kex` (what this OpenSSH
// build supports), the systemd unit, and the bytes of /etc/ssh/sshd_config and every file in /etc/ssh/sshd_config.d.
//
// evaluate(): one elevated command, `sshd -T -C ... -o Keyword=value ...`: options on sshd's command line win over
// every global value in the files, exactly as Bulwark's first-read drop-in will, and Match blocks still apply.
//
// Every answer is framed by a random boundary passed in argv; output that is cut, forged or not understood is
// refused whole. host= is the client address (sshd's default UseDNS no).
class SshAccessReader
{
public:
    // `method`: how the session logged in, used when the session does not say itself (SshSession::authMethod()).
    static Result<SshHostState> read(Transport::Session &session, Plan::SshLogin::Method method,
                                     const CancelToken &cancel);

    struct Evaluation
    {
        QHash<QString, QString> effective; // sshd -T -C ... -o ... (lower-case keys)
        bool bannerExists = true;          // the Banner path is a file on the host (true when none was asked)
    };
    // `options`: "Keyword=value" each; `bannerPath`: also check this file exists (empty: no check).
    static Result<Evaluation> evaluate(Transport::Session &session, const SshHostState &state,
                                       const QStringList &options, const QString &bannerPath,
                                       const CancelToken &cancel);

    // How an SshSession logged in ("publickey (agent)", "password", "keyboard-interactive"); `fallback` otherwise.
    static Plan::SshLogin::Method methodOf(const Transport::Session &session, Plan::SshLogin::Method fallback);

    // Pure parsers of the commands' answers, for tests. `boundary` is the one the command was given.
    static Result<void> parseLogin(const QByteArray &output, const QByteArray &boundary, SshHostState &state);
    static Result<void> parseState(const QByteArray &output, const QByteArray &boundary, SshHostState &state);
    static Result<Evaluation> parseEvaluation(const QByteArray &output, const QByteArray &boundary,
                                              const QByteArray &stdErr, bool bannerAsked);
    // sshd -T output, strictly: every line "keyword value", the keys a login decision needs present.
    static Result<QHash<QString, QString>> parseEffective(const QByteArray &output);

    // The argv of each command (without elevation), for tests.
    static QByteArrayList loginArgv(const QByteArray &boundary);
    static QByteArrayList stateArgv(const QByteArray &boundary, const QString &spec);
    static QByteArrayList evaluateArgv(const QByteArray &boundary, const QString &spec, const QStringList &options,
                                       const QString &bannerPath);
};

} // namespace Bulwark::Ssh
