#!/usr/bin/env bash
# Run the whole test suite: ./test.sh [extra dotnet test args, e.g. --filter Foo]
# Provides Chromium (browser tests) and a private PostgreSQL cluster, then prints
# "N passed, N failed[, N skipped]" as the last line. Exit 0 only if nothing failed and something passed.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export MSBUILDDISABLENODEREUSE=1 # leave no MSBuild nodes behind

summary_fail() { echo "$1" >&2; echo "0 passed, 1 failed"; exit 1; }

# (a) Chromium + CJK fonts for browser tests and screenshots; LibreOffice and pdftotext to check that
# report .docx files open and render (about 25 s to install on this machine).
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium chromium-driver)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1 && ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    missing+=(fonts-noto-cjk)
fi
if ((${#missing[@]})); then
    echo "Installing ${missing[*]}..."
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo
    { $sudo apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } ||
        summary_fail "apt-get install ${missing[*]} failed"
fi

# (b) Private PostgreSQL cluster, stopped and removed on exit.
tmp=$(mktemp -d /tmp/linli-test.XXXXXX)
chmod 711 "$tmp" # the cluster may run as the unprivileged user linlipg
cleanup() {
    "$root/scripts/pg-cluster.sh" stop "$tmp/pg" >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
LINLI_TEST_PG=$("$root/scripts/pg-cluster.sh" start "$tmp/pg") || summary_fail "PostgreSQL did not start"
export LINLI_TEST_PG
echo "PostgreSQL: $LINLI_TEST_PG"

# (c) Environment for the tests.
export LINLI_CHROMIUM=/usr/bin/chromium
export LINLI_HOME=$root

# (d) Build, then test.
dotnet build Linli.slnx -c Release --disable-build-servers || summary_fail "Build failed."
results=$tmp/results
test_rc=0
dotnet test Linli.slnx -c Release --no-build --logger "trx;LogFileName=results.trx" \
    --results-directory "$results" "$@" || test_rc=$?

# (e) Sum the counters of every trx file.
mapfile -t trx < <(find "$results" -name '*.trx' 2>/dev/null)
((${#trx[@]})) || summary_fail "No test results (.trx) were produced (dotnet test exit code $test_rc)."
attr() { grep -o "<Counters [^>]*" "$1" | grep -oE " $2=\"[0-9]+\"" | grep -oE '[0-9]+' | head -n 1 || true; }
passed=0 failed=0 skipped=0
for f in "${trx[@]}"; do
    t=$(attr "$f" total) p=$(attr "$f" passed) x=$(attr "$f" failed)
    e=$(attr "$f" error) to=$(attr "$f" timeout) ab=$(attr "$f" aborted) n=$(attr "$f" notExecuted)
    t=${t:-0} p=${p:-0} x=$((${x:-0} + ${e:-0} + ${to:-0} + ${ab:-0})) n=${n:-0}
    s=$((t - p - x)); ((s > n)) || s=$n; ((s >= 0)) || s=0
    passed=$((passed + p)) failed=$((failed + x)) skipped=$((skipped + s))
done
if ((test_rc != 0 && failed == 0)); then
    echo "dotnet test exited with code $test_rc without reporting a failed test; counting the run as failed." >&2
    failed=1
fi
line="$passed passed, $failed failed"
((skipped == 0)) || line+=", $skipped skipped"
echo "$line"
((failed == 0 && passed > 0))
