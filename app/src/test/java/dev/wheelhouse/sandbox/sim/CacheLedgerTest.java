package dev.wheelhouse.sandbox.sim;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheLedgerTest {

    private static final Instant T0 = Instant.parse("2026-06-02T22:30:00Z");
    private final Map<String, Long> ids = new HashMap<>();

    private AttemptSchedule run(long runId, CacheLedger ledger, String ref, Instant start) {
        AttemptSchedule s = Scheduler.schedule(new Scheduler.Inputs(runId, 1, Plans.satkitOnABranch(), ref, start,
                3, List.of(), Map.of(),
                name -> ids.computeIfAbsent(runId + name, n -> 60_000_000_000L + ids.size()), ledger, null, false));
        ledger.record(runId + "/1", ref, s);
        return s;
    }

    @Test
    void entriesAppearWhenTheJobsThatWriteThemComplete() {
        CacheLedger ledger = new CacheLedger("main");
        AttemptSchedule first = run(1, ledger, "refs/heads/main", T0);
        assertEquals(List.of(), ledger.entriesAt(T0.plusSeconds(60)));
        assertEquals(20, ledger.entriesAt(first.completedAt()).size());
        ledger.entriesAt(first.completedAt()).forEach(e -> assertTrue(e.key().startsWith("sccache-")));
    }

    @Test
    void aSecondRunOnTheSameRefIsWarmAndTouchesTheEntriesItReads() {
        CacheLedger ledger = new CacheLedger("main");
        AttemptSchedule first = run(1, ledger, "refs/heads/main", T0);
        Instant later = first.completedAt().plus(Duration.ofMinutes(5));
        AttemptSchedule second = run(2, ledger, "refs/heads/main", later);
        second.jobs().stream().filter(j -> j.name().startsWith("build wheels"))
                .forEach(j -> assertEquals(CacheWarmth.WARM, j.warmth(), j.name()));
        assertTrue(ledger.entriesAt(second.completedAt()).stream()
                .anyMatch(e -> e.lastAccessedAt().isAfter(e.createdAt())));
    }

    @Test
    void aBranchReadsTheDefaultBranchesEntriesButNotAnotherBranches() {
        CacheLedger ledger = new CacheLedger("main");
        AttemptSchedule onFeature = run(1, ledger, "refs/heads/feature", T0);
        Instant later = onFeature.completedAt().plusSeconds(60);
        assertEquals(CacheWarmth.COLD, ledger.warmth("sccache-macos-latest-cp310-", "sccache-macos-latest-", "refs/heads/other", later));
        assertEquals(CacheWarmth.WARM, ledger.warmth("sccache-macos-latest-cp310-", "sccache-macos-latest-", "refs/heads/feature", later));
        CacheLedger fromMain = new CacheLedger("main");
        AttemptSchedule onMain = run(2, fromMain, "refs/heads/main", T0);
        assertEquals(CacheWarmth.WARM, fromMain.warmth("sccache-macos-latest-cp310-", "sccache-macos-latest-",
                "refs/heads/other", onMain.completedAt()));
    }

    @Test
    void beyondTenGigabytesTheLeastRecentlyUsedEntriesAreEvicted() {
        CacheLedger ledger = new CacheLedger("main");
        Instant t = T0;
        for (int i = 0; i < 3; i++) {
            AttemptSchedule s = run(10 + i, ledger, "refs/heads/b" + i, t);
            t = s.completedAt().plusSeconds(1);
        }
        List<CacheLedger.Entry> entries = ledger.entriesAt(t);
        long total = entries.stream().mapToLong(CacheLedger.Entry::sizeInBytes).sum();
        assertTrue(total <= CacheLedger.LIMIT_BYTES, "total " + total);
        assertTrue(entries.size() < 60, "some of 60 cold writes were evicted: " + entries.size());
        assertTrue(entries.stream().anyMatch(e -> e.ref().equals("refs/heads/b2")), "the newest survive");
    }

    @Test
    void deletingByIdOrKeyRemovesEntriesFromThatMomentOn() {
        CacheLedger ledger = new CacheLedger("main");
        AttemptSchedule s = run(1, ledger, "refs/heads/main", T0);
        Instant done = s.completedAt();
        CacheLedger.Entry first = ledger.entriesAt(done).get(0);
        ledger.deleteById(first.id(), done.plusSeconds(1));
        CacheLedger.Entry second = ledger.entriesAt(done.plusSeconds(1)).get(0);
        ledger.deleteByKey(second.key(), null, done.plusSeconds(2));
        assertEquals(20, ledger.entriesAt(done).size());
        assertEquals(18, ledger.entriesAt(done.plusSeconds(2)).size());
    }

    @Test
    void entriesNobodyReadForSevenDaysAreGone() {
        CacheLedger ledger = new CacheLedger("main");
        AttemptSchedule s = run(1, ledger, "refs/heads/main", T0);
        assertEquals(20, ledger.entriesAt(s.completedAt().plus(Duration.ofDays(6))).size());
        assertEquals(0, ledger.entriesAt(s.completedAt().plus(Duration.ofDays(8))).size());
    }
}
