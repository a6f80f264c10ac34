// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QString>

namespace Bulwark::Facts {

// Splits probe output into named sections. A section starts with a line "BOUNDARY name"; the boundary is random
// per run, so nothing the host prints inside a section can start another one.
class ProbeOutput
{
public:
    static ProbeOutput split(const QByteArray &output, const QByteArray &boundary);

    bool has(const QByteArray &name) const { return m_sections.contains(name); }
    QByteArray section(const QByteArray &name) const { return m_sections.value(name); }
    // Section names in the order they first appeared in the output.
    const QByteArrayList &names() const { return m_names; }
    // The section as text: invalid UTF-8 becomes U+FFFD, control characters other than tab/newline are dropped,
    // and the result is cut at maxChars.
    QString text(const QByteArray &name, qsizetype maxChars = 4096) const;

    static QString sanitize(const QByteArray &bytes, qsizetype maxChars);
    static QByteArray newBoundary();
    // {"sh", "-c", <the probe script compiled in as `resource`>, "bulwark-probe", boundary}: how every probe runs.
    static QByteArrayList scriptArgv(const QString &resource, const QByteArray &boundary);

private:
    QHash<QByteArray, QByteArray> m_sections;
    QByteArrayList m_names;
};

} // namespace Bulwark::Facts
