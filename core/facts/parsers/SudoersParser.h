// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/parsers/ProbeSections.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// sudoers: /etc/sudoers and every file it includes, in sudo's order, with their stat and content.
namespace Bulwark::Facts::SudoersParser {

struct File
{
    QString path;
    QString text; // sanitised content
};

// The "sudoers" fact object; empty when the probe did not get that far.
QJsonObject parse(const ProbeSections &sections);

// Rules, defaults and flags of already-read files (pure; used by parse and directly by tests).
QJsonObject parseContent(const QList<File> &files);

} // namespace Bulwark::Facts::SudoersParser
