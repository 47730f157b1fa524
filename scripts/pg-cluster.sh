#!/usr/bin/env bash
# Private, throw-away PostgreSQL cluster for tests and local development.
#
#   scripts/pg-cluster.sh start DIR   # init (once) + start; prints the Npgsql connection string
#   scripts/pg-cluster.sh stop DIR    # fast shutdown
#
# Installs the PostgreSQL server from apt when no initdb is found. PostgreSQL refuses
# to run as root, so when started as root the cluster belongs to the system user
# "linlipg" (created on demand); otherwise it belongs to the calling user.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
cmd=$1
mkdir -p "$2"
dir=$(cd "$2" && pwd)
data=$dir/pgdata
sock=$dir/socket

find_bin() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n $d && -x $d/initdb ]]; then echo "$d"; fi
}

pgbin=$(find_bin)

if [[ $(id -u) -eq 0 ]]; then
    pguser=linlipg
    as_pg() { runuser -u "$pguser" -- "$@"; }
else
    pguser=$(id -un)
    as_pg() { "$@"; }
fi

# Tests trade durability for speed; `linli bench` passes production-like settings instead.
server_options=${LINLI_PG_OPTIONS:--c fsync=off -c synchronous_commit=off -c full_page_writes=off}

conn() { echo "Host=127.0.0.1;Port=$1;Username=$pguser;Database=postgres"; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case $cmd in
start)
    if [[ -z $pgbin ]]; then
        if [[ $(id -u) -ne 0 ]]; then
            echo "PostgreSQL server is not installed and we are not root; install postgresql first." >&2
            exit 1
        fi
        echo "Installing PostgreSQL server..." >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2
        pgbin=$(find_bin)
        [[ -n $pgbin ]] || { echo "initdb still not found after installing postgresql" >&2; exit 1; }
    fi

    if [[ $(id -u) -eq 0 ]]; then
        id "$pguser" >/dev/null 2>&1 ||
            useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$pguser"
        chown -R "$pguser:" "$dir"
        if ! as_pg test -w "$dir"; then
            echo "$pguser cannot reach $dir (a parent directory is not traversable); use a directory under /tmp" >&2
            exit 1
        fi
    fi
    as_pg mkdir -p "$sock"

    # Already running (e.g. a second 'start'): just report the connection string again.
    if [[ -f $dir/port ]] && as_pg "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        conn "$(cat "$dir/port")"
        exit 0
    fi

    if [[ ! -f $data/PG_VERSION ]]; then
        locale=C
        if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=C.UTF-8; fi
        as_pg "$pgbin/initdb" -D "$data" --auth=trust --encoding=UTF8 --locale="$locale" \
            --username="$pguser" >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; exit 1; }
    fi

    # Pick a free loopback port; retry on the next one if another process wins the race.
    port=55432
    for _ in $(seq 1 50); do
        while port_busy "$port"; do port=$((port + 1)); done
        if as_pg "$pgbin/pg_ctl" -D "$data" -l "$dir/pg.log" -w -t 60 \
            -o "-p $port -k $sock -c listen_addresses=127.0.0.1 $server_options -c max_connections=200" \
            start >/dev/null; then
            echo "$port" >"$dir/port"
            conn "$port"
            exit 0
        fi
        if grep -qE 'could not bind|Address already in use' "$dir/pg.log" 2>/dev/null; then
            port=$((port + 1))
            continue
        fi
        break
    done
    echo "PostgreSQL failed to start; last lines of $dir/pg.log:" >&2
    tail -n 20 "$dir/pg.log" >&2 || true
    exit 1
    ;;
stop)
    if [[ -n $pgbin && -f $data/PG_VERSION ]] && as_pg "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        as_pg "$pgbin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    fi
    ;;
*) usage ;;
esac
