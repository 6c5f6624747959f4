#!/usr/bin/env bash
# Measures the live preview: time from saving a content file to the re-baked page being served
# (what the reload script then loads), and from breaking a file to the German error page.
# Works on a throwaway copy of the committed project, so the working tree is never touched.
# Usage: bench/preview-reload.sh [runs]   (default 5); prints one line per run and a summary.
set -euo pipefail
runs=${1:-5}
port=${PREVIEW_BENCH_PORT:-8893}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
git -C "$repo" archive HEAD | tar -x -C "$work"
cd "$work"
page=content/kontakt/index.md
url=http://127.0.0.1:$port/kontakt/

now_ms() { date +%s%3N; }
wait_for() { # $1 = grep pattern expected in the served page
  for _ in $(seq 1 3000); do
    if curl -s "$url" | grep -q -- "$1"; then return 0; fi
    sleep 0.02
  done
  echo "timeout waiting for $1" >&2; return 1
}
wait_ok() { # the page is served again (HTTP 200 instead of the error page's 500)
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then return 0; fi
    sleep 0.02
  done
  echo "timeout waiting for HTTP 200" >&2; return 1
}

start=$(now_ms)
mvn -B -q -Ppreview package -Djbake.port="$port" > preview.log 2>&1 &
pid=$!
until grep -q 'Vorschau läuft' preview.log; do sleep 0.5; kill -0 "$pid"; done
echo "start (mvn -Ppreview package until 'Vorschau läuft'): $(( $(now_ms) - start )) ms"

original=$(cat "$page")
for i in $(seq 1 "$runs"); do
  t0=$(now_ms); printf '%s\n\nMesspunkt %s.\n' "$original" "$i" > "$page"; wait_for "Messpunkt $i"
  edit=$(( $(now_ms) - t0 ))
  t0=$(now_ms); printf '%s\n' "$original" | sed 's/^date=.*/date=25.11.2026/' > "$page"; wait_for 'Die Vorschau kann nicht gebaut werden'
  broken=$(( $(now_ms) - t0 ))
  t0=$(now_ms); printf '%s\n' "$original" > "$page"; wait_ok
  fixed=$(( $(now_ms) - t0 ))
  echo "run $i: save->new page ${edit} ms, break->error page ${broken} ms, fix->page ${fixed} ms"
done
grep 'Vorschau neu gebaut in' preview.log | sed 's/.* in \([0-9]*\) ms./\1/' | sort -n | tr '\n' ' ' \
  | awk '{print "re-bake times reported by the server (ms, sorted):", $0}'
