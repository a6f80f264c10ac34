#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# Set up a Debian 12 machine for Bulwark from a clean clone, then:
#   installer/dev-setup.sh run    build and launch the console
#   installer/dev-setup.sh test   build and run the whole test suite (unit, sshd, lab VM, gui)
# Only missing packages are installed (apt-get; through sudo when not root). The build goes to ./build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
mode="${1:-}"
case "$mode" in
    run | test) ;;
    *)
        echo "usage: $0 run|test" >&2
        exit 2
        ;;
esac

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local wanted=() missing=()
    mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$here/debian-packages.txt")
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        log "all ${#wanted[@]} Debian packages present"
        return
    fi
    log "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local werror=OFF
    [[ "${CI:-}" == "true" ]] && werror=ON
    log "configuring (Werror=$werror)"
    cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBULWARK_WERROR="$werror" >/dev/null
    log "building"
    cmake --build "$root/build" --parallel "$(nproc)"
}

install_missing
build

if [[ "$mode" == run ]]; then
    log "launching the console"
    exec "$root/build/app/bulwark"
fi

log "running the test suite"
cd "$root/build"
# Tests that need a display run offscreen; the lab VM fixture boots once and serves every lab test.
exec ctest --output-on-failure --parallel "$(nproc)" --timeout 1200
