// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/Clixml.h"

#include <QXmlStreamReader>
#include <optional>

namespace Bulwark::Transport::Clixml {

namespace {

const QByteArray Marker = QByteArrayLiteral("#< CLIXML");
constexpr int MaxDepth = 64;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// One <Objs> document: the text of its error and warning strings, or nothing when it is not well-formed.
std::optional<QString> decodeDocument(const QByteArray &document)
{
    QXmlStreamReader reader(document);
    QString out;
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return std::nullopt;
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > MaxDepth)
            return std::nullopt;
        // Records at the top level of <Objs>: <S S="Error">text</S>; progress and other objects are <Obj>.
        if (depth == 2 && reader.name() == QLatin1String("S")) {
            const QString stream = reader.attributes().value(QLatin1String("S")).toString().toLower();
            const QString text = reader.readElementText();
            --depth;
            if (stream == QLatin1String("error"))
                out += decodeEscapes(text);
            else if (stream == QLatin1String("warning"))
                out += QStringLiteral("WARNING: ") + decodeEscapes(text);
            else if (stream == QLatin1String("verbose") || stream == QLatin1String("debug") ||
                     stream == QLatin1String("information"))
                out += decodeEscapes(text);
        } else if (depth == 2) {
            reader.skipCurrentElement();
            --depth;
        }
    }
    if (reader.hasError())
        return std::nullopt;
    return out;
}

} // namespace

bool contains(const QByteArray &stderrBytes)
{
    return stderrBytes.contains(Marker);
}

QString decodeEscapes(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            int value = 0;
            bool ok = true;
            for (int k = 2; k < 6 && ok; ++k) {
                const int digit = hexValue(text.at(i + k));
                ok = digit >= 0;
                value = value * 16 + digit;
            }
            if (ok) {
                out += QChar(char16_t(value));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

QString toText(const QByteArray &stderrBytes)
{
    if (!contains(stderrBytes))
        return QString::fromUtf8(stderrBytes);
    QString out;
    qsizetype at = 0;
    while (at < stderrBytes.size()) {
        const qsizetype marker = stderrBytes.indexOf(Marker, at);
        if (marker < 0) {
            out += QString::fromUtf8(stderrBytes.mid(at));
            break;
        }
        out += QString::fromUtf8(stderrBytes.mid(at, marker - at));
        // The document runs from the line after the marker to the next marker (or the end).
        qsizetype start = marker + Marker.size();
        while (start < stderrBytes.size() && (stderrBytes.at(start) == '\r' || stderrBytes.at(start) == '\n'))
            ++start;
        qsizetype next = stderrBytes.indexOf(Marker, start);
        if (next < 0)
            next = stderrBytes.size();
        const QByteArray document = stderrBytes.mid(start, next - start);
        if (const auto decoded = decodeDocument(document.trimmed()))
            out += *decoded;
        else
            out += QString::fromUtf8(stderrBytes.mid(marker, next - marker));
        at = next;
    }
    return out;
}

} // namespace Bulwark::Transport::Clixml
