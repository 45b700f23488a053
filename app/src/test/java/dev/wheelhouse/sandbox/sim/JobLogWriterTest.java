package dev.wheelhouse.sandbox.sim;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobLogWriterTest {

    private static final Pattern STAMPED = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z .*");
    private static final Pattern NOTICE = Pattern.compile("##\\[notice\\](\\d+)% - (\\d+) hits, (\\d+) misses, (\\d+) errors");
    private static final JobLogWriter.Context CONTEXT =
            new JobLogWriter.Context("wheelhouse-demo/satkit", "0123456789abcdef0123456789abcdef01234567", "refs/heads/wheels");

    private final Map<String, Long> ids = new HashMap<>();

    private AttemptSchedule schedule(List<FailureRule> rules) {
        return Scheduler.schedule(new Scheduler.Inputs(21_000_000_001L, 1, Plans.satkitOnABranch(), "refs/heads/wheels",
                Instant.parse("2026-06-02T22:30:00Z"), 7, rules, Map.of(),
                name -> ids.computeIfAbsent(name, n -> 60_000_000_000L + ids.size()), CacheLookup.EMPTY, null, false));
    }

    private static String log(ScheduledJob job) {
        return new String(JobLogWriter.write(job, CONTEXT), StandardCharsets.UTF_8);
    }

    @Test
    void aLogStartsWithAByteOrderMarkAndEveryCrlfLineWithASevenDigitTimestamp() {
        String log = log(SchedulerTest.byName(schedule(List.of()), "build wheels (macos-latest cp312)"));
        assertTrue(log.startsWith("\uFEFF"));
        assertTrue(log.endsWith("\r\n"));
        String[] lines = log.substring(1).split("\r\n");
        assertTrue(lines.length > 100);
        for (String line : lines) {
            assertTrue(STAMPED.matcher(line).matches(), line);
        }
    }

    @Test
    void aHostBuildPrintsTheActionsNoticeWithTheFiguresOfItsStats() {
        ScheduledJob job = SchedulerTest.byName(schedule(List.of()), "build wheels (windows-latest cp313)");
        Matcher notice = NOTICE.matcher(log(job));
        assertTrue(notice.find());
        assertEquals(job.hostStats().noticePercent(), Integer.parseInt(notice.group(1)));
        assertEquals(job.hostStats().totalHits(), Integer.parseInt(notice.group(2)));
        assertEquals(job.hostStats().totalMisses(), Integer.parseInt(notice.group(3)));
        assertTrue(log(job).contains(" ##[group]Run sccache --show-stats\r\n"));
        assertTrue(log(job).contains(" Cache misses (Rust)"));
        assertTrue(log(job).contains(" {\"stats\":{\"compile_requests\":"));
    }

    @Test
    void aLinuxBuildInTheManylinuxContainerShowsZeroHostStatsAndNoStatsStep() {
        String log = log(SchedulerTest.byName(schedule(List.of()), "build wheels (ubuntu-24.04-arm cp311)"));
        assertTrue(log.contains(" ##[notice]0% - 0 hits, 0 misses, 0 errors\r\n"));
        assertFalse(log.contains("Run sccache --show-stats"), "the stats step is skipped on linux");
        assertTrue(log.contains("Starting container image quay.io/pypa/manylinux_2_28_aarch64"));
    }

    @Test
    void aGhaCacheV1AbortShowsTheEnvironmentVariableError() {
        ScheduledJob job = SchedulerTest.byName(schedule(List.of(FailureRule.parse("build wheels (ubuntu-latest*)=gha-cache-v1"))),
                "build wheels (ubuntu-latest cp310)");
        String log = log(job);
        assertEquals("failure", job.conclusion());
        assertTrue(log.contains("environment variable not found"));
        assertTrue(log.contains(" ##[error]Process completed with exit code 1.\r\n"));
    }

    @Test
    void writeErrorsShowInTheStatsWhileTheJobSucceeds() {
        ScheduledJob job = SchedulerTest.byName(schedule(List.of(FailureRule.parse("*macos*=write-errors"))),
                "build wheels (macos-latest cp314)");
        assertEquals("success", job.conclusion());
        Matcher m = Pattern.compile("Cache write errors +(\\d+)").matcher(log(job));
        assertTrue(m.find());
        assertTrue(Integer.parseInt(m.group(1)) > 100);
        assertEquals(null, job.cacheWrite());
    }

    @Test
    void theNoticeBecomesACheckRunAnnotationTitledSccacheStats() {
        ScheduledJob job = SchedulerTest.byName(schedule(List.of()), "build wheels (macos-latest cp310)");
        assertEquals(List.of(new JobLogWriter.LogAnnotation("notice", "sccache stats", SccacheOutput.notice(job.hostStats()))),
                JobLogWriter.annotations(job));
    }
}
