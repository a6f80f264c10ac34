// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/SshTarget.h"
#include "core/util/Error.h"
#include "ui/AddHostDialog.h"
#include "ui/ConnectionPtr.h"
#include "ui/HostProbe.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <functional>
#include <memory>

class QWidget;

namespace Bulwark::Ui {

class HostListModel;

// Brings up the connection of a host in the list: opens it (creating one when the host has none, as after a
// restart), asks whether to trust an unknown host key (HostKeyDialog) or for the password when the host refused the
// SSH keys (PasswordDialog), and retries with the answer. A Windows host is dialled over WinRM (WinRmSession, on the
// connection's worker like SSH): its certificate pin comes from WinRmPins, an unknown certificate is shown in
// HostKeyDialog's certificate form and pinned when trusted, a changed one fails (HostKeyChanged), and the password
// is asked for when the host has none yet or refused it. Optionally refreshes the basic facts afterwards. Every step
// continues with QFuture::then or a dialog's open(); a result for a host that was removed, whose attempt was
// cancelled or restarted, or whose connection was replaced is dropped. Lives on the GUI thread.
//
// Passwords typed here are kept in memory, per host, until the connector goes (the keychain comes later); they reach
// a connection only through its session factory.
class HostConnector : public QObject
{
    Q_OBJECT

public:
    using SessionFactory = AddHostDialog::SessionFactory;
    using WinRmSessionFactory = AddHostDialog::WinRmSessionFactory;

    // Dialogs open over `dialogParent`.
    HostConnector(HostListModel *model, QWidget *dialogParent, QObject *parent = nullptr);
    ~HostConnector() override;

    void setSessionFactory(SessionFactory factory);
    SessionFactory sessionFactory() const { return m_factory; }
    void setWinRmSessionFactory(WinRmSessionFactory factory);
    // Where WinRM certificate pins are kept (empty: WinRmPins::defaultPath()).
    void setWinRmPinsPath(const QString &path) { m_pinsPath = path; }
    QString winRmPinsPath() const { return m_pinsPath; }

    // Connects the host unless it is connected or connecting already (then connected() follows as usual).
    // `refreshFacts`: read the basic facts once connected.
    void connectHost(const QUuid &id, bool refreshFacts);
    // Connects again even when connected: the Connect action.
    void reconnectHost(const QUuid &id);
    // Abandons the host's attempt: its connection is retired and the host shows as not connected.
    void cancel(const QUuid &id);
    bool isConnecting(const QUuid &id) const { return m_attempts.contains(id); }

    // The Windows password typed for `id` (Add Host), kept in memory for its next connections; empty forgets it.
    void setWinRmCredentials(const QUuid &id, const Transport::WinRmCredentials &credentials);

    // Asks for the host's sudo password (after a scan was refused for want of one). On success the host gets a new
    // connection carrying it, and sudoPasswordEntered() follows; declining emits sudoPasswordDeclined().
    void askSudoPassword(const QUuid &id, const Error &reason);

    // Opens nothing itself: makes sessions to the host with the same target and the credentials typed for it, for the
    // Applier's verification from a new login (ApplyOptions::freshSession). Called on any thread.
    std::function<std::unique_ptr<Transport::Session>()> freshSessionFactory(const QUuid &id,
                                                                             const Transport::SshTarget &target) const;
    // The same for the host as it is dialled now: SSH with its target, or WinRM with its pinned certificate.
    std::function<std::unique_ptr<Transport::Session>()> freshSessionFactory(const QUuid &id) const;

    // The dialog asking about a host (host key, password) while one is open, or null.
    QDialog *openDialog() const { return m_dialog; }
    // Closes the dialog asking about `id`, if one is open, as if the user had cancelled it.
    void dismissDialog(const QUuid &id);

Q_SIGNALS:
    void connected(const QUuid &id);
    void failed(const QUuid &id, const Bulwark::Error &error);
    void sudoPasswordEntered(const QUuid &id);
    void sudoPasswordDeclined(const QUuid &id);

private:
    struct Attempt
    {
        quint64 number = 0;
        bool refreshFacts = false;
    };

    ConnectionPtr newConnection(const QUuid &id, const Transport::SshTarget &target) const;
    // The host's connection as it is dialled now; `acceptFingerprint` trusts that key or certificate once.
    ConnectionPtr connectionFor(const QUuid &id, const QString &acceptFingerprint = {}) const;
    // The host's WinRM target with its pin, or why there is none.
    Result<Transport::WinRmTarget> winRmTarget(const QUuid &id) const;
    // Makes the host's connection if it has none (asking for a Windows password first), then opens it.
    void start(const QUuid &id);
    void open(const QUuid &id, Transport::HostConnection *connection);
    bool isCurrent(const QUuid &id, quint64 number, Transport::HostConnection *connection) const;
    void onOpened(const QUuid &id, quint64 number, Transport::HostConnection *connection, const Error &error);
    void askHostKey(const QUuid &id, quint64 number, const QString &type, const QString &fingerprint,
                    const Error &reason);
    void askCertificate(const QUuid &id, quint64 number, const HostProbe::Certificate &certificate,
                        const Error &reason);
    void askLoginPassword(const QUuid &id, quint64 number, const Error &reason);
    void show(QDialog *dialog, const QUuid &id);
    void succeed(const QUuid &id);
    void fail(const QUuid &id, const Error &error);

    HostListModel *m_model;
    QPointer<QWidget> m_dialogParent;
    SessionFactory m_factory;
    WinRmSessionFactory m_winRmFactory;
    QString m_pinsPath;
    QHash<QUuid, Attempt> m_attempts;
    QHash<QUuid, Transport::SshCredentials> m_credentials;
    QHash<QUuid, Transport::WinRmCredentials> m_winRmCredentials;
    quint64 m_counter = 0;
    QPointer<QDialog> m_dialog;
    QUuid m_dialogHost; // whom m_dialog asks about
};

} // namespace Bulwark::Ui
