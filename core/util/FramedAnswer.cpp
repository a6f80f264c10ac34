// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/util/FramedAnswer.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QString>

namespace Bulwark::Framed {

namespace {

Error malformed(const char *text)
{
    return Error(Error::Code::ParseError, QCoreApplication::translate("Bulwark::Framed", text));
}

} // namespace

QByteArray newBoundary()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return "BULWARK-" + bytes.toHex();
}

Result<QList<Section>> split(const QByteArray &answer, const QByteArray &boundary, const QList<QByteArray> &known)
{
    QList<Section> result;
    const QByteArray marker = boundary + ' ';
    const QByteArray close = '\n' + boundary + " .\n";
    const QByteArray end = boundary + " end";
    qsizetype pos = 0;
    while (pos < answer.size()) {
        const qsizetype eol = answer.indexOf('\n', pos);
        if (eol < 0)
            return malformed(QT_TRANSLATE_NOOP("Bulwark::Framed", "the answer is incomplete"));
        const QByteArray line = answer.mid(pos, eol - pos);
        pos = eol + 1;
        if (line == end) {
            if (pos != answer.size())
                return malformed(QT_TRANSLATE_NOOP("Bulwark::Framed", "output after the end"));
            return result;
        }
        if (!line.startsWith(marker))
            return malformed(QT_TRANSLATE_NOOP("Bulwark::Framed", "output outside a section"));
        const QByteArray rest = line.mid(marker.size());
        const qsizetype space = rest.indexOf(' ');
        Section section;
        section.name = space < 0 ? rest : rest.left(space);
        section.arguments = space < 0 ? QByteArray() : rest.mid(space + 1);
        if (!known.contains(section.name))
            return Error(Error::Code::ParseError,
                         QCoreApplication::translate("Bulwark::Framed", "an unknown section \"%1\"")
                             .arg(QString::fromUtf8(section.name.left(40))));
        // An empty section is "\nB .\n" right after the opening line.
        const qsizetype closing = answer.indexOf(close, pos);
        if (closing < 0)
            return Error(Error::Code::ParseError,
                         QCoreApplication::translate("Bulwark::Framed", "the section \"%1\" is cut short")
                             .arg(QString::fromUtf8(section.name.left(40))));
        section.content = answer.mid(pos, closing - pos);
        pos = closing + close.size();
        result.append(section);
    }
    return malformed(QT_TRANSLATE_NOOP("Bulwark::Framed", "the answer is incomplete"));
}

} // namespace Bulwark::Framed
