# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0

# Sources of ui/tls (paths relative to ui/, included from ui/CMakeLists.txt): the TLS wizard for web servers, its
# host reader, the table of sites and the console's own handshake report.
target_sources(bulwark_ui PRIVATE
    tls/TlsHandshakeView.cpp
    tls/TlsHandshakeView.h
    tls/TlsSitesModel.cpp
    tls/TlsSitesModel.h
    tls/TlsStateLoader.cpp
    tls/TlsStateLoader.h
    tls/TlsWizard.cpp
    tls/TlsWizard.h
)
