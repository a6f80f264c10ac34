# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of core/windows (paths relative to core/, included from core/CMakeLists.txt).
target_sources(bulwark_core PRIVATE
    windows/PowerShellStep.cpp
    windows/PowerShellStep.h
    windows/WindowsAdminChoice.h
    windows/WindowsAdminPlanner.cpp
    windows/WindowsAdminPlanner.h
    windows/WindowsRuleIds.cpp
    windows/WindowsRuleIds.h
    windows/WindowsServicesChoice.h
    windows/WindowsServicesPlanner.cpp
    windows/WindowsServicesPlanner.h
)
