// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Bulwark::Ui::Translations {

namespace {

// Translators installed later are searched first.
bool installOne(const QString &file)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

bool installOne(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

bool install(const QLocale &locale)
{
    if (!QCoreApplication::instance())
        return false;
    installOne(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installOne(QStringLiteral(":/i18n/bulwark_en.qm"));
    if (locale.language() == QLocale::English && locale.territory() != QLocale::UnitedKingdom)
        return true; // the source strings are English; bulwark_en holds their plural forms
    return installOne(locale, QStringLiteral("bulwark"), QStringLiteral(":/i18n"));
}

} // namespace Bulwark::Ui::Translations
