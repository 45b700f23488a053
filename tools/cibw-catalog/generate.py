#!/usr/bin/env python3
"""Writes Wheelhouse's model of every cibuildwheel release, asked of each release itself.

For every release tag v2.0.0 and later of pypa/cibuildwheel, the release is imported from its own
source (release_sandbox.py) and asked, through its command line with --print-build-identifiers
and its Architecture class:
  * which identifiers it builds per platform and runner CPU, and under which architecture
    (its build-platforms.toml as its get_python_configurations filters it);
  * which enable groups (or, before 2.22, which prerelease/free-threaded switches) each identifier
    needs: the groups whose absence drops it, checked against runs with exactly those groups;
  * what `all` enables, what `--only` enables, what each archs keyword resolves to on each runner;
  * the messages it stops with for an unknown enable group, an invalid or unsupported architecture.
The answers are written as JSON resources the app loads (one file per distinct model, an index
mapping every release, its commit and its floating tags to them). No cibuildwheel code is copied.

Usage (from the repository root; see README.md in this folder):
  tools/cibw-catalog/generate.py --cibuildwheel GITDIR --bashlex DIR --dependency-groups DIR \
      [--out app/src/main/resources/dev/wheelhouse/cibw/releases] [--only-release 4.2.0 ...]
"""
from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODELED_PLATFORMS = ["linux", "macos", "windows"]
SENTINEL_GROUP = "wheelhouse-sentinel"
SENTINEL_ARCH = "wheelhousesentinel"
FLAGS = [
    # (environment variable, pyproject option or None, the group it turns on) — read from 2.2 to 2.23
    ("CIBW_PRERELEASE_PYTHONS", None, "cpython-prerelease"),
    ("CIBW_FREE_THREADED_SUPPORT", "free-threaded-support", "cpython-freethreading"),
]
KEYWORDS = ["auto", "native", "all", "auto64", "auto32"]


# ---------------------------------------------------------------- worker: one release, one process

