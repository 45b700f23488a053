#!/usr/bin/env bash
# Takes a screenshot of the real window under Xvfb, as a user would see it.
#   packaging/screenshot.sh OUT.png [SECONDS] [-Dwheelhouse.open=FILE …]
#   SCREEN=1024x700 packaging/screenshot.sh …   (the screen's size; the window fills a screen up to 1360x860)
# Needs: xvfb, libgtk-3-0, imagemagick (apt-get install -y xvfb libgtk-3-0 imagemagick), and a
# built jar (mvn -q -B package -DskipTests).
set -euo pipefail
out=$1; shift
secs=${1:-15}; [ $# -gt 0 ] && shift
cd "$(dirname "$0")/.."
display=:$((90 + RANDOM % 9))
screen=${SCREEN:-1360x860}
Xvfb "$display" -screen 0 "${screen}x24" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
# A throwaway preferences node, so a screenshot neither reads nor changes the user's settings.
DISPLAY=$display java -Dwheelhouse.prefs.node=dev/wheelhouse/screenshot "$@" -jar app/target/wheelhouse.jar \
  >"${TMPDIR:-/tmp}/wheelhouse-screenshot.log" 2>&1 &
app=$!
sleep "$secs"
# The window places itself on the screen (filling one up to its preferred 1360x860): the whole screen is the window.
DISPLAY=$display import -window root "$out"
echo "wrote $out"
