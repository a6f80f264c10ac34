// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostFactsPage.h"

#include "ui/ErrorBanner.h"
#include "ui/Format.h"
#include "ui/Theme.h"

#include <QFormLayout>
#include <QFrame>
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
    m_os = addValue(system, tr("Operating system"), QStringLiteral("osValue"));
    m_hostname = addValue(system, tr("Host name"), QStringLiteral("hostnameValue"));
    m_kernel = addValue(system, tr("Kernel"), QStringLiteral("kernelValue"));
    m_uptime = addValue(system, tr("Uptime"), QStringLiteral("uptimeValue"));

    // Connection.
    QFormLayout *connection = newForm();
    m_remoteUser = addValue(connection, tr("Connected as"), QStringLiteral("remoteUserValue"));
    m_authMethod = addValue(connection, tr("Login method"), QStringLiteral("authMethodValue"));
    m_hostKey = addValue(connection, tr("Host key"), QStringLiteral("hostKeyValue"));
    m_hostKey->setFont(Theme::monospaceFont());
    m_updated = addValue(connection, tr("Facts collected"), QStringLiteral("factsUpdatedValue"));

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
}

} // namespace Bulwark::Ui
