package dev.wheelhouse.failures;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FailureGroupsTest {

    private static final String RUST_ERROR = """
            2024-03-01T12:00:00.0000000Z    Compiling satkit v0.5.0 (/project)
            2024-03-01T12:00:01.0000000Z error[E0308]: mismatched types
            2024-03-01T12:00:01.0000000Z   --> src/orbit.rs:41:23
            2024-03-01T12:00:01.0000000Z    |
            2024-03-01T12:00:01.0000000Z 41 |     let r: f64 = radius;
            2024-03-01T12:00:01.0000000Z    |            ---   ^^^^^^ expected `f64`, found `f32`
            2024-03-01T12:00:02.0000000Z error: could not compile `satkit` (lib) due to 1 previous error
            2024-03-01T12:00:02.0000000Z ##[error]Process completed with exit code 1.
            """;

    private static JobFailures job(long id, String name, String log) throws IOException {
        FailureReport report = new FailureReader().read(
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), JobHints.NONE);
        return new JobFailures(id, name, report);
    }

    @Test
    void theSameCompileErrorInFiveCellsIsOneReasonWithItsPlace() throws IOException {
        List<JobFailures> jobs = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            jobs.add(job(i, "cp31" + i + " ubuntu-latest", RUST_ERROR.replace("00:01", "0" + i + ":01")));
        }
        jobs.add(job(9, "cp312 macos-latest", """
                E   AssertionError: assert 3 == 4
                =========================== short test summary info ============================
                FAILED tests/test_orbit.py::test_period - AssertionError: assert 3 == 4
                ========================= 1 failed, 211 passed in 3.21s =========================
                Error: Process completed with exit code 1.
                """));

        List<FailureGroup> groups = FailureGroups.of(jobs);

        assertEquals(2, groups.size(), groups::toString);
        assertEquals("compile-error in 5 cells: src/orbit.rs:41 `mismatched types`", groups.get(0).describe());
        assertEquals(5, groups.get(0).jobNames().size());
        assertEquals(FailureClass.TEST_FAILURE, groups.get(1).failureClass());
        assertEquals(List.of("cp312 macos-latest"), groups.get(1).jobNames());
    }

    @Test
    void numbersInTheKeyLineDoNotSplitAReason() throws IOException {
        List<JobFailures> jobs = List.of(
                job(1, "a", "OSError: [Errno 28] No space left on device: '/tmp/pip-1234'\n"),
                job(2, "b", "OSError: [Errno 28] No space left on device: '/tmp/pip-98765'\n"));

        List<FailureGroup> groups = FailureGroups.of(jobs);

        assertEquals(1, groups.size(), groups::toString);
        assertEquals(FailureClass.OUT_OF_DISK, groups.get(0).failureClass());
        assertEquals(List.of("a", "b"), groups.get(0).jobNames());
    }

    @Test
    void aWindowsPathIsTheSamePlaceAsItsForwardSlashForm() throws IOException {
        List<FailureGroup> groups = FailureGroups.of(List.of(
                job(1, "windows", RUST_ERROR.replace("src/orbit.rs", "src\\orbit.rs")),
                job(2, "linux", RUST_ERROR)));

        assertEquals(1, groups.size(), groups::toString);
        assertEquals("compile-error in 2 cells: src/orbit.rs:41 `mismatched types`", groups.get(0).describe());
    }

    @Test
    void differentPlacesAreDifferentReasons() throws IOException {
        List<FailureGroup> groups = FailureGroups.of(List.of(
                job(1, "a", RUST_ERROR),
                job(2, "b", RUST_ERROR.replace("src/orbit.rs", "src/frames.rs"))));

        assertEquals(2, groups.size(), groups::toString);
    }
}
