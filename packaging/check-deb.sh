#!/usr/bin/env bash
# Installs the .deb that `mvn -B -Ppackage package` built, uses it as a user would, removes it,
# and checks that nothing of it is left while the user's data stays where the user keeps it.
#   packaging/check-deb.sh [PACKAGE.deb] [SCREENSHOT.png]
# Needs root (or sudo), xvfb and imagemagick. Refuses to run where wheelhouse is already installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deb=${1:-$(ls "$root"/app/target/package/installer/wheelhouse_*.deb 2>/dev/null | head -1)}
shot=${2:-}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "no .deb: run 'mvn -B -Ppackage package' first" >&2; exit 2; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if dpkg-query -W -f '${Status}' wheelhouse 2>/dev/null | grep -qv 'not-installed'; then
  echo "wheelhouse is installed already; this check installs and removes it, so remove it first" >&2
  exit 2
fi

passed=0 failed=0
check() { # DESCRIPTION COMMAND...: one line per check
  if "${@:2}" >/dev/null 2>&1; then echo "ok      $1"; passed=$((passed + 1));
  else echo "FAILED  $1"; failed=$((failed + 1)); fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
touch "$tmp/stamp"
sleep 1
workflow="$root/resources/samples/satkit/.github/workflows/release.yml"

echo "== install $(basename "$deb")"
# dpkg -i leaves a package whose dependencies are missing unconfigured; apt then brings them.
if ! $sudo dpkg -i "$deb" >"$tmp/install.log" 2>&1; then
  echo "        dpkg -i: dependencies missing, installing them with apt-get -f install"
  $sudo apt-get install -f -y -qq >>"$tmp/install.log" 2>&1 || { cat "$tmp/install.log" >&2; exit 1; }
fi
check "dpkg lists wheelhouse as installed" sh -c 'dpkg -s wheelhouse | grep -q "Status: install ok installed"'
check "Depends names GTK 3 (JavaFX's glass needs it)" sh -c 'dpkg -s wheelhouse | grep "^Depends:" | grep -q libgtk-3-0'
check "'wheelhouse' on the PATH is /usr/bin/wheelhouse" sh -c '[ "$(command -v wheelhouse)" = /usr/bin/wheelhouse ]'
check "... a file of the package, not made by a script" sh -c 'dpkg -S /usr/bin/wheelhouse | grep -q "^wheelhouse:"'
check "the menu entry is installed and starts the launcher" \
  grep -qx 'Exec=/opt/wheelhouse/bin/wheelhouse' /usr/share/applications/wheelhouse.desktop
if command -v desktop-file-validate >/dev/null 2>&1; then
  check "... and is a valid desktop entry" desktop-file-validate /usr/share/applications/wheelhouse.desktop
fi
check "the launcher starts the JVM itself (jpackage's asks rpm and dpkg on every start)" \
  sh -c 'head -1 /opt/wheelhouse/bin/wheelhouse | grep -qx "#!/bin/sh"'
check "the license is installed" test -f /opt/wheelhouse/lib/app/LICENSE
check "postinst dumped the class-data archive for /opt/wheelhouse" test -s /opt/wheelhouse/lib/app/wheelhouse.jsa
check "the launcher maps it (-Xshare:on refuses otherwise)" env JAVA_TOOL_OPTIONS=-Xshare:on wheelhouse --version
check "'wheelhouse --version' names the version" sh -c 'wheelhouse --version | grep -q "Wheelhouse"'
check "a command gets a 64 MB initial heap" \
  sh -c 'JAVA_TOOL_OPTIONS=-XX:+PrintCommandLineFlags wheelhouse --version 2>&1 | grep -q -- "-XX:InitialHeapSize=67108864"'
check "... and starts under a user's own 64 MB limit" env JAVA_TOOL_OPTIONS=-Xmx64m wheelhouse --version
# No display: the window stops at once, after the JVM has said which options it was given.
check "the window (a file to open) gets a 96 MB young generation" \
  sh -c 'DISPLAY= JAVA_TOOL_OPTIONS=-XX:+PrintCommandLineFlags timeout 30 wheelhouse /opt/wheelhouse/lib/app/LICENSE 2>&1 | grep -q -- "-XX:MaxNewSize=100663296"'

# The commands, as a user on a machine without a display would run them.
(set +e; cd "$tmp" && env -u DISPLAY wheelhouse matrix show "$workflow" >"$tmp/show.out" 2>"$tmp/show.err"; echo $? >"$tmp/show.rc")
check "'wheelhouse matrix show' on satkit exits 0" grep -qx 0 "$tmp/show.rc"
check "... and lists the 20 wheel jobs" grep -q "build_wheels: 20 jobs" "$tmp/show.out"
check "... with nothing on stderr" test ! -s "$tmp/show.err"
(set +e; env -u DISPLAY wheelhouse matrix show "$root/.github/workflows/release.yml" >"$tmp/own.out" 2>&1; echo $? >"$tmp/own.rc")
check "'wheelhouse matrix show' on this project's release.yml exits 0" grep -qx 0 "$tmp/own.rc"
check "... lists its installer jobs, one per OS" grep -q "installers: 3 jobs" "$tmp/own.out"
check "... and no problem" sh -c "! grep -qi problem '$tmp/own.out'"
(set +e; env -u DISPLAY wheelhouse matrix show /nonexistent.yml >/dev/null 2>"$tmp/bad.err"; echo $? >"$tmp/bad.rc")
check "a missing file: exit 2 and one line on stderr" sh -c "grep -qx 2 '$tmp/bad.rc' && [ \$(wc -l < '$tmp/bad.err') -eq 1 ]"

# The window, under Xvfb, with a home of its own: it connects to the sandbox and keeps its data
# in the XDG folders, nowhere in /opt.
home="$tmp/home"
mkdir -p "$home"
if [ -n "$shot" ]; then
  out=$shot
else
  out="$tmp/window.png"
fi
touch "$tmp/before-window"
check "the window starts under Xvfb and shows its connected state" \
  env SHOT_HOME="$home" "$root/packaging/window-shot.sh" "$out" /usr/bin/wheelhouse
[ -z "$shot" ] || echo "        screenshot: $shot"
check "nothing was written under /opt/wheelhouse while it ran" \
  sh -c '[ -z "$(find /opt/wheelhouse -newer '"$tmp/before-window"')" ]'
check "no JavaFX native library was unpacked into the home (~/.openjfx)" test ! -e "$home/.openjfx"
check "its data is in the user's data folder (\$XDG_DATA_HOME/wheelhouse)" test -d "$home/.local/share/wheelhouse"

echo "== remove"
$sudo dpkg -r wheelhouse >"$tmp/remove.log" 2>&1 || { cat "$tmp/remove.log" >&2; exit 1; }
check "dpkg no longer lists wheelhouse" sh -c '! dpkg -s wheelhouse 2>/dev/null | grep -q "Status: install"'
check "/opt/wheelhouse is gone" test ! -e /opt/wheelhouse
check "/usr/bin/wheelhouse is gone" test ! -e /usr/bin/wheelhouse
check "no file named for wheelhouse is left in /opt, /usr, /etc or dpkg's records" \
  sh -c '[ -z "$(find /opt /usr /etc /var/lib/dpkg/info -name "*wheelhouse*" 2>/dev/null)" ]'
check "the user's data stays where it was" test -d "$home/.local/share/wheelhouse"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
