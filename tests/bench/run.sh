#!/usr/bin/env sh
# SPDX-License-Identifier: Apache-2.0
# Runs every PortDesk benchmark in a Release build and prints the figures.
# Not part of the pass/fail suite: each benchmark compares itself with a
# baseline measured in the same run and says whether it met its target.
#   tests/bench/run.sh [BUILD_DIR]     (default: build-bench)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build-bench}

# Every benchmark, in the order they run; a new one adds its name here.
benches="bench_validate bench_submit bench_inventory bench_loa bench_queue bench_assign bench_inventory_memory bench_paste bench_startup bench_fullstore bench_postgres"

cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPORTDESK_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target $benches >/dev/null

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "OS: $(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6), $(c++ --version | head -n 1)"
echo
status=0
for bench in $benches; do
    echo "== $bench"
    exe=$(find "$build/tests/bench" -maxdepth 1 -type f -name "$bench" | head -n 1)
    QT_QPA_PLATFORM=offscreen "$exe" || status=1
    echo
done
exit $status
