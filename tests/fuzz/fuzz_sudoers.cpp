// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/SudoersFile.h"
#include "core/sudoers/SudoersLinter.h"

#include <cstdint>
#include <cstdlib>

// libFuzzer entry: parse; when the parse succeeds the bytes must round-trip exactly and the statements must cover
// the input without gaps; the linter and an edit must not crash.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Bulwark::Sudoers;
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    Bulwark::Result<SudoersFile> file = SudoersFile::parse(text, QStringLiteral("fuzz"));
    if (!file)
        return 0;
    if (file->toBytes() != text)
        std::abort();
    qsizetype offset = 0;
    for (const Statement &st : file->statements()) {
        if (st.offset != offset || text.mid(st.offset, st.length) != st.text)
            std::abort();
        offset += st.length;
    }
    if (offset != text.size())
        std::abort();
    (void)SudoersLinter::lint({*file});
    if (!file->statements().isEmpty()) {
        SudoersFile copy = *file;
        const Statement removed = copy.statements().first();
        if (copy.remove(0).ok() && copy.toBytes() != text.mid(removed.length))
            std::abort();
    }
    return 0;
}
