// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/windows/WindowsAdminWizard.h"

#include "core/windows/WindowsAdminPlanner.h"
#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/MainWindow.h"
#include "ui/Palette.h"
#include "ui/ScanStore.h"
#include "ui/sudoers/PlanApplyPanel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Windows::WindowsAdminPlanner;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0; // Windows account names ignore case
}

QJsonArray array(const QJsonObject &object, const char *name)
{
    return object.value(key(name)).toArray();
}

// "Today", "Yesterday", "12 days ago" (no plural forms needed: one day is yesterday).
QString daysAgo(int days)
{
    if (days <= 0)
        return QCoreApplication::translate("Bulwark::Ui::WindowsAdminWizard", "Today");
    if (days == 1)
        return QCoreApplication::translate("Bulwark::Ui::WindowsAdminWizard", "Yesterday");
    return QCoreApplication::translate("Bulwark::Ui::WindowsAdminWizard", "%1 days ago").arg(days);
}

QString colored(const QString &text, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
}

} // namespace

WindowsAdminWizard::WindowsAdminWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : PlanWizard(window, hostId, parent)
{
    setObjectName(QStringLiteral("windowsAdminWizard"));
    if (window)
        m_record = window->scanStore()->latest(hostId);
    if (m_record) {
        m_facts = m_record->facts;
        m_admin = WindowsAdminPlanner::builtinAdministrator(m_facts);
    }
    setWindowTitle(tr("Built-in Accounts — %1").arg(m_hostName));
    resize(1100, 780);

    QWidget *choosePage = createChoosePage();
    createPanel()->setTitle(tr("What will change in the accounts of %1").arg(m_hostName));
    panel()->setPreparedNote([](int changes) {
        return tr("They are made in this order (%1 in all). Each one is checked on the host after it is made; if one "
                  "fails, all are undone.")
            .arg(changes);
    });
    setUpFrame(choosePage);

    showAdministrator();
    showOtherAdministrators();
    validate();
}

WindowsAdminWizard::~WindowsAdminWizard() = default;

