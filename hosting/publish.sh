#!/usr/bin/env bash
# Publishes the built site (target/site) to web hosting: upload into a new release folder, then switch
# atomically, so visitors never see a half-published site. The previous release stays for a rollback.
#
#   hosting/publish.sh publish [SITE_DIR]   upload SITE_DIR (default: target/site) and switch to it
#   hosting/publish.sh rollback             switch back to the previous release (run again: forward)
#   hosting/publish.sh status               show current, previous and all releases
#
# Layout on the server (the web server's DocumentRoot is BASE/current):
#   BASE/releases/20261125T063000Z-1a2b3c/   one folder per release (unchanged files are hard links, no extra space)
#   BASE/current  -> releases/...     switched with rename(2): atomic
#   BASE/previous -> releases/...     the release before; "rollback" swaps the two
#
# Configuration only from the environment (the CI stores credentials as protected secrets, never in the repo):
#   DEPLOY_TARGET       required. user@host:path (SSH; path relative to the home folder or absolute)
#                       or a local path (mounted webspace, tests)
#   DEPLOY_SSH_KEY      file with the private SSH key (CI writes the secret to a file with mode 600)
#   DEPLOY_KNOWN_HOSTS  known_hosts file with the server's host key (the key is always checked)
#   DEPLOY_SSH_PORT     SSH port (default 22)
#   DEPLOY_KEEP         releases kept (default 5, at least 2: current and previous are never deleted)
#   DEPLOY_RSYNC_OPTS   extra rsync options, e.g. "--bwlimit=2000"
# Needs rsync and ssh here, rsync and a POSIX shell with GNU mv (-T) on the server.
# Run publishes one after another (the example pipelines serialize them).
set -euo pipefail

die() { echo "FEHLER: $*" >&2; exit 1; }

command="${1:-}"
[ -n "$command" ] || die "Aufruf: hosting/publish.sh publish [SITE_DIR] | rollback | status"
target="${DEPLOY_TARGET:-}"
[ -n "$target" ] || die "DEPLOY_TARGET ist nicht gesetzt. Beispiel: DEPLOY_TARGET=web123@ssh.example.org:kjc-hessen (siehe docs/hosting.md)."
keep="${DEPLOY_KEEP:-5}"
[[ "$keep" =~ ^[0-9]+$ ]] && [ "$keep" -ge 2 ] || die "DEPLOY_KEEP muss eine Zahl ab 2 sein (ist: $keep)."

if [[ "$target" == *:* ]]; then
  host="${target%%:*}"
  base="${target#*:}"
else
  host=""
  base="$target"
fi
[ -n "$base" ] || die "DEPLOY_TARGET enthält keinen Pfad (Form: user@host:pfad)."
# The path goes into remote shell commands: allow only characters that need no quoting.
[[ "$base" =~ ^[A-Za-z0-9_./-]+$ ]] || die "Der Pfad in DEPLOY_TARGET darf nur Buchstaben, Ziffern und _ . / - enthalten: $base"

ssh_cmd=(ssh -o BatchMode=yes -o StrictHostKeyChecking=yes -o ConnectTimeout=20)
[ -n "${DEPLOY_SSH_PORT:-}" ] && ssh_cmd+=(-p "$DEPLOY_SSH_PORT")
[ -n "${DEPLOY_SSH_KEY:-}" ] && ssh_cmd+=(-i "$DEPLOY_SSH_KEY" -o IdentitiesOnly=yes)
[ -n "${DEPLOY_KNOWN_HOSTS:-}" ] && ssh_cmd+=(-o "UserKnownHostsFile=$DEPLOY_KNOWN_HOSTS")

# Runs a POSIX sh script (stdin) in BASE on the server, or locally for a local target.
on_server() {
  if [ -n "$host" ]; then
    "${ssh_cmd[@]}" "$host" "cd '$base' && sh -s" "$@"
  else
    (cd "$base" && sh -s "$@")
  fi
}

