# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of core/luks (paths relative to core/, included from core/CMakeLists.txt).
target_sources(bulwark_core PRIVATE
    luks/BlockDevice.h
    luks/BlockDevices.cpp
    luks/BlockDevices.h
    luks/BlockDeviceSnapshot.h
    luks/LuksChoice.h
    luks/LuksHeaderBackup.cpp
    luks/LuksHeaderBackup.h
    luks/LuksPlanner.cpp
    luks/LuksPlanner.h
    luks/LuksPlanJob.cpp
    luks/LuksPlanJob.h
)
