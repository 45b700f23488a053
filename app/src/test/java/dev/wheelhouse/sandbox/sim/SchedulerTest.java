package dev.wheelhouse.sandbox.sim;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedulerTest {

    private static final Instant T0 = Instant.parse("2026-06-02T22:30:00Z");

    private final Map<String, Long> ids = new HashMap<>();
    private final ToLongFunction<String> idOf = name -> ids.computeIfAbsent(name, n -> 60_000_000_000L + ids.size());

    private AttemptSchedule schedule(RunPlan plan, List<FailureRule> rules, CacheLookup caches,
                                     Instant cancelAt, boolean force) {
        return Scheduler.schedule(new Scheduler.Inputs(21_000_000_001L, 1, plan, "refs/heads/wheels", T0,
                42, rules, Map.of(), idOf, caches, cancelAt, force));
    }

    private static Map<String, String> conclusions(AttemptSchedule s) {
        return s.jobs().stream().collect(Collectors.toMap(ScheduledJob::name, ScheduledJob::conclusion));
    }

    @Test
    void aBranchRunBuildsTwentyWheelsAndSkipsTheTagOnlyJobsAndWhatNeedsThem() {
        AttemptSchedule s = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        Map<String, String> conclusions = conclusions(s);
        assertEquals(24, s.jobs().size());
        assertEquals("skipped", conclusions.get("verify version"));
        assertEquals("skipped", conclusions.get("publish to crates.io"));
        assertEquals("skipped", conclusions.get("publish to PyPI"));
        assertEquals(20, conclusions.entrySet().stream()
                .filter(e -> e.getKey().startsWith("build wheels (") && e.getValue().equals("success")).count());
        assertEquals("success", s.conclusionAt(s.completedAt(), false));
    }

    @Test
    void aColdReleaseRunTakesAboutTwelveSimulatedMinutesAndEveryWheelJobThreeToTwelve() {
        AttemptSchedule s = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        Duration total = Duration.between(T0, s.completedAt());
        assertTrue(total.compareTo(Duration.ofMinutes(8)) > 0 && total.compareTo(Duration.ofMinutes(16)) < 0,
                "run took " + total);
        for (ScheduledJob job : s.jobs()) {
            if (job.name().startsWith("build wheels")) {
                Duration d = Duration.between(job.startedAt(), job.completedAt());
                assertTrue(d.compareTo(Duration.ofMinutes(3)) >= 0 && d.compareTo(Duration.ofMinutes(12)) <= 0,
                        job.name() + " took " + d);
            }
        }
    }

    @Test
    void wheelJobsBecomeVisibleOnlyWhenTheTestJobTheyNeedHasCompleted() {
        AttemptSchedule s = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        ScheduledJob test = s.jobs().stream().filter(j -> j.name().equals("test before release")).findFirst().orElseThrow();
        Instant justBefore = test.completedAt().minusMillis(1);
        assertFalse(s.visibleAt(justBefore).stream().anyMatch(j -> j.name().startsWith("build wheels")));
        assertEquals(20, s.visibleAt(test.completedAt()).stream().filter(j -> j.name().startsWith("build wheels")).count());
        assertEquals("queued", s.visibleAt(test.completedAt()).stream()
                .filter(j -> j.name().startsWith("build wheels")).findFirst().orElseThrow().statusAt(test.completedAt()));
    }

    @Test
    void theSameSeedGivesTheSameTimelineAndAnotherSeedAnotherOne() {
        AttemptSchedule a = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        AttemptSchedule b = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        assertEquals(a, b);
        AttemptSchedule c = Scheduler.schedule(new Scheduler.Inputs(21_000_000_001L, 1, Plans.satkitOnABranch(),
                "refs/heads/wheels", T0, 43, List.of(), Map.of(), idOf, CacheLookup.EMPTY, null, false));
        assertNotEquals(a.completedAt(), c.completedAt());
    }

    @Test
    void aTimelineIsInSimulatedTimeWithTheModelledDurations() {
        AttemptSchedule s = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        ScheduledJob mac = byName(s, "build wheels (macos-latest cp312)");

        Duration took = Duration.between(mac.startedAt(), mac.completedAt());
        assertTrue(took.compareTo(Duration.ofMinutes(3)) >= 0 && took.compareTo(Duration.ofMinutes(13)) <= 0,
                "a wheel job takes 3–12 minutes, whatever the speed: " + took);
    }

    @Test
    void linuxWheelJobsSkipTheHostStatsStepAndReadZeroOnTheHost() {
        AttemptSchedule s = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        ScheduledJob linux = byName(s, "build wheels (ubuntu-latest cp312)");
        ScheduledJob mac = byName(s, "build wheels (macos-latest cp312)");
        assertEquals("skipped", step(linux, "sccache stats").conclusion());
        assertEquals("success", step(mac, "sccache stats").conclusion());
        assertEquals(SccacheStats.EMPTY, linux.hostStats());
        assertTrue(mac.hostStats().totalMisses() > 100, "a cold macOS build misses most compiles");
        assertTrue(linux.cacheWrite() != null, "the container's sccache still writes to the cache");
    }

    @Test
    void warmCachesRaiseTheHitRateAndShortenTheBuild() {
        AttemptSchedule cold = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        AttemptSchedule warm = schedule(Plans.satkitOnABranch(), List.of(),
                (scope, shared, ref, at) -> CacheWarmth.WARM, null, false);
        ScheduledJob c = byName(cold, "build wheels (windows-latest cp311)");
        ScheduledJob w = byName(warm, "build wheels (windows-latest cp311)");
        assertTrue(c.hostStats().noticePercent() <= 2, "cold: " + c.hostStats().noticePercent());
        assertTrue(w.hostStats().noticePercent() >= 90, "warm: " + w.hostStats().noticePercent());
        assertTrue(Duration.between(w.startedAt(), w.completedAt())
                .compareTo(Duration.between(c.startedAt(), c.completedAt())) < 0);
    }

    @Test
    void anInjectedBuildFailureFailsThatJobRunsAlwaysStepsAndFailsTheRun() {
        AttemptSchedule s = schedule(Plans.satkitOnABranch(),
                List.of(FailureRule.parse("build wheels (windows-latest *)=build-failure")), CacheLookup.EMPTY, null, false);
        ScheduledJob failed = byName(s, "build wheels (windows-latest cp310)");
        assertEquals("failure", failed.conclusion());
        assertEquals("failure", step(failed, "Build wheels").conclusion());
        assertEquals("success", step(failed, "sccache stats").conclusion(), "if: always() still runs");
        assertEquals("skipped", step(failed, "Upload Artifacts").conclusion());
        assertEquals("success", byName(s, "build wheels (macos-latest cp310)").conclusion());
        assertEquals("failure", s.conclusionAt(s.completedAt(), false));
    }

    @Test
    void aFirstAttemptFailureFailsTheJobOnceAndSparesItsReRun() {
        List<FailureRule> flaky = List.of(FailureRule.parse("build wheels (windows-latest cp312)=build-failure@first"));
        AttemptSchedule first = schedule(Plans.satkitOnABranch(), flaky, CacheLookup.EMPTY, null, false);
        AttemptSchedule second = Scheduler.schedule(new Scheduler.Inputs(21_000_000_001L, 2, Plans.satkitOnABranch(),
                "refs/heads/wheels", T0, 42, flaky, Map.of(), idOf, CacheLookup.EMPTY, null, false));

        assertEquals("failure", byName(first, "build wheels (windows-latest cp312)").conclusion());
        assertEquals("success", byName(second, "build wheels (windows-latest cp312)").conclusion());
        assertTrue(FailureRule.parse("x=build-failure@first").firstAttemptOnly());
        assertFalse(FailureRule.parse("x=build-failure").firstAttemptOnly());
    }

    @Test
    void aServerStartupFailureFailsTheBuildAndLeavesNoStatsOrCacheEntry() {
        AttemptSchedule s = schedule(Plans.satkitOnABranch(),
                List.of(FailureRule.parse("build wheels (macos-latest cp313)=server-startup")), CacheLookup.EMPTY, null, false);
        ScheduledJob job = byName(s, "build wheels (macos-latest cp313)");
        assertEquals("failure", job.conclusion());
        assertNull(job.hostStats());
        assertNull(job.cacheWrite());
        assertEquals("failure", step(job, "Post Set up sccache").conclusion());
    }

    @Test
    void cancellingMidRunCancelsRunningJobsAndNeverCreatesJobsThatWereWaiting() {
        AttemptSchedule full = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        ScheduledJob test = byName(full, "test before release");
        Instant cancelAt = test.startedAt().plusSeconds(10);
        AttemptSchedule cancelled = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, cancelAt, false);
        assertEquals("cancelled", byName(cancelled, "test before release").conclusion());
        assertFalse(cancelled.jobs().stream().anyMatch(j -> j.name().startsWith("build wheels")));
        assertEquals("cancelled", cancelled.conclusionAt(cancelled.completedAt(), true));
        assertEquals(Set.of("verify version", "test before release"),
                cancelled.jobs().stream().map(ScheduledJob::name).collect(Collectors.toSet()));
    }

    @Test
    void jobIdsStayTheSameWhenATimelineIsComputedAgain() {
        AttemptSchedule a = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, null, false);
        AttemptSchedule b = schedule(Plans.satkitOnABranch(), List.of(), CacheLookup.EMPTY, T0.plusSeconds(400), false);
        for (ScheduledJob job : b.jobs()) {
            assertEquals(byName(a, job.name()).id(), job.id());
        }
    }

    static ScheduledJob byName(AttemptSchedule s, String name) {
        return s.jobs().stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
    }

    static ScheduledStep step(ScheduledJob job, String name) {
        return job.steps().stream().filter(st -> st.name().equals(name)).findFirst().orElseThrow();
    }
}
