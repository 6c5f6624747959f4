#!/usr/bin/env bash
# The preview as an editor starts it every morning, on a checkout that was built before (target/ is kept):
#   ready       `mvn -Ppreview package` until "Vorschau läuft" (target of issue 21: <= 10 s)
#   first save  saving a page right after "Vorschau läuft" until the preview serves the new text (<= 1 s)
#   next save   the same 3 s later (the re-bake on a warm JVM)
# Usage: bench/preview-start.sh PROJECT_DIR [runs] [port]   (PROJECT_DIR: a copy; a page in it is edited and restored)
# Prints one tab-separated line per run: run, ready_s, first_save_s, next_save_s. The Maven log of the last run,
# with timestamps, is PROJECT_DIR/preview-start.log (bench/verify-phases.sh shows its steps).
set -euo pipefail
dir=$(cd "${1:?usage: bench/preview-start.sh PROJECT_DIR [runs] [port]}" && pwd)
runs=${2:-1}
port=${3:-${BENCH_PORT:-8829}}
page=content/ueber-uns/index.md
url=http://127.0.0.1:$port/ueber-uns/
MVN="mvn -B ${BENCH_MVN_FLAGS:-}"
cd "$dir"
[ -d target/site ] || $MVN -q package -DskipTests > /dev/null # "built before"
cp "$page" "$dir/.page.orig"
trap 'cp "$dir/.page.orig" "$dir/$page"; [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null || true' EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
served() { # $1 marker: wait until the preview serves it (at most 120 s)
  local t0
  t0=$(now)
  until curl -fs "$url" 2>/dev/null | grep -q "$1"; do
    sleep 0.02
    if awk -v a="$t0" -v b="$(now)" 'BEGIN { exit !(b - a > 120) }'; then echo "timeout: $1" >&2; return 1; fi
  done
}
save() { { cat "$dir/.page.orig"; printf '\nNeuer Absatz %s.\n' "$1"; } > "$page"; }

printf 'run\tready_s\tfirst_save_s\tnext_save_s\n'
for r in $(seq "$runs"); do
  : > preview-start.log # never read the previous run's "Vorschau läuft"
  t0=$(now)
  $MVN -Ppreview package "-Djbake.port=$port" -Dorg.slf4j.simpleLogger.showDateTime=true \
    -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS > preview-start.log 2>&1 &
  pid=$!
  until grep -q 'Vorschau läuft' preview-start.log; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "preview did not start, see $dir/preview-start.log" >&2; exit 1; }
  done
  ready=$(since "$t0")
  marker="Erster-Speichern-$r-$RANDOM"
  t1=$(now); save "$marker"; served "$marker"; first=$(since "$t1")
  sleep 3
  marker="Zweites-Speichern-$r-$RANDOM"
  t2=$(now); save "$marker"; served "$marker"; next=$(since "$t2")
  cp "$dir/.page.orig" "$page"
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
  printf '%s\t%s\t%s\t%s\n' "$r" "$ready" "$first" "$next"
  sleep 2
done
