package dev.wheelhouse.failures;

import java.util.List;

import static dev.wheelhouse.failures.FailureClass.CANCELLED;
import static dev.wheelhouse.failures.FailureClass.OUT_OF_DISK;
import static dev.wheelhouse.failures.FailureClass.OUT_OF_MEMORY;
import static dev.wheelhouse.failures.FailureClass.RUNNER_LOST;
import static dev.wheelhouse.failures.FailureClass.TIMEOUT;
import static dev.wheelhouse.failures.FailureClass.UNKNOWN;

/**
 * What the GitHub runner and the machine under it say: time limits, cancellations, a runner that
 * went away, a full disk, the OOM killer; and the runner's own marker of a failed step, which is
 * a class only through its exit code.
 */
final class RunnerSymptoms {

    private RunnerSymptoms() {
    }

    /** The runner's line closing a failed step: {@code ##[error]Process completed with exit code 1.} */
    static final String STEP_FAILED = "Process completed with exit code";

    static final List<Symptom> ALL = List.of(
            // --- time
            Symptom.of("job-max-time", TIMEOUT, 98, "has exceeded the maximum execution time",
                    "has exceeded the maximum execution time of (?<detail>\\d+ minutes)",
                    "The job ran past its time limit ({detail}): find what hung or grew slow (a cold cache, "
                            + "emulation), or raise timeout-minutes."),
            Symptom.of("step-timed-out", TIMEOUT, 98, "has timed out after", "has timed out after (?<detail>\\d+ minutes)",
                    "The step ran past its timeout-minutes ({detail}): find what hung or grew slow, or raise the limit."),
            Symptom.of("operation-canceled", CANCELLED, 50, "The operation was canceled",
                    "The job was cancelled while this step ran (by hand, by a newer run of the same concurrency "
                            + "group, by fail-fast after another job failed, or at a time limit)."),
            Symptom.of("run-canceled-by", CANCELLED, 90, "The run was canceled by", "The run was canceled by (?<detail>@?\\S+?)\\.?$",
                    "The run was cancelled by {detail}."),
            Symptom.of("concurrency-cancel", CANCELLED, 90, "Canceling since a higher priority waiting request",
                    "A newer run of the same concurrency group replaced this one."),
            Symptom.of("interrupted-by-user", CANCELLED, 40, "interrupted by user",
                    "The build was interrupted from outside (the job was cancelled or the runner shut down)."),
            // --- runner
            Symptom.of("runner-shutdown", RUNNER_LOST, 96, "The runner has received a shutdown signal",
                    "The runner was shut down in the middle of the job (a stopped service, a reclaimed spot machine, "
                            + "or resource exhaustion): re-run the job; if it repeats, give the build fewer parallel jobs."),
            Symptom.of("runner-lost-communication", RUNNER_LOST, 96, "lost communication with the server",
                    "The runner stopped answering GitHub in the middle of the job, usually because the job "
                            + "exhausted its memory or CPU: re-run it; if it repeats, build with fewer parallel jobs."),
            Symptom.of("runner-deprovisioned", RUNNER_LOST, 90, "Received request to deprovision",
                    "The runner's machine was taken away in the middle of the job: re-run it."),
            // --- disk
            Symptom.of("no-space-left", OUT_OF_DISK, 96, "o space left on device",
                    "The runner's disk is full: remove what the job does not need (docker images, the Android SDK "
                            + "and .NET on ubuntu runners free 20+ GB), or build fewer things per job."),
            Symptom.of("more-space-needed", OUT_OF_DISK, 96, "more space needed on the",
                    "At least (?<detail>\\S+) more space needed on the (?<fs>\\S+) filesystem",
                    "The package install needs {detail} more disk than the runner has left: free space before it "
                            + "(docker images, preinstalled SDKs) or install less."),
            Symptom.of("windows-disk-full", OUT_OF_DISK, 96, "There is not enough space on the disk",
                    "The runner's disk is full: remove what the job does not need, or build fewer things per job."),
            Symptom.of("running-out-of-disk", OUT_OF_DISK, 70, "You are running out of disk space",
                    "The runner warned that its disk was almost full: free space early in the job."),
            Symptom.of("enospc", OUT_OF_DISK, 90, "ENOSPC",
                    "The runner's disk is full: remove what the job does not need, or build fewer things per job."),
            Symptom.of("quota-exceeded", OUT_OF_DISK, 80, "isk quota exceeded",
                    "A disk quota was exceeded: free space or build fewer things per job."),
            // --- memory
            Symptom.of("killed-signal", OUT_OF_MEMORY, 96, "Killed signal terminated program",
                    "Killed signal terminated program (?<detail>\\S+)",
                    "The compiler ({detail}) was killed for memory: compile with fewer parallel jobs "
                            + "(CMAKE_BUILD_PARALLEL_LEVEL, MAX_JOBS, CARGO_BUILD_JOBS) or on a larger runner."),
            Symptom.of("ice-killed", OUT_OF_MEMORY, 94, "internal compiler error: Killed",
                    "The compiler was killed for memory: compile with fewer parallel jobs or on a larger runner."),
            Symptom.of("sigkill", OUT_OF_MEMORY, 88, "SIGKILL",
                    "A process was killed (SIGKILL), on a runner almost always by the kernel's OOM killer: "
                            + "compile with fewer parallel jobs or on a larger runner."),
            Symptom.of("llvm-out-of-memory", OUT_OF_MEMORY, 95, "LLVM ERROR: out of memory",
                    "The compiler ran out of memory: compile with fewer parallel jobs or on a larger runner."),
            Symptom.of("cannot-allocate", OUT_OF_MEMORY, 88, "Cannot allocate memory",
                    "The machine ran out of memory: use fewer parallel jobs or a larger runner."),
            Symptom.of("python-memory-error", OUT_OF_MEMORY, 80, "MemoryError",
                    "Python ran out of memory: use fewer parallel jobs or a larger runner."),
            Symptom.of("bad-alloc", OUT_OF_MEMORY, 80, "std::bad_alloc",
                    "A C++ program ran out of memory: use fewer parallel jobs or a larger runner."),
            Symptom.of("shell-killed", OUT_OF_MEMORY, 82, "Killed", "(?:^|: |\\s\\d+ )Killed(?:\\s|$)",
                    "A process was killed, on a runner almost always by the kernel's OOM killer: use fewer "
                            + "parallel jobs or a larger runner."),
            Symptom.of("exit-137", OUT_OF_MEMORY, 70, STEP_FAILED, STEP_FAILED + " 137\\b",
                    "The step's process was killed (exit code 137, SIGKILL), on a runner almost always by the "
                            + "OOM killer: use fewer parallel jobs or a larger runner."),
            // --- the step marker itself: a failure, but of no known class
            Symptom.of("step-failed", UNKNOWN, 10, STEP_FAILED, STEP_FAILED + " (?<detail>\\d+)",
                    "The step exited with code {detail}; no known cause was found in its log: read the lines above."));
}
