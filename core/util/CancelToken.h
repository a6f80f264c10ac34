// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <memory>

namespace Bulwark {

// Cancellation flag shared between the thread that asks and the worker that polls. Copies share the flag.
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace Bulwark