case "$command" in
  publish)
    site="${2:-target/site}"
    [ -f "$site/index.html" ] || die "$site/index.html fehlt. Erst bauen: mvn -Ppublish verify"
    [ -f "$site/.htaccess" ] || die "$site/.htaccess fehlt. Die Website wurde nicht vollständig gebaut (mvn -Ppublish verify)."
    # Sortable by time; the random tail keeps two publishes in the same second apart.
    release="$(date -u +%Y%m%dT%H%M%SZ)-$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
    if [ -n "$host" ]; then
      "${ssh_cmd[@]}" "$host" "mkdir -p '$base/releases'"
    else
      mkdir -p "$base/releases"
    fi
    # Prepare: remove what an interrupted upload left behind; find the live release for hard links.
    live="$(on_server <<'SH'
set -eu
for d in releases/*.partial; do [ -d "$d" ] && rm -rf "$d"; done
if [ -L current ]; then readlink current; fi
SH
)"
    link_dest=()
    [ -n "$live" ] && link_dest=(--link-dest="../../$live")
    dest="$base/releases/$release.partial/"
    [ -n "$host" ] && dest="$host:$dest"
    # Compare by content (--checksum), not by time: every build writes every file anew, and a changed file
    # of the same size must never be taken over. Without -t, unchanged files become hard links.
    rsync_cmd=(rsync -rlp --checksum --delete --chmod=D755,F644 "${link_dest[@]}")
    [ -n "$host" ] && rsync_cmd+=(-e "${ssh_cmd[*]}")
    # shellcheck disable=SC2206  # extra options are meant to be split
    [ -n "${DEPLOY_RSYNC_OPTS:-}" ] && rsync_cmd+=(${DEPLOY_RSYNC_OPTS})
    echo "Lade hoch: $site -> $target/releases/$release"
    "${rsync_cmd[@]}" "$site/" "$dest"
    # Switch: complete the release, then replace the "current" link in one rename.
    on_server "$release" "$keep" <<'SH'
set -eu
release="$1"; keep="$2"
mv "releases/$release.partial" "releases/$release"
old=""
if [ -L current ]; then old="$(readlink current)"; fi
ln -sfn "releases/$release" current.new && mv -Tf current.new current
if [ -n "$old" ] && [ "$old" != "releases/$release" ]; then
  ln -sfn "$old" previous.new && mv -Tf previous.new previous
fi
# Keep the newest releases; never the ones current and previous point to.
prev=""; if [ -L previous ]; then prev="$(readlink previous)"; fi
ls -1 releases | grep -v '\.partial$' | sort -r | awk -v keep="$keep" 'NR > keep' | while read -r r; do
  if [ "releases/$r" != "releases/$release" ] && [ "releases/$r" != "$prev" ]; then rm -rf "releases/$r"; fi
done
echo "Veröffentlicht: releases/$release (vorher: ${old:-keine})"
SH
    ;;
  rollback)
    on_server <<'SH'
set -eu
[ -L previous ] || { echo "FEHLER: Es gibt keine vorherige Version (previous fehlt)." >&2; exit 1; }
prev="$(readlink previous)"
[ -d "$prev" ] || { echo "FEHLER: Die vorherige Version $prev ist nicht mehr vorhanden." >&2; exit 1; }
cur="$(readlink current)"
ln -sfn "$prev" current.new && mv -Tf current.new current
ln -sfn "$cur" previous.new && mv -Tf previous.new previous
echo "Zurückgeschaltet auf $prev (die bisherige Version $cur ist jetzt previous)"
SH
    ;;
  status)
    on_server <<'SH'
set -eu
echo "current:  $(readlink current 2>/dev/null || echo -)"
echo "previous: $(readlink previous 2>/dev/null || echo -)"
echo "releases:"; ls -1 releases 2>/dev/null | sort -r | sed 's/^/  /'
SH
    ;;
  *)
    die "Unbekannter Befehl „$command“. Erlaubt: publish, rollback, status."
    ;;
esac
