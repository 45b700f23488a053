package dev.wheelhouse.runs.caches;

import dev.wheelhouse.github.model.ActionsCache;
import dev.wheelhouse.github.model.ActionsCacheUsage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheStorageTest {

    private static final long GB = 1024L * 1024 * 1024;
    private static final Instant T = Instant.parse("2026-06-02T09:00:00Z");

    private static ActionsCache entry(long id, String key, long size, Instant lastAccess) {
        return new ActionsCache(id, "refs/heads/main", key, "v", lastAccess, T, size);
    }

    private static CacheStorage listedCompletely(List<ActionsCache> entries, ActionsCacheUsage staleUsage) {
        return CacheStorage.of("o/r", staleUsage, new ActionsCaches.CacheListing(entries, entries.size()));
    }

    @Test
    void aCompleteListingIsTheCurrentTotalNotGitHubsLaggingUsageFigure() {
        List<ActionsCache> entries = List.of(entry(1, "sccache-a", 3 * GB, T), entry(2, "sccache-b", GB, T));

        CacheStorage storage = listedCompletely(entries, new ActionsCacheUsage("o/r", 9 * GB, 5));

        assertEquals(4 * GB, storage.usedBytes());
        assertEquals(2, storage.entryCount());
        assertTrue(storage.complete());
    }

    @Test
    void aListingCutShortFallsBackToGitHubsUsageFigure() {
        List<ActionsCache> entries = List.of(entry(1, "sccache-a", GB, T));

        CacheStorage storage = CacheStorage.of("o/r", new ActionsCacheUsage("o/r", 7 * GB, 12_000),
                new ActionsCaches.CacheListing(entries, 12_000));

        assertEquals(7 * GB, storage.usedBytes());
        assertEquals(12_000, storage.entryCount());
        assertFalse(storage.complete());
    }

    @Test
    void theWarningStartsAtFourFifthsOfTheLimit() {
        long limit = CacheStorage.DEFAULT_LIMIT_BYTES;
        long justBelow = Math.round(limit * CacheStorage.NEAR_LIMIT_FRACTION) - 1;

        assertFalse(listedCompletely(List.of(entry(1, "k", justBelow, T)), new ActionsCacheUsage("o/r", 0, 0))
                .nearLimit());
        assertTrue(listedCompletely(List.of(entry(1, "k", justBelow + 1, T)), new ActionsCacheUsage("o/r", 0, 0))
                .nearLimit());
        assertEquals(0.5, listedCompletely(List.of(entry(1, "k", limit / 2, T)),
                new ActionsCacheUsage("o/r", 0, 0)).usedFraction(), 1e-9);
    }

    @Test
    void sccacheEntriesAreKnownByBothKeyFormsAndOthersAreLeftOut() {
        Instant old = T.minusSeconds(86_400);
        List<ActionsCache> entries = List.of(
                entry(1, "sccache/f/c/b/fcb0123", 100, T),
                entry(2, "sccache-ubuntu-latest-cp312-9e37", 200, T.plusSeconds(60)),
                entry(3, "pip-Linux-3f2a", 5_000, old),
                entry(4, "SCCACHE-windows-latest-", 300, T.minusSeconds(60)));

        CacheStorage storage = listedCompletely(entries, new ActionsCacheUsage("o/r", 0, 0));

        assertEquals(List.of(1L, 2L, 4L), storage.sccacheEntries().stream().map(ActionsCache::id).toList());
        assertEquals(600, storage.sccacheBytes());
        assertEquals(Optional.of(T.minusSeconds(60)), storage.oldestSccacheAccess(),
                "the pip entry is older but not sccache's");
    }

    @Test
    void anEmptyCacheHasNoOldestEntryAndNoWarning() {
        CacheStorage storage = listedCompletely(List.of(), new ActionsCacheUsage("o/r", 0, 0));

        assertEquals(Optional.empty(), storage.oldestSccacheAccess());
        assertEquals(0, storage.sccacheBytes());
        assertFalse(storage.nearLimit());
    }
}
