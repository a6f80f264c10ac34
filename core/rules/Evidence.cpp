// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Evidence.h"

#include "core/rules/FactPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace Bulwark::Rules::Evidence {

namespace {

constexpr QChar Replacement(0xFFFD);
constexpr qsizetype MaxRenderedMembers = 6;

QString renderNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 12);
}

QString renderScalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return sanitize(value.toString());
    case QJsonValue::Double:
        return renderNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        const int size = count(value.toArray().size());
        return QCoreApplication::translate("Bulwark::Rules::Evidence", "[%n item(s)]", nullptr, size);
    }
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

} // namespace

QString sanitize(const QString &text, qsizetype maxLength)
{
    QString result;
    result.reserve(qMin(text.size(), maxLength + 1));
    qsizetype i = 0;
    bool cut = false;
    while (i < text.size()) {
        if (result.size() >= maxLength) {
            cut = true;
            break;
        }
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            const QChar::Category category = QChar::category(ucs4);
            if (category == QChar::Other_Format || category == QChar::Other_NotAssigned) {
                result.append(Replacement);
            } else {
                result.append(c);
                result.append(text.at(i + 1));
            }
            i += 2;
            continue;
        }
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            result.append(c == u'\n' || c == u'\t' || c == u'\r' || c.category() != QChar::Other_Control ? QChar(u' ')
                                                                                                         : Replacement);
            break;
        case QChar::Other_Format:    // bidi overrides and isolates, zero-width characters, BOM
        case QChar::Other_Surrogate: // a lone surrogate
        case QChar::Other_NotAssigned:
            result.append(Replacement);
            break;
        default:
            result.append(c);
        }
        ++i;
    }
    if (cut)
        result.append(QChar(0x2026));
    return result;
}

QString render(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList parts;
        for (qsizetype i = 0; i < array.size() && i < MaxRenderedMembers; ++i)
            parts.append(renderScalar(array.at(i)));
        if (array.size() > MaxRenderedMembers)
            parts.append(QStringLiteral("…"));
        return sanitize(QStringLiteral("[") + parts.join(QStringLiteral(", ")) + QStringLiteral("]"));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (auto it = object.begin(); it != object.end() && parts.size() < MaxRenderedMembers; ++it)
            parts.append(sanitize(it.key(), 40) + u'=' + renderScalar(it.value()));
        if (object.size() > MaxRenderedMembers)
            parts.append(QStringLiteral("…"));
        return sanitize(parts.join(QStringLiteral(", ")));
    }
    return renderScalar(value);
}

QString label(const QJsonValue &element, const QString &templ)
{
    if (!element.isObject())
        return render(element);
    if (!templ.isEmpty()) {
        QString result;
        qsizetype i = 0;
        while (i < templ.size()) {
            const QChar c = templ.at(i);
            if (c == u'{') {
                const qsizetype close = templ.indexOf(u'}', i + 1);
                if (close > i) {
                    const std::optional<FactPath> path = FactPath::parse(templ.mid(i + 1, close - i - 1));
                    const FactPath::Resolved field = path ? path->resolve(element) : FactPath::Resolved{};
                    result.append(field.present ? render(field.value) : QStringLiteral("?"));
                    i = close + 1;
                    continue;
                }
            }
            result.append(c);
            ++i;
        }
        return sanitize(result);
    }
    const QJsonObject object = element.toObject();
    for (const char *key : {"name", "unit", "path", "text", "service", "device", "file", "address"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() || value.isDouble())
            return renderScalar(value);
    }
    return render(element);
}

int count(qsizetype n)
{
    return n > INT_MAX ? INT_MAX : int(n);
}

void append(QStringList &list, const QString &text)
{
    if (list.size() < MaxItems)
        list.append(text);
    else if (list.size() == MaxItems)
        list.append(QStringLiteral("…"));
}

void append(QStringList &list, const QStringList &texts)
{
    if (list.isEmpty() && texts.size() <= MaxItems + 1) {
        list = texts; // keeps a closing "… and N more" line intact
        return;
    }
    for (const QString &text : texts) {
        if (list.size() > MaxItems)
            break;
        append(list, text);
    }
}

QStringList capped(const QStringList &list, qsizetype total)
{
    const QString marker = QStringLiteral("…");
    if (total < 0) {
        // Unknown total: up to MaxItems lines plus one closing line ("…" or an earlier "… and N more") stay.
        if (list.size() <= MaxItems)
            return list;
        if (list.size() == MaxItems + 1 && list.constLast() != marker)
            return list;
        QStringList result = list.mid(0, MaxItems);
        const int more = count(list.size() - MaxItems);
        if (list.constLast() == marker)
            result.append(QCoreApplication::translate("Bulwark::Rules::Evidence", "… and more"));
        else
            result.append(QCoreApplication::translate("Bulwark::Rules::Evidence", "… and %n more", nullptr, more));
        return result;
    }
    if (total <= MaxItems && list.size() <= MaxItems)
        return list;
    QStringList result = list.mid(0, MaxItems);
    const int more = count(qMax(total, list.size()) - MaxItems);
    result.append(QCoreApplication::translate("Bulwark::Rules::Evidence", "… and %n more", nullptr, more));
    return result;
}

} // namespace Bulwark::Rules::Evidence
