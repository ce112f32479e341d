#!/usr/bin/env sh
# SPDX-License-Identifier: Apache-2.0
# PortDesk quick start for Debian 12 and other Debian-based systems with Qt 6.4+.
#   tools/quickstart.sh run    install what is missing, build, start the app
#   tools/quickstart.sh test   install what is missing, build, run every test
# Uses sudo only when not already root.
set -eu

mode=${1:-run}
[ $# -gt 0 ] && shift
top=$(cd "$(dirname "$0")/.." && pwd)

build_packages="g++ cmake ninja-build qt6-base-dev qt6-tools-dev qt6-l10n-tools
 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libphonenumber-dev libsqlite3-dev
 libcurl4-openssl-dev libsodium-dev qtkeychain-qt6-dev fonts-dejavu-core"
test_packages="postgresql poppler-utils qpdf dpkg-dev file lintian desktop-file-utils
 appstream bash-completion man-db python3-aiosmtpd"

case $mode in
run) packages=$build_packages; build=$top/build; options="-DPORTDESK_BUILD_TESTS=OFF" ;;
# The test build is the sanitizer build: the whole suite runs under
# AddressSanitizer and UndefinedBehaviorSanitizer, so that a memory error or
# undefined behaviour that does not crash still fails it. The benchmarks are
# built by tests/bench/run.sh, in Release.
test) packages="$build_packages $test_packages"; build=$top/build-tests
      options="-DPORTDESK_WERROR=ON -DPORTDESK_SANITIZE=ON -DPORTDESK_BUILD_BENCHMARKS=OFF" ;;
*) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
fi

# shellcheck disable=SC2086
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $options
cmake --build "$build" --parallel

case $mode in
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found. Start PortDesk on a desktop, or under Xvfb:" >&2
        echo "  xvfb-run -a $build/src/app/portdesk" >&2
        exit 1
    fi
    exec "$build/src/app/portdesk" "$@"
    ;;
test)
    # Tests run offscreen; a throwaway PostgreSQL cluster on 127.0.0.1 is
    # started and stopped by the suite itself (tests/support/pgcluster.sh).
    # Leaks are not errors (Qt and fontconfig keep caches for the process's
    # life); any other report aborts the test that caused it.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    ctest --test-dir "$build" --output-on-failure --parallel 2 "$@"
    ;;
esac
