#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs each libFuzzer target of tests/fuzz for a fixed time (clang, with
# AddressSanitizer and UndefinedBehaviorSanitizer) and prints, per target,
# the runs, the time and the crashes. A crash's input is copied into
# tests/fuzz/corpus/TARGET/, which the test suite replays: fix it, keep it.
#
#   sh tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-numbers request_json number_cells inventory_json}
build=${PORTDESK_FUZZ_BUILD:-$top/build-fuzz}

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt install clang)" >&2; exit 2; }
CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPORTDESK_FUZZ=ON -DPORTDESK_BUILD_BENCHMARKS=OFF >/dev/null
for t in $targets; do
    cmake --build "$build" --target "fuzz_$t" >/dev/null
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
printf '%-16s %10s %8s %8s\n' target runs seconds crashes
for t in $targets; do
    mkdir -p "$work/$t/corpus" "$work/$t/crashes"
    cp "$top/tests/fuzz/corpus/$t/"* "$work/$t/corpus/" 2>/dev/null || true
    log="$work/$t/log"
    # -fork with ignore_crashes: keep fuzzing after a crash, to count them all.
    (cd "$work/$t" && ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_$t" \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$work/$t/crashes/" corpus >"$log" 2>&1) || true
    runs=$(grep -o 'fuzz_[a-z_]*\|#[0-9]*' "$log" | grep '^#' | tail -1 | tr -d '#')
    crashes=$(ls "$work/$t/crashes" | wc -l)
    printf '%-16s %10s %8s %8s\n' "$t" "${runs:-0}" "$seconds" "$crashes"
    if [ "$crashes" -gt 0 ]; then
        status=1
        for f in "$work/$t/crashes/"*; do
            cp "$f" "$top/tests/fuzz/corpus/$t/$(basename "$f")"
            echo "  kept $(basename "$f") in tests/fuzz/corpus/$t/"
        done
        grep -m3 'ERROR\|runtime error\|deadly signal' "$log" | sed 's/^/  /' || true
    fi
done
exit $status
