#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
# Fails when a C++ source differs from what .clang-format makes of it; prints the files to fix.
set -euo pipefail
formatter="${1:-clang-format}"
mapfile -t files < <(find app core ui tests bench -type f \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null | sort)
bad=()
for f in "${files[@]}"; do
    if ! "$formatter" --dry-run --Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if ((${#bad[@]})); then
    printf 'not formatted (run: %s -i FILE):\n' "$formatter"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "${#files[@]} files formatted"