class Prober:
    def __init__(self, release):
        self.r = release
        self.Architecture = release.architecture.Architecture
        defaults = release.source_text("resources/defaults.toml")
        self.enable_option = re.search(r"^enable\s*=", defaults, re.M) is not None
        self.group_enum = find_enable_enum()
        self.groups_declared = [m.value for m in self.group_enum] if self.group_enum else []
        sources = release.source_text("options.py") + release.source_text("__main__.py")
        self.flags = []
        for env, option, group in FLAGS:
            present = (env in sources) if option is None else (option in defaults)
            if present:
                self.flags.append({"env": env, "option": option, "group": group})
        # The groups probed: the enable option's, or before it the switches' groups.
        self.groups = self.groups_declared if self.enable_option else [f["group"] for f in self.flags]

    def enabling(self, groups) -> dict:
        env = {}
        if self.enable_option:
            if groups:
                env["CIBW_ENABLE"] = " ".join(sorted(groups))
        else:
            for flag in self.flags:
                if flag["group"] in groups:
                    env[flag["env"]] = "1"
        return env

    def run(self, platform, host, env, args=()):
        host_os, machine = host.split("/")
        return self.r.print_identifiers(host_os, machine, ["--platform", platform, *args], env)

    def all_archs(self, platform):
        with self.r.host("linux", "x86_64"):
            archs = self.Architecture.all_archs(platform)
        order = [m.value for m in self.Architecture]
        return sorted((a.value for a in archs), key=order.index)

    def identifiers(self, platform, host, archs, groups):
        env = dict(self.enabling(groups), CIBW_ARCHS=" ".join(archs))
        ids, error = self.run(platform, host, env)
        if error:
            raise RuntimeError(f"{platform} on {host} with {env}: {error}")
        return ids

    def catalog(self, platform, host):
        archs = self.all_archs(platform)
        everything = self.identifiers(platform, host, archs, self.groups)
        arch_of = {}
        for arch in archs:
            for identifier in self.identifiers(platform, host, [arch], self.groups):
                arch_of[identifier] = arch
        gates = {i: [] for i in everything}
        for group in self.groups:
            without = set(self.identifiers(platform, host, archs, [g for g in self.groups if g != group]))
            for identifier in everything:
                if identifier not in without:
                    gates[identifier].append(group)
        # The gates must explain every run: with exactly a gate's groups, exactly the ids it allows.
        for needed in {tuple(g) for g in gates.values()} | {()}:
            got = self.identifiers(platform, host, archs, list(needed))
            want = [i for i in everything if set(gates[i]) <= set(needed)]
            if got != want:
                raise RuntimeError(f"{platform} on {host}: enabling {needed} builds {got}, the gates say {want}")
        builds = []
        for identifier in everything:
            if identifier not in arch_of:
                raise RuntimeError(f"{identifier} appears under no single architecture")
            builds.append(" ".join([identifier, arch_of[identifier], *gates[identifier]]))
        return builds, gates

    def only_enables(self, gates_by_platform):
        if not self.groups:
            return []
        enabled = []
        for group in self.groups:
            for platform, gates in gates_by_platform.items():
                single = [i for i, g in gates.items() if g == [group]]
                if single:
                    host = {"linux": "linux/x86_64", "macos": "macos/arm64", "windows": "windows/AMD64"}[platform]
                    ids, error = self.r.print_identifiers(*host.split("/"), ["--only", single[0]], {})
                    if error and "unrecognized arguments" in error:
                        return None
                    if ids == [single[0]]:
                        enabled.append(group)
                    break
        return enabled

    def enable_rules(self, gates_by_platform):
        rules = {"option": self.enable_option, "groups": self.groups_declared if self.enable_option else [],
                 "all": None, "only": self.only_enables(gates_by_platform), "flags": self.flags,
                 "flag_conflict": None, "unknown_group": None}
        if self.enable_option:
            _, error = self.run("linux", "linux/x86_64", {"CIBW_ENABLE": SENTINEL_GROUP})
            if error is None or SENTINEL_GROUP not in error:
                raise RuntimeError(f"an unknown enable group did not stop the release: {error}")
            rules["unknown_group"] = error.replace(SENTINEL_GROUP, "{group}")
            _, error = self.run("linux", "linux/x86_64", {"CIBW_ENABLE": "all"})
            if error is None:
                members = self.group_enum.all_groups() if hasattr(self.group_enum, "all_groups") else self.group_enum
                rules["all"] = [g for g in self.groups_declared if g in {m.value for m in members}]
            if self.flags:
                env = {"CIBW_ENABLE": self.groups_declared[0], self.flags[0]["env"]: "1"}
                _, error = self.run("linux", "linux/x86_64", env)
                rules["flag_conflict"] = error
        return rules

    def archs_rules(self):
        A = self.Architecture
        keywords = {}
        hosts = [f"{os_}/{m}" for os_, machines in HOST_MACHINES.items() for m in machines]
        for host in hosts:
            host_os, machine = host.split("/")
            per_target = {}
            for platform in MODELED_PLATFORMS:
                resolved = {}
                for keyword in KEYWORDS:
                    with self.r.host(host_os, machine, patch_sys_platform=True):
                        try:
                            archs = A.parse_config(keyword, platform=platform)
                            order = [m.value for m in A]
                            resolved[keyword] = sorted((a.value for a in archs), key=order.index)
                        except BaseException as e:  # cibuildwheel's errors are BaseExceptions
                            # What the command line prints: its own errors as they are, others as uncaught.
                            own = isinstance(e, getattr(self.r.errors, "FatalError", ())) if self.r.errors else False
                            resolved[keyword] = {"error": str(e) if own else f"{type(e).__name__}: {e}"}
                per_target[platform] = resolved
            keywords[host] = per_target
        with self.r.host("linux", "x86_64"):
            try:
                case_insensitive = {a.value for a in A.parse_config("amd64", platform="windows")} == {"AMD64"}
            except BaseException:  # cibuildwheel's errors are BaseExceptions
                case_insensitive = False
        _, error = self.run("linux", "linux/x86_64", {"CIBW_ARCHS": SENTINEL_ARCH})
        if error is None or SENTINEL_ARCH not in error:
            raise RuntimeError(f"an invalid architecture did not stop the release: {error}")
        check = getattr(self.r.architecture, "allowed_architectures_check")
        unsupported, empty = {}, {}
        for platform in MODELED_PLATFORMS:
            allowed = A.all_archs(platform)
            outsider = next(m for m in A if m not in allowed)
            unsupported[platform] = message_of(check, platform, {outsider}).replace(repr({outsider}), "{archs}")
            empty[platform] = message_of(check, platform, set())
        sample = next(m for m in A if m.name == m.value)
        return {"names": [m.value for m in A], "case_insensitive": case_insensitive, "keywords": keywords,
                "invalid": error.replace(SENTINEL_ARCH, "{arch}"), "unsupported": unsupported, "empty": empty,
                "repr": repr(sample).replace(sample.value, "{value}")}

    def model(self):
        catalogs, gates_by_platform = [], {}
        for platform in MODELED_PLATFORMS:
            hosts = [f"{o}/{m}" for o, ms in HOST_MACHINES.items() for m in ms
                     if platform == "linux" or o == platform]
            probed = []  # (first run, builds, hosts)
            for host in hosts:
                first = self.identifiers(platform, host, self.all_archs(platform), self.groups)
                same = next((p for p in probed if p[0] == first), None)
                if same:
                    same[2].append(host)
                    continue
                builds, gates = self.catalog(platform, host)
                gates_by_platform.setdefault(platform, gates)
                probed.append((first, builds, [host]))
            for _, builds, hosts_of in probed:
                catalogs.append({"platform": platform, "hosts": hosts_of, "builds": builds})
        return {"enable": self.enable_rules(gates_by_platform), "archs": self.archs_rules(), "catalogs": catalogs}


def message_of(check, platform, archs):
    try:
        check(platform, archs)
    except ValueError as e:
        return str(e)
    raise RuntimeError(f"allowed_architectures_check({platform}, {archs}) accepted")


