#!/usr/bin/env bash
# Draws the installers' icons from wheelhouse.svg with Debian's tools; the results are committed,
# so only a change of the drawing needs this (the macOS and Windows runners have none of these tools):
#   apt-get install -y librsvg2-bin imagemagick icnsutils && packaging/icons/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" wheelhouse.svg -o "$work/$size.png"
done
# Linux (jpackage --icon, the .desktop entry, the window's own icon): one 512 px PNG.
cp "$work/512.png" wheelhouse.png
# macOS: an .icns with the sizes Finder and the Dock ask for.
png2icns wheelhouse.icns "$work"/{16,32,48,128,256,512,1024}.png >/dev/null
# Windows: an .ico with the sizes Explorer, the taskbar and the installer ask for.
convert "$work"/{16,24,32,48,64,128,256}.png wheelhouse.ico
ls -l wheelhouse.png wheelhouse.icns wheelhouse.ico
