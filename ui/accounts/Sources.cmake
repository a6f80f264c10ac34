# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of ui/accounts (paths relative to ui/, included from ui/CMakeLists.txt).
target_sources(bulwark_ui PRIVATE
    accounts/AccountsModel.cpp
    accounts/AccountsModel.h
    accounts/AccountsSnapshotLoader.cpp
    accounts/AccountsSnapshotLoader.h
    accounts/AccountsWizard.cpp
    accounts/AccountsWizard.h
)
