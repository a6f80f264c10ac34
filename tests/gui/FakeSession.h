// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"
#include "core/transport/SshTarget.h"
#include "ui/AddHostDialog.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

// A scripted Session for GUI tests: no network. Lives on the HostConnection's worker, like a real session.
class FakeSession final : public Bulwark::Transport::Session
{
public:
    // What the test can change while sessions run, and what it can observe of them.
    struct Control
    {
        std::atomic_int runDelayMs{0};      // run() blocks this long (polling the cancel token)
        std::atomic_int opens{0};           // successful open() calls
        std::atomic_int commands{0};        // run() calls
        std::atomic_int scanCommands{0};    // run() calls with the Linux audit probe
        std::atomic_bool running{false};    // a run() is blocking right now
        std::atomic_bool refuseOpen{false}; // open() fails as if the host were down

        // Every run()'s argv, in order, across all sessions of the script.
        QList<QByteArrayList> commandLog() const
        {
            const QMutexLocker locker(&logMutex);
            return log;
        }
        void record(const QByteArrayList &argv)
        {
            const QMutexLocker locker(&logMutex);
            log.append(argv);
        }

    private:
        mutable QMutex logMutex;
        QList<QByteArrayList> log;
    };

    struct Script
    {
        // open() fails with HostKeyUnknown (detail: Fingerprint) until the target accepts Fingerprint.
        bool unknownHostKey = false;
        // open() fails with this once the host key is settled.
        Bulwark::Error openError;
        // open() takes this long, polling the cancel token.
        std::chrono::milliseconds openDelay{0};
        // Non-empty: open() fails with AuthFailed unless the credentials carry this password.
        QByteArray password;
        // Non-empty: elevated commands fail with SudoPasswordRequired (or SudoWrongPassword) unless the credentials
        // carry this sudo password.
        QByteArray sudoPassword;
        // The basic probe's answer, with debianProbeBoundary() replaced by the run's boundary.
        QByteArray probeOutput;
        // The Linux audit probe's answer (LinuxFacts::probeArgv), boundary replaced the same way.
        QByteArray scanOutput;
        std::shared_ptr<Control> control = std::make_shared<Control>();
        // Answers a command before the scripted probe answers do (called on the worker thread); std::nullopt falls
        // through to them. Lets a test play a host's systemctl.
        std::function<std::optional<Bulwark::Transport::CommandResult>(const Bulwark::Transport::RemoteCommand &)>
            respond;
    };
    static inline const QString Fingerprint = QStringLiteral("SHA256:N7bx2uQ0y1kqbqPr+JxJ9m8W5WwG8y0b0C3t9eQ0c2Y");

    // A host's systemd for apply tests, shared by every session of a script: units keep an enabled and an active
    // state; systemctl disable/enable/mask/unmask (with --now), stop and start change them; is-enabled and
    // is-active report them. Other commands are not answered.
    class Systemctl
    {
    public:
        void set(const QString &unit, const QString &enabled, const QString &active);
        QString enabled(const QString &unit) const;
        QString active(const QString &unit) const;
        std::optional<Bulwark::Transport::CommandResult> answer(const Bulwark::Transport::RemoteCommand &command);

    private:
        mutable QMutex m_mutex;
        QHash<QString, QPair<QString, QString>> m_units; // unit -> (enabled, active)
    };
    // A host's sudoers configuration for SudoersReader: answers its prefetch (`sh -c <script> sh <boundary>
    // <path>...`, elevated) from the files and directories set here, every file mode 0440 owned by root. Other
    // commands are not answered.
    struct SudoersFiles
    {
        QString user = QStringLiteral("root");
        QString uid = QStringLiteral("0");
        QStringList groups{QStringLiteral("root")};
        QString host = QStringLiteral("lab-vm");
        QHash<QString, QByteArray> files;        // path -> content
        QHash<QString, QStringList> directories; // path -> names in it
        QStringList users{QStringLiteral("root")};
        QStringList groupNames{QStringLiteral("root")};
        std::optional<Bulwark::Transport::CommandResult> answer(const Bulwark::Transport::RemoteCommand &command) const;
    };

    // A Script::respond that plays `systemctl`.
    static std::function<std::optional<Bulwark::Transport::CommandResult>(const Bulwark::Transport::RemoteCommand &)>
    respondWith(std::shared_ptr<Systemctl> systemctl);

    FakeSession(Bulwark::Transport::SshTarget target, Bulwark::Transport::SshCredentials credentials, Script script);

    // A factory for AddHostDialog::setSessionFactory and MainWindow::Settings that plays `script`.
    static Bulwark::Ui::AddHostDialog::SessionFactory factory(Script script);

    Platform platform() const override { return Platform::Posix; }
    QString displayName() const override { return m_target.displayName(); }
    Bulwark::Result<void> open(const Bulwark::CancelToken &cancel) override;
    void close() override { m_open = false; }
    bool isOpen() const override { return m_open; }
    Bulwark::Result<Bulwark::Transport::CommandResult> run(const Bulwark::Transport::RemoteCommand &command,
                                                           const Bulwark::CancelToken &cancel) override;

private:
    Bulwark::Transport::SshTarget m_target;
    Bulwark::Transport::SshCredentials m_credentials;
    Script m_script;
    bool m_open = false;
};
