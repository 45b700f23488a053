"""Runs one cibuildwheel release, from its own source, inside this Python process.

Imported by generate.py (which asks a release how it selects builds) and by oracle.py (which asks it
which identifiers a workflow step builds). Nothing of cibuildwheel is copied here: the release is
imported from a directory holding `git archive <tag> cibuildwheel` of pypa/cibuildwheel, with
bashlex and dependency-groups from their own sources and Debian's python3-* packages for the rest.

A GitHub runner is emulated only where the release asks the host: `platform.machine()` (the
runner's CPU, spelled as Python reports it there), `platform.mac_ver()` (a current macOS), and, on
a Windows runner, case-insensitive file-name matching (`fnmatch` normalises case through
`os.path.normcase` on Windows). Builds never start: every run uses --print-build-identifiers.
"""
from __future__ import annotations

import contextlib
import importlib
import io
import os
import platform
import posixpath
import sys
import tempfile
import traceback

# platform.machine() on each GitHub runner image, by the runner's operating system.
HOST_MACHINES = {
    "linux": ["x86_64", "aarch64", "riscv64"],
    "macos": ["x86_64", "arm64"],
    "windows": ["AMD64", "ARM64"],
}
SYS_PLATFORM = {"linux": "linux", "macos": "darwin", "windows": "win32"}
# The macOS every GitHub macOS runner has had since 2024 (macos-14 and later).
MACOS_VERSION = "14.0"


class Release:
    """One cibuildwheel release imported from its source directory (one per process)."""

    def __init__(self, source_dir: str):
        self.source_dir = source_dir
        sys.path.insert(0, source_dir)
        self.main_module = importlib.import_module("cibuildwheel.__main__")
        self.architecture = importlib.import_module("cibuildwheel.architecture")
        try:
            self.errors = importlib.import_module("cibuildwheel.errors")
        except ImportError:  # before 2.something, errors were plain exceptions
            self.errors = None
        self.project = tempfile.mkdtemp(prefix="cibw-probe-")
        with open(os.path.join(self.project, "pyproject.toml"), "w") as f:
            f.write('[project]\nname = "probe"\nversion = "0"\n')
        self.base_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/root"),
                         "LANG": "C.UTF-8"}

    def source_text(self, relative: str) -> str:
        path = os.path.join(self.source_dir, "cibuildwheel", relative)
        if not os.path.exists(path):
            return ""
        with open(path, encoding="utf-8") as f:
            return f.read()

    @contextlib.contextmanager
    def host(self, host_os: str, machine: str, patch_sys_platform: bool = False):
        """Makes the release see a runner of `host_os` whose CPU is `machine`."""
        saved = (platform.machine, platform.mac_ver, posixpath.normcase, sys.platform)
        platform.machine = lambda: machine
        platform.mac_ver = lambda *a, **k: (MACOS_VERSION, ("", "", ""), machine)
        if host_os == "windows":
            posixpath.normcase = lambda s: os.fspath(s).lower()
        el0 = getattr(self.architecture, "_check_aarch32_el0", None)
        if el0 is not None:
            # GitHub's Arm runners (Cobalt 100) cannot run 32-bit Arm code.
            self.architecture._check_aarch32_el0 = lambda: False
        if patch_sys_platform:
            sys.platform = SYS_PLATFORM[host_os]
        try:
            yield
        finally:
            platform.machine, platform.mac_ver, posixpath.normcase, sys.platform = saved
            if el0 is not None:
                self.architecture._check_aarch32_el0 = el0

    def print_identifiers(self, host_os: str, machine: str, args: list[str], env: dict[str, str]):
        """Runs `cibuildwheel --print-build-identifiers ARGS PROJECT` with ENV.

        Returns (identifiers, error): the printed identifiers, and the message cibuildwheel stopped
        with (its `cibuildwheel: error:` text, or the last line of an uncaught exception), or None.
        """
        out, err = io.StringIO(), io.StringIO()
        saved_env, saved_argv = dict(os.environ), sys.argv
        os.environ.clear()
        os.environ.update(self.base_env)
        os.environ.update(env)
        sys.argv = ["cibuildwheel", "--print-build-identifiers", *args, self.project]
        code = 0
        try:
            with self.host(host_os, machine), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    self.main_module.main()
                except SystemExit as e:
                    code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
                except BaseException:  # an uncaught error is what the user sees too (its errors are BaseExceptions)
                    traceback.print_exc(file=err)
                    code = 1
        finally:
            os.environ.clear()
            os.environ.update(saved_env)
            sys.argv = saved_argv
        identifiers = [line.strip() for line in out.getvalue().splitlines() if line.strip()]
        return identifiers, (error_message(err.getvalue()) if code else None)


def error_message(stderr: str) -> str:
    """The line that says why cibuildwheel stopped, without its `cibuildwheel: error: ` prefix."""
    lines = [line.rstrip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "cibuildwheel: error:" in line:
            return line.split("cibuildwheel: error:", 1)[1].strip()
    return lines[-1].strip() if lines else "(no message)"
