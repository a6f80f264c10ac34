// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/Journal.h"
#include "core/apply/TransactionLog.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

// bulwark-cli journal list|show|verify: reads the local journal, never a host. Synchronous; main thread.
class JournalCommand
{
    Q_DECLARE_TR_FUNCTIONS(JournalCommand)

public:
    // Runs `action` ("list", "show" with `transaction`, "verify"); returns the exit code. `jsonPath` '-' or a file:
    // the same as JSON.
    static int run(const QString &action, const QString &transaction, const QString &journalPath,
                   const QString &jsonPath);

    // The transaction whose id is `idOrPrefix` or starts with it (the 8 characters `list` shows); an error when
    // none or several match.
    static Bulwark::Result<Bulwark::Apply::TransactionRecord> findTransaction(const Bulwark::Apply::Journal &journal,
                                                                              const QString &idOrPrefix);

private:
    static int list(const Bulwark::Apply::Journal &journal, const QString &jsonPath);
    static int show(const Bulwark::Apply::Journal &journal, const QString &transaction, const QString &jsonPath);
    static int verify(const Bulwark::Apply::Journal &journal, const QString &jsonPath);
};
