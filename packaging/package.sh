#!/usr/bin/env bash
# Builds the installable Wheelhouse for this OS from app/target/wheelhouse.jar:
#   1. a runtime with only the modules the app needs (jdeps + jlink),
#   2. a jpackage app-image whose launcher passes its arguments through (window and every command),
#      with JavaFX's, SQLite's and JNA's native libraries beside the jar (nothing is unpacked at start),
#   3. a class-data-sharing archive trained on the window (under Xvfb where there is no display) and
#      on the command line, which the launcher uses,
#   4. the native installer: .deb on Debian/Ubuntu, .dmg on macOS, .msi on Windows (WiX 3).
# Run by `mvn -B -Ppackage package` (the one documented command); by hand, after `mvn package`:
#   packaging/package.sh VERSION
# Environment:
#   WHEELHOUSE_IMAGE_DIR  where the app-image is built (default app/target/package/image). The CDS
#                         archive is valid only at the path it was dumped for: the release workflow
#                         builds the macOS and Windows images where their installers put them.
#   WHEELHOUSE_INSTALLER  deb | dmg | msi | none (default: this OS's, when its tools exist)
set -euo pipefail

version=${1:?usage: packaging/package.sh VERSION}
root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/packaging"
target="$root/app/target"
out="$target/package"
jar="$target/wheelhouse.jar"
# jpackage wants a version of 1-3 numbers: 0.1.0-SNAPSHOT installs as 0.1.0.
app_version=${version%%-*}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
bin="$java_home/bin"

log() { printf '[package] %s\n' "$*" >&2; }
die() { printf '[package] error: %s\n' "$*" >&2; exit 1; }

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) die "unsupported OS $(uname -s)" ;;
esac
# Paths handed to Java tools on Windows must be Windows paths.
native_path() { if [ "$os" = windows ]; then cygpath -m "$1"; else printf '%s' "$1"; fi; }
exe() { if [ "$os" = windows ]; then printf '%s.exe' "$1"; else printf '%s' "$1"; fi; }

[ -f "$jar" ] || die "no $jar: run 'mvn -B -Ppackage package' (or 'mvn package' first)"

# Whether a command, or a shared library (a name starting with lib), is on this machine.
present() {
  case "$1" in
    lib*) { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -F "$1" >/dev/null ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

# Installs Debian packages the build needs when they are missing (as root, or through sudo);
# each is given as WHAT:PACKAGE, WHAT a command or a library it provides.
need_debian_packages() {
  local missing=()
  for spec in "$@"; do
    present "${spec%%:*}" || missing+=("${spec#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get to install them"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing ${missing[*]}"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

installer=${WHEELHOUSE_INSTALLER:-}
if [ -z "$installer" ]; then
  case "$os" in
    linux) if command -v dpkg-deb >/dev/null 2>&1; then installer=deb; else installer=none; fi ;;
    mac) installer=dmg ;;
    windows) installer=msi ;;
  esac
fi
if [ "$os" = linux ]; then
  tools=()
  [ -n "${DISPLAY:-}" ] || tools+=(xvfb-run:xvfb)
  [ "$installer" = deb ] && tools+=(fakeroot:fakeroot)
  # The archive's training run opens the window: without JavaFX's libraries it fails, and the
  # archive misses the window's 2,000 classes (its window then came 1.54x the empty one's, not 1.1x).
  tools+=(libgtk-3.so.0:libgtk-3-0 libXtst.so.6:libxtst6 libGL.so.1:libgl1)
  [ ${#tools[@]} -eq 0 ] || need_debian_packages "${tools[@]}"
fi

rm -rf "$out"
mkdir -p "$out/input" "$out/work"
image_dir=${WHEELHOUSE_IMAGE_DIR:-$out/image}
case "$os" in
  linux) name=wheelhouse ;;
  *) name=Wheelhouse ;;
esac

# --- 1. The runtime: what jdeps finds, plus what is only reached through a service or reflection.
log "runtime modules (jdeps)"
modules=$("$bin/$(exe jdeps)" --multi-release 17 --ignore-missing-deps --print-module-deps "$(native_path "$jar")")
# jdk.crypto.ec: TLS to api.github.com negotiates elliptic-curve keys (a provider found at run time).
# jdk.localedata is left out: every date and number the app shows uses a fixed English pattern.
modules="$modules,jdk.crypto.ec"
log "jlink $modules"
"$bin/$(exe jlink)" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$(native_path "$out/runtime")"

