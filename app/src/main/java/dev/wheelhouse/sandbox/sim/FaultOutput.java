package dev.wheelhouse.sandbox.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * What a build step prints when an injected failure stops it, as the tools print it: rustc's
 * diagnostic, a disk that fills under the compiler, cibuildwheel's pytest run, auditwheel /
 * delocate / delvewheel refusing the wheel, a build that hangs. Paths and tags follow the runner.
 */
final class FaultOutput {

    /** Where the injected compile error points, in the project (the problem matcher's annotation too). */
    static final String SOURCE_FILE = "src/orbit.rs";
    static final int SOURCE_LINE = 41;
    static final String COMPILE_MESSAGE = "mismatched types";
    static final String UPLOAD_CONFLICT = "Failed to CreateArtifact: Received non-retryable error: Failed request: "
            + "(409) Conflict: an artifact with this name already exists on the workflow run";
    private static final String VERSION = "0.18.1";

    private FaultOutput() {
    }

    /** Whether {@code fault} writes its own ending of the build step. */
    static boolean writesBuild(CacheFault fault, String conclusion) {
        return switch (fault) {
            case COMPILE_ERROR, TEST_FAILURE, REPAIR_FAILED, RUNNER_LOST, OUT_OF_DISK -> conclusion.equals("failure");
            case TIMEOUT -> conclusion.equals("cancelled");
            default -> false;
        };
    }

    /** The build step's output after cibuildwheel's banner, up to where the fault stops it. */
    static List<String> build(CacheFault fault, String python, RunnerOs os, List<String> crates) {
        List<String> lines = new ArrayList<>();
        int compiled = (int) Math.round(crates.size() * fault.compiledFraction());
        for (int i = 0; i < compiled; i++) {
            lines.add("   Compiling " + crates.get(i));
        }
        switch (fault) {
            case COMPILE_ERROR -> compileError(lines, os);
            case OUT_OF_DISK -> outOfDisk(lines, crates.get(compiled), os);
            case TEST_FAILURE -> testFailure(lines, python, os);
            case REPAIR_FAILED -> repairFailed(lines, python, os);
            default -> {
                // RUNNER_LOST: the log just stops; TIMEOUT: nothing more until the runner cancels.
            }
        }
        return lines;
    }

    private static void compileError(List<String> lines, RunnerOs os) {
        String file = os == RunnerOs.WINDOWS ? SOURCE_FILE.replace('/', '\\') : SOURCE_FILE;
        lines.add("   Compiling satkit v" + VERSION + " (" + project(os) + ")");
        lines.add("error[E0308]: " + COMPILE_MESSAGE);
        lines.add("  --> " + file + ":" + SOURCE_LINE + ":23");
        lines.add("   |");
        lines.add(SOURCE_LINE + " |     let period: f64 = a.powf(1.5_f32) * TWO_PI / MU_EARTH.sqrt();");
        lines.add("   |                 ---   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ expected `f64`, found `f32`");
        lines.add("   |                 |");
        lines.add("   |                 expected due to this");
        lines.add("");
        lines.add("For more information about this error, try `rustc --explain E0308`.");
        lines.add("error: could not compile `satkit` (lib) due to 1 previous error");
        lines.add("💥 maturin failed");
        lines.add("  Caused by: Failed to build a native library through cargo");
        pipFailed(lines, os);
    }

    private static void outOfDisk(List<String> lines, String crate, RunnerOs os) {
        String name = crate.substring(0, crate.indexOf(' ')).replace('-', '_');
        String target = os == RunnerOs.WINDOWS ? project(os) + "\\target\\release\\deps\\lib" + name + "-8f1c2a9be03d11e4.rlib"
                : project(os) + "/target/release/deps/lib" + name + "-8f1c2a9be03d11e4.rlib";
        lines.add("   Compiling " + crate);
        lines.add("error: failed to write " + target + ": No space left on device (os error 28)");
        lines.add("");
        lines.add("error: could not compile `" + name + "` (lib) due to 1 previous error");
        lines.add("warning: build failed, waiting for other jobs to finish...");
        lines.add("💥 maturin failed");
        pipFailed(lines, os);
    }

    private static void testFailure(List<String> lines, String python, RunnerOs os) {
        lines.add("    Finished `release` profile [optimized] target(s) in 4m 12s");
        lines.add("📦 Built wheel for CPython " + dotted(python) + " to " + temp(os) + "satkit-" + VERSION + "-"
                + python + "-" + python + "-" + builtTag(os) + ".whl");
        lines.add("Repairing wheel...");
        lines.add("Testing wheel...");
        lines.add("+ python -m pytest " + project(os) + "/tests");
        lines.add("============================= test session starts ==============================");
        lines.add("platform " + (os == RunnerOs.WINDOWS ? "win32" : os == RunnerOs.MACOS ? "darwin" : "linux")
                + " -- Python " + dotted(python) + ".11, pytest-8.4.2, pluggy-1.6.0");
        lines.add("rootdir: " + project(os));
        lines.add("collected 212 items");
        lines.add("");
        lines.add("tests/test_frames.py ........................................           [ 18%]");
        lines.add("tests/test_orbit.py ..........F.............................            [ 37%]");
        lines.add("tests/test_time.py ............................................................ [ 100%]");
        lines.add("");
        lines.add("=================================== FAILURES ===================================");
        lines.add("______________________________ test_period_of_leo ______________________________");
        lines.add("");
        lines.add("    def test_period_of_leo():");
        lines.add(">       assert orbit.period(LEO) == pytest.approx(5553.6, rel=1e-6)");
        lines.add("E       assert 5553.9248046875 == 5553.6 ± 5.6e-03");
        lines.add("");
        lines.add("tests/test_orbit.py:41: AssertionError");
        lines.add("=========================== short test summary info ============================");
        lines.add("FAILED tests/test_orbit.py::test_period_of_leo - assert 5553.9248046875 == 5553.6 ± 5.6e-03");
        lines.add("======================== 1 failed, 211 passed in 3.21s =========================");
        lines.add("");
        lines.add("cibuildwheel: error: Command python -m pytest " + project(os) + "/tests failed with code 1.");
        lines.add("##[error]Process completed with exit code 1.");
    }

