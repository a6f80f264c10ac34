// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bulwark"));
    QApplication::setOrganizationName(QStringLiteral("Bulwark"));
    QApplication::setApplicationVersion(QStringLiteral(BULWARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.bulwark.Bulwark"));
    QApplication::setWindowIcon(Bulwark::Ui::Icons::icon(Bulwark::Ui::Icons::Glyph::Shield));
    Bulwark::Ui::Theme::apply();
    Bulwark::Ui::Translations::install(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GuiMain", "Bulwark: audit and harden the servers that hold patient data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    Bulwark::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
