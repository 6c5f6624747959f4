#!/usr/bin/env bash
# run-benchmarks.sh [RUNS] [SECTIONS...]
# Measures what BENCHMARKS.md reports, each case RUNS times (default 3), wall time and peak RSS with
# /usr/bin/time, the machine's load average before each run. Everything runs in copies under BENCH_WORK
# (default /tmp/kjc-bench), never in content/ or target/site, and outside the project on purpose: the
# preview (jbake:inline) watches the whole project directory and would rescan thousands of corpus and
# node_modules files every second. Raw rows: BENCH_WORK/results.tsv; summary (min/median per case):
# BENCH_WORK/summary.md.
# SECTIONS (default all but baseline): site verify corpus warm levers preview preview-start sizes baseline (needs
# BENCH_BASELINE). warm: cold build, then one Pressemitteilung edited, unchanged, one added, one deleted, cold in
# the kept store (JBake's persistent store), and one cold build with the in-memory store. The targets of issue 21: verify (wall time and where it goes, per run in
# BENCH_WORK/site-verify-phases-RUN.txt), preview-start (ready time and first save on a checkout built before).
# Environment: BENCH_SIZES (default "1000 4000"), BENCH_MVN_FLAGS (e.g. -o), BENCH_PORT (preview, 8829).
set -euo pipefail

RUNS=${1:-3}
shift || true
SECTIONS=${*:-site verify corpus warm levers preview preview-start sizes}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${BENCH_WORK:-${TMPDIR:-/tmp}/kjc-bench}
TSV=$OUT/results.tsv
MVN="mvn -B ${BENCH_MVN_FLAGS:-}"
mkdir -p "$OUT"
[ -f "$TSV" ] || printf 'case\trun\twall_s\tcpu_s\trss_mib\tload1\tnote\n' > "$TSV"
has() { [[ " $SECTIONS " == *" $1 "* ]]; }
log() { echo "[bench $(date -u +%H:%M:%S)] $*"; }

# measure CASE RUN DIR CMD...: time CMD in DIR, append a row; the command's output goes to OUT/CASE.log.
measure() {
  local name=$1 run=$2 dir=$3
  shift 3
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  if ! (cd "$dir" && /usr/bin/time -f "%e %M %U %S" -o "$OUT/time.txt" "$@" > "$OUT/$name.log" 2>&1); then
    echo "FEHLER in $name (run $run), siehe $OUT/$name.log" >&2
    tail -30 "$OUT/$name.log" >&2
    exit 1
  fi
  local wall rss user sys
  read -r wall rss user sys < "$OUT/time.txt"
  local note
  note=$(grep -o 'Baked [0-9]* items in [0-9]*ms' "$OUT/$name.log" | tail -1 || true)
  local store
  store=$(grep -o 'Inhaltsspeicher: [^(]*' "$OUT/$name.log" | tail -1 | sed 's/ *$//' || true)
  [ -z "$store" ] || note="$note; $store"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$run" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')" \
    "$((rss / 1024))" "$load" "$note" | tee -a "$TSV"
}

# copy_project DIR: the project without build output (like a fresh clone plus uncommitted edits)
copy_project() {
  rm -rf "$1"
  rsync -a --exclude .git --exclude target/ --exclude node_modules/ --exclude /bench/ "$ROOT/" "$1/"
  # the build and its tests read the research and the seed at ../shared, as beside the repository
  if [ -d "$ROOT/../shared" ]; then ln -sfn "$(cd "$ROOT/../shared" && pwd)" "$(dirname "$1")/shared"; fi
}

JBAKE="rm -rf target/site && $MVN package -DskipTests"
ELEVENTY="rm -rf ../eleventy-site && $OUT/eleventy/node_modules/.bin/eleventy --quiet \
  --config=$OUT/eleventy/eleventy.config.js --input=. --output=../eleventy-site"

if has site || has verify || has levers || has preview || has preview-start || has sizes; then
  copy_project "$OUT/real"
fi

