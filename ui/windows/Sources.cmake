# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of ui/windows: the wizards for Windows hosts (paths relative to ui/, included from ui/CMakeLists.txt).
target_sources(bulwark_ui PRIVATE
    windows/WindowsAdminWizard.cpp
    windows/WindowsAdminWizard.h
    windows/WindowsServicesModel.cpp
    windows/WindowsServicesModel.h
    windows/WindowsServicesWizard.cpp
    windows/WindowsServicesWizard.h
)
