package dev.wheelhouse.failures;

import java.util.List;
import java.util.regex.Pattern;

import static dev.wheelhouse.failures.FailureClass.COMPILE_ERROR;
import static dev.wheelhouse.failures.FailureClass.DEPENDENCY_INSTALL_FAILED;
import static dev.wheelhouse.failures.FailureClass.LINKER_ERROR;
import static dev.wheelhouse.failures.FailureClass.MISSING_TOOLCHAIN;
import static dev.wheelhouse.failures.FailureClass.SCCACHE_FAILED;

/**
 * What compilers, linkers, toolchain installers, package managers and sccache print when a build
 * fails. Weights: 90+ names the cause itself, 70–89 a strong sign, below 50 a consequence line
 * ("could not compile", "Failed building wheel") that stands only when nothing better is there.
 */
final class BuildSymptoms {

    private BuildSymptoms() {
    }

    /**
     * {@code path:line[:col]: [fatal] error: message} (gcc, clang) and {@code path(line[,col]): [fatal]
     * error Cnnnn:} (MSVC): the file, then the tail every match ends in, which the locators search
     * for first (one text for both, so the two cannot drift apart).
     */
    private static final String GCC_FILE = "(?<file>[A-Za-z]:[\\\\/][^:\\s]+|[^:\\s][^:]*?)";
    private static final String GCC_TAIL = ":(?<line>\\d+)(?::\\d+)?: (?:fatal )?error: ";
    private static final String MSVC_FILE = "(?<file>[^\\s(][^(]*?)";
    private static final String MSVC_TAIL = "\\((?<line>\\d+)(?:,\\d+)?\\)\\s?: (?:fatal )?error C\\d{4}\\s*: ";
    /** The file runs back from the tail's colon to the colon before it (two more for a drive, C:). */
    private static final Symptom.Locator GCC_ERROR_AT = new Symptom.Locator(Pattern.compile(GCC_TAIL), ':', 2);
    /** The file runs back from the tail's parenthesis to the one before it. */
    private static final Symptom.Locator MSVC_ERROR_AT = new Symptom.Locator(Pattern.compile(MSVC_TAIL), '(', 0);

