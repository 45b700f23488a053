#!/usr/bin/env python3
"""Asks cibuildwheel itself, at each pinned release, which wheels a workflow step builds.

Two tables, written for the Java tests (app/src/test/resources/cibw/oracle/):

  steps.json     For every cibuildwheel step of every workflow given, the options `wheels --json`
                 resolved (platform, archs, build, skip, enable, requires_python) handed to
                 `cibuildwheel --print-build-identifiers` at the release the step pins, on the
                 step's runner (release_sandbox.py emulates it): the identifiers cibuildwheel
                 prints, or the message it stops with. A build also runs cibuildwheel's
                 allowed_architectures_check, which --print-build-identifiers skips; it is run too.
  releases.json  For every release from 2.0.0 on, a fixed set of cases (raw CIBW_* variables on a
                 runner), and what that release prints for each: the model of every release is held
                 against its own behaviour, not only the releases the samples pin.

Usage (from the repository root, after `mvn -q -B package -DskipTests`; see README.md here):
  tools/cibw-catalog/oracle.py --cibuildwheel GITDIR --bashlex DIR --dependency-groups DIR \
      --workflows app/src/test/resources/samples/workflows app/src/test/resources/cibw/workflows
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from generate import release_tags, source_tree  # noqa: E402

OUT = "app/src/test/resources/cibw/oracle"
SWITCHES = {"cpython-prerelease": "CIBW_PRERELEASE_PYTHONS", "cpython-freethreading": "CIBW_FREE_THREADED_SUPPORT"}
# The runner each release case runs on, by its runs-on label, and that runner's host key.
RUNNERS = {"ubuntu-latest": "linux/x86_64", "ubuntu-24.04-arm": "linux/aarch64", "macos-14": "macos/arm64",
           "macos-15-intel": "macos/x86_64", "windows-latest": "windows/AMD64", "windows-11-arm": "windows/ARM64"}
CASES = [
    # (case id, runs-on, environment)
    ("linux-defaults", "ubuntu-latest", {"CIBW_PLATFORM": "linux", "CIBW_ARCHS": "auto"}),
    ("linux-arm-defaults", "ubuntu-24.04-arm", {"CIBW_PLATFORM": "linux"}),
    ("linux-pypy-prerelease", "ubuntu-latest", {"CIBW_PLATFORM": "linux", "CIBW_ARCHS": "x86_64",
                                                "CIBW_BUILD": "cp31*-manylinux* pp*", "CIBW_ENABLE": "cpython-prerelease pypy"}),
    ("linux-every-group", "ubuntu-latest", {"CIBW_PLATFORM": "linux", "CIBW_ARCHS": "x86_64 aarch64",
                                            "CIBW_SKIP": "*musllinux*", "CIBW_ENABLE": "all"}),
    ("linux-switches", "ubuntu-latest", {"CIBW_PLATFORM": "linux", "CIBW_ARCHS": "x86_64", "CIBW_SKIP": "*musllinux*",
                                         "CIBW_PRERELEASE_PYTHONS": "1", "CIBW_FREE_THREADED_SUPPORT": "1"}),
    ("linux-switches-and-enable", "ubuntu-latest", {"CIBW_PLATFORM": "linux", "CIBW_ARCHS": "x86_64",
                                                    "CIBW_BUILD": "cp31*-manylinux*", "CIBW_ENABLE": "pypy",
                                                    "CIBW_PRERELEASE_PYTHONS": "1"}),
    ("linux-freethreading-group", "ubuntu-latest", {"CIBW_PLATFORM": "linux", "CIBW_ARCHS": "x86_64",
                                                    "CIBW_BUILD": "*-manylinux*", "CIBW_ENABLE": "cpython-freethreading"}),
    ("linux-riscv64", "ubuntu-latest", {"CIBW_PLATFORM": "linux", "CIBW_ARCHS": "riscv64", "CIBW_BUILD": "cp312-*"}),
    ("linux-requires-python", "ubuntu-latest", {"CIBW_PLATFORM": "linux", "CIBW_ARCHS": "auto64",
                                                "CIBW_PROJECT_REQUIRES_PYTHON": ">=3.10,<3.13", "CIBW_ENABLE": "pypy graalpy"}),
    ("macos-arm-every-arch", "macos-14", {"CIBW_ARCHS_MACOS": "x86_64 arm64 universal2", "CIBW_ENABLE": "all"}),
    ("macos-intel-every-arch", "macos-15-intel", {"CIBW_ARCHS": "all", "CIBW_ENABLE": "all"}),
    ("macos-arm-defaults", "macos-14", {}),
    ("macos-native", "macos-14", {"CIBW_ARCHS": "native", "CIBW_BUILD": "cp3*"}),
    ("windows-defaults", "windows-latest", {}),
    ("windows-every-arch", "windows-latest", {"CIBW_ARCHS_WINDOWS": "all", "CIBW_ENABLE": "all",
                                              "CIBW_PROJECT_REQUIRES_PYTHON": ">=3.9"}),
    ("windows-arm", "windows-11-arm", {"CIBW_ARCHS": "auto", "CIBW_ENABLE": "pypy"}),
    ("windows-lower-case-arch", "windows-latest", {"CIBW_ARCHS": "amd64", "CIBW_BUILD": "cp31*"}),
    ("windows-case-insensitive-build", "windows-latest", {"CIBW_BUILD": "CP312-*", "CIBW_ARCHS": "AMD64"}),
    ("macos-unknown-arch", "macos-14", {"CIBW_ARCHS": "arm64 ppc"}),
    ("windows-unsupported-arch", "windows-latest", {"CIBW_ARCHS": "aarch64"}),
    ("linux-unknown-group", "ubuntu-latest", {"CIBW_PLATFORM": "linux", "CIBW_ENABLE": "pypy wheelhouse-nonexistent"}),
]


def version_key(text):
    return tuple(int(p) for p in text.split("."))


def host_of(runner):
    machine = runner.get("arch")
    return f"{runner['os']}/{machine}" if runner.get("os") and machine else None


# ---------------------------------------------------------------- worker: one release, many questions

def ask(release, platform, host, env, args=()):
    """What the release builds: (identifiers, error) — error also when a build would refuse the archs."""
    host_os, machine = host.split("/")
    # No platform given means auto: the runner's own, which this Linux machine must be told.
    platform = platform or host_os
    ids, error = release.print_identifiers(host_os, machine, ["--platform", platform, *args], env)
    if error is None:
        error = build_archs_error(release, platform, host, env)
    return ({"error": error} if error else {"identifiers": ids})


def build_archs_error(release, platform, host, env):
    """allowed_architectures_check, which a build runs after the identifiers are chosen."""
    A = release.architecture.Architecture
    check = getattr(release.architecture, "allowed_architectures_check", None)
    value = env.get(f"CIBW_ARCHS_{platform.upper()}", env.get("CIBW_ARCHS", "auto"))
    host_os, machine = host.split("/")
    with release.host(host_os, machine, patch_sys_platform=True):
        try:
            archs = A.parse_config(value, platform=platform)
            check(platform, archs)
        except ValueError as e:
            return str(e)
        except BaseException:  # a parse error was already reported by the print run
            return None
    return None


def worker(source_dir, questions_path):
    from release_sandbox import Release
    release = Release(source_dir)
    answers = []
    for question in json.load(open(questions_path)):
        answers.append(ask(release, question["platform"], question["host"], question["env"], question.get("args", [])))
    json.dump(answers, sys.stdout)


# ---------------------------------------------------------------- parent

def run_release(tag, questions, git_dir, work, pythonpath):
    source = os.path.join(work, tag)
    if not os.path.isdir(source):
        os.makedirs(source)
        archive = subprocess.run(["git", "--git-dir", git_dir, "archive", tag, "cibuildwheel"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "x", "-C", source], input=archive, check=True)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(questions, f)
    env = dict(os.environ, PYTHONPATH=pythonpath, PYTHONHASHSEED="0")
    result = subprocess.run([sys.executable, os.path.abspath(__file__), "--worker", source, f.name], env=env,
                            capture_output=True, text=True)
    os.unlink(f.name)
    if result.returncode != 0:
        raise RuntimeError(f"{tag}: {result.stderr[-3000:]}")
    return json.loads(result.stdout)


def workflow_steps(jar, workflows):
    """Every cibuildwheel step with resolved options in the workflows, as `wheels --json` gives it."""
    steps = []
    for folder in workflows:
        for name in sorted(os.listdir(folder)):
            if not re.search(r"\.ya?ml$", name):
                continue
            path = os.path.join(folder, name)
            project = pyproject_beside(folder, name)
            args = ["java", "-jar", jar, "wheels", path, "--json"]
            if project:
                args += ["--project", project]
            result = subprocess.run(args, capture_output=True, text=True)
            if not result.stdout.strip():
                print(f"skipped {name}: {result.stderr.strip()}", file=sys.stderr)
                continue
            for job in json.loads(result.stdout)["jobs"]:
                for step in job["steps"]:
                    if step["tool"] != "cibuildwheel" or not step.get("options") or not step.get("cibuildwheel"):
                        continue
                    steps.append({"folder": folder, "workflow": name, "job": job["name"], "step": step["index"],
                                  "release": step["cibuildwheel"], "runs_on": job["runner"]["labels"],
                                  "host": host_of(job["runner"]), "options": step["options"],
                                  "wheelhouse": {"determination": step["determination"],
                                                 "identifiers": step["identifiers"],
                                                 "reason": (step["explanations"] or [""])[0]}})
    return steps


def pyproject_beside(folder, workflow_name):
    """The sample pyproject.toml of the workflow's repository (owner__repo__pyproject.toml), in a folder of its own."""
    prefix = "__".join(workflow_name.split("__")[:2])
    candidate = os.path.join(folder, prefix + "__pyproject.toml")
    if not os.path.exists(candidate):
        return None
    project = tempfile.mkdtemp(prefix="oracle-project-")
    with open(candidate) as src, open(os.path.join(project, "pyproject.toml"), "w") as dst:
        dst.write(src.read())
    return project


