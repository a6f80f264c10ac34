// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

// Small readers for the catalog's JSON (converted from YAML) that report problems as "field: message" instead of
// guessing. Used by Rule and Practice.
namespace Bulwark::Rules::JsonFields {

// A non-empty text field; missing or blank is a problem when required.
QString text(const QJsonObject &object, const QString &field, QStringList &problems, bool required = true);
// A list of non-empty texts (a single text is accepted as a list of one); missing gives an empty list.
QStringList textList(const QJsonObject &object, const QString &field, QStringList &problems);
// A boolean field; missing gives `fallback`.
bool boolean(const QJsonObject &object, const QString &field, bool fallback, QStringList &problems);
// Every key of `object` that is not in `known` is a problem ("unknown field").
void rejectUnknown(const QJsonObject &object, std::initializer_list<const char *> known, QStringList &problems,
                   const QString &prefix = QString());

} // namespace Bulwark::Rules::JsonFields
