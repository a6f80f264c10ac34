// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliApp.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bulwark"));
    QCoreApplication::setOrganizationName(QStringLiteral("Bulwark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BULWARK_VERSION));

    // The engine logs connection and apply progress at debug and info level; on a terminal that would mix with the
    // remote command's own stderr and the CLI's progress lines. QT_LOGGING_RULES still switches it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("bulwark.*.debug=false\nbulwark.*.info=false"));

    CliApp cli;
    // Ctrl-C cancels the running remote work cleanly instead of killing the process mid-command.
    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &cli, [&cli] {
            char byte;
            [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
            cli.cancel();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    QObject::connect(&cli, &CliApp::finished, &app, [](int code) { QCoreApplication::exit(code); });
    const int immediate = cli.start(app.arguments());
    if (immediate >= 0)
        return immediate;
    return app.exec();
}