if has site; then
  # "clean": a second clone on a machine that built the site before (~/.m2, and Pagefind's install in
  # ~/.cache/kjc-hessen-website/pagefind, which the warm-up writes); build-tools and its tests are compiled again.
  # "built": build-tools compiled and Pagefind installed in target/, only target/site removed (a developer's
  # rebuild). Neither compiles the site tests or writes the dated archive (-DskipTests, profile skipTests).
  log "real site: clean package without tests"
  (cd "$OUT/real" && $MVN -q package -DskipTests > /dev/null) # warm the file cache, ~/.m2 and the Pagefind cache once
  for r in $(seq "$RUNS"); do
    measure site-package "$r" "$OUT/real" bash -c "rm -rf target build-tools/target && $MVN package -DskipTests"
  done
  log "real site: package without tests, build-tools built"
  for r in $(seq "$RUNS"); do
    measure site-package-built "$r" "$OUT/real" bash -c "rm -rf target/site && $MVN package -DskipTests"
  done
fi

if has verify; then
  log "real site: the full test command (mvn verify)"
  for r in $(seq "$RUNS"); do
    measure site-verify "$r" "$OUT/real" bash -c "rm -rf target build-tools/target && $MVN verify \
      -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
    "$ROOT/bench/verify-phases.sh" "$OUT/site-verify.log" > "$OUT/site-verify-phases-$r.txt"
    log "verify run $r: $(grep 'site-tests' "$OUT/site-verify-phases-$r.txt" | xargs) (all steps in $OUT/site-verify-phases-$r.txt)"
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
    # Eleventy followed by Pagefind (the usual search for an Eleventy site; same pinned Pagefind as ours): the
    # closer comparison to our build, which indexes every page too.
    pagefind=$OUT/c$n/site/target/pagefind-cli/node_modules/.bin/pagefind
    for r in $(seq "$RUNS"); do
      measure "corpus$n-jbake" "$r" "$OUT/c$n/site" bash -c "$JBAKE"
      measure "corpus$n-eleventy" "$r" "$OUT/c$n/corpus/yaml" bash -c "$ELEVENTY"
      measure "corpus$n-eleventy+pagefind" "$r" "$OUT/c$n/corpus/yaml" bash -c "$ELEVENTY && $pagefind --site ../eleventy-site"
    done
  done
fi

