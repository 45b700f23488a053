package dev.wheelhouse.sandbox;

import dev.wheelhouse.failures.Failure;
import dev.wheelhouse.failures.FailureClass;
import dev.wheelhouse.failures.JobFailures;
import dev.wheelhouse.github.model.CheckRunAnnotation;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.runs.api.ActionsCalls;
import dev.wheelhouse.runs.archive.RunArchive;
import dev.wheelhouse.runs.failures.RunFailureReader;
import dev.wheelhouse.sandbox.sim.CacheFault;
import dev.wheelhouse.sandbox.sim.FailureRule;
import dev.wheelhouse.testing.SandboxRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each failure the sandbox can inject, read back over real HTTP as a client would (jobs, steps,
 * annotations, the log through its 302): it fails at the step it would on GitHub, and the failure
 * reader names its class from what the sandbox serves.
 */
class FailureFaultsSandboxTest {

    /** One cell per fault, on different runners so every OS's output is read. */
    private static final Map<String, CacheFault> CELLS = Map.of(
            "build wheels (windows-latest cp312)", CacheFault.COMPILE_ERROR,
            "build wheels (macos-latest cp310)", CacheFault.TEST_FAILURE,
            "build wheels (ubuntu-latest cp311)", CacheFault.REPAIR_FAILED,
            "build wheels (macos-latest cp313)", CacheFault.REPAIR_FAILED,
            "build wheels (windows-latest cp310)", CacheFault.REPAIR_FAILED,
            "build wheels (ubuntu-latest cp313)", CacheFault.TIMEOUT,
            "build wheels (ubuntu-24.04-arm cp312)", CacheFault.RUNNER_LOST,
            "build wheels (macos-latest cp311)", CacheFault.OUT_OF_DISK,
            "build wheels (windows-latest cp313)", CacheFault.UPLOAD_FAILED);

    private static SandboxRuns runs;
    private static Map<String, Job> jobs;
    private static Map<String, JobFailures> read;

    @BeforeAll
    static void failedRun() throws IOException {
        List<FailureRule> rules = new ArrayList<>();
        CELLS.forEach((name, fault) -> rules.add(FailureRule.of(name, fault)));
        runs = new SandboxRuns(Files.createTempDirectory("faults"), b -> b.failures(rules), RunArchive.NONE);
        long runId = runs.dispatchRelease();
        runs.watchToTheEnd(runs.watch(runId));
        RunFailureReader reader = new RunFailureReader(runs.client);
        jobs = reader.jobs(runs.repo, runId).stream().collect(Collectors.toMap(Job::name, Function.identity()));
        read = reader.read(runs.repo, runId).stream().collect(Collectors.toMap(JobFailures::jobName, Function.identity()));
    }

    @AfterAll
    static void stop() {
        runs.close();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("build wheels (windows-latest cp312)", FailureClass.COMPILE_ERROR, "Build wheels"),
                Arguments.of("build wheels (macos-latest cp310)", FailureClass.TEST_FAILURE, "Build wheels"),
                Arguments.of("build wheels (ubuntu-latest cp311)", FailureClass.REPAIR_FAILED, "Build wheels"),
                Arguments.of("build wheels (macos-latest cp313)", FailureClass.REPAIR_FAILED, "Build wheels"),
                Arguments.of("build wheels (windows-latest cp310)", FailureClass.REPAIR_FAILED, "Build wheels"),
                Arguments.of("build wheels (ubuntu-latest cp313)", FailureClass.TIMEOUT, "Build wheels"),
                Arguments.of("build wheels (ubuntu-24.04-arm cp312)", FailureClass.RUNNER_LOST, "Build wheels"),
                Arguments.of("build wheels (macos-latest cp311)", FailureClass.OUT_OF_DISK, "Build wheels"),
                Arguments.of("build wheels (windows-latest cp313)", FailureClass.UPLOAD_FAILED, "Upload Artifacts"));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("faults")
    void eachFaultFailsAtItsStepAndReadsAsItsClass(String cell, FailureClass expected, String step) {
        Job job = jobs.get(cell);
        assertNotNull(job, () -> "no job " + cell + " among " + jobs.keySet());
        assertEquals("failure", job.conclusion(), cell);
        Job.Step failed = job.steps().stream().filter(s -> !List.of("success", "skipped").contains(s.conclusion()))
                .findFirst().orElseThrow();
        assertEquals(step, failed.name(), job.steps().toString());

        Failure f = read.get(cell).report().primary().orElseThrow();

        assertEquals(expected, f.failureClass(), () -> read.get(cell).report().failures().toString());
        assertEquals(step, f.step());
        assertFalse(f.message().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void annotationsAreTheOnesGitHubGives(String cell, FailureClass expected, String step) {
        Job job = jobs.get(cell);
        List<CheckRunAnnotation> annotations = new ActionsCalls(runs.client).annotations(runs.repo, job.id());
        List<String> messages = annotations.stream().map(CheckRunAnnotation::message).toList();
        switch (expected) {
            case RUNNER_LOST -> assertTrue(messages.get(0).contains("lost communication with the server"), messages::toString);
            case TIMEOUT -> assertTrue(messages.contains("The job running on runner " + job.runnerName()
                    + " has exceeded the maximum execution time of 360 minutes."), messages::toString);
            case UPLOAD_FAILED -> assertTrue(messages.get(0).contains("an artifact with this name already exists"));
            default -> assertTrue(messages.contains("Process completed with exit code 1."), messages::toString);
        }
        if (expected == FailureClass.COMPILE_ERROR) {
            CheckRunAnnotation matcher = annotations.get(0);
            assertEquals("src/orbit.rs", matcher.path());
            assertEquals(41, matcher.startLine());
            assertEquals("failure", matcher.annotationLevel());
            assertTrue(matcher.blobHref().endsWith("/src/orbit.rs"), matcher.blobHref());
            Failure f = read.get(cell).report().primary().orElseThrow();
            assertEquals("src\\orbit.rs:41", String.valueOf(f.sourceLocation()), "as rustc wrote it on Windows");
        }
    }

    @org.junit.jupiter.api.Test
    void aLostRunnerRunsNoPostStepAndTheOtherCellsSucceed() {
        Job lost = jobs.get("build wheels (ubuntu-24.04-arm cp312)");
        assertTrue(lost.steps().stream().noneMatch(s -> s.name().startsWith("Post ")), lost.steps().toString());
        long failed = jobs.values().stream().filter(j -> "failure".equals(j.conclusion())).count();
        assertEquals(CELLS.size(), failed);
        assertEquals(CELLS.size(), read.size());
    }
}