    private static void repairFailed(List<String> lines, String python, RunnerOs os) {
        String wheel = "satkit-" + VERSION + "-" + python + "-" + python + "-" + builtTag(os) + ".whl";
        lines.add("    Finished `release` profile [optimized] target(s) in 4m 12s");
        lines.add("Repairing wheel...");
        switch (os) {
            case MACOS -> {
                lines.add("+ delocate-wheel --require-archs arm64 -w " + temp(os) + "repaired_wheel -v " + temp(os)
                        + "built_wheel/" + wheel);
                lines.add("delocate.libsana.DelocationError: Library dependencies do not satisfy target MacOS version 11.0:");
                lines.add(temp(os) + "tmpx1a2/satkit/.dylibs/libgfortran.5.dylib has a minimum target of 14.0");
            }
            case WINDOWS -> {
                lines.add("+ delvewheel repair -w " + temp(os) + "repaired_wheel " + temp(os) + "built_wheel\\" + wheel);
                lines.add("FileNotFoundError: Unable to find library: libopenblas.dll");
            }
            default -> {
                lines.add("+ auditwheel repair -w /tmp/cibuildwheel/repaired_wheel /tmp/cibuildwheel/built_wheel/" + wheel);
                lines.add("INFO:auditwheel.main_repair:Repairing " + wheel);
                lines.add("auditwheel: error: cannot repair \"/tmp/cibuildwheel/built_wheel/" + wheel
                        + "\" to \"manylinux_2_17_" + (os == RunnerOs.LINUX_ARM ? "aarch64" : "x86_64")
                        + "\" ABI because of the presence of too-recent versioned symbols. You'll need to compile "
                        + "the wheel on an older toolchain.");
            }
        }
        lines.add("cibuildwheel: error: Command " + repairCommand(os) + " failed with code 1.");
        lines.add("##[error]Process completed with exit code 1.");
    }

    private static void pipFailed(List<String> lines, RunnerOs os) {
        lines.add("Error: command ['maturin', 'pep517', 'build-wheel', '-i', '" + (os == RunnerOs.WINDOWS
                ? "C:\\\\Users\\\\runneradmin\\\\AppData\\\\Local\\\\Temp\\\\cibw-run\\\\build\\\\venv\\\\Scripts\\\\python.exe"
                : "/tmp/cibuildwheel/build/venv/bin/python") + "', '--compatibility', 'off'] returned non-zero exit status 1");
        lines.add("  error: subprocess-exited-with-error");
        lines.add("  × Building wheel for satkit (pyproject.toml) did not run successfully.");
        lines.add("  │ exit code: 1");
        lines.add("  ╰─> See above for output.");
        lines.add("  ERROR: Failed building wheel for satkit");
        lines.add("ERROR: Failed to build installable wheels for some pyproject.toml based projects (satkit)");
        lines.add("cibuildwheel: error: Command python -m pip wheel " + project(os)
                + " --wheel-dir=/tmp/cibuildwheel/built_wheel --no-deps -v failed with code 1.");
        lines.add("##[error]Process completed with exit code 1.");
    }

    private static String repairCommand(RunnerOs os) {
        return switch (os) {
            case MACOS -> "delocate-wheel --require-archs {delocate_archs} -w {dest_dir} -v {wheel}";
            case WINDOWS -> "delvewheel repair -w {dest_dir} {wheel}";
            default -> "auditwheel repair -w {dest_dir} {wheel}";
        };
    }

    /** Where cibuildwheel sees the project: the container's /project on Linux, the checkout elsewhere. */
    private static String project(RunnerOs os) {
        return switch (os) {
            case WINDOWS -> "D:\\a\\satkit\\satkit";
            case MACOS -> "/Users/runner/work/satkit/satkit";
            default -> "/project";
        };
    }

    private static String temp(RunnerOs os) {
        return switch (os) {
            case WINDOWS -> "C:\\Users\\runneradmin\\AppData\\Local\\Temp\\cibw-run-8k2d\\";
            case MACOS -> "/private/var/folders/24/8k48jl6d249_n_qfxwsl6xvm0000gn/T/cibw-run-8k2d/";
            default -> "/tmp/cibuildwheel/";
        };
    }

    private static String builtTag(RunnerOs os) {
        return switch (os) {
            case MACOS -> "macosx_11_0_arm64";
            case WINDOWS -> "win_amd64";
            case LINUX_ARM -> "linux_aarch64";
            default -> "linux_x86_64";
        };
    }

    /** {@code cp312} → {@code 3.12}. */
    private static String dotted(String python) {
        String digits = python.replaceAll("\\D", "");
        return digits.length() < 2 ? digits : digits.charAt(0) + "." + digits.substring(1);
    }
}
