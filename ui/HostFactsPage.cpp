// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostFactsPage.h"

#include "ui/ErrorBanner.h"
#include "ui/Format.h"
#include "ui/Theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Bulwark::Ui {

namespace {

QLabel *sectionHeader(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setContentsMargins(4, 4, 0, 0);
    form->setHorizontalSpacing(28);
    form->setVerticalSpacing(10);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

// "on" / "off" / "unknown" of a fact that may be absent (null: the probe could not read it).
QString onOff(const QJsonValue &value, const char *on = QT_TRANSLATE_NOOP("Bulwark::Ui::HostFactsPage", "on"),
              const char *off = QT_TRANSLATE_NOOP("Bulwark::Ui::HostFactsPage", "off"))
{
    if (!value.isBool())
        return HostFactsPage::tr("unknown");
    return HostFactsPage::tr(value.toBool() ? on : off);
}

qint64 integer(const QJsonValue &value, qint64 fallback = -1)
{
    return value.isDouble() ? qint64(value.toDouble()) : fallback;
}

QString daysAgo(const QJsonValue &value)
{
    const qint64 days = integer(value);
    if (days < 0)
        return HostFactsPage::tr("unknown");
    if (days == 0)
        return HostFactsPage::tr("today");
    return days == 1 ? HostFactsPage::tr("1 day ago") : HostFactsPage::tr("%1 days ago").arg(days);
}

} // namespace

HostFactsPage::HostFactsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hostFactsPage"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("hostFactsContent"));

    m_incomplete = new ErrorBanner(content);
    m_incomplete->setObjectName(QStringLiteral("incompleteBanner"));

    // System.
    QFormLayout *system = newForm();
    m_systemForm = system;
    m_os = addValue(system, tr("Operating system"), QStringLiteral("osValue"));
    m_build = addValue(system, tr("Build"), QStringLiteral("buildValue"));
    m_hostname = addValue(system, tr("Host name"), QStringLiteral("hostnameValue"));
    m_domain = addValue(system, tr("Domain"), QStringLiteral("domainValue"));
    m_kernel = addValue(system, tr("Kernel"), QStringLiteral("kernelValue"));
    m_uptime = addValue(system, tr("Uptime"), QStringLiteral("uptimeValue"));

    // Connection.
    QFormLayout *connection = newForm();
    m_connectionForm = connection;
    m_remoteUser = addValue(connection, tr("Connected as"), QStringLiteral("remoteUserValue"));
    m_authMethod = addValue(connection, tr("Login method"), QStringLiteral("authMethodValue"));
    m_hostKey = addValue(connection, tr("Host key"), QStringLiteral("hostKeyValue"));
    m_hostKey->setFont(Theme::monospaceFont());
    m_certificate = addValue(connection, tr("Certificate"), QStringLiteral("certificateValue"));
    m_certificate->setFont(Theme::monospaceFont());
    m_updated = addValue(connection, tr("Facts collected"), QStringLiteral("factsUpdatedValue"));

    // Windows: the security overview of the latest scan.
    m_windowsSection = new QWidget(content);
    m_windowsSection->setObjectName(QStringLiteral("windowsSection"));
    m_windowsHint = new QLabel(tr("Scan the host to see its services, accounts, firewall, BitLocker, Defender, "
                                  "updates and remote access settings here."),
                               m_windowsSection);
    m_windowsHint->setObjectName(QStringLiteral("windowsHintLabel"));
    m_windowsHint->setWordWrap(true);
    m_windowsHint->setForegroundRole(QPalette::PlaceholderText);
    m_windowsForm = newForm();
    m_services = addValue(m_windowsForm, tr("Services"), QStringLiteral("servicesValue"));
    m_accounts = addValue(m_windowsForm, tr("Local accounts"), QStringLiteral("accountsValue"));
    m_administrators = addValue(m_windowsForm, tr("Administrators"), QStringLiteral("administratorsValue"));
    m_firewall = addValue(m_windowsForm, tr("Firewall"), QStringLiteral("firewallValue"));
    m_bitlocker = addValue(m_windowsForm, tr("BitLocker"), QStringLiteral("bitlockerValue"));
    m_defender = addValue(m_windowsForm, tr("Defender"), QStringLiteral("defenderValue"));
    m_updates = addValue(m_windowsForm, tr("Updates"), QStringLiteral("updatesValue"));
    m_rdp = addValue(m_windowsForm, tr("Remote Desktop"), QStringLiteral("rdpValue"));
    m_smb = addValue(m_windowsForm, tr("File sharing (SMB)"), QStringLiteral("smbValue"));
    m_winrm = addValue(m_windowsForm, tr("WinRM service"), QStringLiteral("winrmValue"));
    auto *windowsLayout = new QVBoxLayout(m_windowsSection);
    windowsLayout->setContentsMargins(0, 0, 0, 0);
    windowsLayout->setSpacing(0);
    windowsLayout->addSpacing(26);
    windowsLayout->addWidget(sectionHeader(tr("Security overview"), m_windowsSection));
    windowsLayout->addSpacing(6);
    windowsLayout->addWidget(separator(m_windowsSection));
    windowsLayout->addSpacing(8);
    windowsLayout->addWidget(m_windowsHint);
    windowsLayout->addLayout(m_windowsForm);
    m_windowsSection->setVisible(false);

