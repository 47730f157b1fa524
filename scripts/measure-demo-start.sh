#!/usr/bin/env bash
# Measures the first start of `./linli serve` with the demo city on a fresh data folder:
#   scripts/measure-demo-start.sh sqlite      # SQLite file in a temporary data folder
#   scripts/measure-demo-start.sh postgres    # a private PostgreSQL cluster (scripts/pg-cluster.sh)
# Prints the seconds from launch until the platform is listening, and the generated counts.
# docs/performance.md records the figures.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
provider=${1:-sqlite}
tmp=$(mktemp -d /tmp/linli-measure.XXXXXX)
chmod 711 "$tmp"
pid=""
cleanup() {
    [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    [[ $provider == postgres ]] && "$root/scripts/pg-cluster.sh" stop "$tmp/pg" >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

"$root/linli" --help >/dev/null # build first: the build is not part of the start time
port=$((20000 + RANDOM % 20000))
sql() { sqlite3 "$tmp/data/linli.db" "$1"; }
if [[ $provider == postgres ]]; then
    server=$("$root/scripts/pg-cluster.sh" start "$tmp/pg")
    pgport=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$server")
    pguser=$(sed -E 's/.*Username=([^;]+).*/\1/' <<<"$server")
    psql -h 127.0.0.1 -p "$pgport" -U "$pguser" -d postgres -qc "CREATE DATABASE linli_demo" >/dev/null
    export LINLI_Database__Provider=Postgres LINLI_Database__ConnectionString="${server/Database=postgres/Database=linli_demo}"
    sql() { psql -h 127.0.0.1 -p "$pgport" -U "$pguser" -d linli_demo -qtAc "$1" | tr '\n' '|' | sed 's/|$//'; }
fi

start=$(date +%s.%N)
"$root/linli" serve --data "$tmp/data" --urls "http://127.0.0.1:$port" >"$tmp/serve.log" 2>&1 &
pid=$!
until grep -q "已启动" "$tmp/serve.log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/serve.log" >&2; exit 1; }
    sleep 0.05
done
end=$(date +%s.%N)
printf 'first start (%s): %.1f s\n' "$provider" "$(echo "$end - $start" | bc)"
grep -o "Demo city.*" "$tmp/serve.log" || true
echo "committees: $(sql 'SELECT COUNT(*) FROM org_units WHERE "Kind" = 5')"
echo "grids/buildings: $(sql 'SELECT COUNT(*) FROM org_units WHERE "Kind" = 6')/$(sql 'SELECT COUNT(*) FROM org_units WHERE "Kind" = 7')"
echo "estates: $(sql 'SELECT COUNT(*) FROM estates')"
echo "households: $(sql 'SELECT COUNT(*) FROM households')"
echo "residents: $(sql 'SELECT COUNT(*) FROM residents')"
echo "tags: $(sql 'SELECT "Tag" || '"'"'='"'"' || COUNT(*) FROM resident_tags GROUP BY "Tag" ORDER BY COUNT(*) DESC' | tr '\n' ' ')"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
