#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# ctest fixture wrapper for the lab VM (FIXTURES_SETUP / FIXTURES_CLEANUP).
#
# Usage: lab-fixture.sh setup|cleanup
#   setup   = labvm.sh build + start (a fresh VM; a leftover one is stopped first)
#   cleanup = labvm.sh stop
# BULWARK_LAB_STATE is required (the tests read $BULWARK_LAB_STATE/lab.env).
# Quiet on success; on failure the full labvm.sh output is printed.
set -euo pipefail

: "${BULWARK_LAB_STATE:?BULWARK_LAB_STATE must be set (directory for the lab VM state)}"
LABVM="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/labvm.sh"

mkdir -p "$BULWARK_LAB_STATE"
LOG="$BULWARK_LAB_STATE/fixture.log"

run() { # run labvm.sh quietly, show everything if it fails
    if ! BULWARK_LAB_QUIET=0 "$LABVM" "$@" >>"$LOG" 2>&1; then
        printf 'lab-fixture: "labvm.sh %s" failed; log %s:\n' "$*" "$LOG" >&2
        cat "$LOG" >&2
        exit 1
    fi
}

case "${1:-}" in
    setup)
        : >"$LOG"
        run build
        run stop # never hand a dirty leftover VM to a test run
        run start
        printf 'lab-fixture: lab ready, env in %s/lab.env\n' "$BULWARK_LAB_STATE"
        ;;
    cleanup)
        run stop
        ;;
    *)
        printf 'usage: %s setup|cleanup\n' "$0" >&2
        exit 2
        ;;
esac