    m_footnote =
        new QLabel(tr("Read only: Bulwark collected these facts without changing anything on the host."), content);
    m_footnote->setObjectName(QStringLiteral("footnoteLabel"));
    m_footnote->setWordWrap(true);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(0);
    // Messages take room only while shown: an empty layout is skipped together with its margins.
    auto *messages = new QVBoxLayout;
    messages->setContentsMargins(0, 0, 0, 22);
    messages->setSpacing(10);
    messages->addWidget(m_incomplete);

    layout->addLayout(messages);
    layout->addWidget(sectionHeader(tr("System"), content));
    layout->addSpacing(6);
    layout->addWidget(separator(content));
    layout->addSpacing(8);
    layout->addLayout(system);
    layout->addSpacing(26);
    layout->addWidget(sectionHeader(tr("Connection"), content));
    layout->addSpacing(6);
    layout->addWidget(separator(content));
    layout->addSpacing(8);
    layout->addLayout(connection);
    layout->addWidget(m_windowsSection);
    layout->addSpacing(26);
    layout->addWidget(m_footnote);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QLabel *HostFactsPage::addValue(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *name = new QLabel(label, this);
    name->setForegroundRole(QPalette::PlaceholderText);
    name->setMinimumWidth(150);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    form->addRow(name, value);
    return value;
}

void HostFactsPage::setHost(const Host &host)
{
    const Facts::BasicFacts &facts = host.facts;
    if (host.hasFacts() && !facts.complete)
        m_incomplete->showMessage(tr("The host's answer was incomplete; some facts may be missing."), QString(),
                                  ErrorBanner::Severity::Warning);
    else
        m_incomplete->clear();

    QString os = facts.osPrettyName;
    if (os.isEmpty())
        os = QStringList{facts.osId, facts.osVersionId}.join(u' ').trimmed();
    m_os->setText(orDash(os));
    m_hostname->setText(orDash(facts.hostname));
    QString kernel = QStringList{facts.kernelName, facts.kernelRelease}.join(u' ').trimmed();
    if (!facts.machine.isEmpty())
        kernel += QStringLiteral(" (%1)").arg(facts.machine);
    m_kernel->setText(orDash(kernel));
    QString uptime = Format::duration(facts.uptimeSeconds);
    if (!uptime.isEmpty() && host.bootTime().isValid())
        uptime = tr("%1 (booted %2)").arg(uptime, Format::dateTime(host.bootTime()));
    m_uptime->setText(orDash(uptime));

    m_remoteUser->setText(orDash(facts.remoteUser));
    m_authMethod->setText(orDash(host.authMethod));
    m_hostKey->setText(host.hostKey.isValid() ? QStringLiteral("%1  %2").arg(Format::keyTypeName(host.hostKey.type),
                                                                             host.hostKey.fingerprint())
                                              : QStringLiteral("—"));
    m_updated->setText(host.hasFacts() ? Format::dateTime(host.factsUpdated) : tr("Not yet"));
    m_footnote->setVisible(host.hasFacts());

    const bool windows = host.isWindows();
    m_systemForm->setRowVisible(m_build, windows);
    m_systemForm->setRowVisible(m_domain, windows);
    m_systemForm->setRowVisible(m_kernel, !windows);
    m_connectionForm->setRowVisible(m_hostKey, !windows);
    m_connectionForm->setRowVisible(m_certificate, windows);
    m_windowsSection->setVisible(windows);
    if (windows)
        setWindowsFacts(host);
}

void HostFactsPage::setWindowsFacts(const Host &host)
{
    const Facts::BasicFacts &facts = host.facts;
    const QJsonObject tree = host.windowsFacts;
    const QJsonObject os = tree.value(u"os").toObject();
    const QJsonObject system = tree.value(u"host").toObject();

    QString build = facts.kernelRelease;
    if (const QString edition = os.value(u"edition").toString(); !edition.isEmpty())
        build = build.isEmpty() ? edition : tr("%1 (%2)").arg(build, edition);
    m_build->setText(orDash(build));
    QString domain = system.value(u"domain").toString();
    if (system.value(u"partOfDomain").isBool() && !system.value(u"partOfDomain").toBool())
        domain = domain.isEmpty() ? tr("not joined to a domain") : tr("%1 (workgroup, not a domain)").arg(domain);
    m_domain->setText(orDash(domain));

    if (host.winRm.scheme == Transport::WinRmTarget::Scheme::Http)
        m_certificate->setText(tr("none: WinRM over unencrypted HTTP"));
    else if (host.certificateFingerprint.isEmpty())
        m_certificate->setText(QStringLiteral("—"));
    else if (host.certificateSubject.isEmpty())
        m_certificate->setText(host.certificateFingerprint);
    else
        m_certificate->setText(QStringLiteral("%1\n%2").arg(host.certificateSubject, host.certificateFingerprint));

    const bool scanned = !tree.isEmpty();
    m_windowsHint->setVisible(!scanned);
    for (int row = 0; row < m_windowsForm->rowCount(); ++row)
        m_windowsForm->setRowVisible(row, scanned);
    if (!scanned)
        return;

    // Services.
    const QJsonArray services = tree.value(u"services").toArray();
    if (tree.value(u"services").isArray()) {
        int running = 0;
        int automatic = 0;
        for (const QJsonValue &service : services) {
            running += service.toObject().value(u"state").toString() == u"Running";
            automatic += service.toObject().value(u"startMode").toString() == u"Automatic";
        }
        m_services->setText(
            tr("%1 installed, %2 running, %3 start automatically").arg(services.size()).arg(running).arg(automatic));
    } else {
        m_services->setText(tr("could not be read"));
    }

    // Accounts and administrators.
    if (tree.value(u"accounts").isArray()) {
        const QJsonArray accounts = tree.value(u"accounts").toArray();
        int enabled = 0;
        QString builtin;
        for (const QJsonValue &value : accounts) {
            const QJsonObject account = value.toObject();
            enabled += account.value(u"enabled").toBool();
            if (account.value(u"builtinAdministrator").toBool())
                builtin =
                    account.value(u"enabled").toBool()
                        ? tr("the built-in Administrator is \"%1\" and enabled").arg(account.value(u"name").toString())
                        : tr("the built-in Administrator is \"%1\" and disabled")
                              .arg(account.value(u"name").toString());
        }
        QString text = tr("%1 local, %2 enabled").arg(accounts.size()).arg(enabled);
        if (!builtin.isEmpty())
            text += QStringLiteral("; ") + builtin;
        m_accounts->setText(text);
    } else {
        m_accounts->setText(tr("could not be read"));
    }
    const QJsonValue administrators = tree.value(u"groups").toObject().value(u"administrators");
    if (administrators.isArray()) {
        QStringList names;
        for (const QJsonValue &member : administrators.toArray())
            names << member.toObject().value(u"name").toString();
        m_administrators->setText(names.isEmpty() ? tr("no members") : names.join(QStringLiteral(", ")));
    } else {
        m_administrators->setText(tr("could not be read"));
    }

    // Firewall profiles.
    const QJsonValue profiles = tree.value(u"firewall").toObject().value(u"profiles");
    if (profiles.isArray() && !profiles.toArray().isEmpty()) {
        QStringList parts;
        for (const QJsonValue &value : profiles.toArray()) {
            const QJsonObject profile = value.toObject();
            QString part = tr("%1 %2").arg(profile.value(u"name").toString(), onOff(profile.value(u"enabled")));
            if (profile.value(u"enabled").toBool() && profile.value(u"defaultInboundAction").isString()) {
                // NotConfigured: the profile inherits the default, which blocks unsolicited inbound traffic.
                const QString action = profile.value(u"defaultInboundAction").toString();
                part += action == u"NotConfigured" ? tr(" (inbound: not configured, blocks by default)")
                                                   : tr(" (inbound: %1)").arg(action.toLower());
            }
            parts << part;
        }
        m_firewall->setText(parts.join(QStringLiteral(" · ")));
    } else {
        m_firewall->setText(tr("could not be read"));
    }

    // BitLocker.
    const QJsonObject bitlocker = tree.value(u"bitlocker").toObject();
    if (bitlocker.value(u"available").isBool() && !bitlocker.value(u"available").toBool()) {
        m_bitlocker->setText(tr("not installed"));
    } else if (bitlocker.value(u"volumes").isArray()) {
        QStringList parts;
        for (const QJsonValue &value : bitlocker.value(u"volumes").toArray()) {
            const QJsonObject volume = value.toObject();
            parts << tr("%1 protection %2")
                         .arg(volume.value(u"mountPoint").toString(),
                              volume.value(u"protectionStatus").toString().toLower());
        }
        m_bitlocker->setText(parts.isEmpty() ? tr("no volumes") : parts.join(QStringLiteral(" · ")));
    } else {
        m_bitlocker->setText(tr("could not be read"));
    }

    // Defender.
    const QJsonObject defender = tree.value(u"defender").toObject();
    if (defender.value(u"available").isBool() && !defender.value(u"available").toBool()) {
        m_defender->setText(tr("not available"));
    } else if (!defender.isEmpty()) {
        QString text = tr("real-time protection %1").arg(onOff(defender.value(u"realTimeProtectionEnabled")));
        if (integer(defender.value(u"signatureAgeDays")) >= 0)
            text += tr(", signatures updated %1").arg(daysAgo(defender.value(u"signatureAgeDays")));
        m_defender->setText(text);
    } else {
        m_defender->setText(tr("could not be read"));
    }

    // Updates.
    const QJsonObject updates = tree.value(u"updates").toObject();
    if (!updates.isEmpty()) {
        QStringList parts;
        if (integer(updates.value(u"pending")) >= 0)
            parts << tr("%1 pending (%2 security)")
                         .arg(integer(updates.value(u"pending")))
                         .arg(qMax<qint64>(0, integer(updates.value(u"pendingSecurity"), 0)));
        if (updates.value(u"lastInstalledDays").isDouble())
            parts << tr("last installed %1").arg(daysAgo(updates.value(u"lastInstalledDays")));
        if (updates.value(u"rebootRequired").toBool())
            parts << tr("restart required");
        if (updates.value(u"wsus").isString())
            parts << tr("from %1").arg(updates.value(u"wsus").toString());
        m_updates->setText(parts.isEmpty() ? tr("unknown") : parts.join(QStringLiteral(", ")));
    } else {
        m_updates->setText(tr("could not be read"));
    }

    // Remote Desktop.
    const QJsonObject rdp = tree.value(u"rdp").toObject();
    if (rdp.value(u"enabled").isBool()) {
        m_rdp->setText(rdp.value(u"enabled").toBool()
                           ? tr("on, Network Level Authentication %1").arg(onOff(rdp.value(u"nla")))
                           : tr("off"));
    } else {
        m_rdp->setText(tr("could not be read"));
    }

    // SMB.
    const QJsonObject smb = tree.value(u"smb").toObject();
    if (!smb.isEmpty()) {
        QStringList parts;
        parts << tr("SMB1 %1").arg(onOff(smb.value(u"smb1ServerEnabled")));
        parts << tr("signing required: %1")
                     .arg(onOff(smb.value(u"requireSecuritySignature"),
                                QT_TRANSLATE_NOOP("Bulwark::Ui::HostFactsPage", "yes"),
                                QT_TRANSLATE_NOOP("Bulwark::Ui::HostFactsPage", "no")));
        if (smb.value(u"shares").isArray())
            parts << tr("%1 shared folder(s)").arg(smb.value(u"shares").toArray().size());
        m_smb->setText(parts.join(QStringLiteral(", ")));
    } else {
        m_smb->setText(tr("could not be read"));
    }

    // WinRM as the host configures it.
    const QJsonObject winrm = tree.value(u"winrm").toObject();
    if (!winrm.isEmpty()) {
        QStringList listeners;
        for (const QJsonValue &value : winrm.value(u"listeners").toArray()) {
            const QJsonObject listener = value.toObject();
            listeners << tr("%1 on port %2")
                             .arg(listener.value(u"transport").toString())
                             .arg(integer(listener.value(u"port")));
        }
        QString text = listeners.isEmpty() ? tr("no listeners read") : listeners.join(QStringLiteral(", "));
        text +=
            tr("; unencrypted %1, Basic %2")
                .arg(onOff(winrm.value(u"allowUnencrypted"), QT_TRANSLATE_NOOP("Bulwark::Ui::HostFactsPage", "allowed"),
                           QT_TRANSLATE_NOOP("Bulwark::Ui::HostFactsPage", "refused")),
                     onOff(winrm.value(u"basicAuth"), QT_TRANSLATE_NOOP("Bulwark::Ui::HostFactsPage", "allowed"),
                           QT_TRANSLATE_NOOP("Bulwark::Ui::HostFactsPage", "refused")));
        m_winrm->setText(text);
    } else {
        m_winrm->setText(tr("could not be read"));
    }
}

} // namespace Bulwark::Ui
