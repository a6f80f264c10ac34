# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of core/tls (paths relative to core/, included from core/CMakeLists.txt): the nginx configuration model,
# the TLS planner and the console's own TLS handshake check; the Apache configuration model, reader and planner;
# the certificate steps both planners share.
target_sources(bulwark_core PRIVATE
    tls/ApacheConfig.cpp
    tls/ApacheConfig.h
    tls/ApacheHostState.h
    tls/ApacheReader.cpp
    tls/ApacheReader.h
    tls/ApacheTlsPlanner.cpp
    tls/ApacheTlsPlanner.h
    tls/CertificateSteps.cpp
    tls/CertificateSteps.h
    tls/LineEdits.cpp
    tls/LineEdits.h
    tls/NginxConfig.cpp
    tls/NginxConfig.h
    tls/NginxReader.cpp
    tls/NginxReader.h
    tls/TlsChoice.h
    tls/TlsHandshake.cpp
    tls/TlsHandshake.h
    tls/TlsHostState.h
    tls/TlsPlanJob.cpp
    tls/TlsPlanJob.h
    tls/TlsPlanner.cpp
    tls/TlsPlanner.h
)
