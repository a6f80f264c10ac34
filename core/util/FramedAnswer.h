// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

namespace Bulwark::Framed {

// The answer of a read-only script that frames what it prints by a random boundary B given as its first argument:
// "B name args\n" opens a section, "\nB .\n" closes it, "B end\n" ends the answer. Nothing a file or a program on
// the host prints can fake a frame without knowing B. Used by the readers (SSH access, nginx, Apache); pure.
struct Section
{
    QByteArray name;
    QByteArray arguments; // the rest of the opening line after the name
    QByteArray content;   // as printed, without the closing "\n"
};

// "BULWARK-" and 32 random hex digits from the system's generator.
QByteArray newBoundary();

// The sections in order. Anything else — output outside a section or after the end, a section not in `known`, a
// section cut short, no end — fails with Error::Code::ParseError whose message says what in plain words; callers
// wrap it in their own summary ("The host's answer about X was not understood.").
Result<QList<Section>> split(const QByteArray &answer, const QByteArray &boundary, const QList<QByteArray> &known);

} // namespace Bulwark::Framed
