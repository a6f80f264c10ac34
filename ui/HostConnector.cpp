// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostConnector.h"

#include "core/transport/SshSession.h"
#include "core/transport/WinRmPins.h"
#include "core/transport/WinRmSession.h"
#include "ui/HostKeyDialog.h"
#include "ui/HostListModel.h"
#include "ui/HostProbe.h"
#include "ui/PasswordDialog.h"
#include "ui/UiLogging.h"

#include <QDir>
#include <QPointer>
#include <QWidget>

namespace Bulwark::Ui {

using Transport::HostConnection;
using Transport::HostKey;
using Transport::SshCredentials;
using Transport::SshTarget;
using Transport::WinRmCredentials;
using Transport::WinRmPins;
using Transport::WinRmTarget;

HostConnector::HostConnector(HostListModel *model, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_dialogParent(dialogParent)
    , m_factory([](const SshTarget &target, const SshCredentials &credentials) {
        return std::make_unique<Transport::SshSession>(target, credentials);
    })
    , m_winRmFactory([](const WinRmTarget &target, const WinRmCredentials &credentials) {
        return std::make_unique<Transport::WinRmSession>(target, credentials);
    })
{}

HostConnector::~HostConnector() = default;

void HostConnector::setSessionFactory(SessionFactory factory)
{
    m_factory = std::move(factory);
}

void HostConnector::setWinRmSessionFactory(WinRmSessionFactory factory)
{
    m_winRmFactory = std::move(factory);
}

Result<WinRmTarget> HostConnector::winRmTarget(const QUuid &id) const
{
    const Host &host = m_model->host(id);
    auto target = host.toEntry().winRmTarget();
    if (!target)
        return target.error();
    if (target->scheme == WinRmTarget::Scheme::Https) {
        const auto pinned = WinRmPins(m_pinsPath).find(target->hostName, target->effectivePort());
        if (!pinned)
            return pinned.error();
        target->pinnedFingerprint = *pinned;
    }
    return target;
}

ConnectionPtr HostConnector::connectionFor(const QUuid &id, const QString &acceptFingerprint) const
{
    const Host &host = m_model->host(id);
    if (!host.isWindows()) {
        SshTarget target = host.target;
        target.acceptFingerprint = acceptFingerprint;
        return newConnection(id, target);
    }
    auto target = winRmTarget(id);
    if (!target) {
        // The session says why when it is opened: a connection whose session cannot be made.
        return makeConnection([error = target.error()]() -> std::unique_ptr<Transport::Session> {
            qCWarning(lcUi).noquote() << error.toString();
            return nullptr;
        });
    }
    target->acceptFingerprint = acceptFingerprint;
    return makeConnection([factory = m_winRmFactory, target = *target, credentials = m_winRmCredentials.value(id)] {
        return factory(target, credentials);
    });
}

ConnectionPtr HostConnector::newConnection(const QUuid &id, const SshTarget &target) const
{
    return makeConnection(
        [factory = m_factory, target, credentials = m_credentials.value(id)] { return factory(target, credentials); });
}

std::function<std::unique_ptr<Transport::Session>()> HostConnector::freshSessionFactory(const QUuid &id,
                                                                                        const SshTarget &target) const
{
    return [factory = m_factory, target, credentials = m_credentials.value(id)] {
        return factory(target, credentials);
    };
}

std::function<std::unique_ptr<Transport::Session>()> HostConnector::freshSessionFactory(const QUuid &id) const
{
    if (!m_model->contains(id))
        return {};
    const Host &host = m_model->host(id);
    if (!host.isWindows())
        return freshSessionFactory(id, host.target);
    const auto target = winRmTarget(id);
    if (!target)
        return {};
    return [factory = m_winRmFactory, target = *target, credentials = m_winRmCredentials.value(id)] {
        return factory(target, credentials);
    };
}

bool HostConnector::isCurrent(const QUuid &id, quint64 number, HostConnection *connection) const
{
    const auto attempt = m_attempts.constFind(id);
    return attempt != m_attempts.cend() && attempt->number == number && m_model->contains(id) &&
           (!connection || m_model->connection(id) == connection);
}

void HostConnector::connectHost(const QUuid &id, bool refreshFacts)
{
    if (!m_model->contains(id) || isConnecting(id))
        return;
    if (m_model->status(id) == HostListModel::Status::Connected && m_model->connection(id)) {
        Q_EMIT connected(id);
        return;
    }
    m_attempts.insert(id, Attempt{++m_counter, refreshFacts});
    start(id);
}

void HostConnector::reconnectHost(const QUuid &id)
{
    if (!m_model->contains(id) || isConnecting(id))
        return;
    m_attempts.insert(id, Attempt{++m_counter, true});
    start(id);
}

void HostConnector::start(const QUuid &id)
{
    if (!m_model->connection(id)) {
        if (m_model->host(id).isWindows()) {
            if (const auto target = winRmTarget(id); !target) {
                fail(id, target.error()); // the address does not describe a WinRM host, or the pins cannot be read
                return;
            }
            if (!m_winRmCredentials.contains(id)) {
                // Never dial a Windows host without its password: a refused Basic login counts towards the account's
                // lockout. The certificate is still checked before the password is sent.
                m_model->setStatus(id, HostListModel::Status::Connecting);
                askLoginPassword(
                    id, m_attempts.value(id).number,
                    Error(Error::Code::AuthFailed, tr("No password was given for %1, so Bulwark did not log in.")
                                                       .arg(m_model->host(id).dialledName())));
                return;
            }
        }
        m_model->setConnection(id, connectionFor(id));
    }
    open(id, m_model->connection(id));
}

void HostConnector::setWinRmCredentials(const QUuid &id, const WinRmCredentials &credentials)
{
    if (credentials.password.isEmpty())
        m_winRmCredentials.remove(id);
    else
        m_winRmCredentials.insert(id, credentials);
}

void HostConnector::cancel(const QUuid &id)
{
    dismissDialog(id);
    if (!m_attempts.remove(id))
        return;
    m_model->setConnection(id, nullptr); // retired without waiting; what it still delivers is stale
    m_model->setStatus(id, HostListModel::Status::Disconnected);
    qCInfo(lcUi) << "connecting" << m_model->host(id).dialledName() << "abandoned";
}

void HostConnector::open(const QUuid &id, HostConnection *connection)
{
    const quint64 number = m_attempts.value(id).number;
    m_model->setStatus(id, HostListModel::Status::Connecting);
    qCInfo(lcUi) << "connecting to" << m_model->host(id).dialledName();
    // The connection is the continuation's context: alive until its work is done (see ConnectionRetirer).
    connection->open().then(connection,
                            [self = QPointer<HostConnector>(this), id, number, connection](const Result<void> &opened) {
                                if (self && self->isCurrent(id, number, connection))
                                    self->onOpened(id, number, connection, opened.error());
                            });
}

void HostConnector::onOpened(const QUuid &id, quint64 number, HostConnection *connection, const Error &error)
{
    if (!error.isError()) {
        if (!m_attempts.value(id).refreshFacts) {
            succeed(id);
            return;
        }
        HostProbe::probe(*connection)
            .then(connection, [self = QPointer<HostConnector>(this), id, number,
                               connection](const Result<HostProbe::Outcome> &outcome) {
                if (!self || !self->isCurrent(id, number, connection))
                    return;
                if (!outcome) {
                    self->fail(id, outcome.error());
                    return;
                }
                Host updated = self->m_model->host(id);
                HostProbe::apply(*outcome, updated);
                self->m_model->setHost(id, updated);
                self->succeed(id);
            });
        return;
    }
    const bool windows = m_model->host(id).isWindows();
    if (windows && error.code() == Error::Code::HostKeyUnknown) {
        HostProbe::presentedCertificate(*connection)
            .then(connection, [self = QPointer<HostConnector>(this), id, number, connection,
                               error](const Result<HostProbe::Certificate> &certificate) {
                if (!self || !self->isCurrent(id, number, connection))
                    return;
                if (!certificate || certificate->fingerprint.isEmpty()) {
                    self->fail(id, error);
                    return;
                }
                self->askCertificate(id, number, *certificate, error);
            });
        return;
    }
    switch (error.code()) {
    case Error::Code::HostKeyUnknown:
        HostProbe::presentedKey(*connection)
            .then(connection,
                  [self = QPointer<HostConnector>(this), id, number, connection, error](const Result<HostKey> &key) {
                      if (!self || !self->isCurrent(id, number, connection))
                          return;
                      const QString fingerprint = key ? key->fingerprint() : error.detail();
                      if (fingerprint.isEmpty()) {
                          self->fail(id, error);
                          return;
                      }
                      self->askHostKey(id, number, key ? key->type : QString(), fingerprint, error);
                  });
        return;
    case Error::Code::AuthFailed:
        askLoginPassword(id, number, error);
        return;
    case Error::Code::HostKeyChanged:
        if (windows) {
            // Say where the pin is, so the administrator can remove it once the new certificate is confirmed.
            fail(id, Error(error.code(),
                           error.message() + u' ' +
                               tr("Bulwark keeps the pinned certificates in %1.")
                                   .arg(QDir::toNativeSeparators(m_pinsPath.isEmpty() ? WinRmPins::defaultPath()
                                                                                      : m_pinsPath)),
                           error.detail()));
            return;
        }
        fail(id, error);
        return;
    default:
        fail(id, error);
        return;
    }
}

void HostConnector::askHostKey(const QUuid &id, quint64 number, const QString &type, const QString &fingerprint,
                               const Error &reason)
{
    // This connection is done; the next one dials again, trusting exactly the fingerprint the user accepts.
    m_model->setConnection(id, nullptr);
    const SshTarget target = m_model->host(id).target;
    auto *dialog = new HostKeyDialog(target.displayName(), type, fingerprint, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, number, target, fingerprint] {
        if (!isCurrent(id, number, nullptr))
            return;
        SshTarget trusted = target;
        trusted.acceptFingerprint = fingerprint;
        m_model->setConnection(id, newConnection(id, trusted));
        open(id, m_model->connection(id));
    });
    connect(dialog, &QDialog::rejected, this, [this, id, number, reason] {
        if (!isCurrent(id, number, nullptr))
            return;
        fail(id, Error(Error::Code::HostKeyUnknown,
                       tr("The host key was not trusted, so Bulwark did not log in. Nothing was recorded."),
                       reason.message()));
    });
    show(dialog, id);
}

void HostConnector::askCertificate(const QUuid &id, quint64 number, const HostProbe::Certificate &certificate,
                                   const Error &reason)
{
    // This connection is done; the next one dials again, trusting exactly the certificate the user accepts.
    m_model->setConnection(id, nullptr);
    const Host &host = m_model->host(id);
    HostKeyDialog::CertificateDetails details;
    details.subject = certificate.subject;
    details.issuer = certificate.issuer;
    details.expires = certificate.expires;
    auto *dialog = new HostKeyDialog(host.dialledName(), details, certificate.fingerprint, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString fingerprint = certificate.fingerprint;
    connect(dialog, &QDialog::accepted, this, [this, id, number, fingerprint] {
        if (!isCurrent(id, number, nullptr))
            return;
        // Pinned now, so the next start knows it too; a pin that cannot be written still lets this login go ahead.
        if (const auto target = winRmTarget(id)) {
            if (const auto written =
                    WinRmPins(m_pinsPath).remember(target->hostName, target->effectivePort(), fingerprint);
                !written)
                qCWarning(lcUi).noquote() << "the certificate was not pinned:" << written.error().toString();
        }
        m_model->setConnection(id, connectionFor(id, fingerprint));
        open(id, m_model->connection(id));
    });
    connect(dialog, &QDialog::rejected, this, [this, id, number, reason] {
        if (!isCurrent(id, number, nullptr))
            return;
        fail(id, Error(Error::Code::HostKeyUnknown,
                       tr("The certificate was not trusted, so Bulwark did not send the password. Nothing was "
                          "recorded."),
                       reason.message()));
    });
    show(dialog, id);
}

void HostConnector::askLoginPassword(const QUuid &id, quint64 number, const Error &reason)
{
    m_model->setConnection(id, nullptr);
    const Host &host = m_model->host(id);
    const bool windows = host.isWindows();
    auto *dialog = new PasswordDialog(windows ? PasswordDialog::Purpose::WindowsLogin : PasswordDialog::Purpose::Login,
                                      host.displayName(), host.dialledName(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (windows ? m_winRmCredentials.contains(id) : m_credentials.value(id).password.size() > 0)
        dialog->setProblem(reason.message()); // a password was tried already
    connect(dialog, &QDialog::accepted, this, [this, id, number, dialog, windows] {
        if (!isCurrent(id, number, nullptr))
            return;
        if (windows) {
            m_winRmCredentials[id].password = dialog->password();
        } else {
            SshCredentials &credentials = m_credentials[id];
            credentials.password = dialog->password();
            if (dialog->sameForSudo())
                credentials.sudoPassword = credentials.password;
        }
        m_model->setConnection(id, connectionFor(id));
        open(id, m_model->connection(id));
    });
    connect(dialog, &QDialog::rejected, this, [this, id, number, reason] {
        if (isCurrent(id, number, nullptr))
            fail(id, reason);
    });
    show(dialog, id);
}

void HostConnector::askSudoPassword(const QUuid &id, const Error &reason)
{
    if (!m_model->contains(id))
        return;
    const Host &host = m_model->host(id);
    auto *dialog =
        new PasswordDialog(PasswordDialog::Purpose::Sudo, host.displayName(), host.dialledName(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (reason.code() == Error::Code::SudoWrongPassword)
        dialog->setProblem(reason.message());
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        if (!m_model->contains(id))
            return;
        m_credentials[id].sudoPassword = dialog->password();
        // The credentials travel with a connection's session factory: the host needs a new connection.
        m_attempts.remove(id);
        m_model->setConnection(id, nullptr);
        m_model->setStatus(id, HostListModel::Status::Disconnected);
        Q_EMIT sudoPasswordEntered(id);
    });
    connect(dialog, &QDialog::rejected, this, [this, id] {
        if (m_model->contains(id))
            Q_EMIT sudoPasswordDeclined(id);
    });
    show(dialog, id);
}

void HostConnector::show(QDialog *dialog, const QUuid &id)
{
    dismissDialog(m_dialogHost); // one question at a time; an older one is answered "no"
    m_dialog = dialog;
    m_dialogHost = id;
    dialog->open(); // window-modal; no nested event loop
}

void HostConnector::dismissDialog(const QUuid &id)
{
    if (m_dialog && m_dialogHost == id)
        m_dialog->reject();
}

void HostConnector::succeed(const QUuid &id)
{
    m_attempts.remove(id);
    m_model->setStatus(id, HostListModel::Status::Connected);
    Q_EMIT connected(id);
}

void HostConnector::fail(const QUuid &id, const Error &error)
{
    m_attempts.remove(id);
    m_model->setStatus(id, HostListModel::Status::Failed, error);
    qCInfo(lcUi).noquote() << "connecting" << m_model->host(id).dialledName() << "failed:" << error.message();
    Q_EMIT failed(id, error);
}

} // namespace Bulwark::Ui
