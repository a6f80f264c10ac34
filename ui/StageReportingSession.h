// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/Session.h"

#include <functional>

namespace Bulwark::Ui {

// A Session that forwards everything to another one and calls `afterFirstCommand` once the first remote command has
// returned. Scanner::run runs exactly one command (the probe) and then evaluates, so this is how the console learns
// that the probe is done and evaluation has begun without a progress hook in core. Created, used and destroyed on the
// host's worker thread, like the session it wraps; the callback runs there too.
class StageReportingSession final : public Transport::Session
{
public:
    StageReportingSession(Transport::Session &inner, std::function<void()> afterFirstCommand);

    Platform platform() const override { return m_inner.platform(); }
    QString displayName() const override { return m_inner.displayName(); }
    Result<void> open(const CancelToken &cancel) override { return m_inner.open(cancel); }
    void close() override { m_inner.close(); }
    bool isOpen() const override { return m_inner.isOpen(); }
    Result<Transport::CommandResult> run(const Transport::RemoteCommand &command, const CancelToken &cancel) override;
    Result<QByteArray> readFile(const QByteArray &path, qint64 maxBytes, bool elevate,
                                const CancelToken &cancel) override;

private:
    void commandDone();

    Transport::Session &m_inner;
    std::function<void()> m_afterFirstCommand;
};

} // namespace Bulwark::Ui
