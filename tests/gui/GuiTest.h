// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/RuleCatalog.h"
#include "ui/Host.h"
#include "ui/MainWindow.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <memory>

class QTemporaryDir;
class QWidget;

namespace GuiTest {

// Applies the product's theme and the en_GB translation, so texts (and plural forms) read as a user in an NHS trust
// sees them. Also switches QStandardPaths to test mode, so nothing a test forgets to redirect lands in the user's
// real configuration.
void installTranslations();

// With BULWARK_SCREENSHOT_DIR set, saves `widget` as <dir>/<name>.png (it must be shown). Otherwise does nothing.
void screenshot(QWidget *widget, const QString &name);

// The recorded basic probe output of a Debian 12 host (tests/data/facts/local-debian12.out) with its boundary.
QByteArray debianProbeOutput();
QByteArray debianProbeBoundary();
// The recorded Linux audit probe output of the lab VM (tests/data/facts/linux/lab-debian12.out), same boundary.
QByteArray labProbeOutput();

// The built-in rule catalog, loaded once per test process.
std::shared_ptr<const Bulwark::Rules::RuleCatalog> catalog();

// Window settings that keep everything inside `dir` (hosts.json, scans/), use an empty ssh_config, the built-in
// catalog (loaded already) and no session factory (set one with FakeSession::factory).
Bulwark::Ui::MainWindow::Settings settings(const QTemporaryDir &dir);

// A made-up host with facts, as if it had just been probed.
Bulwark::Ui::Host sampleHost();

// The child widget or action called `name`; a test that asks for a missing one is wrong, so it stops at once.
template<typename T>
T *child(QObject *parent, const char *name)
{
    auto *object = parent->findChild<T *>(QString::fromLatin1(name));
    if (!object)
        qFatal("no child %s", name);
    return object;
}

} // namespace GuiTest
