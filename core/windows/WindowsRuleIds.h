// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/RuleCatalog.h"
#include "core/rules/Taxonomy.h"

#include <QJsonObject>
#include <QStringList>

namespace Bulwark::Windows {

// Which Windows rules a planned change addresses, found by the rule catalog instead of a table of ids: the planner
// passes the facts now and the facts as the change would leave them, and the rules of its wizard that fail now and
// pass afterwards (or name fewer offending elements) are the ones it addresses.
// Thread: any; the built-in catalog is loaded once and only read afterwards.
class WindowsRuleIds
{
public:
    // In catalog order. `catalog` nullptr: the built-in catalog (no ids when it does not load).
    static QStringList addressed(const QJsonObject &before, const QJsonObject &after, Rules::Wizard wizard,
                                 const Rules::RuleCatalog *catalog = nullptr);
    // The catalog compiled into the program, loaded on first use; nullptr when it did not load.
    static const Rules::RuleCatalog *builtInCatalog();
};

} // namespace Bulwark::Windows
