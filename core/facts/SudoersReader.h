// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/SudoAccess.h"
#include "core/sudoers/SudoersLinter.h"
#include "core/sudoers/SudoersTree.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Bulwark::Facts {

// Everything the sudoers editor and planner need from a host, read in one go.
struct SudoersSnapshot
{
    Sudoers::SudoersTree tree;                                     // /etc/sudoers and all it includes
    QHash<QString, Sudoers::SudoersLinter::FileMetadata> metadata; // mode/uid/gid per file path
    QSet<QString> users;                                           // account names (getent passwd)
    QSet<QString> groups;                                          // group names (getent group)
    Plan::SudoIdentity identity; // the login account (hasSudoPassword from the caller)
};

// Reads the sudoers configuration of a host through sudo: read-only, a few remote commands (one prefetch of
// /etc/sudoers and /etc/sudoers.d, more only for includes elsewhere). Thread: the Session's.
class SudoersReader
{
public:
    static Result<SudoersSnapshot> read(Transport::Session &session, bool sessionHasSudoPassword,
                                        const CancelToken &cancel);
};

} // namespace Bulwark::Facts
