package dev.wheelhouse.runs.caches;

import dev.wheelhouse.github.model.ActionsCache;
import dev.wheelhouse.github.model.ActionsCacheUsage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A repository's GitHub Actions cache at one moment: how full it is against its limit, and which
 * entries are sccache's.
 *
 * <p>GitHub keeps 10 GB per repository and, beyond it, evicts the least recently used entries
 * (https://docs.github.com/actions/reference/workflows-and-actions/dependency-caching#usage-limits-and-eviction-policy);
 * an evicted sccache entry is a compilation the next run does again, so a cache near its limit is
 * a warning that the next run may be cold.
 *
 * @param repository {@code owner/name}
 * @param usedBytes  what the cache holds: the listed total when every entry was listed (current),
 *                   GitHub's usage figure otherwise (which it refreshes only about every five minutes)
 * @param entryCount entries in the cache, by the same rule
 * @param limitBytes the repository's limit
 * @param entries    the entries listed, most recently used first
 * @param complete   every entry was listed
 */
public record CacheStorage(String repository, long usedBytes, int entryCount, long limitBytes,
                           List<ActionsCache> entries, boolean complete) {

    /** GitHub's cache limit per repository, 10 GB, as the sandbox's ledger applies it. */
    public static final long DEFAULT_LIMIT_BYTES = 10L * 1024 * 1024 * 1024;
    /**
     * Usage from which the view warns. A warm release run of the reference project stores a few
     * hundred MB of new sccache entries (its misses; the sandbox models a cold run at about 7 GB), so
     * from four fifths on the limit is a handful of runs away, and any cold run evicts at once.
     */
    public static final double NEAR_LIMIT_FRACTION = 0.8;

    public CacheStorage {
        Objects.requireNonNull(repository, "repository");
        entries = List.copyOf(entries);
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("the limit must be positive, was " + limitBytes);
        }
    }

    public static CacheStorage of(String repository, ActionsCacheUsage usage, ActionsCaches.CacheListing listing) {
        if (listing.complete()) {
            long listed = listing.entries().stream().mapToLong(ActionsCache::sizeInBytes).sum();
            return new CacheStorage(repository, listed, listing.entries().size(), DEFAULT_LIMIT_BYTES,
                    listing.entries(), true);
        }
        return new CacheStorage(repository, usage.activeCachesSizeInBytes(), usage.activeCachesCount(),
                DEFAULT_LIMIT_BYTES, listing.entries(), false);
    }

    /**
     * Whether an entry is sccache's: its GitHub Actions backend writes keys under {@code sccache/}
     * from 0.4 on (the backend's root, https://github.com/mozilla/sccache/blob/main/src/cache/gha.rs),
     * and earlier versions and most workflows' {@code SCCACHE_GHA_CACHE_TO} under {@code sccache-}
     * (https://github.com/mozilla/sccache/blob/main/docs/GHA.md).
     */
    public static boolean isSccache(ActionsCache entry) {
        return entry.key() != null && entry.key().toLowerCase(Locale.ROOT).startsWith("sccache");
    }

    /** Used over limit, from 0 (may pass 1 for a moment before GitHub evicts). */
    public double usedFraction() {
        return (double) usedBytes / limitBytes;
    }

    public boolean nearLimit() {
        return usedFraction() >= NEAR_LIMIT_FRACTION;
    }

    public List<ActionsCache> sccacheEntries() {
        return entries.stream().filter(CacheStorage::isSccache).toList();
    }

    public long sccacheBytes() {
        return sccacheEntries().stream().mapToLong(ActionsCache::sizeInBytes).sum();
    }

    /** The sccache entry used longest ago: the first GitHub evicts (or expires after 7 days unused). */
    public Optional<Instant> oldestSccacheAccess() {
        return sccacheEntries().stream().map(ActionsCache::lastAccessedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }
}
