// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"
#include "core/transport/SshTarget.h"
#include "ui/AddHostDialog.h"

#include <chrono>

// A scripted Session for GUI tests: no network. Lives on the HostConnection's worker, like a real session.
class FakeSession final : public Bulwark::Transport::Session
{
public:
    struct Script
    {
        // open() fails with HostKeyUnknown (detail: Fingerprint) until the target accepts Fingerprint.
        bool unknownHostKey = false;
        // open() fails with this once the host key is settled.
        Bulwark::Error openError;
        // open() takes this long, polling the cancel token.
        std::chrono::milliseconds openDelay{0};
        // The probe's answer, with debianProbeBoundary() replaced by the run's boundary.
        QByteArray probeOutput;
    };
    static inline const QString Fingerprint = QStringLiteral("SHA256:N7bx2uQ0y1kqbqPr+JxJ9m8W5WwG8y0b0C3t9eQ0c2Y");

    FakeSession(Bulwark::Transport::SshTarget target, Script script);

    // A factory for AddHostDialog::setSessionFactory that plays `script`.
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
    Script m_script;
    bool m_open = false;
};
