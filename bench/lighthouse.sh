#!/usr/bin/env bash
# Lighthouse (mobile) against the built site served by a real Apache with our .htaccess.
# Not part of the test command: scores are measured, not asserted. Results go to target/lighthouse/
# (one JSON report per page and run, summary.md with the median per page); copy the summary into BENCHMARKS.md.
#
#   bash bench/lighthouse.sh [RUNS]        (default 3 runs per page)
#
# Needs: the built site (mvn -B verify), apache2, Debian's chromium, Node.js >= 18.16 and npm.
# Lighthouse itself is pinned in bench/lighthouse/package-lock.json and installed into target/lighthouse-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
site="$PWD/target/site"
out="$PWD/target/lighthouse"
[ -f "$site/.htaccess" ] || { echo "target/site is not built: run mvn -B verify first" >&2; exit 1; }
for tool in /usr/sbin/apache2 /usr/bin/chromium node npm; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (bash .ci/run installs it)" >&2; exit 1; }
done

cli="$PWD/target/lighthouse-cli"
if ! cmp -s bench/lighthouse/package-lock.json "$cli/package-lock.json" || [ ! -x "$cli/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$cli"
  cp bench/lighthouse/package.json bench/lighthouse/package-lock.json "$cli/"
  (cd "$cli" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi
lighthouse="$cli/node_modules/.bin/lighthouse"

# Apache on a free loopback port with the same minimal httpd.conf as ApacheHostingTest.
run_dir="$PWD/target/lighthouse-apache"
mkdir -p "$run_dir" "$out"
docroot="$site"
user_group=""
if [ "$(id -u)" = 0 ]; then
  # Apache never serves as root: it switches to nobody, who needs a world-readable copy.
  docroot="$(mktemp -d /tmp/kjc-bench-XXXXXX)"
  cp -a "$site/." "$docroot/"
  chmod -R a+rX "$docroot"
  group=nogroup; grep -q '^nogroup:' /etc/group || group=nobody
  user_group="User nobody
Group $group"
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
conf="$run_dir/httpd.conf"
sed -e "s#@RUN_DIR@#$run_dir#g" -e "s#@DOC_ROOT@#$docroot#g" -e "s#@PORT@#$port#g" \
    -e "s#@MODULES@#/usr/lib/apache2/modules#g" src/test/resources/hosting/httpd.conf.in \
  | awk -v ug="$user_group" '{ if ($0 == "@USER_GROUP@") print ug; else print }' > "$conf"
env -u APACHE_RUN_USER -u APACHE_RUN_GROUP /usr/sbin/apache2 -f "$conf" -X &
apache_pid=$!
cleanup() {
  kill "$apache_pid" 2>/dev/null || true
  wait "$apache_pid" 2>/dev/null || true
  [ "$docroot" != "$site" ] && rm -rf "$docroot"
}
trap cleanup EXIT
for _ in $(seq 50); do curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break; sleep 0.2; done

# Key pages: start page, the campaign, the two audiences, news list and the press release, finder if present.
pages=(/ /kampagne/ /buergerinnen-und-buerger/ /arbeitgeber/ /aktuelles/ /aktuelles/2018/2018-11-26-kampagnenstart.html)
for extra in /jobcenter-finden/ /jobcenter/; do
  [ -f "$site${extra}index.html" ] && pages+=("$extra")
done

export CHROME_PATH=/usr/bin/chromium
for page in "${pages[@]}"; do
  name="$(echo "$page" | tr '/' '_' | sed 's/^_//; s/_$//')"; name="${name:-start}"
  for i in $(seq "$runs"); do
    "$lighthouse" "http://127.0.0.1:$port$page" --quiet --output=json --output-path="$out/$name-$i.json" \
      --only-categories=performance,accessibility,best-practices,seo --form-factor=mobile \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update"
  done
done

# Median per page and category (scores 0-100), plus the metrics that make up Performance.
node - "$out" "$runs" "${pages[@]}" > "$out/summary.md" <<'JS'
const fs = require('fs');
const [out, runs, ...pages] = process.argv.slice(2);
const median = a => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
let version = '', chrome = '';
const rows = [];
for (const page of pages) {
  const name = page.replace(/\//g, '_').replace(/^_|_$/g, '') || 'start';
  const reports = [];
  for (let i = 1; i <= Number(runs); i++) reports.push(JSON.parse(fs.readFileSync(`${out}/${name}-${i}.json`, 'utf8')));
  version = reports[0].lighthouseVersion; chrome = reports[0].environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] || '';
  const score = c => Math.round(median(reports.map(r => r.categories[c].score)) * 100);
  const metric = id => median(reports.map(r => r.audits[id].numericValue));
  const all = reports.map(r => cats.map(c => Math.round(r.categories[c].score * 100)).join('/')).join(', ');
  rows.push(`| ${page} | ${cats.map(score).join(' | ')} | ${(metric('first-contentful-paint') / 1000).toFixed(1)} s | ${(metric('largest-contentful-paint') / 1000).toFixed(1)} s | ${metric('total-blocking-time').toFixed(0)} ms | ${metric('cumulative-layout-shift').toFixed(3)} | ${all} |`);
}
console.log(`Lighthouse ${version}, ${chrome}, mobile (simulated throttling), ${runs} runs per page, median.\n`);
console.log('| page | Performance | Accessibility | Best Practices | SEO | FCP | LCP | TBT | CLS | all runs (P/A/BP/SEO) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
rows.forEach(r => console.log(r));
JS
cat "$out/summary.md"
