package dev.wheelhouse.failures;

import java.util.Locale;

/**
 * What kind of failure a job had. The codes are a published contract ({@code why --json}, the
 * history): never rename one; new ones may be added.
 */
public enum FailureClass {
    COMPILE_ERROR("compile-error"),
    LINKER_ERROR("linker-error"),
    MISSING_TOOLCHAIN("missing-toolchain"),
    DEPENDENCY_INSTALL_FAILED("dependency-install-failed"),
    TEST_FAILURE("test-failure"),
    /** auditwheel, delocate or delvewheel refused the wheel. */
    REPAIR_FAILED("repair-failed"),
    /** No build identifiers selected, or a pure wheel where a platform wheel was expected. */
    NO_WHEEL_PRODUCED("no-wheel-produced"),
    /** The manylinux image could not be pulled or run, or QEMU emulation crashed. */
    CONTAINER_FAILED("container-failed"),
    TIMEOUT("timeout"),
    CANCELLED("cancelled"),
    RUNNER_LOST("runner-lost"),
    OUT_OF_DISK("out-of-disk"),
    OUT_OF_MEMORY("out-of-memory"),
    SCCACHE_FAILED("sccache-failed"),
    /** actions/upload-artifact: no files found, a name conflict. */
    UPLOAD_FAILED("upload-failed"),
    /** The package index refused the upload: file exists, trusted-publishing errors. */
    PUBLISH_FAILED("publish-failed"),
    UNKNOWN("unknown");

    private final String code;

    FailureClass(String code) {
        this.code = code;
    }

    /** The stable code: {@code compile-error}. */
    public String code() {
        return code;
    }

    /** As a cell shows it: "compile error". */
    public String words() {
        return code.replace('-', ' ');
    }

    public static FailureClass ofCode(String code) {
        for (FailureClass c : values()) {
            if (c.code.equals(code.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("no failure class '" + code + "'");
    }
}
