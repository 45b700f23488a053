package dev.wheelhouse.sandbox.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out one job that a runner picks up: queueing, "Set up job", its steps (each {@code if:}
 * judged against how the steps before it ended), the post steps of actions that have one (in
 * reverse order, as the runner does), "Complete job". A cancel cuts the running step short;
 * afterwards only {@code always()} steps run, and with a force-cancel nothing does.
 */
final class JobTimeline {

    /** Everything one job's layout depends on. */
    record Context(PlannedJob job, long id, int attempt, long runnerId, String ref, Instant readyAt,
                   SplittableRandom random, CacheFault fault, CacheLookup caches,
                   Instant cancelAt, boolean force) {
    }

    /** How long GitHub waits for a silent runner before it fails the job. */
    private static final double RUNNER_LOST_AFTER_SECONDS = 600;

    private JobTimeline() {
    }

    static ScheduledJob skipped(PlannedJob job, long id, int attempt, Instant at) {
        return new ScheduledJob(id, attempt, job, at, null, at, "skipped", List.of(), 0,
                CacheWarmth.COLD, null, null, null);
    }

    static ScheduledJob run(Context c) {
        PlannedJob job = c.job();
        SplittableRandom random = c.random();
        Instant start = after(c.readyAt(), StepDurations.queueSeconds(job.os(), random));
        if (c.cancelAt() != null && !c.cancelAt().isAfter(start)) {
            return new ScheduledJob(c.id(), c.attempt(), job, c.readyAt(), null,
                    c.cancelAt().isBefore(c.readyAt()) ? c.readyAt() : c.cancelAt(), "cancelled",
                    List.of(), 0, CacheWarmth.COLD, null, c.fault(), null);
        }
        List<ScheduledStep> steps = new ArrayList<>();
        Instant t = start;
        Instant end = after(t, StepDurations.setUpJobSeconds(random));
        steps.add(new ScheduledStep("Set up job", 1, null, false, t, end, "success"));
        t = end;

        Condition.Outcome state = Condition.Outcome.SUCCESS;
        boolean cancelled = c.cancelAt() != null && !c.cancelAt().isAfter(t);
        if (cancelled) {
            state = Condition.Outcome.CANCELLED;
        }
        Deque<PlannedStep> posts = new ArrayDeque<>();
        CacheWarmth warmth = CacheWarmth.COLD;
        SccacheStats hostStats = null;
        ScheduledJob.CacheWrite write = null;
        boolean lost = false;
        for (PlannedStep step : job.steps()) {
            boolean runs = cancelled ? !c.force() && step.condition().holds(Condition.Outcome.CANCELLED)
                    : step.condition().holds(state);
            int number = steps.size() + 1;
            if (!runs) {
                steps.add(new ScheduledStep(step.name(), number, step, false, t, t, "skipped"));
                continue;
            }
            double seconds;
            double failsAfter = -1;
            SccacheStats work = null;
            if (step.kind() == StepKind.BUILD_WHEELS) {
                warmth = job.usesSccache()
                        ? c.caches().warmth(Scopes.own(job), Scopes.shared(job), c.ref(), t)
                        : CacheWarmth.COLD;
                work = SccacheModel.stats(job, warmth, c.fault(), random);
                seconds = SccacheModel.buildSeconds(job, work, random);
                if (c.fault() != null && c.fault().failsTheBuild()) {
                    failsAfter = failsAfter(c.fault(), seconds, Duration.between(start, t), random);
                    seconds = failsAfter;
                }
            } else {
                seconds = StepDurations.stepSeconds(step.kind(), job.os(), random);
                if (step.kind() == StepKind.UPLOAD_ARTIFACT && c.fault() == CacheFault.UPLOAD_FAILED) {
                    failsAfter = seconds;
                }
            }
            end = after(t, seconds);
            String conclusion = "success";
            double fraction = 1;
            if (!cancelled && c.cancelAt() != null && c.cancelAt().isBefore(end)) {
                fraction = Duration.between(t, c.cancelAt()).toNanos() / 1e9 / Math.max(seconds, 1e-9);
                end = after(c.cancelAt(), 1);
                conclusion = "cancelled";
                cancelled = true;
                state = Condition.Outcome.CANCELLED;
            } else if (failsAfter >= 0) {
                // A job past its time limit is cancelled by the runner; the job still ends in failure.
                conclusion = c.fault() == CacheFault.TIMEOUT ? "cancelled" : "failure";
                state = Condition.Outcome.FAILURE;
                lost = c.fault() == CacheFault.RUNNER_LOST;
            }
            if (work != null && job.usesSccache()) {
                hostStats = hostStats(job, work, c.fault(), fraction);
                write = cacheWrite(c, work, fraction);
            }
            steps.add(new ScheduledStep(step.name(), number, step, false, t, end, conclusion));
            if (step.hasPostStep()) {
                posts.push(step);
            }
            t = end;
            if (lost) {
                break;
            }
        }
        if (lost) {
            // Nothing more runs; GitHub gives up on the runner some minutes after it went silent.
            return new ScheduledJob(c.id(), c.attempt(), job, c.readyAt(), start, after(t, RUNNER_LOST_AFTER_SECONDS),
                    "failure", steps, c.runnerId(), warmth, hostStats, c.fault(), null);
        }
        if (job.usesSccache() && hostStats == null && (c.fault() == null || !c.fault().failsTheBuild()
                || job.compilesInContainer())) {
            // No build ran (skipped or cancelled first): the post step finds an idle server.
            hostStats = SccacheStats.EMPTY;
        }
        boolean postFailed = false;
        if (!(cancelled && c.force())) {
            for (PlannedStep step : posts) {
                end = after(t, StepDurations.postStepSeconds(random));
                boolean sccachePost = step.kind() == StepKind.SETUP_SCCACHE;
                String conclusion = sccachePost && hostStats == null ? "failure" : "success";
                postFailed |= conclusion.equals("failure");
                steps.add(new ScheduledStep("Post " + step.name(), steps.size() + 1, step, true, t, end, conclusion));
                t = end;
            }
        }
        end = after(t, random.nextDouble(0, 1));
        steps.add(new ScheduledStep("Complete job", steps.size() + 1, null, false, t, end, "success"));
        String conclusion = switch (state) {
            case FAILURE -> "failure";
            case CANCELLED -> "cancelled";
            default -> postFailed ? "failure" : "success";
        };
        return new ScheduledJob(c.id(), c.attempt(), job, c.readyAt(), start, end, conclusion, steps,
                c.runnerId(), warmth, hostStats, c.fault(), write);
    }

