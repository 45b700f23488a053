package dev.wheelhouse.sandbox.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The output lines of one step, by what the step does. */
final class StepOutput {

    /** Crates a PyO3 wheel build compiles, in a plausible build order. */
    private static final List<String> CRATES = List.of("proc-macro2 v1.0.101", "unicode-ident v1.0.19",
            "libc v0.2.175", "autocfg v1.5.0", "target-lexicon v0.13.2", "once_cell v1.21.3",
            "quote v1.0.40", "syn v2.0.106", "num-traits v0.2.19", "memchr v2.7.5", "cfg-if v1.0.3",
            "pyo3-build-config v0.25.1", "heck v0.5.0", "serde v1.0.223", "libm v0.2.15",
            "bytemuck v1.23.2", "paste v1.0.15", "safe_arch v0.7.4", "wide v0.7.33",
            "num-complex v0.4.6", "approx v0.5.1", "simba v0.9.1", "matrixmultiply v0.3.10",
            "pyo3-ffi v0.25.1", "pyo3-macros-backend v0.25.1", "pyo3-macros v0.25.1", "indoc v2.0.6",
            "unindent v0.2.4", "memoffset v0.9.1", "nalgebra-macros v0.2.2", "chrono v0.4.42",
            "thiserror v2.0.16", "itertools v0.14.0", "rayon-core v1.13.0", "rayon v1.11.0",
            "ndarray v0.16.1", "numpy v0.25.0", "pyo3 v0.25.1", "nalgebra v0.34.0", "cc v1.2.37",
            "satkit v0.18.1", "satkit-python v0.18.1");

    private StepOutput() {
    }

    static List<String> of(ScheduledStep step, ScheduledJob job, JobLogWriter.Context context, RunnerOs os) {
        PlannedJob plan = job.plan();
        return switch (step.kind()) {
            case CHECKOUT -> List.of("Syncing repository: " + context.repository(),
                    "##[group]Getting Git version info", "git version 2.51.0", "##[endgroup]",
                    "[command]" + JobLogWriter.git(os) + " init " + workspace(os, context),
                    "[command]" + JobLogWriter.git(os) + " -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +" + context.headSha() + ":" + context.ref(),
                    "[command]" + JobLogWriter.git(os) + " checkout --progress --force -B " + branch(context.ref()) + " " + context.ref(),
                    "[command]" + JobLogWriter.git(os) + " log -1 --format=%H",
                    context.headSha());
            case SETUP_PYTHON -> List.of("##[group]Installed versions",
                    "Successfully set up CPython (3.13.7)", "##[endgroup]");
            case SETUP_RUST -> List.of("info: syncing channel updates for 'stable-" + triple(os) + "'",
                    "info: default toolchain set to 'stable-" + triple(os) + "'",
                    "  stable-" + triple(os) + " unchanged - rustc 1.90.0 (1159e78c4 2025-09-14)");
            case SETUP_SCCACHE -> List.of("Downloading sccache version v" + SccacheOutput.VERSION + " ...",
                    "Extracting sccache...", "Enabled GitHub Actions cache: exporting ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN",
                    "Adding " + JobLogWriter.sccachePath(os).replaceAll("[/\\\\]sccache(\\.exe)?$", "") + " to PATH");
            case BUILD_WHEELS -> build(step, job, os);
            case SCCACHE_STATS -> stats(job);
            case TESTS -> List.of("    Finished `test` profile [unoptimized + debuginfo] target(s) in 48.21s",
                    "     Running unittests src/lib.rs", "test result: ok. 212 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out");
            case UPLOAD_ARTIFACT -> step.conclusion().equals("failure") ? List.of(
                    "With the provided path, there will be 1 file uploaded", "Artifact name is valid!",
                    "Root directory input is valid!", "##[error]" + FaultOutput.UPLOAD_CONFLICT)
                    : List.of("With the provided path, there will be 1 file uploaded",
                    "Artifact name is valid!", "Uploaded bytes 1843211",
                    "Artifact " + artifactName(plan) + ".zip successfully finalized.");
            case DOWNLOAD_ARTIFACT -> List.of("Downloading multiple artifacts", "Total of 20 artifact(s) downloaded");
            default -> step.conclusion().equals("failure")
                    ? List.of("##[error]Process completed with exit code 1.") : List.of();
        };
    }

