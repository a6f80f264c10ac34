// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"

#include "ui/Theme.h"
#include "ui/Translations.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QWidget>

namespace GuiTest {

void installTranslations()
{
    QStandardPaths::setTestModeEnabled(true);
    Bulwark::Ui::Theme::apply();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(Bulwark::Ui::Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)));
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BULWARK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let posted layout requests run, so the picture shows the laid-out state a user would see.
    QTest::qWait(50);
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(file))
        qWarning("could not save %s", qPrintable(file));
}

QByteArray debianProbeOutput()
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/facts/local-debian12.out"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s (is BULWARK_TEST_DATA set?)", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray labProbeOutput()
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/facts/linux/lab-debian12.out"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s (is BULWARK_TEST_DATA set?)", qPrintable(file.fileName()));
    return file.readAll();
}

std::shared_ptr<const Bulwark::Rules::RuleCatalog> catalog()
{
    static const std::shared_ptr<const Bulwark::Rules::RuleCatalog> loaded = [] {
        auto built = Bulwark::Rules::RuleCatalog::loadBuiltIn();
        if (!built)
            qFatal("the built-in rule catalog does not load: %s", qPrintable(built.error().toString()));
        return std::make_shared<const Bulwark::Rules::RuleCatalog>(std::move(*built));
    }();
    return loaded;
}

Bulwark::Ui::MainWindow::Settings settings(const QTemporaryDir &dir)
{
    Bulwark::Ui::MainWindow::Settings settings;
    settings.inventoryPath = dir.filePath(QStringLiteral("hosts.json"));
    settings.scanRoot = dir.filePath(QStringLiteral("scans"));
    settings.sshConfig = Bulwark::Transport::SshConfig();
    settings.catalog = catalog();
    return settings;
}

QByteArray debianProbeBoundary()
{
    return "BULWARK-0123456789abcdef0123456789abcdef";
}

Bulwark::Ui::Host sampleHost()
{
    Bulwark::Ui::Host host;
    host.name = QStringLiteral("pacs-db-01");
    auto target = Bulwark::Transport::SshTarget::parse(QStringLiteral("bulwark@10.20.4.17"));
    host.target = *target;
    host.facts.osId = QStringLiteral("debian");
    host.facts.osVersionId = QStringLiteral("12");
    host.facts.osPrettyName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    host.facts.hostname = QStringLiteral("pacs-db-01.radiology.trust.nhs.uk");
    host.facts.kernelName = QStringLiteral("Linux");
    host.facts.kernelRelease = QStringLiteral("6.1.0-18-amd64");
    host.facts.machine = QStringLiteral("x86_64");
    host.facts.uptimeSeconds = 12 * 86400 + 4 * 3600 + 17 * 60;
    host.facts.remoteUser = QStringLiteral("bulwark");
    host.facts.complete = true;
    host.factsUpdated = QDateTime(QDate(2026, 3, 2), QTime(14, 2), QTimeZone::utc());
    host.hostKey.type = QStringLiteral("ssh-ed25519");
    host.hostKey.blob = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIHx6uJ0SgXJ2vW2bqzKc7mJb2c9v6mW2Q1qkq0m9d8rN");
    host.authMethod = QStringLiteral("publickey (agent)");
    return host;
}

} // namespace GuiTest
