// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/Clixml.h"
#include "core/transport/WsmanEnvelope.h"

#include <cstdint>
#include <cstdlib>

// libFuzzer entry for what a WinRM server (or anyone on the path of plain HTTP) sends: the WS-Management answer
// parser and the CLIXML decoder. Neither may crash or hang; an accepted answer must relate to the request and carry
// only the command's streams.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Bulwark::Transport;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString relates = QStringLiteral("uuid:5A0C3D1E-7B2F-4C8A-9E6D-1F2A3B4C5D6E");
    const QString command = QStringLiteral("9A8B7C6D-5E4F-4A3B-2C1D-0E1F2A3B4C5D");
    const auto response = WsmanEnvelope::parse(bytes, relates, command);
    if (response) {
        if (response->relatesTo.compare(relates, Qt::CaseInsensitive) != 0)
            std::abort();
        qsizetype total = 0;
        for (const auto &chunk : response->streams)
            total += chunk.data.size();
        if (total > bytes.size())
            std::abort();
        if (response->fault)
            (void)response->fault->toError(QStringLiteral("fuzz"));
    }
    (void)Clixml::toText(bytes);
    (void)Clixml::decodeEscapes(QString::fromUtf8(bytes));
    return 0;
}
