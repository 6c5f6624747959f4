#!/usr/bin/env bash
# Jobcenter-Finder: keystroke-to-result time in headless Chromium (Debian's chromium + chromedriver).
# Bakes the site, runs only the benchmark class FinderKeystrokeBench (src/test/.../finder; not a test, so mvn verify
# never runs it: it types 7 queries 3 times, ~170 keystrokes, and times keydown → changed list of hits in the page)
# and prints target/bench/finder-keystroke.txt.
# Usage: bench/finder-keystroke.sh [runs]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
for i in $(seq 1 "$runs"); do
  mvn -B -q verify -Dtest=FinderKeystrokeBench \
      -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
  cat target/bench/finder-keystroke.txt
done
