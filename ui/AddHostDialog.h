// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"
#include "core/transport/SshConfig.h"
#include "core/transport/SshTarget.h"
#include "core/transport/WinRmTarget.h"
#include "core/util/Result.h"
#include "ui/ConnectionPtr.h"
#include "ui/Host.h"
#include "ui/HostProbe.h"

#include <QDialog>
#include <QFuture>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QFormLayout;
class QLayout;
class QPushButton;
class QSpinBox;
class QWidget;

namespace Bulwark::Ui {

class ErrorBanner;

// Adds a host: a Linux host over SSH (the user names it [user@]host[:port] or an ssh_config alias, resolved live) or
// a Windows host over WinRM (user@host[:port], HTTPS by default; plain HTTP only with an explicit "allow
// unencrypted"). Bulwark connects on the host's worker thread, asks about an unknown host key or an unknown TLS
// certificate (HostKeyDialog; a trusted certificate is pinned in WinRmPins), and reads the first facts. The GUI
// thread never waits: every step continues with QFuture::then, a result from an abandoned attempt (cancelled,
// restarted or the dialog gone) is dropped, and the abandoned connection is retired without blocking.
// On success the dialog is accepted; host() and takeConnection() then hand over the host and its open connection.
//
// The password lives only in the SshCredentials (WinRmCredentials) captured by the session factory of the attempt's
// connection.
class AddHostDialog : public QDialog
{
    Q_OBJECT

public:
    // Creates the session of one connection attempt, on that connection's worker thread. Defaults to SshSession.
    using SessionFactory = std::function<std::unique_ptr<Transport::Session>(const Transport::SshTarget &,
                                                                             const Transport::SshCredentials &)>;
    // The same for a Windows host. Defaults to WinRmSession.
    using WinRmSessionFactory = std::function<std::unique_ptr<Transport::Session>(const Transport::WinRmTarget &,
                                                                                  const Transport::WinRmCredentials &)>;
    using Protocol = Host::Protocol;

    explicit AddHostDialog(QWidget *parent = nullptr);
    ~AddHostDialog() override;

    // Replaces ~/.ssh/config + /etc/ssh/ssh_config (loaded by the constructor).
    void setSshConfig(const Transport::SshConfig &config);
    void setSessionFactory(SessionFactory factory);
    void setWinRmSessionFactory(WinRmSessionFactory factory);
    // Where trusted WinRM certificates are pinned (empty: WinRmPins::defaultPath()).
    void setWinRmPinsPath(const QString &path) { m_pinsPath = path; }
    void setAddress(const QString &address);
    // Linux (SSH) or Windows (WinRM): the choice at the top of the form.
    void setProtocol(Protocol protocol);
    Protocol protocol() const;

    // The target as it will be dialled, or why the form does not describe one.
    Result<Transport::SshTarget> resolvedTarget() const;
    // The target as the form describes it, before ssh_config fills in the rest (what the inventory keeps).
    Result<Transport::SshTarget> enteredTarget() const;
    // The Windows host as the form describes it (scheme, port and user applied; no pin yet), or why it does not.
    Result<Transport::WinRmTarget> enteredWinRmTarget() const;
    bool isConnecting() const { return m_connecting; }

    // Valid after accepted().
    Host host() const { return m_host; }
    ConnectionPtr takeConnection();
    // A Windows host's password, for the connector to dial it again this session (empty for SSH hosts).
    Transport::WinRmCredentials takeWinRmCredentials();

public Q_SLOTS:
    void startConnect();
    // Abandons the running attempt (HostConnection::cancel) and returns to the form.
    void cancelConnect();
    void reject() override;

Q_SIGNALS:
    void connectingChanged(bool connecting);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    template<typename T>
    void continueWith(QFuture<T> future, void (AddHostDialog::*handler)(const T &));

    void connectTo(const Transport::SshTarget &target);
    void connectTo(const Transport::WinRmTarget &target);
    void onOpened(const Result<void> &opened);
    void onPresentedKey(const Result<Transport::HostKey> &key);
    void onPresentedCertificate(const Result<HostProbe::Certificate> &certificate);
    void updateProtocol();
    bool isWindows() const;
    void onProbed(const Result<HostProbe::Outcome> &outcome);
    void fail(const Error &error);
    void setConnecting(bool connecting, const QString &progress = {});
    void updateResolved();
    void onCancelClicked();

    Transport::SshConfig m_config;
    SessionFactory m_sessionFactory;
    WinRmSessionFactory m_winRmSessionFactory;
    QString m_pinsPath;
    Transport::WinRmTarget m_winRmTarget;           // of the current attempt, when it is a Windows host
    Transport::WinRmCredentials m_winRmCredentials; // of the current attempt, handed over after success
    ConnectionPtr m_connection;                     // of the current attempt
    Transport::SshTarget m_target;                  // of the current attempt
    Error m_hostKeyError;                           // HostKeyUnknown of the current attempt, while its key is fetched
    quint64 m_attempt = 0;                          // bumped whenever an attempt is started or abandoned
    bool m_connecting = false;
    Host m_host;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QRadioButton *m_linux = nullptr;
    QRadioButton *m_windows = nullptr;
    QFormLayout *m_serverForm = nullptr;
    QFormLayout *m_signInForm = nullptr;
    QWidget *m_transportBox = nullptr; // Windows: HTTPS or HTTP
    QRadioButton *m_https = nullptr;
    QRadioButton *m_http = nullptr;
    QLabel *m_httpWarning = nullptr;
    QCheckBox *m_allowUnencrypted = nullptr;
    QLayout *m_identityRow = nullptr;
    QLabel *m_passwordHint = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_resolved = nullptr;
    QLabel *m_addressError = nullptr;
    QLineEdit *m_user = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_identity = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_sudoSame = nullptr;
    ErrorBanner *m_banner = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QWidget *> m_inputs; // disabled while connecting
};

} // namespace Bulwark::Ui
