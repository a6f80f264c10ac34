// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QIcon>

namespace Bulwark::Ui::Icons {

// Vector glyphs painted at whatever size and device pixel ratio they are shown, in the palette's text colour, so
// they stay crisp on HiDPI screens and readable in dark themes without an icon theme or the SVG plugin.
enum class Glyph
{
    Shield,        // the application: a shield with a tick
    Server,        // a managed host
    WindowsServer, // a managed Windows host: the server with a four-pane window badge
    AddHost,       // server with a green plus
    RemoveHost,    // server with a red minus
    Connect,       // circular arrow: connect and refresh
    Quit,          // power symbol
    Scan,          // magnifier over a shield: audit the host
    Edit,          // pencil
    Export,        // arrow leaving a tray: save a report
    Group,         // folder: a group of hosts
};

QIcon icon(Glyph glyph);
// A filled disc, for status columns.
QIcon statusDot(const QColor &color);

// The one accent colour of the console (buttons, shield). Calm blue, readable on light and dark backgrounds.
QColor accent();

} // namespace Bulwark::Ui::Icons