    /** Seconds into the build step at which a fault stops it. */
    private static double failsAfter(CacheFault fault, double buildSeconds, Duration sinceJobStart,
                                     SplittableRandom random) {
        return switch (fault) {
            case BUILD_FAILURE, COMPILE_ERROR -> buildSeconds * random.nextDouble(0.3, 0.7);
            case RUNNER_LOST -> buildSeconds * random.nextDouble(0.2, 0.6);
            case OUT_OF_DISK -> buildSeconds * random.nextDouble(0.8, 0.95);
            case TEST_FAILURE -> buildSeconds + random.nextDouble(20, 60);
            case REPAIR_FAILED -> buildSeconds + random.nextDouble(3, 10);
            case TIMEOUT -> Math.max(buildSeconds, CacheFault.DEFAULT_JOB_MINUTES * 60.0 - sinceJobStart.toSeconds());
            default -> random.nextDouble(20, 60);
        };
    }

    /** Timelines are in simulated time (see {@link SimulatedClock}): durations as modelled, unscaled. */
    private static Instant after(Instant from, double seconds) {
        return from.plusNanos(Math.round(seconds * 1e9));
    }

    /** What the runner's own sccache server reports at the end of the job. */
    private static SccacheStats hostStats(PlannedJob job, SccacheStats work, CacheFault fault, double fraction) {
        if (job.compilesInContainer()) {
            return SccacheStats.EMPTY;
        }
        if (fault != null && fault.breaksSccache()) {
            return null;
        }
        return work.partial(fault == null ? fraction : Math.min(fraction, fault.compiledFraction()));
    }

    private static ScheduledJob.CacheWrite cacheWrite(Context c, SccacheStats work, double fraction) {
        CacheFault fault = c.fault();
        if (fault != null && (fault.breaksSccache() || fault == CacheFault.WRITE_ERRORS)) {
            return null;
        }
        double done = fault == null ? fraction : Math.min(fraction, fault.compiledFraction());
        int stored = (int) Math.floor(work.totalMisses() * done);
        if (stored <= 0) {
            return null;
        }
        long bytesPerObject = 1_400_000L + (Math.abs(c.id() * 7919L) % 400_000L);
        String key = Scopes.own(c.job()) + Long.toHexString(c.id() * 0x9E3779B1L & 0xFFFFFFFFFFFFL);
        return new ScheduledJob.CacheWrite(key, Scopes.own(c.job()), stored * bytesPerObject);
    }
}