# --- 2. The app-image.
cp "$jar" "$out/input/"
# JavaFX loads its native libraries from beside its jar before unpacking them into ~/.openjfx;
# SQLite and JNA are told where theirs are. Nothing is unpacked at start, nothing lands in /tmp.
(
  cd "$out/input"
  entries=$("$bin/$(exe jar)" tf wheelhouse.jar)
  fx=$(grep -E '^(lib)?(glass|prism|javafx|decora)[a-z0-9_]*\.(so|dylib|dll)$' <<<"$entries" || true)
  [ -n "$fx" ] || die "no JavaFX native library in the jar"
  # shellcheck disable=SC2086 # one name a line, none with spaces
  "$bin/$(exe jar)" xf wheelhouse.jar $fx
  case "$os-$(uname -m)" in
    linux-x86_64) sqlite=org/sqlite/native/Linux/x86_64/libsqlitejdbc.so jna=com/sun/jna/linux-x86-64/libjnidispatch.so ;;
    linux-aarch64) sqlite=org/sqlite/native/Linux/aarch64/libsqlitejdbc.so jna=com/sun/jna/linux-aarch64/libjnidispatch.so ;;
    mac-arm64) sqlite=org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib jna=com/sun/jna/darwin-aarch64/libjnidispatch.jnilib ;;
    mac-x86_64) sqlite=org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib jna=com/sun/jna/darwin-x86-64/libjnidispatch.jnilib ;;
    windows-*) sqlite=org/sqlite/native/Windows/x86_64/sqlitejdbc.dll jna=com/sun/jna/win32-x86-64/jnidispatch.dll ;;
    *) sqlite="" jna="" ;;
  esac
  for lib in $sqlite $jna; do
    if grep -qx "$lib" <<<"$entries"; then
      "$bin/$(exe jar)" xf wheelhouse.jar "$lib" && mv "$lib" . && rm -rf "${lib%%/*}"
    fi
  done
  ls > "$out/work/natives.txt"
)
java_options=(
  # Class data shared from the archive trained below (issue 15: it cuts the window's start by a third).
  "-XX:SharedArchiveFile=\$APPDIR/wheelhouse.jsa" "-Xshare:auto"
  # Measured on 2 cores (README, Performance): C1 alone starts the window and a command sooner, and
  # the serial collector starts no GC threads; a desktop heap of a few hundred MB needs no more.
  "-XX:TieredStopAtLevel=1" "-XX:+UseSerialGC"
  # No hsperfdata file in /tmp for every start.
  "-XX:-UsePerfData"
  # JDK 17.0.10+ maps the archive at a random address and then patches every pointer in it (about
  # 50 MB here): 0 maps it where it was dumped and patches only when that address is taken.
  "-XX:+UnlockDiagnosticVMOptions" "-XX:ArchiveRelocationMode=0"
  # The archive's classes are verified when it is dumped, whatever the options ("All non-system
  # classes will be verified during CDS dump time", -Xlog:cds). What is left to verify at each start
  # is mostly the JDK's own annotation proxies (picocli reads its annotations through them): class
  # files without stack maps, which the old, slow verifier checks, 20-27 ms of `matrix show` (README,
  # Performance). Every class comes from this image; the app loads no code from anywhere else.
  "-XX:-BytecodeVerificationRemote"
)
# The heap: the window's and a command's differ (README, Performance). The window gets a young
# generation of its own size, not one sized by the machine's RAM: 96 MB, an eden of 77 MB, holds
# what it allocates up to its connected state (about 60 MB, all short-lived), so no collection
# falls inside its first frame (the 17 MB eden of a 64 MB heap collected twice before it, 15-20 ms
# each); the price, every page of that eden resident once filled, is up to about 25 MB after a
# while. A command keeps a 64 MB initial heap, its young generation a third of it: the log scans
# stay within their memory budget, and a user's own -Xmx of 64 MB still starts it. Neither sets a
# maximum: the heap grows as the work needs. jpackage's launchers (macOS, Windows) have one set of
# options for both, the window's: -Xmn alone never stops a JVM from starting.
window_heap="-Xmn96m"
command_heap="-Xms64m"
sqlite_lib=$(grep -E '^(lib)?sqlitejdbc\.' "$out/work/natives.txt" || true)
[ -z "$sqlite_lib" ] || java_options+=("-Dorg.sqlite.lib.path=\$APPDIR" "-Dorg.sqlite.lib.name=$sqlite_lib")
! grep -qE '^(lib)?jnidispatch\.' "$out/work/natives.txt" || java_options+=("-Djna.boot.library.path=\$APPDIR")

