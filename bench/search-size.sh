#!/usr/bin/env bash
# Site search (Pagefind): indexing time over the built site (3 runs) and the bytes a visitor's browser
# loads for a search. Run after "mvn -B package -DskipTests" (needs target/site and target/pagefind-cli).
set -euo pipefail
cd "$(dirname "$0")/.."
site=target/site
pf=target/pagefind-cli/node_modules/.bin/pagefind
[ -x "$pf" ] && [ -d "$site" ] || { echo "Erst bauen: mvn -B package -DskipTests" >&2; exit 1; }
echo "pagefind $("$pf" --version 2>/dev/null | tail -1), $(nproc) cores, $(date -u +%F)"
for i in 1 2 3; do
  /usr/bin/time -f "run $i: %e s wall, %M KB peak RSS" "$pf" --site "$site" 2>&1 | grep -E "Indexed [0-9]+ page|run $i"
done
# the build (RunPagefind) removes Pagefind's unused UIs; do the same after these extra runs
rm -f "$site"/pagefind/pagefind-{component-ui,modular-ui}.{js,css} "$site"/pagefind/pagefind-highlight.js
bytes() { cat "$@" | wc -c; }
gz() { cat "$@" | gzip -9 | wc -c; }
d=$site/pagefind
index=$(find "$d" -name 'pagefind-entry.json' -o -name '*.pf_meta' -o -name '*.pf_index' -o -name '*.pf_fragment' -o -name '*.pf_filter' | sort)
echo "index (entry, meta, word index, fragments): $(bytes $index) bytes"
echo "UI (pagefind-ui.js + .css): $(bytes $d/pagefind-ui.js $d/pagefind-ui.css) bytes, gzip $(gz $d/pagefind-ui.js) + $(gz $d/pagefind-ui.css)"
echo "runtime (pagefind.js, worker, German wasm): $(bytes $d/pagefind.js $d/pagefind-worker.js $d/wasm.de.pagefind) bytes"
echo "whole /pagefind/ folder: $(du -sb "$d" | cut -f1) bytes"
