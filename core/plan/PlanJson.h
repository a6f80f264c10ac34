// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <optional>

// Small helpers shared by the plan types' toJson()/fromJson(); internal to core/plan.
namespace Bulwark::Plan::PlanJson {

QJsonArray fromStringList(const QStringList &list);
// nullopt when the value is not an array of strings.
std::optional<QStringList> toStringList(const QJsonValue &value);
// Text when the bytes are valid UTF-8 ({"text": ...}), else {"base64": ...}, so binary content survives.
QJsonValue fromBytes(const QByteArray &bytes);
std::optional<QByteArray> toBytes(const QJsonValue &value);

} // namespace Bulwark::Plan::PlanJson