    static final List<Symptom> ALL = List.of(
            // --- compilers
            Symptom.of("gcc-error", COMPILE_ERROR, 90, "error: ",
                    GCC_FILE + GCC_TAIL + "(?<detail>.+)",
                    "The compiler rejected {location}: {detail}. Fix the source there (or the flags and headers it needs).")
                    .located(GCC_ERROR_AT),
            Symptom.of("msvc-error", COMPILE_ERROR, 90, "error C",
                    MSVC_FILE + MSVC_TAIL + "(?<detail>.+)",
                    "MSVC rejected {location}: {detail}. Fix the source there (or the flags and headers it needs).")
                    .located(MSVC_ERROR_AT),
            Symptom.of("rustc-error", COMPILE_ERROR, 90, "error[E",
                    "^error\\[E\\d{4}\\]: (?<detail>.+)",
                    "rustc rejected {location|the crate}: {detail}. Fix the code there; `cargo check` on the same "
                            + "Rust version shows it locally."),
            Symptom.of("cython-error", COMPILE_ERROR, 85, "Error compiling Cython file",
                    "Cython could not compile a .pyx file: fix the source it points at above."),
            Symptom.of("compiler-failed", COMPILE_ERROR, 40, "error: command '",
                    "error: command '(?<detail>[^']+)' failed",
                    "The compiler ({detail}) failed; the lines above it say why."),
            Symptom.of("cargo-could-not-compile", COMPILE_ERROR, 30, "could not compile `",
                    "could not compile `(?<detail>[^`]+)`",
                    "The crate {detail} did not compile; the first error above it is the cause."),
            Symptom.of("pip-wheel-failed", COMPILE_ERROR, 20, "Failed building wheel for",
                    "Failed building wheel for (?<detail>\\S+)",
                    "Building the wheel of {detail} failed; the first error above it is the cause."),
            Symptom.of("make-error", COMPILE_ERROR, 20, "*** [", "(?:g|mingw32-)?make(?:\\[\\d+\\])?: \\*\\*\\* \\[.*\\] Error \\d+",
                    "make stopped on a failed command; the first error above it is the cause."),
            Symptom.of("ninja-failed", COMPILE_ERROR, 20, "ninja: build stopped: subcommand failed",
                    "ninja stopped on a failed command; the first error above it is the cause."),
            // --- linkers
            Symptom.of("ld-undefined-reference", LINKER_ERROR, 90, "undefined reference to `",
                    "undefined reference to `(?<detail>[^']+)'",
                    "The linker found no definition of {detail}: link the library that provides it, or check that "
                            + "it is built for this platform."),
            Symptom.of("ld-symbols-not-found", LINKER_ERROR, 88, "symbol(s) not found for architecture",
                    "symbol\\(s\\) not found for architecture (?<detail>\\S+)",
                    "The macOS linker found undefined symbols for {detail}: a library is missing, or was built for "
                            + "another architecture (check MACOSX_DEPLOYMENT_TARGET and ARCHFLAGS)."),
            Symptom.of("ld-undefined-symbols", LINKER_ERROR, 75, "Undefined symbols for architecture",
                    "The macOS linker found undefined symbols: a library is missing, or was built for another "
                            + "architecture."),
            Symptom.of("lld-undefined-symbol", LINKER_ERROR, 90, "error: undefined symbol:",
                    "undefined symbol: (?<detail>.+)", "The linker found no definition of {detail}: link the library "
                            + "that provides it."),
            Symptom.of("native-static-library", LINKER_ERROR, 92, "could not find native static library",
                    "could not find native static library `(?<detail>[^`]+)`",
                    "Cargo was asked to link the static library {detail}, which is not there: the manylinux image "
                            + "has no libpython to link, so build a PyO3 extension without linking it "
                            + "(the extension-module feature) and drop crates that link libpython."),
            Symptom.of("ld-cannot-find-library", LINKER_ERROR, 90, "cannot find -l", "cannot find -l(?<detail>\\S+)",
                    "The linker cannot find the library {detail}: install its development package in the build "
                            + "environment (before-all in cibuildwheel) or fix the library path."),
            Symptom.of("msvc-unresolved", LINKER_ERROR, 90, "unresolved external symbol",
                    "unresolved external symbol (?<detail>\\S+)",
                    "The MSVC linker found no definition of {detail}: link the .lib that provides it."),
            Symptom.of("msvc-cannot-open-lib", LINKER_ERROR, 85, "fatal error LNK1181",
                    "cannot open input file '(?<detail>[^']+)'",
                    "The MSVC linker cannot open {detail}: install that library or fix the library path."),
            Symptom.of("relocation-fpic", LINKER_ERROR, 85, "recompile with -fPIC",
                    "A static library was built without -fPIC and cannot go into a Python extension: rebuild it "
                            + "with -fPIC (CFLAGS=-fPIC)."),
            Symptom.of("ld-returned", LINKER_ERROR, 50, "ld returned 1 exit status",
                    "Linking failed; the linker's first message above it says why."),
            Symptom.of("linker-command-failed", LINKER_ERROR, 55, "linker command failed with exit code",
                    "Linking failed; the linker's first message above it says why."),
            Symptom.of("rust-linking-failed", LINKER_ERROR, 55, "error: linking with `",
                    "Linking the Rust crate failed; the note below it names the missing symbol or library."),
            // --- toolchains
            Symptom.of("no-rust-compiler", MISSING_TOOLCHAIN, 95, "can't find Rust compiler",
                    "setuptools-rust found no Rust compiler: install Rust where the wheel is built (in "
                            + "cibuildwheel's before-all for Linux containers) and put ~/.cargo/bin on PATH through "
                            + "the environment option, not `source $HOME/.cargo/env`."),
            Symptom.of("msvc-required", MISSING_TOOLCHAIN, 95, "Microsoft Visual C++ 14.0 or greater is required",
                    "No MSVC build tools were found: on GitHub's Windows images run the build from a Developer "
                            + "shell (ilammy/msvc-dev-cmd) or keep a runner image whose Visual Studio setuptools finds."),
            Symptom.of("rust-linker-not-found", MISSING_TOOLCHAIN, 95, "not found", "error: linker `(?<detail>[^`]+)` not found",
                    "Rust found no linker ({detail}): install a C toolchain (build-essential, MSVC build tools) "
                            + "in the build environment."),
            Symptom.of("no-visual-studio", MISSING_TOOLCHAIN, 90, "Unable to find a compatible Visual Studio installation",
                    "No usable Visual Studio was found: install the C++ build tools or use a runner image that has them."),
            Symptom.of("cmake-no-compiler", MISSING_TOOLCHAIN, 90, "CMAKE_", "No CMAKE_\\w+_COMPILER could be found|CMAKE_\\w+_COMPILER not set",
                    "CMake found no compiler for the project's languages: install one in the build environment."),
            Symptom.of("command-not-found", MISSING_TOOLCHAIN, 88, "not found",
                    "(?:^|[\\s:/])(?<detail>gcc|g\\+\\+|cc|c\\+\\+|clang|clang\\+\\+|rustc|cargo|rustup|cmake|ninja|nvcc"
                            + "|gfortran|swig|maturin|make)(?:\\.exe)?: (?:command )?not found",
                    "{detail} is not installed (or not on PATH) where this step runs: install it in the build "
                            + "environment (cibuildwheel's before-all inside a container)."),
            Symptom.of("unable-to-execute", MISSING_TOOLCHAIN, 90, "unable to execute '",
                    "unable to execute '(?<detail>[^']+)': No such file or directory",
                    "{detail} is not installed where the extension is built: install a C compiler in the build "
                            + "environment."),
            Symptom.of("rustup-no-default", MISSING_TOOLCHAIN, 90, "no override and no default toolchain set",
                    "rustup has no default toolchain: run `rustup default stable` before the build."),
            Symptom.of("rustup-not-installed", MISSING_TOOLCHAIN, 85, "is not installed", "error: toolchain '(?<detail>[^']+)' is not installed",
                    "The Rust toolchain {detail} is not installed: add it with rustup before the build."),
            Symptom.of("maturin-no-python", MISSING_TOOLCHAIN, 80, "Couldn't find any python interpreters",
                    "maturin found no Python interpreter to build for: install one, or pass -i/--interpreter."),
            // --- dependencies
            Symptom.of("pip-no-version", DEPENDENCY_INSTALL_FAILED, 92, "Could not find a version that satisfies the requirement",
                    "satisfies the requirement (?<detail>\\S+)",
                    "pip found no release of {detail} for this Python and platform: pin a version that ships one, "
                            + "or build it from source in the build environment."),
            Symptom.of("pip-no-distribution", DEPENDENCY_INSTALL_FAILED, 91, "No matching distribution found for",
                    "No matching distribution found for (?<detail>\\S+)",
                    "pip found no distribution of {detail} for this Python and platform: pin a version that ships one."),
            Symptom.of("pip-resolution", DEPENDENCY_INSTALL_FAILED, 85, "ResolutionImpossible",
                    "pip could not find versions that satisfy every requirement together: loosen the conflicting pins."),
            Symptom.of("pip-requires-python", DEPENDENCY_INSTALL_FAILED, 80, "requires a different Python",
                    "A dependency does not support this Python version: skip this version or pin an older release."),
            Symptom.of("network-resolve-host", DEPENDENCY_INSTALL_FAILED, 88, "Could not resolve host",
                    "Could not resolve host:? (?<detail>[\\w.-]+)",
                    "A package download could not reach {detail}: a mirror that no longer exists (CentOS 7's "
                            + "mirrorlist.centos.org closed in July 2024: move to a newer manylinux image) or a network outage."),
            Symptom.of("dns-temporary", DEPENDENCY_INSTALL_FAILED, 80, "Temporary failure in name resolution",
                    "A package download failed on a DNS error: usually a passing network outage, so re-run the job."),
            Symptom.of("yum-mirrorlist", DEPENDENCY_INSTALL_FAILED, 80, "Could not retrieve mirrorlist",
                    "yum could not reach its mirrors: a mirror that no longer exists (CentOS 7 is end of life: move "
                            + "to a newer manylinux image) or a network outage."),
            Symptom.of("yum-repo-failed", DEPENDENCY_INSTALL_FAILED, 70, "One of the configured repositories failed",
                    "yum could not read a package repository; the lines above it say which and why."),
            Symptom.of("yum-no-baseurl", DEPENDENCY_INSTALL_FAILED, 85, "Cannot find a valid baseurl for repo",
                    "yum could not reach its repositories (CentOS 7 is end of life): move to a newer manylinux image."),
            Symptom.of("dnf-no-match", DEPENDENCY_INSTALL_FAILED, 90, "Unable to find a match",
                    "Unable to find a match:? (?<detail>.+)", "dnf has no package named {detail} in this image: "
                            + "check the name for this distribution (manylinux_2_28 is AlmaLinux 8)."),
            Symptom.of("yum-no-package", DEPENDENCY_INSTALL_FAILED, 85, "available.", "^No package (?<detail>\\S+) available\\.",
                    "yum has no package {detail} in this image: check the name for this distribution."),
            Symptom.of("apt-unable-to-locate", DEPENDENCY_INSTALL_FAILED, 90, "Unable to locate package",
                    "Unable to locate package (?<detail>\\S+)",
                    "apt has no package {detail}: run apt-get update first, or check the name for this release."),
            Symptom.of("apt-failed-fetch", DEPENDENCY_INSTALL_FAILED, 85, "E: Failed to fetch",
                    "apt could not download a package: run apt-get update first, or re-run on a network outage."),
            Symptom.of("apk-unable-select", DEPENDENCY_INSTALL_FAILED, 90, "unable to select packages",
                    "apk has no such package in this musllinux image: check the name for Alpine."),
            Symptom.of("cargo-download-failed", DEPENDENCY_INSTALL_FAILED, 85, "failed to download",
                    "error: failed to download (?<detail>.+)", "Cargo could not download {detail}: usually a "
                            + "network outage (re-run), or a yanked version in Cargo.lock."),
            Symptom.of("cargo-no-package", DEPENDENCY_INSTALL_FAILED, 85, "no matching package named",
                    "no matching package named `(?<detail>[^`]+)`", "Cargo found no crate {detail}: check the name "
                            + "and the registry."),
            Symptom.of("openssl-not-found", DEPENDENCY_INSTALL_FAILED, 80, "Could not find directory of OpenSSL installation",
                    "openssl-sys found no OpenSSL headers: install openssl-devel (yum/dnf) or libssl-dev (apt) "
                            + "in the build environment, or use rustls or the vendored feature."),
            Symptom.of("pip-read-timeout", DEPENDENCY_INSTALL_FAILED, 80, "ReadTimeoutError",
                    "A package download timed out: usually a passing network problem, so re-run the job."),
            // --- sccache (the codes of the sccache reader, seen as a job's failure)
            Symptom.of("sccache-startup", SCCACHE_FAILED, 95, "Server startup failed",
                    "sccache: error: Server startup failed: (?<detail>.{0,200})",
                    "The sccache server did not start ({detail}), so every compile through it failed: fix the "
                            + "cache backend (for the GitHub Actions cache, sccache 0.10 or later) or unset "
                            + "RUSTC_WRAPPER/CC launchers to build without it."),
            Symptom.of("sccache-compile", SCCACHE_FAILED, 90, "failed to execute compile",
                    "A compile through sccache failed because the sccache server could not be reached: start it "
                            + "early in the job with the same environment, or build without the wrapper."),
            Symptom.of("sccache-unreachable", SCCACHE_FAILED, 70, "couldn't connect to server",
                    "The sccache client could not reach its server (it stopped, or another SCCACHE_SERVER_PORT): "
                            + "start it at the beginning of the job."),
            Symptom.of("sccache-storage", SCCACHE_FAILED, 88, "cache storage failed to read",
                    "sccache could not read its cache storage: for the GitHub Actions cache use sccache 0.10 or "
                            + "later and pass ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN into the container."),
            Symptom.of("sccache-error", SCCACHE_FAILED, 60, "sccache: error",
                    "sccache itself failed; its message above says how."),
            Symptom.of("sccache-wrapper-exit", SCCACHE_FAILED, 60, "`sccache ",
                    "process didn't exit successfully: `sccache ",
                    "A compiler call wrapped by sccache failed inside sccache: the sccache error below it says why."),
            Symptom.of("sccache-action-failed", SCCACHE_FAILED, 75, "sccache", "The process '[^']*sccache[^']*' failed with exit code",
                    "sccache itself exited with an error in this step; its output above says why."));
}
