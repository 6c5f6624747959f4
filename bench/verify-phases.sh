#!/usr/bin/env bash
# Where the time of a Maven run goes, from its log. The log must carry timestamps, which Maven writes with
#   mvn -B -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS ...
# Prints each plugin step ("--- plugin:goal (id) @ module ---") with its wall time (until the next step or the
# end of the build), the test classes above 1 s, and the browser gates' own times (SiteGatesTest prints them).
# Usage: bench/verify-phases.sh maven.log
set -euo pipefail
log=${1:?usage: bench/verify-phases.sh maven.log}
awk '
  function secs(t,   p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
  /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]+ / { last = secs($1); if (first == "") first = last }
  /^[0-9:.]+ \[INFO\] --- / {
    if (step != "") printf "  %7.1f s  %s\n", secs($1) - start, step
    step = $0; sub(/^[0-9:.]+ \[INFO\] --- /, "", step); sub(/ ---$/, "", step); start = secs($1)
  }
  /^[0-9:.]+ \[INFO\] (BUILD|Reactor Summary)/ && step != "" { printf "  %7.1f s  %s\n", secs($1) - start, step; step = "" }
  END {
    if (step != "") printf "  %7.1f s  %s\n", last - start, step
    printf "  %7.1f s  total (first to last timestamp)\n", last - first
  }' "$log" | { echo "Steps:"; cat; }
echo "Test classes over 1 s:"
grep -o 'Time elapsed: [0-9.]* s -- in [A-Za-z0-9_.]*' "$log" \
  | awk '$3 + 0 >= 1 { printf "  %7.1f s  %s\n", $3, $7 }' | sort -rn
if grep -q 'Browser-Gates über' "$log"; then
  echo "Browser gates (SiteGatesTest):"
  # the gates' lines up to the blank line that ends the block (one line per gate, one for browsers side by side)
  sed -n '/Browser-Gates über/,/^ *$/p' "$log" | grep -v '^[0-9:.]* \[' | sed 's/^/  /' | head -20
fi
