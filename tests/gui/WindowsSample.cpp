// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "WindowsSample.h"

#include "GuiTest.h"
#include "core/rules/Evaluator.h"
#include "ui/MainWindow.h"
#include "ui/ScanStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTest>

using namespace Bulwark;

namespace WindowsSample {

QJsonObject server2019Facts()
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/windows/server2019-default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        qFatal("%s does not parse: %s", qPrintable(file.fileName()), qPrintable(error.errorString()));
    return document.object();
}

QJsonObject signedInAsAdministrator()
{
    QJsonObject facts = server2019Facts();
    QJsonObject probe = facts.value(QStringLiteral("probe")).toObject();
    probe.insert(QStringLiteral("user"), QStringLiteral("PACS01\\Administrator"));
    probe.insert(QStringLiteral("userSid"), AdministratorSid);
    facts.insert(QStringLiteral("probe"), probe);
    return facts;
}

QJsonObject withoutOtherAdministrator()
{
    QJsonObject facts = server2019Facts();
    QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject account = accounts.at(i).toObject();
        if (account.value(QStringLiteral("sid")).toString() == BulwarkAdminSid) {
            account.insert(QStringLiteral("administrator"), false);
            accounts.replace(i, account);
        }
    }
    facts.insert(QStringLiteral("accounts"), accounts);
    QJsonObject groups = facts.value(QStringLiteral("groups")).toObject();
    QJsonArray administrators;
    for (const QJsonValue &member : groups.value(QStringLiteral("administrators")).toArray()) {
        if (member.toObject().value(QStringLiteral("sid")).toString() != BulwarkAdminSid)
            administrators.append(member);
    }
    groups.insert(QStringLiteral("administrators"), administrators);
    facts.insert(QStringLiteral("groups"), groups);
    return facts;
}

QJsonObject withGuestEnabled(QJsonObject facts)
{
    QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject account = accounts.at(i).toObject();
        if (account.value(QStringLiteral("rid")).toInt() == 501) {
            account.insert(QStringLiteral("enabled"), true);
            accounts.replace(i, account);
        }
    }
    facts.insert(QStringLiteral("accounts"), accounts);
    return facts;
}

Scan::ScanRecord scan(const QJsonObject &facts)
{
    const auto catalog = GuiTest::catalog();
    const QList<Rules::Rule> rules = catalog->rules(Rules::Platform::Windows);
    Scan::ScanRecord record;
    record.hostName = QStringLiteral("PACS01");
    record.target = QStringLiteral("Administrator@pacs01.hospital.local:5986");
    record.finishedAt = QDateTime::currentDateTimeUtc();
    record.startedAt = record.finishedAt.addSecs(-4);
    record.remoteCommands = 1;
    record.elevated = true;
    record.rulesTotal = int(rules.size());
    record.facts = facts;
    record.findings = Rules::Evaluator::evaluate(facts, rules);
    return record;
}

Ui::Host host()
{
    Ui::Host host = GuiTest::sampleHost();
    host.name = QStringLiteral("PACS01");
    return host;
}

void addScanned(Ui::MainWindow *window, const Ui::Host &host, const QJsonObject &facts)
{
    window->addHost(host, nullptr);
    window->selectHost(host.id);
    window->scanStore()->add(host.id, scan(facts), {});
}

QString shownText(QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts.append(label->text());
    for (const QAbstractItemView *view : widget->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts.append(model->index(row, column).data().toString());
        }
    }
    return texts.join(u'\n');
}

Console::Console(const QJsonObject &facts)
{
    script.probeOutput = GuiTest::debianProbeOutput();
    Ui::MainWindow::Settings settings = GuiTest::settings(dir);
    settings.sessionFactory = FakeSession::factory(script);
    settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
    settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
    window = std::make_unique<Ui::MainWindow>(settings);
    window->resize(1280, 860);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not exposed");
    addScanned(window.get(), host, facts);
}

Console::~Console() = default;

void Console::trigger(const char *action)
{
    GuiTest::child<QAction>(window.get(), action)->trigger();
}

void Console::expose(QWidget *wizard, QSize size)
{
    wizard->resize(size);
    if (!QTest::qWaitForWindowExposed(wizard))
        qFatal("wizard not exposed");
}

} // namespace WindowsSample
