#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# Scan latency and remote command count on the lab VM, beside Lynis and Ansible's fact gathering on the same VM
# in the same run. Not a test: numbers are printed (and written as markdown to $BENCH_OUT), nothing is asserted
# except Bulwark's one-remote-command promise, which the issue makes an acceptance criterion.
#
#   bench/scan-bench.sh [BUILD_DIR]        (root; BUILD_DIR defaults to ./build)
#
# Remote commands are counted on the server, not by Bulwark: the VM's sshd runs with LogLevel VERBOSE for the
# bench and logs "Starting session: command ..." for every exec request, which the bench counts per tool.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
cli="$build/app/bulwark-cli"
runs="${BENCH_RUNS:-3}"
out="${BENCH_OUT:-$build/bench-scan.md}"
export BULWARK_LAB_STATE="${BULWARK_LAB_STATE:-$build/bench-lab}"
labvm="$root/tests/lab/labvm.sh"

[[ -x "$cli" ]] || { echo "build bulwark-cli first ($cli missing)" >&2; exit 2; }

# The comparison tools come from Debian, for the bench only.
need=()
command -v lynis >/dev/null || need+=(lynis)
command -v ansible >/dev/null || need+=(ansible-core)
if ((${#need[@]})); then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

"$labvm" build >/dev/null
"$labvm" start >/dev/null
trap '"$labvm" stop >/dev/null 2>&1 || true' EXIT
# shellcheck disable=SC1091
. "$BULWARK_LAB_STATE/lab.env"

ssh_lab() {
    ssh -q -i "$LAB_KEY" -p "$LAB_SSH_PORT" -o BatchMode=yes -o StrictHostKeyChecking=yes \
        -o "UserKnownHostsFile=$LAB_KNOWN_HOSTS" "$LAB_USER@127.0.0.1" "$@"
}

# Bench-only change on the throwaway VM: log every exec request.
ssh_lab sudo sh -c "'echo LogLevel VERBOSE > /etc/ssh/sshd_config.d/99-bench.conf && systemctl reload ssh'"
sleep 1

# Exec requests sshd has logged so far. The counting command is itself an exec request, logged before it reads
# the journal, so a count taken after a tool ran includes one request of its own: execs_since subtracts it.
total_execs() { ssh_lab sudo journalctl -u ssh --no-pager -q | grep -c 'Starting session: command' || true; }
execs_since() { echo $(($(total_execs) - $1 - 1)); }
now_ms() { date +%s%3N; }

kh="$(mktemp)"
cp "$LAB_KNOWN_HOSTS" "$kh"
results=()

bulwark_times=()
for ((i = 1; i <= runs; i++)); do
    c="$(total_execs)"
    t0="$(now_ms)"
    "$cli" scan --host "$LAB_USER@127.0.0.1:$LAB_SSH_PORT" -i "$LAB_KEY" --known-hosts "$kh" -F none \
        --no-agent --batch --json "$build/bench-scan.json" >/dev/null || [[ $? == 1 ]]
    t1="$(now_ms)"
    sleep 0.5
    n="$(execs_since "$c")"
    bulwark_times+=($((t1 - t0)))
    if [[ "$n" != 1 ]]; then
        echo "FAIL: Bulwark scan $i issued $n remote commands (expected exactly 1)" >&2
        exit 1
    fi
done
results+=("| Bulwark scan (bulwark-cli scan) | ${bulwark_times[*]} ms | 1 | facts, every rule evaluated, findings and score; ${runs} runs |")

# Lynis runs on the server itself: copy Debian's package in, then time one audit (one exec for the audit).
deb="$(cd "$(mktemp -d)" && apt-get download lynis >/dev/null 2>&1 && readlink -f lynis_*.deb)"
scp -q -i "$LAB_KEY" -P "$LAB_SSH_PORT" -o BatchMode=yes -o "UserKnownHostsFile=$LAB_KNOWN_HOSTS" "$deb" \
    "$LAB_USER@127.0.0.1:/tmp/lynis.deb"
ssh_lab sudo dpkg -i /tmp/lynis.deb >/dev/null
c="$(total_execs)"
t0="$(now_ms)"
ssh_lab sudo lynis audit system --quick --no-colors >/dev/null 2>&1 || true
t1="$(now_ms)"
sleep 0.5
results+=("| Lynis (lynis audit system --quick, on the VM) | $((t1 - t0)) ms | $(execs_since "$c") | audit only, CLI; runs its checks on the host itself |")

# Ansible's fact gathering, the first step of every hardening role run.
if ssh_lab command -v python3 >/dev/null; then
    inv="$(mktemp)"
    printf 'lab ansible_host=127.0.0.1 ansible_port=%s ansible_user=%s ansible_ssh_private_key_file=%s ansible_ssh_common_args="-o UserKnownHostsFile=%s"\n' \
        "$LAB_SSH_PORT" "$LAB_USER" "$LAB_KEY" "$LAB_KNOWN_HOSTS" >"$inv"
    c="$(total_execs)"
    t0="$(now_ms)"
    ANSIBLE_PIPELINING=0 ansible -i "$inv" lab -m setup -b >/dev/null 2>&1 || true
    t1="$(now_ms)"
    sleep 0.5
    results+=("| Ansible (ansible -m setup -b) | $((t1 - t0)) ms | $(execs_since "$c") | facts only, no findings |")
else
    results+=("| Ansible (ansible -m setup -b) | n/a | n/a | the lab image has no python3, which Ansible needs on the target |")
fi

{
    echo "# Scan benchmark ($(date -u +%Y-%m-%dT%H:%MZ), lab VM under QEMU TCG, $(nproc) cores)"
    echo
    echo "| tool | wall time | remote commands (sshd exec requests) | notes |"
    echo "| --- | --- | --- | --- |"
    printf '%s\n' "${results[@]}"
} | tee "$out"