if has warm; then
  # Warm rebuilds (issue 21): JBake's persistent store (target/target, opt-in: custom.properties with
  # db.store=plocal, as README "Warm builds" says) and target/site kept between builds. A cold
  # build (store and site removed), then one edited Pressemitteilung, one added (a date of its own: a date shared
  # with another one makes the bake crawl everything again), one deleted (deliberately cold: JBake would keep its
  # document). Each row's note says how the build ran (WarmStore's log line) and JBake's own bake time.
  for n in ${BENCH_SIZES:-1000 4000}; do
    [ -d "$OUT/c$n/site" ] || BENCH_TESTS=SiteGuardTest bench/build-corpus.sh "$n" "$OUT/c$n"
    site=$OUT/c$n/site
    log "warm rebuilds N=$n"
    printf 'db.store=plocal\n' > "$site/custom.properties"
    TS="-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
    for r in $(seq "$RUNS"); do
      measure "warm$n-cold" "$r" "$site" bash -c "rm -rf target/site target/target target/jbake-warm.properties && $MVN package -DskipTests $TS"
      edited=$(ls "$site"/content/aktuelles/2025/*-pm-00001.md)
      printf '\nEin geänderter Satz (Lauf %s).\n' "$r" >> "$edited"
      measure "warm$n-one-edited" "$r" "$site" bash -c "$MVN package -DskipTests $TS"; cp "$OUT/warm$n-one-edited.log" "$OUT/warm$n-one-edited-$r.log"
      measure "warm$n-unchanged" "$r" "$site" bash -c "$MVN package -DskipTests $TS"; cp "$OUT/warm$n-unchanged.log" "$OUT/warm$n-unchanged-$r.log"
      added=$site/content/aktuelles/2026/2026-01-1$r-bench-neu.md
      mkdir -p "$(dirname "$added")"
      sed "s/^date=.*/date=2026-01-1$r/; s/^title=\(.*\)/title=\1 (neu)/" "$edited" > "$added"
      measure "warm$n-one-added" "$r" "$site" bash -c "$MVN package -DskipTests $TS"; cp "$OUT/warm$n-one-added.log" "$OUT/warm$n-one-added-$r.log"
      rm "$added"
      measure "warm$n-one-deleted" "$r" "$site" bash -c "$MVN package -DskipTests $TS"; cp "$OUT/warm$n-one-deleted.log" "$OUT/warm$n-one-deleted-$r.log"
      # cold after a change that warm builds cannot follow (a kjc.* property is part of WarmStore's inputs, as data
      # and templates are): WarmStore deletes the kept store and JBake creates a new one
      measure "warm$n-cold-kept-store" "$r" "$site" bash -c "$MVN package -DskipTests $TS -Dkjc.bench.cold=$r"
    done
    # What the persistent store costs a cold build: the same cold build with JBake's in-memory store (the default).
    rm "$site/custom.properties"
    measure "warm$n-cold-memory-store" 1 "$site" bash -c "rm -rf target/site target/target target/jbake-warm.properties && $MVN package -DskipTests $TS"
  done
fi

if has levers; then
  # Before/after of each lever on the same corpus, one run each (stock JBake at 4000 takes minutes).
  for n in ${BENCH_SIZES:-1000 4000}; do
    [ -d "$OUT/c$n/site" ] || BENCH_TESTS=SiteGuardTest bench/build-corpus.sh "$n" "$OUT/c$n"
    site=$OUT/c$n/site
    log "levers N=$n"
    measure "lever$n-stock-jbake-renderer" 1 "$site" bash -c "$JBAKE -Dkjc.bake.stock=true"
    rm -rf "$OUT/c$n/site-stock" && cp -r "$site/target/site" "$OUT/c$n/site-stock"
    measure "lever$n-per-page-mark" 1 "$site" bash -c "$JBAKE -Dkjc.bake.perPageMark=true"
    measure "lever$n-one-render-thread" 1 "$site" bash -c "$JBAKE -Dkjc.bake.threads=1"
    measure "lever$n-no-markdown-prefetch" 1 "$site" bash -c "$JBAKE -Dkjc.bake.noPrefetch=true"
    measure "lever$n-orientdb-password-hashing" 1 "$site" bash -c "$JBAKE -Dsecurity.userPasswordSaltIterations=65536"
    measure "lever$n-all-levers" 1 "$site" bash -c "$JBAKE"
    # Same pages? And how many Pressemitteilungen got other previous/next links from stock JBake?
    nav() { (cd "$1" && grep -r -A3 --include='*.html' 'class="blaettern"' . | sort); }
    pages_stock=$(cd "$OUT/c$n/site-stock" && find . -name '*.html' | sort | md5sum)
    pages_ours=$(cd "$site/target/site" && find . -name '*.html' | sort | md5sum)
    differing=$(set +o pipefail; diff <(nav "$OUT/c$n/site-stock") <(nav "$site/target/site") | grep '^[<>]' \
      | sed 's/^[<>] //; s/\.html[-:].*/.html/' | sort -u | wc -l)
    printf 'lever%s-compare\t1\t\t\t\t\tsame page set: %s; pages whose previous/next differ from stock JBake: %s\n' "$n" \
      "$([ "$pages_stock" = "$pages_ours" ] && echo yes || echo NO)" "$differing" | tee -a "$TSV"
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

if has baseline; then
  # The same corpora built by an earlier commit of the project (BENCH_BASELINE, e.g. the state before a round
  # of levers), RUNS times each, alternating with the current tree: before/after on the same machine and day.
  base=${BENCH_BASELINE:?set BENCH_BASELINE to a commit}
  for n in ${BENCH_SIZES:-1000 4000}; do
    [ -d "$OUT/c$n/site" ] || BENCH_TESTS=SiteGuardTest bench/build-corpus.sh "$n" "$OUT/c$n"
    rm -rf "$OUT/b$n" && mkdir -p "$OUT/b$n"
    git -C "$ROOT" archive "$base" | tar -x -C "$OUT/b$n"
    cp -r "$OUT/c$n/corpus/jbake/aktuelles/." "$OUT/b$n/content/aktuelles/"
    mkdir -p "$OUT/b$n/assets/img" && cp "$OUT/c$n/corpus/img/pm-bild.svg" "$OUT/b$n/assets/img/"
    log "baseline $base vs. now, N=$n"
    for r in $(seq "$RUNS"); do
      measure "baseline$n-$base" "$r" "$OUT/b$n" bash -c "$JBAKE"
      measure "corpus$n-jbake" "$r" "$OUT/c$n/site" bash -c "$JBAKE"
    done
  done
fi

if has preview; then
  # The preview's re-bake: time from saving a page to the new text in the page the preview serves.
  log "preview: re-bake after editing one page"
  port=${BENCH_PORT:-8829}
  dir=$OUT/real
  page=content/ueber-uns/index.md
  # Works with JBake's inline goal (stops on a blank line on stdin, fed through a FIFO we hold open) and with
  # a preview server that stops on SIGTERM: the mvn process started here gets both.
  rm -f "$OUT/preview.in" && mkfifo "$OUT/preview.in"
  (cd "$dir" && rm -rf target && exec $MVN -Ppreview package "-Djbake.port=$port" \
    < "$OUT/preview.in" > "$OUT/preview.log" 2>&1) &
  preview=$!
  exec 9> "$OUT/preview.in"
  waited=0
  until curl -fs -o /dev/null "http://localhost:$port/"; do
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -gt 600 ] || ! kill -0 "$preview" 2>/dev/null; then
      echo "preview did not start, see $OUT/preview.log" >&2; kill -TERM "$preview" 2>/dev/null; exit 1
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
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' preview-rebake "$r" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')" "" "" "$load" \
      "save to new text served at /ueber-uns/" | tee -a "$TSV"
  done
  cp "$OUT/page.orig" "$dir/$page"
  sleep 3
  echo >&9
  exec 9>&-
  sleep 2
  kill -TERM "$preview" 2>/dev/null || true # background jobs of a script ignore SIGINT
  wait "$preview" || true

  rm -f "$OUT/preview.in"
