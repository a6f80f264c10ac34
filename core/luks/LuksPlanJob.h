// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/luks/BlockDeviceSnapshot.h"
#include "core/luks/LuksChoice.h"
#include "core/plan/ChangePlan.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>

namespace Bulwark::Luks {

// The one path from a host to a LUKS plan, shared by the console's LUKS wizard and bulwark-cli plan luks: read the
// block devices (read-only, one elevated command), then plan from that snapshot (pure). Run read() on the host's
// worker (HostConnection::submit); plan() anywhere.
// Thread: read() blocks on the network and runs on the Session's thread; the rest is pure.
class LuksPlanJob
{
public:
    // BlockDevices::read: lsblk, blkid -p, fstab, crypttab and luksDump in one elevated, read-only command.
    static Result<BlockDeviceSnapshot> read(Transport::Session &session, const CancelToken &cancel);
    // Plan::LuksPlanner::plan; refusals come back as an Error with InvalidArgument and the reasons in plain words.
    static Result<Plan::ChangePlan> plan(const BlockDeviceSnapshot &snapshot, const Plan::LuksChoice &choice);

    // One line per device for a list: "/dev/vdb  disk  1.0 GiB  empty (no signature found)", each followed by the
    // refusals or what the typed confirmation would destroy (LuksPlanner::assess), indented.
    static QStringList describeDevices(const BlockDeviceSnapshot &snapshot);
};

} // namespace Bulwark::Luks
