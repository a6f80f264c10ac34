# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of core/tls (paths relative to core/, included from core/CMakeLists.txt): the nginx configuration model,
# the TLS planner and the console's own TLS handshake check.
target_sources(bulwark_core PRIVATE
    tls/NginxConfig.cpp
    tls/NginxConfig.h
    tls/TlsChoice.h
    tls/TlsHandshake.cpp
    tls/TlsHandshake.h
    tls/TlsPlanner.cpp
    tls/TlsPlanner.h
)
