// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"
#include "core/transport/SshConfig.h"
#include "core/transport/SshTarget.h"
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
class QPushButton;
class QSpinBox;
class QWidget;

namespace Bulwark::Ui {

class ErrorBanner;

// Adds a Linux host: the user names it ([user@]host[:port] or an ssh_config alias, resolved live), Bulwark connects
// on the host's worker thread, asks about an unknown host key (HostKeyDialog), and reads the first facts. The GUI
// thread never waits: every step continues with QFuture::then, a result from an abandoned attempt (cancelled,
// restarted or the dialog gone) is dropped, and the abandoned connection is retired without blocking.
// On success the dialog is accepted; host() and takeConnection() then hand over the host and its open connection.
//
// The password lives only in the SshCredentials captured by the session factory of the attempt's connection.
class AddHostDialog : public QDialog
{
    Q_OBJECT

public:
    // Creates the session of one connection attempt, on that connection's worker thread. Defaults to SshSession.
    using SessionFactory = std::function<std::unique_ptr<Transport::Session>(const Transport::SshTarget &,
                                                                             const Transport::SshCredentials &)>;

    explicit AddHostDialog(QWidget *parent = nullptr);
    ~AddHostDialog() override;

    // Replaces ~/.ssh/config + /etc/ssh/ssh_config (loaded by the constructor).
    void setSshConfig(const Transport::SshConfig &config);
    void setSessionFactory(SessionFactory factory);
    void setAddress(const QString &address);

    // The target as it will be dialled, or why the form does not describe one.
    Result<Transport::SshTarget> resolvedTarget() const;
    // The target as the form describes it, before ssh_config fills in the rest (what the inventory keeps).
    Result<Transport::SshTarget> enteredTarget() const;
    bool isConnecting() const { return m_connecting; }

    // Valid after accepted().
    Host host() const { return m_host; }
    ConnectionPtr takeConnection();

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
    void onOpened(const Result<void> &opened);
    void onPresentedKey(const Result<Transport::HostKey> &key);
    void onProbed(const Result<HostProbe::Outcome> &outcome);
    void fail(const Error &error);
    void setConnecting(bool connecting, const QString &progress = {});
    void updateResolved();
    void onCancelClicked();

    Transport::SshConfig m_config;
    SessionFactory m_sessionFactory;
    ConnectionPtr m_connection;    // of the current attempt
    Transport::SshTarget m_target; // of the current attempt
    Error m_hostKeyError;          // HostKeyUnknown of the current attempt, while its key is fetched
    quint64 m_attempt = 0;         // bumped whenever an attempt is started or abandoned
    bool m_connecting = false;
    Host m_host;

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
