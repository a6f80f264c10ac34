// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/JsonFields.h"

#include "core/rules/Evidence.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Bulwark::Rules::JsonFields {

namespace {

QString problem(const QString &field, const QString &message)
{
    return field + QStringLiteral(": ") + message;
}

} // namespace

QString text(const QJsonObject &object, const QString &field, QStringList &problems, bool required)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            problems.append(problem(field, QCoreApplication::translate("Bulwark::Rules::JsonFields", "missing")));
        return QString();
    }
    if (!value.isString()) {
        problems.append(problem(field, QCoreApplication::translate("Bulwark::Rules::JsonFields", "expects text")));
        return QString();
    }
    const QString result = value.toString().trimmed();
    if (result.isEmpty() && required)
        problems.append(problem(field, QCoreApplication::translate("Bulwark::Rules::JsonFields", "is empty")));
    return result;
}

QStringList textList(const QJsonObject &object, const QString &field, QStringList &problems)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString().trimmed().isEmpty() ? QStringList() : QStringList{value.toString().trimmed()};
    if (!value.isArray()) {
        problems.append(
            problem(field, QCoreApplication::translate("Bulwark::Rules::JsonFields", "expects a list of texts")));
        return {};
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString() || element.toString().trimmed().isEmpty()) {
            problems.append(
                problem(field + u'[' + QString::number(i) + u']',
                        QCoreApplication::translate("Bulwark::Rules::JsonFields", "expects non-empty text")));
            continue;
        }
        result.append(element.toString().trimmed());
    }
    return result;
}

bool boolean(const QJsonObject &object, const QString &field, bool fallback, QStringList &problems)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        problems.append(
            problem(field, QCoreApplication::translate("Bulwark::Rules::JsonFields", "expects true or false")));
        return fallback;
    }
    return value.toBool();
}

void rejectUnknown(const QJsonObject &object, std::initializer_list<const char *> known, QStringList &problems,
                   const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool found = false;
        for (const char *name : known)
            found = found || it.key() == QLatin1String(name);
        if (!found)
            problems.append(problem(prefix + Evidence::sanitize(it.key(), 60),
                                    QCoreApplication::translate("Bulwark::Rules::JsonFields", "unknown field")));
    }
}

} // namespace Bulwark::Rules::JsonFields
