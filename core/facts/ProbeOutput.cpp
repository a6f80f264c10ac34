// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/ProbeOutput.h"

#include "core/util/FramedAnswer.h"

#include <QFile>

namespace Bulwark::Facts {

ProbeOutput ProbeOutput::split(const QByteArray &output, const QByteArray &boundary)
{
    ProbeOutput result;
    const QByteArray prefix = boundary + ' ';
    QByteArray current;
    bool inSection = false;
    qsizetype pos = 0;
    while (pos < output.size()) {
        qsizetype end = output.indexOf('\n', pos);
        if (end < 0)
            end = output.size();
        const QByteArray line = output.mid(pos, end - pos);
        if (line.startsWith(prefix)) {
            current = line.mid(prefix.size()).trimmed();
            inSection = true;
            if (!result.m_sections.contains(current))
                result.m_names.append(current);
            result.m_sections.insert(current, QByteArray());
        } else if (inSection) {
            QByteArray &body = result.m_sections[current];
            body += line;
            body += '\n';
        }
        pos = end + 1;
    }
    return result;
}

QString ProbeOutput::sanitize(const QByteArray &bytes, qsizetype maxChars)
{
    QString text = QString::fromUtf8(bytes.left(maxChars * 4));
    QString clean;
    clean.reserve(std::min(text.size(), maxChars));
    for (const QChar c : std::as_const(text)) {
        if (clean.size() >= maxChars)
            break;
        if (c == u'\n' || c == u'\t' || !(c.category() == QChar::Other_Control || c.category() == QChar::Other_Format))
            clean += c;
    }
    return clean;
}

QString ProbeOutput::text(const QByteArray &name, qsizetype maxChars) const
{
    return sanitize(section(name), maxChars);
}

QByteArray ProbeOutput::newBoundary()
{
    return Framed::newBoundary();
}

QByteArrayList ProbeOutput::scriptArgv(const QString &resource, const QByteArray &boundary)
{
    QFile script(resource);
    if (!script.open(QIODevice::ReadOnly))
        qFatal("probe resource %s is missing from the build", qPrintable(resource));
    return {"sh", "-c", script.readAll(), "bulwark-probe", boundary};
}

} // namespace Bulwark::Facts
