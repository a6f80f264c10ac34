# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of core/ssh (paths relative to core/, included from core/CMakeLists.txt).
target_sources(bulwark_core PRIVATE
    ssh/SshAccessReader.cpp
    ssh/SshAccessReader.h
    ssh/SshChoice.h
    ssh/SshdConfig.cpp
    ssh/SshdConfig.h
    ssh/SshHostState.h
    ssh/SshPlanJob.cpp
    ssh/SshPlanJob.h
    ssh/SshPlanner.cpp
    ssh/SshPlanner.h
    ssh/SshSetting.cpp
    ssh/SshSetting.h
)
