// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Bulwark::Facts {

// The first facts about a host: what it is and how long it has been up.
struct BasicFacts
{
    QString osId;         // os-release ID ("debian")
    QString osVersionId;  // os-release VERSION_ID ("12")
    QString osPrettyName; // os-release PRETTY_NAME
    QString hostname;
    QString kernelName;    // uname -s
    QString kernelRelease; // uname -r
    QString machine;       // uname -m
    qint64 uptimeSeconds = -1;
    QString remoteUser;    // the account the session runs as
    bool complete = false; // the probe reached its end marker

    QJsonObject toJson() const;

    // Pure parser of the probe's output; `boundary` is the per-run section marker. Never fails: what it cannot
    // read stays empty, and complete says whether the output was whole.
    static BasicFacts parse(const QByteArray &output, const QByteArray &boundary);
    // The probe script (resources/probes/basic.sh) and its argv for one run with `boundary`.
    static QByteArrayList probeArgv(const QByteArray &boundary);
    // Runs the probe over `session` in one remote command and parses the answer.
    static Result<BasicFacts> probe(Transport::Session &session, const CancelToken &cancel);
};

} // namespace Bulwark::Facts

Q_DECLARE_METATYPE(Bulwark::Facts::BasicFacts)
