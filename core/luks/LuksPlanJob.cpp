// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/luks/LuksPlanJob.h"

#include "core/luks/BlockDevices.h"
#include "core/luks/LuksPlanner.h"

#include <QCoreApplication>
#include <QLocale>

namespace Bulwark::Luks {

namespace {

const char *const context = "Bulwark::Luks::LuksPlanJob";

} // namespace

Result<BlockDeviceSnapshot> LuksPlanJob::read(Transport::Session &session, const CancelToken &cancel)
{
    return BlockDevices::read(session, cancel);
}

Result<Plan::ChangePlan> LuksPlanJob::plan(const BlockDeviceSnapshot &snapshot, const Plan::LuksChoice &choice)
{
    return Plan::LuksPlanner::plan(snapshot, choice);
}

QStringList LuksPlanJob::describeDevices(const BlockDeviceSnapshot &snapshot)
{
    QStringList lines;
    for (const BlockDevice &device : snapshot.devices) {
        lines.append(QStringLiteral("%1  %2  %3  %4")
                         .arg(device.path, device.type,
                              QLocale::c().formattedDataSize(device.size, 1, QLocale::DataSizeIecFormat),
                              Plan::LuksPlanner::usage(device)));
        const Plan::LuksPlanner::Assessment assessment = Plan::LuksPlanner::assess(snapshot, device.path);
        for (const QString &refusal : assessment.refusals)
            lines.append(QCoreApplication::translate(context, "    refused: %1").arg(refusal));
        if (!assessment.refused()) {
            for (const QString &destroys : assessment.destroys)
                lines.append(QCoreApplication::translate(context, "    needs the device path typed: %1").arg(destroys));
        }
    }
    return lines;
}

} // namespace Bulwark::Luks