jpackage_common=(--name "$name" --app-version "$app_version" --vendor "Wheelhouse"
  --description "A release console for Python projects that build wheels on GitHub Actions"
  --copyright "Copyright the Wheelhouse authors. Apache License 2.0")
image_args=(--type app-image --input "$(native_path "$out/input")" --main-jar wheelhouse.jar
  --main-class dev.wheelhouse.Main --runtime-image "$(native_path "$out/runtime")"
  --dest "$(native_path "$image_dir")")
for option in "${java_options[@]}" "$window_heap"; do image_args+=(--java-options "$option"); done
case "$os" in
  linux) image_args+=(--icon "$(native_path "$here/icons/wheelhouse.png")") ;;
  mac) image_args+=(--icon "$here/icons/wheelhouse.icns" --mac-package-identifier dev.wheelhouse) ;;
  windows)
    image_args+=(--icon "$(native_path "$here/icons/wheelhouse.ico")")
    # A Windows program is either a console or a window: the commands get a console launcher of their own.
    image_args+=(--add-launcher "wheelhouse-cli=$(native_path "$here/windows/console-launcher.properties")") ;;
esac
mkdir -p "$image_dir"
rm -rf "${image_dir:?}/$name" "${image_dir:?}/$name.app"
log "app-image in $image_dir"
"$bin/$(exe jpackage)" "${jpackage_common[@]}" "${image_args[@]}"
case "$os" in
  linux) app="$image_dir/$name"; launcher="$app/bin/$name"; appdir="$app/lib/app" ;;
  mac) app="$image_dir/$name.app"; launcher="$app/Contents/MacOS/$name"; appdir="$app/Contents/app" ;;
  windows) app="$image_dir/$name"; launcher="$app/wheelhouse-cli.exe"; appdir="$app/app" ;;
esac
cp "$root/LICENSE" "$appdir/LICENSE"

# jpackage's Linux launcher asks rpm and then dpkg which package owns it, twice, on every start
# (`dpkg -S` reads dpkg's whole file database: 100-300 ms before the JVM starts). A POSIX shell
# launcher with the same options starts the JVM at once; the .cfg stays for reference.
if [ "$os" = linux ]; then
  {
    printf '#!/bin/sh\n'
    printf '# Wheelhouse: the window, or a command when given one. Written by packaging/package.sh\n'
    printf '# from the options in ../lib/app/%s.cfg.\n' "$name"
    printf 'self=$(readlink -f -- "$0")\n'
    printf 'app=${self%%/bin/*}\n'
    printf 'APPDIR=$app/lib/app\n'
    printf '# The window (no arguments, or only a workflow or clone to open) and a command get heaps of\n'
    printf '# their own (packaging/package.sh says why).\n'
    printf 'if [ $# -eq 0 ] || { [ $# -eq 1 ] && [ -e "$1" ]; }; then heap=%s; else heap=%s; fi\n' "$window_heap" "$command_heap"
    printf 'exec "$app/lib/runtime/bin/java"'
    for option in "${java_options[@]}"; do
      # Each option in double quotes: $APPDIR expands, paths with spaces stay one word.
      printf ' \\\n  "%s"' "$option"
    done
    printf ' \\\n  "$heap" -cp "$APPDIR/wheelhouse.jar" dev.wheelhouse.Main "$@"\n'
  } >"$launcher.sh"
  chmod 755 "$launcher.sh"
  mv "$launcher.sh" "$launcher"
fi

# --- 3. Class-data sharing: the classes a start of the window and of the commands load.
"$here/cds-train.sh" "$launcher" "$appdir/wheelhouse.classlist" "$os"
log "dumping the class-data archive"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$(native_path "$appdir/wheelhouse.classlist")" \
  "$launcher" >"$out/work/cds-dump.log" 2>&1 || { tail -20 "$out/work/cds-dump.log" >&2; die "CDS dump failed"; }
