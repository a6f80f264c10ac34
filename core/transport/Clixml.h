// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Bulwark::Transport {

// PowerShell run non-interactively over WinRM writes its error, warning and progress streams to stderr as CLIXML
// ("#< CLIXML" then an <Objs> document of serialized records). Clixml turns that into the text a sysadmin would
// have seen in a console: the error and warning records, line breaks restored from their _x000D__x000A_
// escapes, progress records dropped. Pure and total: stderr that is not CLIXML (or is malformed) comes back as
// its UTF-8 text, so nothing the host said is lost.
namespace Clixml {

bool contains(const QByteArray &stderrBytes);
QString toText(const QByteArray &stderrBytes);
// XmlConvert escapes as PowerShell writes them: _xHHHH_ is one UTF-16 code unit (_x005F_ is "_").
QString decodeEscapes(const QString &text);

} // namespace Clixml
} // namespace Bulwark::Transport
