// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/RemoteCommand.h"

#include "core/transport/ShellQuote.h"

namespace Bulwark::Transport {

RemoteCommand RemoteCommand::fromArgs(const QStringList &arguments)
{
    RemoteCommand command;
    command.argv = ShellQuote::toArgv(arguments);
    return command;
}

} // namespace Bulwark::Transport
