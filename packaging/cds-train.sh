#!/usr/bin/env bash
# Training runs for the class-data-sharing archive: records the classes a start of the window
# (the satkit workflow open in the editor, connected to the sandbox) and of the commands load.
#   packaging/cds-train.sh LAUNCHER CLASSLIST OS
# Each run gets a throwaway home, settings, data and cache, and no token, so it connects to the
# sandbox and leaves nothing of the user's touched.
set -euo pipefail
launcher=$1 list=$2 os=$3
root=$(cd "$(dirname "$0")/.." && pwd)
log() { printf '[cds-train] %s\n' "$*" >&2; }
native_path() { if [ "$os" = windows ]; then cygpath -m "$1"; else printf '%s' "$1"; fi; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/lists"
workflow=$(native_path "$root/resources/samples/satkit/.github/workflows/release.yml")
project=$(native_path "$root/resources/samples/satkit")
sccache_log=$(native_path "$root/app/src/test/resources/samples/sccache/02-local-0.4.0pre6-cold-c-build.txt")
failure_log="$root/app/src/test/resources/samples/failures/01-compile-error-hdf5plugin-108.txt"
isolated="-Dwheelhouse.prefs.node=dev/wheelhouse/training -Djava.util.prefs.userRoot=$(native_path "$tmp/prefs")
 -Dwheelhouse.dataDir=$(native_path "$tmp/data") -Dwheelhouse.cacheDir=$(native_path "$tmp/cache")"

# A watchdog in bash: macOS has no timeout(1).
with_timeout() { # SECONDS COMMAND...
  local secs=$1 rc=0
  shift
  "$@" &
  local pid=$!
  ( sleep "$secs"; kill "$pid" 2>/dev/null ) &
  local watchdog=$!
  wait "$pid" || rc=$?
  kill "$watchdog" 2>/dev/null || true
  return "$rc"
}

run() { # NAME ARGS...: one training run, its class list kept
  local name=$1; shift
  env -u GH_TOKEN -u GITHUB_TOKEN -u GH_ENTERPRISE_TOKEN -u GITHUB_ENTERPRISE_TOKEN \
    HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" \
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$(native_path "$tmp/lists/$name") $isolated ${extra:-}" \
    "$@"
}

# The window: it quits by itself once connected and settled (StartupTrace).
window=("$launcher")
if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
  window=(xvfb-run -a -s "-screen 0 1400x900x24" "$launcher")
fi
export WHEELHOUSE_STARTUP_TRACE="$tmp/trace" WHEELHOUSE_STARTUP_EXIT=1
extra="-Dwheelhouse.open=$workflow"
if with_timeout 180 run window "${window[@]}" >"$tmp/window.log" 2>&1 \
   && grep -q '^ready ' "$tmp/trace"; then
  log "window: $(grep -c . "$tmp/lists/window") classes"
else
  # macOS and Windows runners have a desktop; should a window still not open, the archive keeps
  # the commands' classes and the window starts without its share.
  log "WARNING: the window's training run failed; the archive has the commands' classes only"
  tail -5 "$tmp/window.log" >&2 || true
fi
unset WHEELHOUSE_STARTUP_TRACE WHEELHOUSE_STARTUP_EXIT extra

run matrix-show "$launcher" matrix show "$workflow" >/dev/null
run matrix-json "$launcher" matrix show "$workflow" --json >/dev/null
run wheels "$launcher" wheels "$workflow" --project "$project" >/dev/null
run stats "$launcher" stats "$sccache_log" >/dev/null
# A log of 16 MB or more is read on every core (logs/ParallelLogPass): train on one that is.
big_log="$tmp/big-job.log"
for _ in $(seq 1 400); do cat "$failure_log" "$sccache_log"; done > "$tmp/part.log"
for _ in $(seq 1 21); do cat "$tmp/part.log"; done > "$big_log"
run why "$launcher" why "$(native_path "$big_log")" --json >/dev/null
run stats-big "$launcher" stats "$(native_path "$big_log")" >/dev/null
run help "$launcher" --help >/dev/null

# One list: the window's first, then what the commands add (see classlist-merge.awk).
lists=()
for name in window matrix-show matrix-json wheels stats why stats-big help; do
  [ -f "$tmp/lists/$name" ] && lists+=("$tmp/lists/$name")
done
awk -f "$root/packaging/classlist-merge.awk" "${lists[@]}" > "$list"
log "$(grep -c . "$list") classes in $(basename "$list")"
