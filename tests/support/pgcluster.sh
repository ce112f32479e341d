#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Start or stop a throwaway PostgreSQL cluster on 127.0.0.1 for the tests.
#   pgcluster.sh start STATE PORT   (new cluster in a temp folder, recorded in STATE;
#                                    PORT "auto" takes the first free port from 55432;
#                                    the admin URL is written to STATE.url)
#   pgcluster.sh stop  STATE [PORT] (stop it and remove the folder)
# As root the server runs as the postgres user (initdb refuses root); the
# cluster lives under /tmp so that user can reach it wherever the build is.
set -euo pipefail
action=$1 state=$2 port=${3:-auto}

pgbin=$(pg_config --bindir 2>/dev/null || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    echo "PostgreSQL server binaries not found (install the postgresql package)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $action in
start)
    "$0" stop "$state" || true
    if [ "$port" = auto ]; then
        # The first port nothing listens on, so that two build trees (or a
        # developer's own server) never collide.
        port=55432
        while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
            port=$((port + 1))
            [ "$port" -lt 55632 ] || { echo "no free port for the test cluster" >&2; exit 1; }
        done
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/portdesk-pg.XXXXXX")
    echo "$dir" >"$state"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_owner "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state.url"
    echo "PostgreSQL test cluster on 127.0.0.1:$port ($dir)"
    ;;
stop)
    rm -f "$state.url"
    [ -f "$state" ] || exit 0
    dir=$(cat "$state")
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir" "$state"
    ;;
*)
    echo "usage: $0 start|stop DIR PORT" >&2; exit 2 ;;
esac
