#!/usr/bin/env bash
# pictures.sh [N] [RUNS]
# What pictures cost the build (BENCHMARKS.md, "Bilder"): a copy of the project with N Pressemitteilungen, each with
# its own 4000 × 3000 JPEG (bench/GenPictures.java), built with `mvn -o -q package -DskipTests`:
#   baseline  the same N Pressemitteilungen without pictures
#   cold      with pictures, empty variant cache (target/site and target/bild-cache removed): every variant encoded
#   warm      with pictures, cache kept (only target/site removed): nothing is encoded, variants are copied
# A first unmeasured build compiles build-tools and installs Pagefind, so no measured build pays for that.
# Per picture = (cold - baseline) / N and (warm - baseline) / N. Prints the sizes of one picture's variants too.
# Run on an otherwise idle machine (parallel builds make the numbers meaningless). Never in the tests.
set -euo pipefail
N=${1:-50}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v rsync >/dev/null || { echo "pictures.sh: rsync fehlt (apt-get install rsync)" >&2; exit 2; }

rsync -a --exclude .git --exclude target/ --exclude node_modules/ --exclude /bench/ "$ROOT/" "$WORK/site/"
ln -sfn "$ROOT/../shared" "$WORK/shared" 2>/dev/null || true
java "$ROOT/bench/GenPictures.java" "$WORK/site/assets/bilder" "$N"
mkdir -p "$WORK/site/content/aktuelles/2018" "$WORK/site/assets/downloads"
for i in $(seq -f "%03g" 1 "$N"); do
  cat > "$WORK/site/content/aktuelles/2018/2018-10-01-bildmessung-$i.md" <<MD
title=Bildmessung $i
description=Eine Pressemitteilung der Messung mit Bild $i.
date=2018-10-01
type=post
status=published
tags=Kampagne
image=/bilder/foto-$i.jpg
image_alt=Bunte Kreise vor einem Farbverlauf, Messbild $i
image_credit=Messbild der Technik
image_license=CC0 1.0
~~~~~~
Text der Messung $i.
MD
done

build() { # label
  local start end
  start=$(date +%s.%N)
  (cd "$WORK/site" && mvn -o -q -B package -DskipTests > "$WORK/build-$1.log" 2>&1) \
    || { tail -30 "$WORK/build-$1.log" >&2; echo "pictures.sh: Bau fehlgeschlagen ($1)" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "pictures.sh: N=$N, RUNS=$RUNS, $(nproc) Kerne, $(java -version 2>&1 | head -1)"
# One build first: compiles build-tools and installs Pagefind into target/, which all three builds then share;
# each measured build removes only target/site (and, cold and baseline, the variant cache).
build warmup > /dev/null
for run in $(seq 1 "$RUNS"); do
  # baseline: the same posts without image= lines
  sed -i.bak '/^image/d' "$WORK"/site/content/aktuelles/2018/2018-10-01-bildmessung-*.md
  rm -rf "$WORK/site/target/site" "$WORK/site/target/bild-cache"
  base=$(build baseline)
  for f in "$WORK"/site/content/aktuelles/2018/2018-10-01-bildmessung-*.md.bak; do mv "$f" "${f%.bak}"; done
  rm -rf "$WORK/site/target/site" "$WORK/site/target/bild-cache"
  cold=$(build cold)
  rm -rf "$WORK/site/target/site"
  warm=$(build warm)
  printf 'run %d: baseline %.1f s, cold %.1f s, warm %.1f s; per picture cold %.2f s, warm %.3f s\n' "$run" \
    "$base" "$cold" "$warm" "$(echo "($cold - $base) / $N" | bc -l)" "$(echo "($warm - $base) / $N" | bc -l)"
done
echo "Varianten von foto-001.jpg (Quelle $(stat -c %s "$WORK/site/assets/bilder/foto-001.jpg") Bytes):"
(cd "$WORK/site/target/bild-cache" && for d in */; do
  if cmp -s <(sha256sum < "$WORK/site/assets/bilder/foto-001.jpg" | cut -c1-64) <(echo "${d%%-*}"); then
    ls -l "$d" | awk 'NR > 1 { print "  " $9 "\t" $5 " Bytes" }'
  fi
done)
