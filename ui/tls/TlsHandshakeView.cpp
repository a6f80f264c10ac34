// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/tls/TlsHandshakeView.h"

#include "ui/FormHelpers.h"
#include "ui/FutureWatch.h"
#include "ui/Palette.h"

#include <QFuture>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Bulwark::Ui {

using Tls::TlsHandshake;
using Status = Rules::Finding::Status;

namespace {

QString coloured(const QString &text, Status status, bool bold = true)
{
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(Palette::statusColor(status).name(), bold ? QStringLiteral(" font-weight:600") : QString(),
             text.toHtmlEscaped());
}

QString muted(const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(Palette::neutral().name(), text.toHtmlEscaped());
}

bool modernProtocol(const QString &protocol)
{
    return protocol == u"TLSv1.2" || protocol == u"TLSv1.3";
}

Status legacyStatus(TlsHandshake::Legacy state)
{
    switch (state) {
    case TlsHandshake::Legacy::Refused:
        return Status::Pass;
    case TlsHandshake::Legacy::Accepted:
        return Status::Fail;
    case TlsHandshake::Legacy::Unknown:
        break;
    }
    return Status::Unknown;
}

QLabel *nameLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

TlsHandshakeView::TlsHandshakeView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tlsHandshakeView"));
    auto *title = FormHelpers::pageTitle(tr("Checked from this computer"), this);
    title->setObjectName(QStringLiteral("handshakeTitle"));

    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("handshakeTarget"));
    m_target->setTextFormat(Qt::PlainText);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("handshakePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(443);
    m_port->setToolTip(tr("The port this computer connects to. Change it when the site is reached through a "
                          "forwarded port."));
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    m_checkButton = new QPushButton(tr("Chec&k Again"), this);
    m_checkButton->setObjectName(QStringLiteral("handshakeCheckButton"));
    m_checkButton->setAutoDefault(false);
    m_checkButton->setToolTip(tr("Connects to the site from this computer and shakes hands. Changes nothing."));
    connect(m_checkButton, &QPushButton::clicked, this, &TlsHandshakeView::check);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(portLabel);
    targetRow->addWidget(m_port);
    targetRow->addWidget(m_checkButton);

    m_note = FormHelpers::hintLabel(QString(), this);
    m_note->setObjectName(QStringLiteral("handshakeNote"));
    m_note->setVisible(false);
    m_status = FormHelpers::hintLabel(QString(), this);
    m_status->setObjectName(QStringLiteral("handshakeStatus"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("handshakeVerdict"));
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_verdict->setFont(big);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("handshakeDetails"));
    auto *grid = new QGridLayout(m_details);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    m_protocol = valueLabel("handshakeProtocol");
    m_cipher = valueLabel("handshakeCipher");
    m_trust = valueLabel("handshakeTrust");
    m_tls10 = valueLabel("handshakeTls10");
    m_tls11 = valueLabel("handshakeTls11");
    m_chain = valueLabel("handshakeChain");
    const QList<QPair<QString, QLabel *>> rows = {
        {tr("Protocol"), m_protocol}, {tr("Cipher"), m_cipher},     {tr("TLS 1.0"), m_tls10},
        {tr("TLS 1.1"), m_tls11},     {tr("Certificate"), m_trust}, {tr("Certificate chain"), m_chain},
    };
    int row = 0;
    for (const auto &[name, value] : rows) {
        grid->addWidget(nameLabel(name, m_details), row, 0);
        grid->addWidget(value, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addLayout(targetRow);
    layout->addWidget(m_note);
    layout->addWidget(m_status);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details);
    layout->addStretch(1);
    clearReport();
    m_checkButton->setEnabled(false);
}

TlsHandshakeView::~TlsHandshakeView()
{
    m_cancel.cancel(); // the worker gives up at its next step; its result has nowhere to go
}

QLabel *TlsHandshakeView::valueLabel(const char *name)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

void TlsHandshakeView::setTarget(const QString &host, quint16 port, const QString &serverName, const QString &note)
{
    cancel();
    m_host = host;
    m_serverName = serverName;
    m_port->setValue(port == 0 ? 443 : port);
    const QString name =
        serverName.isEmpty() || serverName == host ? QString() : tr(" (asking for the site %1)").arg(serverName);
    m_target->setText(tr("Address: %1").arg(host) + name);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_checkButton->setEnabled(!host.isEmpty());
    clearReport();
}

quint16 TlsHandshakeView::port() const
{
    return quint16(m_port->value());
}

void TlsHandshakeView::setPort(quint16 port)
{
    m_port->setValue(port);
}

void TlsHandshakeView::check()
{
    if (m_host.isEmpty())
        return;
    m_cancel.cancel();
    m_cancel = CancelToken();
    const quint64 generation = ++m_generation;
    TlsHandshake::Options options;
    options.host = m_host;
    options.port = port();
    options.serverName = m_serverName;
    const CancelToken token = m_cancel;
    m_checking = true;
    clearReport();
    m_status->setText(
        tr("Connecting to %1, port %2, from this computer (nothing is changed)…").arg(m_host).arg(options.port));
    m_checkButton->setEnabled(false);
    // Blocking handshakes with timeouts: on a pool thread, never on the GUI thread. onFinished (not QFuture::then
    // with the view as context: Qt 6.4 asserts when that context is gone before the future ends, see
    // ui/FutureWatch.h) drops the result when the view closes first; the token makes the worker stop early.
    const auto checking = QtConcurrent::run(
        [options, token]() -> Result<TlsHandshake::Report> { return TlsHandshake::run(options, token); });
    onFinished(
        this, checking,
        [this, generation](const Result<TlsHandshake::Report> &report) {
            if (generation == m_generation)
                showReport(report);
        },
        [this, generation] { // never ran (the pool was stopped)
            if (generation == m_generation)
                showReport(Error(Error::Code::Canceled, tr("The check was canceled.")));
        });
}

void TlsHandshakeView::cancel()
{
    m_cancel.cancel();
    ++m_generation;
    m_checking = false;
    m_checkButton->setEnabled(!m_host.isEmpty());
}

void TlsHandshakeView::clearReport()
{
    m_verdict->clear();
    m_verdict->setVisible(false);
    m_details->setVisible(false);
    m_status->clear();
    for (QLabel *label : {m_protocol, m_cipher, m_trust, m_tls10, m_tls11, m_chain})
        label->clear();
}

QString TlsHandshakeView::legacyText(const TlsHandshake::LegacyResult &result)
{
    switch (result.state) {
    case TlsHandshake::Legacy::Refused:
        return tr("refused");
    case TlsHandshake::Legacy::Accepted:
        return tr("ACCEPTED");
    case TlsHandshake::Legacy::Unknown:
        break;
    }
    return result.detail.isEmpty() ? tr("unknown") : tr("unknown (%1)").arg(result.detail);
}

void TlsHandshakeView::showReport(const Result<TlsHandshake::Report> &result)
{
    m_checking = false;
    m_checkButton->setEnabled(!m_host.isEmpty());
    clearReport();
    const QString where = tr("%1, port %2").arg(m_host).arg(port());
    if (!result) {
        m_status->setText(tr("Checked %1 from this computer at %2.")
                              .arg(where, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_verdict->setText(
            coloured(tr("No TLS handshake with %1: %2").arg(where, result.error().message()), Status::Fail));
        if (!result.error().detail().isEmpty())
            m_verdict->setToolTip(result.error().detail());
        m_verdict->setVisible(true);
        Q_EMIT checked();
        return;
    }
    const TlsHandshake::Report &report = *result;
    m_status->setText(tr("Checked %1 from this computer at %2.")
                          .arg(where, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));

    const bool modern = modernProtocol(report.protocol);
    const bool legacyAccepted =
        report.tls10.state == TlsHandshake::Legacy::Accepted || report.tls11.state == TlsHandshake::Legacy::Accepted;
    const bool legacyUnknown =
        report.tls10.state == TlsHandshake::Legacy::Unknown || report.tls11.state == TlsHandshake::Legacy::Unknown;
    if (report.modernOnly()) {
        m_verdict->setText(
            coloured(tr("✔ Only TLS 1.2 and 1.3 are offered: TLS 1.0 and 1.1 were both refused."), Status::Pass));
    } else if (legacyAccepted || !modern) {
        QStringList old;
        if (report.tls10.state == TlsHandshake::Legacy::Accepted)
            old << QStringLiteral("TLS 1.0");
        if (report.tls11.state == TlsHandshake::Legacy::Accepted)
            old << QStringLiteral("TLS 1.1");
        if (!modern && !report.protocol.isEmpty() && old.isEmpty())
            old << report.protocol;
        m_verdict->setText(coloured(
            tr("✘ The site still accepts obsolete protocols: %1.").arg(old.join(QStringLiteral(", "))), Status::Fail));
    } else if (legacyUnknown) {
        m_verdict->setText(coloured(tr("The site negotiated %1, but whether it refuses TLS 1.0 and 1.1 is not known "
                                       "(see below).")
                                        .arg(report.protocol),
                                    Status::Unknown));
    }
    m_verdict->setVisible(!m_verdict->text().isEmpty());

    m_protocol->setText(report.protocol.isEmpty() ? muted(tr("not reported"))
                                                  : coloured(report.protocol, modern ? Status::Pass : Status::Fail));
    m_cipher->setText(report.cipher.isEmpty() ? muted(tr("not reported")) : report.cipher.toHtmlEscaped());
    const auto legacy = [](const TlsHandshake::LegacyResult &probe) {
        QString html = coloured(legacyText(TlsHandshake::LegacyResult{probe.state, {}}), legacyStatus(probe.state));
        if (probe.state == TlsHandshake::Legacy::Refused)
            html += QStringLiteral(" ") + muted(tr("(good: a client offering only this version was turned away)"));
        else if (probe.state == TlsHandshake::Legacy::Accepted)
            html += QStringLiteral(" ") + muted(tr("(a client offering only this version got a connection)"));
        else if (!probe.detail.isEmpty())
            html += QStringLiteral(" ") + muted(tr("(%1)").arg(probe.detail));
        return html;
    };
    m_tls10->setText(legacy(report.tls10));
    m_tls11->setText(legacy(report.tls11));
    if (report.verificationErrors.isEmpty()) {
        m_trust->setText(coloured(
            tr("trusted by this computer for %1").arg(m_serverName.isEmpty() ? m_host : m_serverName), Status::Pass));
    } else {
        QString html = coloured(tr("not trusted by this computer:"), Status::Fail);
        for (const QString &error : report.verificationErrors)
            html += QStringLiteral("<br>• ") + error.toHtmlEscaped();
        m_trust->setText(html);
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString chain;
    int position = 0;
    for (const TlsHandshake::Certificate &certificate : report.chain) {
        ++position;
        const qint64 days = now.daysTo(certificate.notAfter);
        const QString until = QLocale().toString(certificate.notAfter.toLocalTime().date(), QLocale::ShortFormat);
        QString expiry;
        if (!certificate.notAfter.isValid())
            expiry = muted(tr("expiry not known"));
        else if (certificate.notAfter < now)
            expiry = coloured(tr("EXPIRED on %1").arg(until), Status::Fail);
        else if (days < 14)
            expiry = coloured(tr("expires on %1, in %2 days").arg(until).arg(days), Status::Fail);
        else
            expiry = coloured(tr("valid until %1 (%2 days)").arg(until).arg(days), Status::Pass, false);
        chain += QStringLiteral("<p style=\"margin:0 0 6px 0\"><b>%1. %2</b><br>")
                     .arg(position)
                     .arg(certificate.subject.toHtmlEscaped());
        chain += certificate.selfSigned ? coloured(tr("self-signed: browsers warn unless it is installed as trusted"),
                                                   Status::Unknown, false)
                                        : tr("issued by %1").arg(certificate.issuer).toHtmlEscaped();
        chain += QStringLiteral("<br>") + expiry;
        if (!certificate.sha256.isEmpty())
            chain += QStringLiteral("<br>") + muted(tr("SHA-256 %1").arg(certificate.sha256));
        chain += QStringLiteral("</p>");
    }
    m_chain->setText(chain.isEmpty() ? muted(tr("the site sent no certificate")) : chain);
    m_details->setVisible(true);
    Q_EMIT checked();
}

QString TlsHandshakeView::reportText() const
{
    QStringList lines;
    for (const QLabel *label : {m_status, m_verdict}) {
        if (!label->text().isEmpty())
            lines << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    }
    if (!m_details->isHidden()) {
        const QList<QPair<QString, const QLabel *>> rows = {
            {tr("Protocol"), m_protocol}, {tr("Cipher"), m_cipher},     {tr("TLS 1.0"), m_tls10},
            {tr("TLS 1.1"), m_tls11},     {tr("Certificate"), m_trust}, {tr("Certificate chain"), m_chain},
        };
        for (const auto &[name, label] : rows)
            lines << name + QStringLiteral(": ") + QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    }
    return lines.join(u'\n');
}

} // namespace Bulwark::Ui