fi

if has preview-start; then
  # Issue 21: `mvn -Ppreview package` on a checkout built before until "Vorschau läuft" (<= 10 s), and the first
  # save right after it until the page is served (<= 1 s); then a save 3 s later. bench/preview-start.sh does it.
  log "preview start and first save (checkout built before)"
  [ -d "$OUT/real/target/site" ] || (cd "$OUT/real" && $MVN -q package -DskipTests > "$OUT/preview-start-build.log" 2>&1)
  for r in $(seq "$RUNS"); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    "$ROOT/bench/preview-start.sh" "$OUT/real" 1 "${BENCH_PORT:-8829}" > "$OUT/preview-start.txt"
    read -r _ ready first next < <(tail -1 "$OUT/preview-start.txt")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' preview-ready "$r" "$ready" "" "" "$load" "mvn -Ppreview package until Vorschau läuft" | tee -a "$TSV"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' preview-first-save "$r" "$first" "" "" "$load" "save right after start until served" | tee -a "$TSV"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' preview-next-save "$r" "$next" "" "" "$load" "save 3 s later until served" | tee -a "$TSV"
  done
fi

if has sizes; then
  # Each page type: the HTML, and the CSS and JS it references (what a first visit downloads besides
  # images), raw and gzip -9. Pagefind's scripts load only on the search page.
  log "sizes of each page type (real site, target/site)"
  site=$OUT/real/target/site
  [ -f "$site/index.html" ] || (cd "$OUT/real" && $MVN -q package -DskipTests > "$OUT/sizes-build.log" 2>&1)
  gz() { gzip -9c "$@" | wc -c; }
  row() {
    local f=$site/$2
    [ -f "$f" ] || return 0
    local assets
    assets=$(grep -o -E '(href="[^"]*\.css"|src="[^"]*\.js")' "$f" | sed -E 's/^(href|src)="//; s/"$//' \
      | grep '^/' | sed "s|^|$site|" | sort -u | while read -r a; do [ -f "$a" ] && echo "$a"; done)
    local css js
    css=$(echo "$assets" | grep '\.css$' || true)
    js=$(echo "$assets" | grep '\.js$' || true)
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$(wc -c < "$f")" "$(gz "$f")" \
      "$( [ -n "$css" ] && cat $css | wc -c || echo 0)" "$( [ -n "$css" ] && cat $css | gzip -9c | wc -c || echo 0)" \
      "$( [ -n "$js" ] && cat $js | wc -c || echo 0)" "$( [ -n "$js" ] && cat $js | gzip -9c | wc -c || echo 0)"
  }
  first() { (cd "$site" && find . -path "./$1" -name '*.html' ! -path "./$(dirname "$1")/index.html" | sort | head -1 | sed 's|^\./||'); }
  {
    echo "| page type | file | HTML bytes | HTML gzip | CSS bytes | CSS gzip | JS bytes | JS gzip |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    row "Startseite" index.html
    row "Inhaltsseite" ueber-uns/index.html
    row "Pressemitteilung" "$(first 'aktuelles/20*')"
    row "Liste Aktuelles" aktuelles/index.html
    row "Archiv" aktuelles/archiv/index.html
    row "Archiv, ein Jahr" "$(cd "$site" && ls -d aktuelles/archiv/*/ | sort | tail -1)index.html"
    row "Schlagwörter" aktuelles/schlagworte/index.html
    row "Schlagwort" "$(first 'aktuelles/schlagworte/*')"
    row "Termine" termine/index.html
    row "Termin" "$(first 'termine/*')"
    row "Jobcenter-Liste" jobcenter/index.html
    row "Jobcenter" "$(first 'jobcenter/*')"
    row "Suche" suche/index.html
    row "Sitemap" sitemap/index.html
    row "404" 404.html
  } | tee "$OUT/sizes.md"
  echo "all files: $(find "$site" -type f | wc -l), $(du -sk "$site" | cut -f1) KiB; CSS files:" \
    "$(find "$site" -name '*.css' -not -path '*/pagefind/*' -exec cat {} + | wc -c) bytes (without Pagefind)" \
    | tee -a "$OUT/sizes.md"
