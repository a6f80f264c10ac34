// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/TlsHandshake.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Bulwark::Ui {

// The console's own check of a TLS site, in plain words: it shakes hands with the site from this computer
// (Tls::TlsHandshake on a QtConcurrent worker, never on the GUI thread) and shows the protocol and cipher it got,
// the certificate chain (subject, issuer, expiry; whether it is trusted for the name), and whether TLS 1.0 and 1.1
// are refused, ACCEPTED or unknown (with why), green for what is right and red for what is not.
// It connects only to the address it is given (the host as it was added to the console); the port can be edited
// before checking again (the lab forwards 443 to another port). A newer check makes an older result stale.
// Lives on the GUI thread and never waits on it.
class TlsHandshakeView : public QWidget
{
    Q_OBJECT

public:
    explicit TlsHandshakeView(QWidget *parent = nullptr);
    ~TlsHandshakeView() override;

    // Where to check: `host` (name or address, dialled as it is), the TLS `port`, and `serverName` (SNI and the
    // name the certificate is checked for; empty: host). `note` is shown under the address (a jump host, ...).
    void setTarget(const QString &host, quint16 port, const QString &serverName, const QString &note = {});
    QString host() const { return m_host; }
    quint16 port() const;
    void setPort(quint16 port);
    QString serverName() const { return m_serverName; }

    // Starts a check with the current target; the report (or why there is none) follows with checked().
    void check();
    void cancel();
    bool isChecking() const { return m_checking; }

    // Shows a report (or the reason there is none) as a finished check would; tests hand in canned ones.
    void showReport(const Bulwark::Result<Bulwark::Tls::TlsHandshake::Report> &report);
    // What the report says, as plain text (for tests and copying).
    QString reportText() const;

    // One verdict line in words for a legacy probe: "refused", "ACCEPTED", "unknown (why)".
    static QString legacyText(const Tls::TlsHandshake::LegacyResult &result);

Q_SIGNALS:
    void checked();

private:
    QLabel *valueLabel(const char *name);
    void clearReport();

    QString m_host;
    QString m_serverName;
    quint64 m_generation = 0;
    bool m_checking = false;
    CancelToken m_cancel;

    QLabel *m_target = nullptr;
    QLabel *m_note = nullptr;
    QSpinBox *m_port = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verdict = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_protocol = nullptr;
    QLabel *m_cipher = nullptr;
    QLabel *m_trust = nullptr;
    QLabel *m_tls10 = nullptr;
    QLabel *m_tls11 = nullptr;
    QLabel *m_chain = nullptr;
};

} // namespace Bulwark::Ui
