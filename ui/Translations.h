// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

namespace Bulwark::Ui::Translations {

// Installs on the running application, for `locale`: Qt's own strings, Bulwark's English plural forms (so that
// "%n host(s)" reads "1 host" whatever the language), then Bulwark's translation for the locale if there is one.
// The translators belong to the application object. Returns whether a translation for the locale was found.
bool install(const QLocale &locale = QLocale());

} // namespace Bulwark::Ui::Translations
