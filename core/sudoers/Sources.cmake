# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of core/sudoers (paths relative to core/, included from core/CMakeLists.txt).
