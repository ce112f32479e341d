#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# The Debian package as a user gets it: cpack -G DEB from the test build,
# then lintian (no error, no warning: packaging/README.md justifies the
# remaining info tags), desktop-file-validate, appstreamcli validate, man's
# own warnings on both pages, the files a desktop finds PortDesk by, and
# stripped binaries. Also portdesk --help and --version with no display.
#   package_test.sh BUILD_DIR SOURCE_DIR
set -u
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
id=io.github.portdesk.PortDesk

if ! (cd "$build" && cpack -G DEB -B "$work/out" > "$work/cpack.log" 2>&1); then
    cat "$work/cpack.log"
    echo "FAIL: cpack"
    exit 1
fi
deb=$(ls "$work"/out/portdesk_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# lintian: E: and W: tags fail; I: are listed.
lintian --allow-root -I "$deb" > "$work/lintian.txt" 2>&1
cat "$work/lintian.txt"
grep -E '^[EW]: ' "$work/lintian.txt" && fail "lintian reports errors or warnings"

control=$(dpkg-deb -f "$deb")
grep -qx 'Section: comm' <<< "$control" || fail "Section is not comm"
grep -q 'qt6-translations-l10n' <<< "$(dpkg-deb -f "$deb" Depends)" || fail "no qt6-translations-l10n in Depends"
grep -q 'libqt6widgets6' <<< "$(dpkg-deb -f "$deb" Depends)" || fail "shlibdeps gave no Qt libraries"
[[ $(dpkg-deb -f "$deb" Description | wc -l) -ge 5 ]] || fail "the description has no extended text"

dpkg-deb -x "$deb" "$work/root"
root=$work/root
for f in usr/bin/portdesk usr/bin/portdesk-cli \
    usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$id.svg \
    usr/share/man/man1/portdesk.1.gz usr/share/man/man1/portdesk-cli.1.gz \
    usr/share/bash-completion/completions/portdesk-cli usr/share/portdesk/request.schema.json \
    usr/share/doc/portdesk/copyright usr/share/doc/portdesk/changelog.gz \
    usr/lib/systemd/user/portdesk-notify.service usr/lib/systemd/user/portdesk-notify.timer; do
    [[ -f $root/$f ]] || fail "missing $f"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    [[ -f $png ]] || { fail "missing the ${size}px icon"; continue; }
    # PNG: width and height are the big-endian words at bytes 16 and 20.
    width=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    [[ $width == "$size" ]] || fail "the ${size}px icon is $width px wide"
done
for binary in portdesk portdesk-cli; do
    file -b "$root/usr/bin/$binary" | grep -q 'stripped' || fail "$binary: no 'stripped' in file(1)"
    file -b "$root/usr/bin/$binary" | grep -q 'not stripped' && fail "$binary is not stripped"
done

# The notification units: the service runs the packaged portdesk-cli's
# notify send, the timer starts it every minute; systemd finds no fault.
units=$root/usr/lib/systemd/user
grep -qx 'ExecStart=/usr/bin/portdesk-cli notify send' "$units/portdesk-notify.service" \
    || fail "portdesk-notify.service does not run /usr/bin/portdesk-cli notify send"
grep -qx 'OnCalendar=minutely' "$units/portdesk-notify.timer" || fail "the timer is not minutely"
grep -qx 'WantedBy=timers.target' "$units/portdesk-notify.timer" || fail "the timer is not wanted by timers.target"
if command -v systemd-analyze > /dev/null; then
    # verify wants the ExecStart binary where the unit says: the package's.
    sed "s|/usr/bin/portdesk-cli|$root/usr/bin/portdesk-cli|" "$units/portdesk-notify.service" \
        > "$work/portdesk-notify.service"
    cp "$units/portdesk-notify.timer" "$work/portdesk-notify.timer"
    verify=$(cd "$work" && XDG_RUNTIME_DIR=$work systemd-analyze verify --user --man=no ./portdesk-notify.service ./portdesk-notify.timer 2>&1)
    [[ -z $verify ]] || fail "systemd-analyze verify: $verify"
fi

desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
grep -q '^Keywords=' "$root/usr/share/applications/$id.desktop" || fail "no Keywords in the .desktop file"
grep -q '^Comment\[es\]=' "$root/usr/share/applications/$id.desktop" || fail "no Spanish in the .desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"

for page in portdesk portdesk-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "man $page: $warnings"
    LC_ALL=C.UTF-8 man -l "$root/usr/share/man/man1/$page.1.gz" 2>/dev/null | grep -q 'EXIT STATUS' \
        || fail "man $page has no EXIT STATUS section"
done

# --help and --version with no display at all (exit 0, not a crash).
help=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$build/src/app/portdesk" --help 2>&1)
rc=$?
[[ $rc == 0 ]] || fail "portdesk --help without a display: exit $rc: $help"
grep -q -- '--sample' <<< "$help" || fail "portdesk --help does not name --sample"
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$build/src/app/portdesk" --version 2>&1)
rc=$?
[[ $rc == 0 && $version == *"$(dpkg-deb -f "$deb" Version)"* ]] \
    || fail "portdesk --version without a display: exit $rc: $version"

nodisplay=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$build/src/app/portdesk" 2>&1)
rc=$?
[[ $rc == 1 && $nodisplay == *"needs a display"* ]] \
    || fail "portdesk without a display: exit $rc (expected 1 and a message): $nodisplay"

echo "failures: $failures"
exit $((failures > 0))