fi

# Summary per case: min and median wall time, median CPU time (user+sys, all processes: less sensitive to
# other load on the machine than wall time), the largest peak RSS, and the load average before each run.
awk -F'\t' '
  function median(a, k,   i, j, t) {
    for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
  }
  NR > 1 && $3 != "" { n[$1]++; w[$1, n[$1]] = $3; c[$1, n[$1]] = $4; if ($5 + 0 > r[$1] + 0) r[$1] = $5; l[$1] = l[$1] " " $6 }
  END {
    print "| case | runs | wall min (s) | wall median (s) | CPU median (s) | peak RSS max (MiB) | load1 before each run |"
    print "|---|---:|---:|---:|---:|---:|---|"
    for (x in n) {
      k = n[x]; min = ""
      for (i = 1; i <= k; i++) { ww[i] = w[x, i] + 0; cc[i] = c[x, i] + 0; if (min == "" || ww[i] < min) min = ww[i] }
      printf "| %s | %d | %.2f | %.2f | %s | %s | %s |\n", x, k, min, median(ww, k), (c[x, 1] == "" ? "" : sprintf("%.1f", median(cc, k))), r[x], l[x]
    }
  }' "$TSV" | (read -r h1; read -r h2; echo "$h1"; echo "$h2"; sort) | tee "$OUT/summary.md"
awk -F'\t' 'NR > 1 && $3 == "" { print "- " $1 ": " $7 }' "$TSV" | tee -a "$OUT/summary.md"
