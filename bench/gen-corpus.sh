#!/usr/bin/env bash
# gen-corpus.sh N DIR
# Generates N deterministic Pressemitteilungen (benchmark material, never site content) in two flavours
# with byte-identical Markdown bodies:
#   DIR/jbake/aktuelles/YYYY/YYYY-MM-DD-pm-NNNNN.md  the project's header (title, description, date, type,
#                                                    status, tags, then ~~~~~~): passes the validator
#   DIR/yaml/aktuelles/YYYY/YYYY-MM-DD-pm-NNNNN.md   the same page with YAML front matter (Eleventy)
#   DIR/img/pm-bild.svg                              the one small graphic every page shows
# Shape per page (as ../shared/bench/gen-corpus.sh): about 300 words, two h2 and one h3, a list, a table,
# three links to other generated pages, one image with alt text. Same N, same corpus.
set -euo pipefail

N=${1:?usage: gen-corpus.sh N DIR}
DIR=${2:?usage: gen-corpus.sh N DIR}

rm -rf "$DIR"
mkdir -p "$DIR/jbake" "$DIR/yaml" "$DIR/img"

# A small SVG graphic, shared by all pages (an SVG: photos get variants and need a credit, see docs/redaktion.md).
cat > "$DIR/img/pm-bild.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9" viewBox="0 0 16 9"><rect width="16" height="9" fill="#0b4f6c"/></svg>
SVG

# mawk does the work: a bash loop is far too slow for thousands of files.
awk -v n="$N" -v dir="$DIR" '
function rnd(k) { seed = (seed * 1103515245 + 12345) % 2147483648; return int(seed / 65536) % k }
function cap(w) { return toupper(substr(w, 1, 1)) substr(w, 2) }
function sentence(   k, s, i) {
  k = 8 + rnd(8); s = cap(words[1 + rnd(nw)])
  for (i = 2; i <= k; i++) s = s " " words[1 + rnd(nw)]
  return s "."
}
function para(k,   s, i) { s = sentence(); for (i = 2; i <= k; i++) s = s " " sentence(); return s }
# Page i is dated back from the end of 2025: 28 days a month, 12 months a year (so N=4000 spans 12 years).
function year(i) { return 2025 - int((i - 1) / 336) }
function date(i) { return sprintf("%04d-%02d-%02d", year(i), 12 - int(((i - 1) % 336) / 28), 28 - (i - 1) % 28) }
function path(i) { return "aktuelles/" year(i) "/" date(i) "-pm-" sprintf("%05d", i) }
function url(i) { return "/" path(i) ".html" }
BEGIN {
  nw = split("jobcenter kommune beratung arbeit förderung landkreis bürgerinnen bürger unterstützung " \
    "vermittlung qualifizierung familie ausbildung weiterbildung antrag leistung grundsicherung " \
    "eingliederung netzwerk arbeitgeber region hessen sozial stark vor ort gemeinsam zukunft " \
    "integration teilhabe betreuung angebot wohnort verwaltung kreis stadt menschen chancen " \
    "perspektive hilfe einkommen beschäftigung projekt zusammenarbeit träger fachkräfte übergang " \
    "schule beruf sprache gesundheit wohnen mobilität digital termin sprechstunde straße größe", words, " ")
  ntags = split("Arbeit Beratung Familie Ausbildung Hessen Kommune Förderung Digitales", tags, " ")
  seed = 4711
  for (i = 1; i <= n; i++) {
    id = sprintf("%05d", i)
    title = "Pressemitteilung " id ": " cap(words[1 + rnd(nw)]) " und " cap(words[1 + rnd(nw)])
    desc = "Benchmark-Meldung " id " über " words[1 + rnd(nw)] " und " words[1 + rnd(nw)] " in Hessen."
    t1 = 1 + rnd(ntags); t2 = 1 + (t1 + rnd(ntags - 1)) % ntags
    l1 = 1 + (i % n); l2 = 1 + ((i + 6) % n); l3 = 1 + ((i * 7 + 13) % n)
    body = "## Überblick\n\n" para(6) "\n\n" \
      "![Symbolbild zur Pressemitteilung " id "](/img/pm-bild.svg)\n\n" \
      "## Angebote vor Ort\n\n" para(5) "\n\n" \
      "- " sentence() "\n- " sentence() "\n- " sentence() "\n- " sentence() "\n\n" \
      "| Angebot | Ort | Zeit |\n|---|---|---|\n" \
      "| Beratung | Raum " rnd(300) " | " 8 + rnd(4) ":00 Uhr |\n" \
      "| Sprechstunde | Raum " rnd(300) " | " 12 + rnd(4) ":00 Uhr |\n" \
      "| Workshop | Saal " rnd(9) " | " 14 + rnd(4) ":30 Uhr |\n\n" \
      "### Weiterlesen\n\n" para(4) " Siehe auch [Meldung " sprintf("%05d", l1) "](" url(l1) "), " \
      "[Meldung " sprintf("%05d", l2) "](" url(l2) ") und [Meldung " sprintf("%05d", l3) "](" url(l3) ").\n"
    if (!(year(i) in made)) {
      made[year(i)] = 1
      system("mkdir -p \"" dir "/jbake/aktuelles/" year(i) "\" \"" dir "/yaml/aktuelles/" year(i) "\"")
    }
    f = dir "/jbake/" path(i) ".md"
    printf "title=%s\ndescription=%s\ndate=%s\ntype=post\nstatus=published\ntags=%s,%s\n~~~~~~\n\n%s", \
      title, desc, date(i), tags[t1], tags[t2], body > f
    close(f)
    f = dir "/yaml/" path(i) ".md"
    printf "---\ntitle: \"%s\"\ndescription: \"%s\"\ndate: %s\ntags: [%s, %s]\n---\n\n%s", \
      title, desc, date(i), tags[t1], tags[t2], body > f
    close(f)
  }
}'
echo "gen-corpus: $N Pressemitteilungen in $DIR ($(du -sh "$DIR" | cut -f1))"
