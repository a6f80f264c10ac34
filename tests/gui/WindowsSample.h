// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FakeSession.h"
#include "core/scan/ScanRecord.h"
#include "ui/Host.h"
#include "ui/MainWindow.h"

#include <QJsonObject>
#include <QSize>
#include <QTemporaryDir>
#include <memory>

class QWidget;

// A Windows host for the GUI tests of the Windows wizards, without a network: the probe helper's parsed facts of a
// Windows Server 2019 Standard host as installed (tests/data/windows/server2019-default.json: the Print Spooler and
// Remote Registry on, WinRM over HTTPS, the built-in Administrator enabled, Bulwark signed in as the local
// administrator bulwark-admin), and variants of it.
namespace WindowsSample {

inline const QString AdministratorSid = QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-500");
inline const QString BulwarkAdminSid = QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-1001");

// The default Server 2019 facts.
QJsonObject server2019Facts();
// The same host with Bulwark signed in as the built-in Administrator.
QJsonObject signedInAsAdministrator();
// The same host where bulwark-admin is no administrator: the built-in one is the only enabled administrator.
QJsonObject withoutOtherAdministrator();
// `facts` with the built-in Guest (RID 501) enabled.
QJsonObject withGuestEnabled(QJsonObject facts);
// A scan of `facts` with the findings of the built-in catalog's Windows rules.
Bulwark::Scan::ScanRecord scan(const QJsonObject &facts);
// A host named PACS01 (its target is not used: the tests never connect for reading).
Bulwark::Ui::Host host();
// Adds `host` to `window`, selects it and makes `facts` its latest scan.
void addScanned(Bulwark::Ui::MainWindow *window, const Bulwark::Ui::Host &host, const QJsonObject &facts);
// Everything `widget` (a plan preview) shows as text: its labels and every cell of its item views.
QString shownText(QWidget *widget);

// A console on a temporary directory (its journal and backups there too) whose selected host is host(), scanned with
// `facts`; its sessions are scripted by `script` (FakeSession: no network), whose command log tells what ran.
struct Console
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::unique_ptr<Bulwark::Ui::MainWindow> window;
    Bulwark::Ui::Host host = WindowsSample::host();

    explicit Console(const QJsonObject &facts);
    ~Console();

    // Triggers the window's action named `action` and returns the wizard that `wizard` then gives, shown at `size`
    // (null when the window opened none).
    template<typename Wizard>
    Wizard *open(const char *action, Wizard *(Bulwark::Ui::MainWindow::*wizard)() const, QSize size)
    {
        trigger(action);
        Wizard *opened = (window.get()->*wizard)();
        if (opened)
            expose(opened, size);
        return opened;
    }

private:
    void trigger(const char *action);
    static void expose(QWidget *wizard, QSize size);
};

} // namespace WindowsSample
