// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Reading a fact tree in a test: a value by its dotted path, an object of a list by one of its keys.
namespace JsonPath {

// The value at a dotted path ("sshd.effective.permitrootlogin", "services.3.name": numbers index lists); undefined
// when a step of the path is not there.
inline QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &part : path.split(u'.')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && value.isArray())
            value = value.toArray().at(index);
        else if (value.isObject())
            value = value.toObject().value(part);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

// The first object of the list `array` whose string `key` is `value`; empty when there is none.
inline QJsonObject find(const QJsonValue &array, const QString &key, const QString &value)
{
    for (const QJsonValue &item : array.toArray()) {
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    }
    return {};
}

} // namespace JsonPath