def find_enable_enum():
    import importlib
    for module, name in [("cibuildwheel.selector", "EnableGroup"), ("cibuildwheel.util", "EnableGroups"),
                         ("cibuildwheel.util", "EnableGroup")]:
        try:
            found = getattr(importlib.import_module(module), name, None)
        except ImportError:
            continue
        if found is not None:
            return found
    return None


def worker(source_dir):
    sys.path.insert(0, HERE)
    from release_sandbox import Release
    model = Prober(Release(source_dir)).model()
    json.dump(model, sys.stdout)


# ---------------------------------------------------------------- parent: every release

from release_sandbox import HOST_MACHINES  # noqa: E402  (the worker shares the host list)


def release_tags(git_dir):
    tags = subprocess.run(["git", "--git-dir", git_dir, "tag"], check=True, capture_output=True, text=True).stdout.split()
    releases = []
    for tag in tags:
        m = re.fullmatch(r"v(\d+)\.(\d+)\.(\d+)", tag)
        if m and int(m.group(1)) >= 2:
            releases.append(((int(m.group(1)), int(m.group(2)), int(m.group(3))), tag))
    return sorted(releases), tags


def commit_of(git_dir, tag):
    return subprocess.run(["git", "--git-dir", git_dir, "rev-parse", tag + "^{commit}"], check=True,
                          capture_output=True, text=True).stdout.strip()


def probe(git_dir, tag, work, pythonpath):
    source = os.path.join(work, tag)
    os.makedirs(source, exist_ok=True)
    archive = subprocess.run(["git", "--git-dir", git_dir, "archive", tag, "cibuildwheel"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "x", "-C", source], input=archive, check=True)
    env = dict(os.environ, PYTHONPATH=pythonpath, PYTHONHASHSEED="0")
    result = subprocess.run([sys.executable, os.path.abspath(__file__), "--worker", source], env=env,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{tag}: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else 'failed'}"
                           f"\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def source_tree(path, member, work):
    """A directory holding MEMBER: PATH itself when it is a checkout, else `git archive HEAD` of a bare repository."""
    if os.path.exists(os.path.join(path, member)):
        return os.path.abspath(path)
    target = os.path.join(work, os.path.basename(os.path.abspath(path.rstrip("/"))) + "-" + member)
    os.makedirs(target, exist_ok=True)
    archive = subprocess.run(["git", "--git-dir", path, "archive", "HEAD", member], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "x", "-C", target], input=archive, check=True)
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--cibuildwheel", help="a clone (or bare git dir) of pypa/cibuildwheel with its tags")
    parser.add_argument("--bashlex", help="idank/bashlex: a checkout or its git directory")
    parser.add_argument("--dependency-groups", help="pypa/dependency-groups: a checkout or its git directory")
    parser.add_argument("--out", default="app/src/main/resources/dev/wheelhouse/cibw/releases")
    parser.add_argument("--only-release", nargs="*", help="probe only these releases (for a quick look)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return
    if not (args.cibuildwheel and args.bashlex and args.dependency_groups):
        parser.error("--cibuildwheel, --bashlex and --dependency-groups are required")

    git_dir = args.cibuildwheel
    if os.path.isdir(os.path.join(git_dir, ".git")):
        git_dir = os.path.join(git_dir, ".git")
    releases, all_tags = release_tags(git_dir)
    if args.only_release:
        releases = [r for r in releases if ".".join(map(str, r[0])) in args.only_release]
    work = tempfile.mkdtemp(prefix="cibw-catalog-")
    pythonpath = os.pathsep.join([source_tree(args.bashlex, "bashlex", work),
                                  os.path.join(source_tree(args.dependency_groups, "src", work), "src")])

    models = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(probe, git_dir, tag, work, pythonpath): (version, tag) for version, tag in releases}
        for future in concurrent.futures.as_completed(futures):
            version, tag = futures[future]
            models[version] = future.result()
            print(f"probed {tag}", file=sys.stderr)

    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):
        if old.endswith(".json"):
            os.remove(os.path.join(args.out, old))
    files, index_releases, commits = {}, {}, {}
    for version, tag in releases:
        text = json.dumps(models[version], indent=1, sort_keys=True)
        digest = hashlib.sha256(text.encode()).hexdigest()
        name = ".".join(map(str, version))
        if digest not in files:
            files[digest] = name + ".json"
            with open(os.path.join(args.out, files[digest]), "w") as f:
                f.write(text + "\n")
        index_releases[name] = files[digest]
        commits[commit_of(git_dir, tag)] = name
    aliases = {}
    by_commit = {c: n for c, n in commits.items()}
    for tag in all_tags:
        m = re.fullmatch(r"v(\d+(?:\.\d+)?)", tag)
        if m:
            target = by_commit.get(commit_of(git_dir, tag))
            if target:
                aliases[m.group(1)] = target
    index = {"generated_by": "tools/cibw-catalog/generate.py",
             "source": "pypa/cibuildwheel, each release tag's own source",
             "releases": index_releases, "commits": commits, "floating_tags": aliases}
    with open(os.path.join(args.out, "index.json"), "w") as f:
        json.dump(index, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(index_releases)} releases, {len(files)} distinct models, written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