QWidget *WindowsAdminWizard::createChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));

    m_banner = new ErrorBanner(page);
    m_banner->setObjectName(QStringLiteral("refusalBanner"));

    // The built-in Administrator as the scan found it.
    auto *adminBox = new QGroupBox(tr("The built-in Administrator (RID 500)"), page);
    adminBox->setObjectName(QStringLiteral("adminBox"));
    const auto value = [adminBox](const char *name) {
        auto *label = new QLabel(adminBox);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    m_adminName = value("adminNameLabel");
    m_adminSid = value("adminSidLabel");
    m_adminEnabled = value("adminEnabledLabel");
    m_adminLastLogon = value("adminLastLogonLabel");
    m_adminPassword = value("adminPasswordLabel");
    m_sessionNote = value("sessionAccountNote");
    m_sessionNote->setVisible(false);
    auto *adminForm = new QFormLayout(adminBox);
    adminForm->addRow(tr("Name:"), m_adminName);
    adminForm->addRow(tr("Security ID:"), m_adminSid);
    adminForm->addRow(tr("Enabled:"), m_adminEnabled);
    adminForm->addRow(tr("Last logon:"), m_adminLastLogon);
    adminForm->addRow(tr("Password set:"), m_adminPassword);
    adminForm->addRow(m_sessionNote);

    // Who else administers the host: disabling the built-in one must leave one of them.
    auto *othersBox = new QGroupBox(tr("Other local administrators"), page);
    m_others = new QStandardItemModel(0, 4, this);
    m_others->setHorizontalHeaderLabels({tr("Member"), tr("Kind"), tr("Enabled"), tr("Last logon")});
    m_othersView = new QTableView(othersBox);
    m_othersView->setObjectName(QStringLiteral("administratorsTable"));
    m_othersView->setModel(m_others);
    m_othersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_othersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_othersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_othersView->setAlternatingRowColors(true);
    m_othersView->verticalHeader()->setVisible(false);
    m_othersView->horizontalHeader()->setHighlightSections(false);
    m_othersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_othersView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_othersNote = FormHelpers::hintLabel(QString(), othersBox);
    m_othersNote->setObjectName(QStringLiteral("administratorsNote"));
    auto *othersLayout = new QVBoxLayout(othersBox);
    othersLayout->addWidget(m_othersView, 1);
    othersLayout->addWidget(m_othersNote);

    // The choice.
    m_choiceBox = new QGroupBox(tr("What Bulwark should do"), page);
    QGroupBox *choiceBox = m_choiceBox;
    m_newName = new QLineEdit(choiceBox);
    m_newName->setObjectName(QStringLiteral("newNameEdit"));
    m_newName->setPlaceholderText(tr("Keep the current name"));
    m_newName->setMaxLength(64); // longer names are refused as they are typed, not cut
    m_nameStatus = new QLabel(choiceBox);
    m_nameStatus->setObjectName(QStringLiteral("newNameStatus"));
    m_nameStatus->setWordWrap(true);
    m_nameStatus->setTextFormat(Qt::RichText);
    m_disable = new QCheckBox(tr("Also &disable it (it stays on the host for recovery, but nobody can log on with it)"),
                              choiceBox);
    m_disable->setObjectName(QStringLiteral("disableCheck"));
    m_disable->setChecked(true);
    auto *nameField = new QVBoxLayout;
    nameField->setSpacing(4);
    nameField->addWidget(m_newName);
    nameField->addWidget(m_nameStatus);
    auto *choiceForm = new QFormLayout(choiceBox);
    auto *nameLabel = new QLabel(tr("&New name:"), choiceBox);
    nameLabel->setBuddy(m_newName);
    choiceForm->addRow(nameLabel, nameField);
    choiceForm->addRow(m_disable);
    // The built-in Guest is the other account every Windows host has; the same wizard switches it off.
    m_guest = new QCheckBox(tr("Also disable the built-in &Guest account (RID 501), which is enabled now"), choiceBox);
    m_guest->setObjectName(QStringLiteral("disableGuestCheck"));
    choiceForm->addRow(m_guest);
    connect(m_newName, &QLineEdit::textChanged, this, &WindowsAdminWizard::validate);
    connect(m_disable, &QCheckBox::toggled, this, &WindowsAdminWizard::validate);
    connect(m_guest, &QCheckBox::toggled, this, &WindowsAdminWizard::validate);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        FormHelpers::pageTitle(tr("Rename and disable the built-in Administrator of %1").arg(m_hostName), page));
    auto *intro = new QLabel(tr("Every Windows host has this account, attackers know its name, and it is never locked "
                                "out however often a password is guessed. Give it a name nobody guesses and disable "
                                "it; administer the host with named accounts. Nothing changes on the host until you "
                                "have seen the changes and pressed Apply."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(adminBox);
    layout->addWidget(othersBox, 1);
    layout->addWidget(choiceBox);
    return page;
}

void WindowsAdminWizard::showAdministrator()
{
    if (!m_admin) {
        for (QLabel *label : {m_adminName, m_adminSid, m_adminEnabled, m_adminLastLogon, m_adminPassword})
            label->setText(QStringLiteral("—"));
        m_choiceBox->setEnabled(false);
        return;
    }
    const QJsonObject &admin = *m_admin;

    // The Guest option: offered (and ticked) while the scan found it enabled.
    const std::optional<QJsonObject> guest = WindowsAdminPlanner::builtinGuest(m_facts);
    const bool guestEnabled = guest && guest->value(key("enabled")).toBool(false);
    m_guest->setVisible(guest.has_value());
    m_guest->setEnabled(guestEnabled);
    m_guest->setChecked(guestEnabled);
    if (guest && !guestEnabled)
        m_guest->setText(tr("The built-in Guest account (RID 501) is disabled already."));
    m_adminName->setText(QStringLiteral("<b>%1</b>").arg(admin.value(key("name")).toString().toHtmlEscaped()));
    m_adminSid->setText(admin.value(key("sid")).toString());
    const QJsonValue enabled = admin.value(key("enabled"));
    m_adminEnabled->setText(enabled.isBool() ? (enabled.toBool() ? tr("Yes") : tr("No, it is disabled"))
                                             : tr("Not known"));
    if (enabled.isBool() && !enabled.toBool()) {
        const QSignalBlocker blocker(m_disable);
        m_disable->setChecked(false);
        m_disable->setEnabled(false);
        m_disable->setText(tr("It is disabled already; renaming it is all that is left to do."));
    }
    const QJsonValue lastLogon = admin.value(key("lastLogonDays"));
    m_adminLastLogon->setText(lastLogon.isDouble() ? daysAgo(lastLogon.toInt())
                                                   : tr("Never (or Windows did not record it)"));
    const QJsonValue passwordAge = admin.value(key("passwordAgeDays"));
    m_adminPassword->setText(passwordAge.isDouble() ? daysAgo(passwordAge.toInt()) : tr("Not known"));

    // The account the scan ran as: WindowsAdminPlanner refuses to rename or disable it (the banner says why), so
    // only the Guest option is left.
    const QString user = m_facts.value(key("probe")).toObject().value(key("user")).toString();
    m_ownAccount = WindowsAdminPlanner::isSessionAccount(m_facts, admin).value_or(false);
    m_sessionNote->setVisible(m_ownAccount);
    if (m_ownAccount) {
        m_sessionNote->setText(colored(tr("Bulwark signs in to %1 with this account (%2).").arg(m_hostName, user),
                                       Palette::severityColor(Rules::Severity::High)));
        Windows::WindowsAdminChoice disable;
        disable.hostDisplayName = m_hostName;
        if (const auto refused = WindowsAdminPlanner::plan(m_facts, disable); !refused)
            m_ownRefusal = refused.error();
        const QSignalBlocker blocker(m_disable);
        m_disable->setChecked(false);
        m_disable->setEnabled(false);
        m_newName->setEnabled(false);
    }
}

void WindowsAdminWizard::showOtherAdministrators()
{
    m_others->removeRows(0, m_others->rowCount());
    const QString adminSid = m_admin ? m_admin->value(key("sid")).toString() : QString();
    QHash<QString, QJsonObject> accountsBySid;
    for (const QJsonValue &value : array(m_facts, "accounts")) {
        const QJsonObject account = value.toObject();
        accountsBySid.insert(account.value(key("sid")).toString().toUpper(), account);
    }
    const auto lastLogonText = [](const QJsonObject &account) {
        const QJsonValue days = account.value(key("lastLogonDays"));
        return days.isDouble() ? daysAgo(days.toInt()) : tr("Never");
    };
    const auto addRow = [this](const QString &name, const QString &kind, const QString &enabled,
                               const QString &lastLogon) {
        QList<QStandardItem *> items;
        for (const QString &text : {name, kind, enabled, lastLogon}) {
            auto *item = new QStandardItem(text);
            item->setToolTip(text);
            items.append(item);
        }
        m_others->appendRow(items);
    };

    int enabledLocal = 0;
    bool domainMembers = false;
    const QJsonValue members = m_facts.value(key("groups")).toObject().value(key("administrators"));
    if (members.isArray()) {
        for (const QJsonValue &value : members.toArray()) {
            const QJsonObject member = value.toObject();
            const QString sid = member.value(key("sid")).toString();
            if (!adminSid.isEmpty() && sameName(sid, adminSid))
                continue;
            const bool group = member.value(key("class")).toString() == u"Group";
            const QString source = member.value(key("source")).toString();
            domainMembers = domainMembers || source != u"Local";
            QString kind;
            if (source == u"Local")
                kind = group ? tr("Local group") : tr("Local user");
            else if (source == u"ActiveDirectory")
                kind = group ? tr("Domain group") : tr("Domain user");
            else if (source == u"AzureAD")
                kind = group ? tr("Entra ID group") : tr("Entra ID user");
            else
                kind = group ? tr("Group") : tr("User");
            QString enabled = QStringLiteral("—");
            QString lastLogon = QStringLiteral("—");
            if (const auto it = accountsBySid.constFind(sid.toUpper()); it != accountsBySid.cend()) {
                const bool on = it->value(key("enabled")).toBool(false);
                enabledLocal += on ? 1 : 0;
                enabled = on ? tr("Yes") : tr("No");
                lastLogon = lastLogonText(*it);
            }
            addRow(member.value(key("name")).toString(), kind, enabled, lastLogon);
        }
        QString note =
            m_others->rowCount() == 0
                ? tr("No other member: the built-in Administrator is the only administrator of %1.").arg(m_hostName)
                : tr("Enabled local administrator accounts besides the built-in one: %1.").arg(enabledLocal);
        if (domainMembers)
            note += u' ' + tr("Domain members are listed as the host reported them; Bulwark cannot see whether they "
                              "are enabled.");
        m_othersNote->setText(note);
    } else {
        // The group could not be read: the local accounts that the parser found to be administrators.
        for (const QJsonValue &value : array(m_facts, "accounts")) {
            const QJsonObject account = value.toObject();
            if (!account.value(key("administrator")).toBool(false) ||
                sameName(account.value(key("sid")).toString(), adminSid))
                continue;
            addRow(account.value(key("name")).toString(), tr("Local user"),
                   account.value(key("enabled")).toBool(false) ? tr("Yes") : tr("No"), lastLogonText(account));
        }
        m_othersNote->setText(tr("The members of the Administrators group could not be read; these are the local "
                                 "accounts known to be administrators."));
    }
}

Windows::WindowsAdminChoice WindowsAdminWizard::choice() const
{
    Windows::WindowsAdminChoice chosen;
    chosen.newName = m_nameProblem.isEmpty() && !m_ownAccount ? newName() : QString();
    chosen.disable = m_disable->isChecked() && !m_ownAccount;
    chosen.disableGuest = m_guest->isChecked();
    chosen.hostDisplayName = m_hostName;
    return chosen;
}

QString WindowsAdminWizard::newName() const
{
    return m_newName->text().trimmed();
}

void WindowsAdminWizard::setNewName(const QString &name)
{
    m_newName->setText(name);
}

bool WindowsAdminWizard::disableChecked() const
{
    return m_disable->isChecked();
}

void WindowsAdminWizard::setDisableChecked(bool disable)
{
    m_disable->setChecked(disable);
}

void WindowsAdminWizard::presetRule(const QString &ruleId)
{
    if (ruleId.isEmpty() || !m_admin)
        return;
    // The rules a renamed and disabled Administrator would pass (any unguessable name will do for asking).
    const QStringList administratorRules =
        WindowsAdminPlanner::ruleIds(m_facts, QStringLiteral("bw-renamed-admin"), false);
    if (administratorRules.contains(ruleId)) {
        m_guest->setChecked(false);
    } else if (m_guest->isEnabled()) {
        m_disable->setChecked(false);
        m_guest->setChecked(true);
    }
}

bool WindowsAdminWizard::disableGuestChecked() const
{
    return m_guest->isChecked();
}

void WindowsAdminWizard::setDisableGuestChecked(bool disable)
{
    m_guest->setChecked(disable);
}

void WindowsAdminWizard::validate()
{
    const QString name = newName();
    const QString current = m_admin ? m_admin->value(key("name")).toString() : QString();
    m_nameProblem.clear();
    QString warning;
    if (!name.isEmpty()) {
        if (WindowsAdminPlanner::isValidAccountName(name) && sameName(name, current))
            m_nameProblem = tr("That is its name now. Type a new one, or leave the field empty to keep it.");
        else
            m_nameProblem = WindowsAdminPlanner::newNameRefusal(m_facts, name);
        if (m_nameProblem.isEmpty() && WindowsAdminPlanner::isGuessableName(name))
            warning =
                tr("Attackers try “%1” too. A name that does not say what the account is for is better.").arg(name);
    }
    if (m_ownAccount)
        m_nameStatus->setText(colored(tr("Bulwark signs in with this account, so it keeps its name and stays enabled."),
                                      Palette::neutral()));
    else if (!m_nameProblem.isEmpty())
        m_nameStatus->setText(colored(m_nameProblem, Palette::severityColor(Rules::Severity::High)));
    else if (!warning.isEmpty())
        m_nameStatus->setText(colored(warning, Palette::severityColor(Rules::Severity::Medium)));
    else if (!name.isEmpty())
        m_nameStatus->setText(colored(tr("✓ %1 is a valid name that %2 does not use yet.").arg(name, m_hostName),
                                      Palette::statusColor(Rules::Finding::Status::Pass)));
    else
        m_nameStatus->setText(
            colored(tr("At most 20 characters. Leave it empty to keep the name %1.").arg(current), Palette::neutral()));

    // What the planner says of the choice as it stands (with a bad name: of the rest of it).
    m_refusal = Error();
    const Windows::WindowsAdminChoice chosen = choice();
    if (!m_record) {
        m_banner->showMessage(
            tr("%1 has not been scanned yet, so Bulwark does not know its accounts. Scan it first.").arg(m_hostName),
            QString(), ErrorBanner::Severity::Information);
    } else if (!m_admin) {
        m_banner->showMessage(tr("The latest scan of %1 lists no built-in Administrator (the account with RID 500): "
                                 "its accounts could not be read. Scan it again.")
                                  .arg(m_hostName),
                              QString(), ErrorBanner::Severity::Warning);
    } else {
        if (!chosen.newName.isEmpty() || chosen.disable || chosen.disableGuest) {
            if (const Result<Plan::ChangePlan> planned = WindowsAdminPlanner::plan(m_facts, chosen); !planned)
                m_refusal = planned.error();
        }
        // A refusal of the choice first; else why the Administrator cannot be changed at all (the Guest still can).
        if (m_refusal.isError())
            m_banner->showError(m_refusal, ErrorBanner::Severity::Critical);
        else if (m_ownRefusal.isError())
            m_banner->showError(m_ownRefusal, m_guest->isChecked() ? ErrorBanner::Severity::Warning
                                                                   : ErrorBanner::Severity::Critical);
        else
            m_banner->clear();
    }
    updateButtons();
}

QString WindowsAdminWizard::previewToolTip() const
{
    return tr("Shows exactly what would change. Changes nothing.");
}

bool WindowsAdminWizard::canPreview() const
{
    if (!m_record || !m_admin || !m_nameProblem.isEmpty() || m_refusal.isError())
        return false;
    const Windows::WindowsAdminChoice chosen = choice();
    return !chosen.newName.isEmpty() || chosen.disable || chosen.disableGuest;
}

void WindowsAdminWizard::startPreview()
{
    if (currentPage() != ChoosePage || !canPreview())
        return;
    showPlanPage();
    const Result<Plan::ChangePlan> planned = WindowsAdminPlanner::plan(m_facts, choice());
    if (planned)
        panel()->preview(*planned);
    else
        panel()->showRefusal(tr("Bulwark will not make this change. Nothing was changed."), planned.error());
    updateButtons();
}

QString WindowsAdminWizard::applyText(int changes) const
{
    return changes > 0 ? tr("&Apply Changes (%1)").arg(changes) : tr("&Apply");
}

} // namespace Bulwark::Ui
