#!/usr/bin/env bash
# build-corpus.sh N [DIR]
# Builds the site with N generated Pressemitteilungen added, in a copy of the project: never in content/.
# The copy is built like the real site (validator, bake with the project's templates and JBake extensions)
# and checked by the guard tests (SiteGuardTest: every content file became a page, no broken page, every
# internal link resolves, title/h1/description/canonical/alt on every page). Exits non-zero if any step fails.
#   N    number of Pressemitteilungen (bench/gen-corpus.sh)
#   DIR  keep the copy there (DIR/site, DIR/corpus, DIR/build.log); default: a temporary directory, removed
# Environment: BENCH_MVN_FLAGS extra Maven flags (e.g. -o), BENCH_TESTS the test classes (default SiteGuardTest).
set -euo pipefail

N=${1:?usage: build-corpus.sh N [DIR]}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
command -v rsync >/dev/null || { echo "build-corpus: rsync fehlt (apt-get install rsync)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "build-corpus: /usr/bin/time fehlt (apt-get install time)" >&2; exit 2; }

if [ -n "${2:-}" ]; then
  WORK=$(mkdir -p "$2" && cd "$2" && pwd)
  rm -rf "$WORK/site" "$WORK/corpus"
else
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi

# The project as it is in this working tree (uncommitted edits included), without build output.
rsync -a --exclude .git --exclude target/ --exclude node_modules/ --exclude /bench/ "$ROOT/" "$WORK/site/"
# the build and its tests read the research and the seed at ../shared, as beside the repository
if [ -d "$ROOT/../shared" ]; then ln -sfn "$(cd "$ROOT/../shared" && pwd)" "$WORK/shared"; fi
"$ROOT/bench/gen-corpus.sh" "$N" "$WORK/corpus"
mkdir -p "$WORK/site/content/aktuelles" "$WORK/site/assets/img"
cp -r "$WORK/corpus/jbake/aktuelles/." "$WORK/site/content/aktuelles/"
cp "$WORK/corpus/img/pm-bild.svg" "$WORK/site/assets/img/"

cd "$WORK/site"
tests=${BENCH_TESTS:-SiteGuardTest}
echo "build-corpus: mvn verify (Validator, Bake, $tests) in $WORK/site ..."
# shellcheck disable=SC2086  # BENCH_MVN_FLAGS is a list of flags
if ! /usr/bin/time -f "%e %M" -o "$WORK/time.txt" \
    mvn -B ${BENCH_MVN_FLAGS:-} verify -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
    > "$WORK/build.log" 2>&1; then
  grep -E "ERROR|FAIL|Fehler|Zeile" "$WORK/build.log" | head -40 >&2 || true
  echo "build-corpus: FEHLGESCHLAGEN (N=$N); Protokoll: $WORK/build.log" >&2
  [ -n "${2:-}" ] || cp "$WORK/build.log" "${TMPDIR:-/tmp}/build-corpus-failed.log"
  exit 1
fi
read -r wall rss < "$WORK/time.txt"
pages=$(find target/site -name '*.html' | wc -l)
baked=$(grep -o 'Baked [0-9]* items in [0-9]*ms' "$WORK/build.log" | tail -1)
tests_run=$(grep -E 'Tests run: [0-9]+, Failures: 0, Errors: 0' "$WORK/build.log" | tail -1 | sed 's/.*\(Tests run[^,]*\).*/\1/')
echo "build-corpus: OK  N=$N  pages=$pages  wall=${wall}s  peakRSS=$((rss / 1024))MiB  ($baked; $tests_run)"
