// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/ProbeOutput.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Facts {

// The sections of one run of resources/probes/linux.sh, with what the probe says about each: a command or file
// section NAME is followed by "NAME.rc" holding "<exit status> <cap in bytes>", and "NAME.denied" stands for a
// file that exists but could not be read. A section is cut when its content reached the cap, when its .rc is
// missing or garbled, or (for the script's own plain sections, which have no status) when nothing follows it; a
// cut section's last, partial line is dropped.
class ProbeSections
{
public:
    enum class State
    {
        Absent,    // no such section (tool missing, file absent, or the probe never got there)
        Failed,    // the command exited with a status above the accepted one
        Truncated, // cut by its cap or by the end of the output: what is there is true but incomplete
        Complete,
    };

    ProbeSections(const QByteArray &output, const QByteArray &boundary);

    bool has(const QByteArray &name) const { return m_output.has(name); }
    bool denied(const QByteArray &name) const { return m_output.has(name + ".denied"); }
    // The probe reached its end marker.
    bool finished() const { return m_output.has("end"); }
    std::optional<int> exitStatus(const QByteArray &name) const;
    // maxOkStatus: the highest exit status that still means an answer (grep: 1 = no match).
    State state(const QByteArray &name, int maxOkStatus = 0) const;
    bool complete(const QByteArray &name, int maxOkStatus = 0) const
    {
        return state(name, maxOkStatus) == State::Complete;
    }
    // Complete or truncated: the content can be read, though perhaps not all of it.
    bool readable(const QByteArray &name, int maxOkStatus = 0) const
    {
        const State s = state(name, maxOkStatus);
        return s == State::Complete || s == State::Truncated;
    }

    // The bytes the command printed (without the probe's separator), the partial last line dropped if cut.
    QByteArray content(const QByteArray &name) const;
    // content() sanitised (valid UTF-8, no control characters but tab and newline), at most maxChars.
    QString text(const QByteArray &name, qsizetype maxChars = 16 * 1024 * 1024) const;
    // text() as lines (no empty trailing line), at most maxLines; *cut says whether lines were left out.
    QStringList lines(const QByteArray &name, qsizetype maxLines, bool *cut = nullptr) const;
    // Names starting with prefix, without their .rc/.denied companions, in output order.
    QByteArrayList namesWithPrefix(const QByteArray &prefix) const;

private:
    struct Meta
    {
        bool hasRcSection = false;
        bool hasRc = false; // and it parsed
        int status = -1;
        qint64 cap = -1;
    };
    Meta meta(const QByteArray &name) const;
    bool isCut(const QByteArray &name, const Meta &m) const;
    // Sections the script prints itself, without a status.
    static bool isPlain(const QByteArray &name);

    ProbeOutput m_output;
};

} // namespace Bulwark::Facts
