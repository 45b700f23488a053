#!/usr/bin/env bash
# Starts an installed or packaged Wheelhouse under its own Xvfb, waits until its window shows the
# connected state (StartupTrace's "ready"), and takes a screenshot of the screen.
#   packaging/window-shot.sh OUT.png LAUNCHER [EXTRA_JAVA_OPTIONS]
# e.g. packaging/window-shot.sh docs/app-image.png app/target/package/image/wheelhouse/bin/wheelhouse
# The run gets a home of its own (SHOT_HOME, or a throwaway one) with its settings, data and cache in
# it, and no token, so it connects to the sandbox.
# Needs: xvfb, imagemagick (import). Exit 1 when the window never became ready.
set -euo pipefail
out=$1 launcher=$2 extra=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
display=:$((100 + RANDOM % 100))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() { [ -z "$app" ] || kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
sleep 1
workflow="$root/resources/samples/satkit/.github/workflows/release.yml"
home=${SHOT_HOME:-$tmp/home}
mkdir -p "$home"
env -u GH_TOKEN -u GITHUB_TOKEN -u GH_ENTERPRISE_TOKEN -u GITHUB_ENTERPRISE_TOKEN \
  DISPLAY="$display" HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
  XDG_CONFIG_HOME="$home/.config" WHEELHOUSE_STARTUP_TRACE="$tmp/trace" \
  JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$home/.java -Dwheelhouse.open=$workflow $extra" \
  "$launcher" >"$tmp/app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do
  grep -q '^ready ' "$tmp/trace" 2>/dev/null && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
if ! grep -q '^ready ' "$tmp/trace" 2>/dev/null; then
  echo "the window did not reach its connected state; its output:" >&2
  tail -20 "$tmp/app.log" >&2
  exit 1
fi
# The editor fills in (wheels, diff) and the status bar's budget arrives just after.
sleep 3
DISPLAY=$display import -window root -crop 1360x860+20+13 +repage "$out"
echo "wrote $out ($(cut -d' ' -f1 "$tmp/trace" | tr '\n' ' '))"