    private static List<String> build(ScheduledStep step, ScheduledJob job, RunnerOs os) {
        PlannedJob plan = job.plan();
        String python = plan.matrix().getOrDefault("python", "cp313");
        List<String> lines = LogLines.of("     _ _       _ _   _       _           _",
                " ___|_| |_ _ _|_| |_| |_ _ _| |_ ___ ___| |",
                "|  _| | . | | | | | . | | | |   | -_| -_| |",
                "|___|_|___|___|_|_|___|_____|_|_|___|___|_|", "", "cibuildwheel version 3.2.0", "",
                "Build options:", "  platform: " + os.family().replace("ubuntu", "linux"),
                "  build_selector: BuildSelector(build_config='" + python + "-*', skip_config='pp* *_i686 *_s390x *_ppc64le *-musllinux*')",
                "", "Here we go!", "");
        if (plan.compilesInContainer()) {
            lines.add("Starting container image quay.io/pypa/manylinux_2_28_" + (os == RunnerOs.LINUX_ARM ? "aarch64" : "x86_64") + ":2025.09.07-1...");
            lines.add("Running before_all...");
            lines.add("+ curl -fsSL https://github.com/mozilla/sccache/releases/download/v0.15.0/sccache-v0.15.0-"
                    + (os == RunnerOs.LINUX_ARM ? "aarch64" : "x86_64") + "-unknown-linux-musl.tar.gz");
        }
        lines.add("Building " + python + " wheel");
        CacheFault fault = job.fault();
        if (fault != null && fault.breaksSccache()) {
            lines.add("error: process didn't exit successfully: `sccache " + rustc(os, plan) + " -vV` (exit status: 2)");
            lines.add("--- stderr");
            lines.add(fault == CacheFault.GHA_CACHE_V1
                    ? "sccache: error: Server startup failed: cache storage failed to read: ConfigInvalid (permanent) at read => environment variable not found: ACTIONS_CACHE_URL"
                    : "sccache: error: Server startup failed: Address in use");
            lines.add("error: `cargo rustc --lib --message-format=json-render-diagnostics --manifest-path python/Cargo.toml --release -v --features pyo3/extension-module --crate-type cdylib --` failed with code 101");
            lines.add("##[error]Process completed with exit code 1.");
            return lines;
        }
        if (fault != null && FaultOutput.writesBuild(fault, step.conclusion())) {
            lines.addAll(FaultOutput.build(fault, python, os, CRATES));
            return lines;
        }
        boolean failed = step.conclusion().equals("failure");
        int crates = failed ? CRATES.size() / 2 : CRATES.size();
        for (int i = 0; i < crates; i++) {
            lines.add("   Compiling " + CRATES.get(i));
        }
        if (failed) {
            lines.add("error[E0308]: mismatched types");
            lines.add("error: could not compile `satkit` (lib) due to 1 previous error");
            lines.add("##[error]Process completed with exit code 1.");
            return lines;
        }
        if (step.conclusion().equals("cancelled")) {
            return lines;
        }
        long seconds = java.time.Duration.between(step.startedAt(), step.completedAt()).getSeconds();
        lines.add("    Finished `release` profile [optimized] target(s) in " + seconds + "s");
        lines.add("Repairing wheel...");
        lines.add("✓ " + python + "-" + platformTag(os) + " finished");
        return lines;
    }

    private static List<String> stats(ScheduledJob job) {
        if (job.hostStats() == null) {
            return List.of("sccache: error: Server startup failed: Address in use",
                    "##[error]Process completed with exit code 2.");
        }
        return new ArrayList<>(SccacheOutput.text(job.hostStats()));
    }

    private static String artifactName(PlannedJob plan) {
        return "cibw-wheels-" + String.join("-", plan.runsOn()) + "-" + plan.matrix().getOrDefault("python", "");
    }

    private static String rustc(RunnerOs os, PlannedJob plan) {
        return plan.compilesInContainer() ? "/root/.rustup/toolchains/stable-" + triple(os) + "/bin/rustc"
                : "rustc";
    }

    private static String triple(RunnerOs os) {
        return switch (os) {
            case MACOS -> "aarch64-apple-darwin";
            case WINDOWS -> "x86_64-pc-windows-msvc";
            case LINUX_ARM -> "aarch64-unknown-linux-gnu";
            default -> "x86_64-unknown-linux-gnu";
        };
    }

    private static String platformTag(RunnerOs os) {
        return switch (os) {
            case MACOS -> "macosx_11_0_arm64";
            case WINDOWS -> "win_amd64";
            case LINUX_ARM -> "manylinux_2_28_aarch64";
            default -> "manylinux_2_28_x86_64";
        };
    }

    private static String workspace(RunnerOs os, JobLogWriter.Context context) {
        String name = context.repository().substring(context.repository().indexOf('/') + 1);
        return switch (os) {
            case WINDOWS -> "D:\\a\\" + name + "\\" + name;
            case MACOS -> "/Users/runner/work/" + name + "/" + name;
            default -> "/home/runner/work/" + name + "/" + name;
        };
    }

    private static String branch(String ref) {
        return ref.toLowerCase(Locale.ROOT).startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref;
    }
}
