# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of ui/luks (paths relative to ui/, included from ui/CMakeLists.txt).
target_sources(bulwark_ui PRIVATE
    luks/LuksDevicesLoader.cpp
    luks/LuksDevicesLoader.h
    luks/LuksDevicesModel.cpp
    luks/LuksDevicesModel.h
    luks/LuksWizard.cpp
    luks/LuksWizard.h
)