[ -f "$appdir/wheelhouse.jsa" ] || die "no archive after the dump (see $out/work/cds-dump.log)"
# -Xshare:on refuses to start without the archive: proof the launcher maps it.
JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" --version >/dev/null 2>"$out/work/cds-check.log" \
  || { cat "$out/work/cds-check.log" >&2; die "the launcher cannot use its archive"; }
log "archive $(du -h "$appdir/wheelhouse.jsa" | cut -f1), $(grep -c . "$appdir/wheelhouse.classlist") classes listed"

# --- 4. The installer.
mkdir -p "$out/installer"
case "$installer" in
  none) log "no installer (WHEELHOUSE_INSTALLER=none or no packaging tools); app-image: $app" ;;
  deb)
    # Debian scripts: the class-data archive dumped for /opt/wheelhouse at install (CDS checks
    # the jar's path), and gone at removal.
    resources="$out/work/deb-resources"
    mkdir -p "$resources"
    cp "$here"/linux/postinst "$here"/linux/prerm "$resources/"
    cp "$here/linux/wheelhouse.desktop" "$resources/wheelhouse.desktop"
    cp "$here/icons/wheelhouse.png" "$resources/wheelhouse.png"
    # The image's archive belongs to the build's path; the installed one is dumped by postinst.
    staged="$out/work/deb-image"
    rm -rf "$staged" && mkdir -p "$staged" && cp -a "$app" "$staged/$name"
    rm -f "$staged/$name/lib/app/wheelhouse.jsa"
    log "deb (dpkg-deb, xz level 1)"
    # JavaFX's native libraries sit inside a jar, so jpackage cannot see what they link against:
    # GTK 3 for the window, libXtst for input, libGL for hardware rendering (software otherwise).
    DPKG_DEB_COMPRESSOR_TYPE=xz DPKG_DEB_COMPRESSOR_LEVEL=1 \
    "$bin/jpackage" "${jpackage_common[@]}" --type deb --app-image "$staged/$name" --dest "$out/installer" \
      --install-dir /opt --resource-dir "$resources" --linux-shortcut --linux-menu-group "Development" \
      --linux-app-category devel \
      --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libxtst6, libgl1, libfreetype6, libfontconfig1" \
      --license-file "$root/LICENSE"
    # jpackage always adds a postrm that does nothing; with one, `dpkg -r` keeps the package's
    # record ("config-files") until a purge. Without it, `dpkg -r` leaves nothing behind.
    deb_file=$(ls "$out"/installer/*.deb)
    repack="$out/work/deb-repack"
    rm -rf "$repack"
    dpkg-deb -R "$deb_file" "$repack"
    rm -f "$repack/DEBIAN/postrm"
    # The command and the menu entry as files of the package, the Debian way: dpkg installs and
    # removes them, desktop-file-utils' trigger updates the menu, and nothing depends on
    # xdg-desktop-menu finding a menu directory (a server or a minimal desktop has none).
    mkdir -p "$repack/usr/bin" "$repack/usr/share/applications"
    ln -s "/opt/$name/bin/$name" "$repack/usr/bin/$name"
    cp "$repack/opt/$name/lib/$name-$name.desktop" "$repack/usr/share/applications/$name.desktop"
    DPKG_DEB_COMPRESSOR_TYPE=xz DPKG_DEB_COMPRESSOR_LEVEL=1 dpkg-deb --root-owner-group -b "$repack" "$deb_file" >/dev/null
    rm -rf "$repack"
    ;;
  dmg)
    "$bin/jpackage" "${jpackage_common[@]}" --type dmg --app-image "$app" --dest "$out/installer" \
      --license-file "$root/LICENSE"
    ;;
  msi)
    "$bin/$(exe jpackage)" "${jpackage_common[@]}" --type msi --app-image "$(native_path "$app")" \
      --dest "$(native_path "$out/installer")" --license-file "$(native_path "$root/LICENSE")" \
      --win-menu --win-menu-group Wheelhouse --win-shortcut \
      --win-upgrade-uuid 5b0f6c1e-8f3a-4c7e-9a55-3d4f0b7e2a91
    ;;
  *) die "unknown installer type $installer" ;;
esac
ls -l "$out/installer" >&2
log "done: app-image $app"