def step_question(step):
    options = step["options"]
    env = {"CIBW_ARCHS": options["archs"], "CIBW_BUILD": options["build"], "CIBW_SKIP": options["skip"]}
    if version_key(step["release"]) >= (2, 22, 0):
        if options["enable"]:
            env["CIBW_ENABLE"] = options["enable"]
    else:
        for group in options["enable"].split():
            if group in SWITCHES:
                env[SWITCHES[group]] = "1"
    if options["requires_python"]:
        env["CIBW_PROJECT_REQUIRES_PYTHON"] = options["requires_python"]
    return {"platform": options["platform"], "host": step["host"], "env": env}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--cibuildwheel")
    parser.add_argument("--bashlex")
    parser.add_argument("--dependency-groups")
    parser.add_argument("--jar", default="app/target/wheelhouse.jar")
    parser.add_argument("--workflows", nargs="*", default=[])
    parser.add_argument("--out", default=OUT)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    if not (args.cibuildwheel and args.bashlex and args.dependency_groups):
        parser.error("--cibuildwheel, --bashlex and --dependency-groups are required")
    git_dir = args.cibuildwheel
    if os.path.isdir(os.path.join(git_dir, ".git")):
        git_dir = os.path.join(git_dir, ".git")
    work = tempfile.mkdtemp(prefix="cibw-oracle-")
    pythonpath = os.pathsep.join([source_tree(args.bashlex, "bashlex", work),
                                  os.path.join(source_tree(args.dependency_groups, "src", work), "src")])
    releases, _ = release_tags(git_dir)
    tags = {".".join(map(str, v)): tag for v, tag in releases}

    # Every question, grouped by the release that answers it.
    steps = workflow_steps(args.jar, args.workflows)
    questions = {}
    for i, step in enumerate(steps):
        if step["release"] in tags and step["host"]:
            questions.setdefault(step["release"], []).append(("step", i, step_question(step)))
    for c, (case_id, runs_on, env) in enumerate(CASES):
        platform = env.get("CIBW_PLATFORM")
        for release in tags:
            questions.setdefault(release, []).append(("case", c, {"platform": platform, "host": RUNNERS[runs_on],
                                                                  "env": env}))
    answers = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(run_release, tags[release], [q for _, _, q in asked], git_dir, work, pythonpath):
                   (release, asked) for release, asked in questions.items()}
        for future in concurrent.futures.as_completed(futures):
            release, asked = futures[future]
            for (kind, index, _), answer in zip(asked, future.result()):
                answers[(kind, index, release)] = answer

    os.makedirs(args.out, exist_ok=True)
    agree = disagree = 0
    table = []
    for i, step in enumerate(steps):
        answer = answers.get(("step", i, step["release"]))
        if answer is None:
            continue
        wheelhouse = step.pop("wheelhouse")
        same = (answer.get("identifiers") == wheelhouse["identifiers"] and wheelhouse["determination"] != "fails") \
            or ("error" in answer and wheelhouse["determination"] == "fails" and answer["error"] in wheelhouse["reason"])
        agree, disagree = agree + same, disagree + (not same)
        if not same:
            print(f"differs: {step['workflow']} / {step['job']} / step {step['step']} ({step['release']}): "
                  f"cibuildwheel {answer}, Wheelhouse {wheelhouse}", file=sys.stderr)
        options = {k: v for k, v in step["options"].items() if k != "source"}
        # The folder as the tests find it among their resources: samples/workflows, cibw/workflows.
        folder = "/".join(os.path.abspath(step["folder"]).split(os.sep)[-2:])
        table.append(dict(step, folder=folder,
                          options=options, cibuildwheel=answer))
    with open(os.path.join(args.out, "steps.json"), "w") as f:
        # One step a line: the table is long, and a line per step keeps its diffs readable.
        f.write('{"generated_by": "tools/cibw-catalog/oracle.py",\n "steps": [\n')
        f.write(",\n".join(json.dumps(row, sort_keys=True) for row in table))
        f.write("\n]}\n")

    cases = []
    for c, (case_id, runs_on, env) in enumerate(CASES):
        results = []
        for release in sorted(tags, key=version_key):
            answer = answers[("case", c, release)]
            same = next((r for r in results if {k: v for k, v in r.items() if k != "releases"} == answer), None)
            if same:
                same["releases"].append(release)
            else:
                results.append(dict(answer, releases=[release]))
        cases.append({"id": case_id, "runs_on": runs_on, "env": env, "results": results})
    with open(os.path.join(args.out, "releases.json"), "w") as f:
        json.dump({"generated_by": "tools/cibw-catalog/oracle.py", "cases": cases}, f, indent=1)
        f.write("\n")
    print(f"{agree} of {agree + disagree} workflow steps agree with cibuildwheel; "
          f"{len(CASES)} cases asked of {len(tags)} releases", file=sys.stderr)


if __name__ == "__main__":
    main()
