package dev.wheelhouse.sandbox.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built plans with the structure of the satkit release workflow on a branch, for testing
 * the scheduler apart from workflow parsing (the planner's own tests use the real file).
 */
final class Plans {

    static final List<String> OSES = List.of("macos-latest", "ubuntu-latest", "windows-latest", "ubuntu-24.04-arm");
    static final List<String> PYTHONS = List.of("cp310", "cp311", "cp312", "cp313", "cp314");

    private Plans() {
    }

    static RunPlan satkitOnABranch() {
        List<PlannedJob> jobs = new ArrayList<>();
        jobs.add(new PlannedJob("check_version", "verify version", List.of(), Condition.NEVER,
                List.of("ubuntu-latest"), Map.of(), List.of(step("Run actions/checkout@v5", "actions/checkout@v5", null))));
        jobs.add(new PlannedJob("test", "test before release", List.of(), Condition.SUCCESS,
                List.of("ubuntu-latest"), Map.of(), List.of(
                step("Run actions/checkout@v5", "actions/checkout@v5", null),
                step("Rust tests", null, "cargo test --features chrono"),
                step("Python tests", null, "pytest python/test/"))));
        jobs.add(new PlannedJob("publish_crate", "publish to crates.io", List.of("check_version", "test"),
                Condition.SUCCESS, List.of("ubuntu-latest"), Map.of(),
                List.of(step("Publish to crates.io", null, "cargo publish"))));
        for (String os : OSES) {
            for (String python : PYTHONS) {
                Map<String, String> matrix = new LinkedHashMap<>();
                matrix.put("os", os);
                matrix.put("python", python);
                boolean linux = os.startsWith("ubuntu");
                if (linux) {
                    matrix.put("platform", "linux");
                }
                List<PlannedStep> steps = new ArrayList<>();
                steps.add(step("Run actions/checkout@v5", "actions/checkout@v5", null));
                steps.add(step("Set up Python", "actions/setup-python@v6", null));
                steps.add(new PlannedStep("Set up Rust", "dtolnay/rust-toolchain@stable", null,
                        linux ? Condition.NEVER : Condition.SUCCESS, StepKind.SETUP_RUST));
                steps.add(step("Set up sccache", "mozilla-actions/sccache-action@v0.0.9", null));
                steps.add(step("Build wheels", "pypa/cibuildwheel@v3.2.0", null));
                steps.add(new PlannedStep("sccache stats", null, "sccache --show-stats",
                        linux ? Condition.NEVER : Condition.ALWAYS, StepKind.SCCACHE_STATS));
                steps.add(step("Upload Artifacts", "actions/upload-artifact@v4", null));
                jobs.add(new PlannedJob("build_wheels", "build wheels (" + os + " " + python + ")",
                        List.of("test"), Condition.SUCCESS, List.of(os), matrix, steps));
            }
        }
        jobs.add(new PlannedJob("publish_pypi", "publish to PyPI", List.of("build_wheels"), Condition.NEVER,
                List.of("ubuntu-latest"), Map.of(), List.of(step("Publish to PyPI", "pypa/gh-action-pypi-publish@release/v1", null))));
        return new RunPlan("Release", ".github/workflows/release.yml", jobs);
    }

    static PlannedStep step(String name, String uses, String run) {
        return new PlannedStep(name, uses, run, Condition.SUCCESS, StepKind.of(uses, run));
    }
}
