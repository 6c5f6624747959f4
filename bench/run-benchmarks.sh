#!/usr/bin/env bash
# run-benchmarks.sh [RUNS] [SECTIONS...]
# Measures what BENCHMARKS.md reports, each case RUNS times (default 3), wall time and peak RSS with
# /usr/bin/time, the machine's load average before each run. Everything runs in copies under BENCH_WORK
# (default /tmp/kjc-bench), never in content/ or target/site, and outside the project on purpose: the
# preview (jbake:inline) watches the whole project directory and would rescan thousands of corpus and
# node_modules files every second. Raw rows: BENCH_WORK/results.tsv; summary (min/median per case):
# BENCH_WORK/summary.md.
# SECTIONS (default all): site verify corpus levers preview sizes
# Environment: BENCH_SIZES (default "1000 4000"), BENCH_MVN_FLAGS (e.g. -o), BENCH_PORT (preview, 8829).
set -euo pipefail

RUNS=${1:-3}
shift || true
SECTIONS=${*:-site verify corpus levers preview sizes}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${BENCH_WORK:-${TMPDIR:-/tmp}/kjc-bench}
TSV=$OUT/results.tsv
MVN="mvn -B ${BENCH_MVN_FLAGS:-}"
mkdir -p "$OUT"
[ -f "$TSV" ] || printf 'case\trun\twall_s\trss_mib\tload1\tnote\n' > "$TSV"
has() { [[ " $SECTIONS " == *" $1 "* ]]; }
log() { echo "[bench $(date -u +%H:%M:%S)] $*"; }

# measure CASE RUN DIR CMD...: time CMD in DIR, append a row; the command's output goes to OUT/CASE.log.
measure() {
  local name=$1 run=$2 dir=$3
  shift 3
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  if ! (cd "$dir" && /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > "$OUT/$name.log" 2>&1); then
    echo "FEHLER in $name (run $run), siehe $OUT/$name.log" >&2
    tail -30 "$OUT/$name.log" >&2
    exit 1
  fi
  local wall rss
  read -r wall rss < "$OUT/time.txt"
  local note
  note=$(grep -o 'Baked [0-9]* items in [0-9]*ms' "$OUT/$name.log" | tail -1 || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$run" "$wall" "$((rss / 1024))" "$load" "$note" | tee -a "$TSV"
}

# copy_project DIR: the project without build output (like a fresh clone plus uncommitted edits)
copy_project() {
  rm -rf "$1"
  rsync -a --exclude .git --exclude target/ --exclude node_modules/ --exclude /bench/ "$ROOT/" "$1/"
}

JBAKE="rm -rf target/site && $MVN package -DskipTests"
ELEVENTY="rm -rf ../eleventy-site && $OUT/eleventy/node_modules/.bin/eleventy --quiet \
  --config=$OUT/eleventy/eleventy.config.js --input=. --output=../eleventy-site"

if has site || has verify || has levers || has preview || has sizes; then
  copy_project "$OUT/real"
fi

if has site; then
  log "real site: clean package without tests"
  (cd "$OUT/real" && $MVN -q package -DskipTests > /dev/null) # warm the file cache and ~/.m2 once
  for r in $(seq "$RUNS"); do
    measure site-package "$r" "$OUT/real" bash -c "rm -rf target build-tools/target && $MVN package -DskipTests"
  done
fi

if has verify; then
  log "real site: the full test command (mvn verify)"
  for r in $(seq "$RUNS"); do
    measure site-verify "$r" "$OUT/real" bash -c "rm -rf target build-tools/target && $MVN verify"
  done
fi

if has corpus; then
  # Eleventy, pinned by bench/eleventy/package-lock.json, installed next to the corpora.
  mkdir -p "$OUT/eleventy"
  cp "$ROOT/bench/eleventy/"{package.json,package-lock.json,.npmrc,eleventy.config.js} "$OUT/eleventy/"
  [ -x "$OUT/eleventy/node_modules/.bin/eleventy" ] || (cd "$OUT/eleventy" && npm ci --no-audit --no-fund)
  for n in ${BENCH_SIZES:-1000 4000}; do
    log "corpus N=$n: bench/build-corpus.sh (validator, bake, guards), then package vs Eleventy"
    measure "corpus$n-build-corpus.sh" 1 "$ROOT" bench/build-corpus.sh "$n" "$OUT/c$n"
    cp -r "$ROOT/bench/eleventy/site-src/." "$OUT/c$n/corpus/yaml/"
    cp -r "$OUT/c$n/corpus/img" "$OUT/c$n/corpus/yaml/"
    for r in $(seq "$RUNS"); do
      measure "corpus$n-jbake" "$r" "$OUT/c$n/site" bash -c "$JBAKE"
      measure "corpus$n-eleventy" "$r" "$OUT/c$n/corpus/yaml" bash -c "$ELEVENTY"
    done
  done
fi

if has levers; then
  # Before/after of each lever on the same corpus, one run each (stock JBake at 4000 takes minutes).
  for n in ${BENCH_SIZES:-1000 4000}; do
    [ -d "$OUT/c$n/site" ] || BENCH_TESTS=SiteGuardTest bench/build-corpus.sh "$n" "$OUT/c$n"
    site=$OUT/c$n/site
    log "levers N=$n"
    measure "lever$n-stock-jbake-renderer" 1 "$site" bash -c "$JBAKE -Dkjc.bake.stock=true"
    measure "lever$n-per-page-mark" 1 "$site" bash -c "$JBAKE -Dkjc.bake.perPageMark=true"
    measure "lever$n-all-levers" 1 "$site" bash -c "$JBAKE"
    if [ -f "$site/.mvn/jvm.config" ]; then
      mv "$site/.mvn/jvm.config" "$site/.mvn/jvm.config.off"
      measure "lever$n-without-jvm.config" 1 "$site" bash -c "$JBAKE"
      mv "$site/.mvn/jvm.config.off" "$site/.mvn/jvm.config"
    else
      measure "lever$n-with-TieredStopAtLevel=1" 1 "$site" bash -c "export MAVEN_OPTS=-XX:TieredStopAtLevel=1; $JBAKE"
    fi
    # JBake's own Markdown engine (a new Flexmark parser per file) instead of ProjectMarkdownEngine.
    engines=$site/build-tools/src/main/resources/META-INF/org.jbake.parser.MarkupEngines.properties
    mv "$engines" "$engines.off"
    measure "lever$n-jbake-markdown-engine" 1 "$site" bash -c "$JBAKE"
    mv "$engines.off" "$engines"
  done
fi

if has preview; then
  # The preview's re-bake: time from saving a page to the new text in the page the preview serves.
  log "preview: re-bake after editing one page"
  port=${BENCH_PORT:-8829}
  dir=$OUT/real
  page=content/ueber-uns/index.md
  # Works with JBake's inline goal (stops on a blank line on stdin, fed through a FIFO we hold open) and with
  # a preview server that stops on SIGINT (Ctrl+C): the mvn process started here gets both.
  rm -f "$OUT/preview.in" && mkfifo "$OUT/preview.in"
  (cd "$dir" && rm -rf target && exec $MVN -Ppreview package "-Djbake.port=$port" \
    < "$OUT/preview.in" > "$OUT/preview.log" 2>&1) &
  preview=$!
  exec 9> "$OUT/preview.in"
  waited=0
  until curl -fs -o /dev/null "http://localhost:$port/"; do
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -gt 600 ] || ! kill -0 "$preview" 2>/dev/null; then
      echo "preview did not start, see $OUT/preview.log" >&2; kill -INT "$preview" 2>/dev/null; exit 1
    fi
  done
  sleep 5 # let a start-up re-bake (if any) settle
  cp "$dir/$page" "$OUT/page.orig"
  for r in $(seq "$((RUNS + 2))"); do
    sleep 3
    marker="Messpunkt-$r-$RANDOM"
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s.%N)
    { cat "$OUT/page.orig"; printf '\nNeuer Absatz %s.\n' "$marker"; } > "$dir/$page"
    # What the browser gets: the page over HTTP from the preview server.
    until curl -fs -o "$OUT/page.html" "http://localhost:$port/ueber-uns/" && grep -q "$marker" "$OUT/page.html"; do
      sleep 0.05
      if awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { exit !(b - a > 120) }'; then
        echo "preview: no re-bake within 120 s" >&2; echo >&9; exit 1
      fi
    done
    end=$(date +%s.%N)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' preview-rebake "$r" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')" "" "$load" \
      "save to new text served at /ueber-uns/" | tee -a "$TSV"
  done
  cp "$OUT/page.orig" "$dir/$page"
  sleep 3
  echo >&9
  exec 9>&-
  sleep 2
  kill -INT "$preview" 2>/dev/null || true
  wait "$preview" || true

  rm -f "$OUT/preview.in"
