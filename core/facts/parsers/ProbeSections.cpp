// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/ProbeSections.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QSet>

namespace Bulwark::Facts {

namespace {

// An output cut inside a section header ("BOUNDARY ss" from "BOUNDARY sshd-available") would start a section of
// another name, or restart an earlier one and wipe it. Only a line the probe finished can be a header, so the
// unterminated last line goes; a cut section loses its partial last line anyway.
QByteArray wholeLines(const QByteArray &output)
{
    if (output.isEmpty() || output.endsWith('\n'))
        return output;
    return output.left(output.lastIndexOf('\n') + 1);
}

} // namespace

ProbeSections::ProbeSections(const QByteArray &output, const QByteArray &boundary)
    : m_output(ProbeOutput::split(wholeLines(output), boundary))
{}

ProbeSections::Meta ProbeSections::meta(const QByteArray &name) const
{
    Meta m;
    const QByteArray rcName = name + ".rc";
    if (!m_output.has(rcName))
        return m;
    m.hasRcSection = true;
    const QList<QByteArray> parts = m_output.section(rcName).simplified().split(' ');
    if (parts.size() != 2)
        return m;
    const auto status = ParseUtil::toInt(QString::fromLatin1(parts.at(0)), 0, 255);
    const auto cap = ParseUtil::toInt(QString::fromLatin1(parts.at(1)), 1, qint64(1) << 40);
    if (!status || !cap)
        return m;
    m.hasRc = true;
    m.status = int(*status);
    m.cap = *cap;
    return m;
}

std::optional<int> ProbeSections::exitStatus(const QByteArray &name) const
{
    const Meta m = meta(name);
    if (!m.hasRc)
        return std::nullopt;
    return m.status;
}

bool ProbeSections::isCut(const QByteArray &name, const Meta &m) const
{
    if (m.hasRcSection) {
        if (!m.hasRc)
            return true; // its status line was itself cut
        // The body is the content plus one separator newline; content of cap bytes or more was cut.
        return m_output.section(name).size() - 1 >= m.cap;
    }
    // The probe's plain sections (printed by the script itself) have no status and are whole once another section
    // follows them. Every other section is a command's or a file's, and one without its .rc was cut.
    if (!isPlain(name))
        return true;
    return name != "end" && !m_output.names().isEmpty() && m_output.names().constLast() == name;
}

bool ProbeSections::isPlain(const QByteArray &name)
{
    static const QSet<QByteArray> plain = {"probe-version",   "id",      "now",      "hostname",       "uname",
                                           "uptime",          "init",    "binaries", "sshd-available", "sudoers-done",
                                           "updates-manager", "selinux", "apparmor", "clamav-db",      "timesync",
                                           "var-log-journal", "sysctl",  "end"};
    return plain.contains(name);
}

ProbeSections::State ProbeSections::state(const QByteArray &name, int maxOkStatus) const
{
    if (!m_output.has(name))
        return State::Absent;
    const Meta m = meta(name);
    // A command killed by SIGPIPE (141) because head closed the pipe at the cap counts as cut, not failed.
    if (isCut(name, m))
        return State::Truncated;
    if (m.hasRc && m.status > maxOkStatus)
        return State::Failed;
    return State::Complete;
}

QByteArray ProbeSections::content(const QByteArray &name) const
{
    QByteArray body = m_output.section(name);
    if (body.endsWith('\n'))
        body.chop(1);
    if (isCut(name, meta(name))) {
        const qsizetype lastNewline = body.lastIndexOf('\n');
        body.truncate(lastNewline < 0 ? 0 : lastNewline + 1);
    }
    return body;
}

QString ProbeSections::text(const QByteArray &name, qsizetype maxChars) const
{
    // ProbeOutput::sanitize drops control characters, which would glue "12<NUL>34" into the number 1234 or
    // "enab<SOH>led" into a valid word. Here a C0 control becomes U+FFFD first, so such a token no longer parses;
    // CR becomes a blank, so CRLF files read like LF ones.
    QByteArray bytes = content(name);
    static const QByteArray replacement = QString(QChar::ReplacementCharacter).toUtf8();
    qsizetype controls = 0;
    for (const char c : std::as_const(bytes)) {
        if ((uchar(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') || uchar(c) == 0x7f)
            ++controls;
    }
    if (controls > 0 || bytes.contains('\r')) {
        QByteArray mapped;
        mapped.reserve(bytes.size() + controls * 2);
        for (const char c : std::as_const(bytes)) {
            if (c == '\r')
                mapped += ' ';
            else if ((uchar(c) < 0x20 && c != '\n' && c != '\t') || uchar(c) == 0x7f)
                mapped += replacement;
            else
                mapped += c;
        }
        bytes = mapped;
    }
    return ProbeOutput::sanitize(bytes, maxChars);
}

QStringList ProbeSections::lines(const QByteArray &name, qsizetype maxLines, bool *cut) const
{
    const QString all = text(name);
    QStringList out;
    bool more = false;
    qsizetype pos = 0;
    while (pos < all.size()) {
        qsizetype end = all.indexOf(u'\n', pos);
        if (end < 0)
            end = all.size();
        if (out.size() >= maxLines) {
            more = true;
            break;
        }
        out.append(all.mid(pos, end - pos));
        pos = end + 1;
    }
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    if (cut)
        *cut = more;
    return out;
}

QByteArrayList ProbeSections::namesWithPrefix(const QByteArray &prefix) const
{
    QByteArrayList out;
    for (const QByteArray &name : m_output.names()) {
        if (!name.startsWith(prefix))
            continue;
        if (name.endsWith(".rc") && m_output.has(name.chopped(3)))
            continue;
        if (name.endsWith(".denied")) {
            out.append(name.chopped(7));
            continue;
        }
        out.append(name);
    }
    return out;
}

} // namespace Bulwark::Facts
