# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of ui/ssh (paths relative to ui/, included from ui/CMakeLists.txt).
target_sources(bulwark_ui PRIVATE
    ssh/SshStateLoader.cpp
    ssh/SshStateLoader.h
    ssh/SshWizard.cpp
    ssh/SshWizard.h
)