fi

if has sizes; then
  log "sizes of each page type (real site, publish-like output in target/site)"
  site=$OUT/real/target/site
  [ -f "$site/index.html" ] || (cd "$OUT/real" && $MVN -q package -DskipTests > /dev/null)
  {
    echo "| file | type | bytes | gzip -9 bytes |"
    echo "|---|---|---:|---:|"
    row() { [ -f "$site/$1" ] && echo "| $1 | $2 | $(wc -c < "$site/$1") | $(gzip -9c "$site/$1" | wc -c) |"; }
    row index.html "Startseite (home)"
    row ueber-uns/index.html "Seite (page)"
    row aktuelles/index.html "Aktuelles (Liste)"
    row aktuelles/2018/2018-11-26-kampagnenstart.html "Pressemitteilung (post)"
    row sitemap/index.html "Sitemap"
    row 404.html "404"
    for f in $(cd "$site" && find . -name '*.html' -path './jobcenter/*' | sort | head -2); do row "${f#./}" "Jobcenter"; done
    for f in $(cd "$site" && find . -name '*.css' -o -name '*.js' | sort); do row "${f#./}" "${f##*.}"; done
  } | tee "$OUT/sizes.md"
fi

# Summary: min and median wall time and peak RSS per case.
sort -t$'\t' -k1,1 -k3,3n "$TSV" | awk -F'\t' '
  NR > 0 && $1 != "case" { n[$1]++; w[$1, n[$1]] = $3; r[$1] = ($4 > r[$1] ? $4 : r[$1]); l[$1] = l[$1] " " $5 }
  END {
    print "| case | runs | wall min (s) | wall median (s) | peak RSS max (MiB) | load1 per run |"
    print "|---|---:|---:|---:|---:|---|"
    for (c in n) {
      k = n[c]; med = (k % 2) ? w[c, (k + 1) / 2] : (w[c, k / 2] + w[c, k / 2 + 1]) / 2
      printf "| %s | %d | %.2f | %.2f | %s | %s |\n", c, k, w[c, 1], med, r[c], l[c]
    }
  }' | (read -r h1; read -r h2; echo "$h1"; echo "$h2"; sort) | tee "$OUT/summary.md"
