# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of core/accounts (paths relative to core/, included from core/CMakeLists.txt).
target_sources(bulwark_core PRIVATE
    accounts/AccountCandidate.h
    accounts/AccountsChoice.h
    accounts/AccountsPlanner.cpp
    accounts/AccountsPlanner.h
    accounts/AccountsReader.cpp
    accounts/AccountsReader.h
    accounts/AccountsSnapshot.h
)
