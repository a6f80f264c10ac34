// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/PlanJson.h"

#include <QJsonObject>
#include <QStringDecoder>

namespace Bulwark::Plan::PlanJson {

QJsonArray fromStringList(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

std::optional<QStringList> toStringList(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isString())
            return std::nullopt;
        out.append(element.toString());
    }
    return out;
}

QJsonValue fromBytes(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (!decoder.hasError() && text.toUtf8() == bytes)
        return QJsonObject{{QStringLiteral("text"), text}};
    return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64())}};
}

std::optional<QByteArray> toBytes(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QByteArray();
    const QJsonObject object = value.toObject();
    if (object.value(QStringLiteral("text")).isString())
        return object.value(QStringLiteral("text")).toString().toUtf8();
    if (object.value(QStringLiteral("base64")).isString()) {
        auto decoded = QByteArray::fromBase64Encoding(object.value(QStringLiteral("base64")).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
    }
    return std::nullopt;
}

} // namespace Bulwark::Plan::PlanJson
