package dev.wheelhouse.sandbox.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A repository's GitHub Actions cache as a ledger of dated events: entries written when jobs
 * complete, read when warm jobs start, deleted through the API. The cache at any moment is the
 * ledger replayed up to it, with GitHub's rules
 * (https://docs.github.com/actions/reference/workflows-and-actions/dependency-caching#usage-limits-and-eviction-policy):
 * 10 GB per repository, least recently used entries evicted beyond it, entries not accessed
 * for 7 days removed; a ref reads its own entries and the default branch's.
 */
public final class CacheLedger implements CacheLookup {

    public static final long LIMIT_BYTES = 10L * 1024 * 1024 * 1024;
    private static final Duration UNUSED_EXPIRY = Duration.ofDays(7);

    /** One live cache entry. */
    public record Entry(long id, String ref, String key, String version, Instant lastAccessedAt,
                        Instant createdAt, long sizeInBytes) {
    }

    private sealed interface Event permits Write, Read, Delete {
        Instant at();

        String owner();
    }

    private record Write(long id, String key, String ref, long size, Instant at, String owner) implements Event {
    }

    private record Read(String prefix, String ref, Instant at, String owner) implements Event {
    }

    private record Delete(Long id, String key, String ref, Instant at, String owner) implements Event {
    }

    private final String defaultRef;
    private final AtomicLong ids = new AtomicLong(0);
    private final List<Event> events = new ArrayList<>();

    public CacheLedger(String defaultBranch) {
        this.defaultRef = "refs/heads/" + defaultBranch;
    }

    /**
     * Records what an attempt's jobs read and write, replacing what the same attempt recorded
     * before (its timeline is re-computed when it is cancelled).
     */
    public synchronized void record(String attemptKey, String ref, AttemptSchedule schedule) {
        events.removeIf(e -> e.owner().equals(attemptKey));
        for (ScheduledJob job : schedule.jobs()) {
            if (job.runAttempt() != schedule.attempt()) {
                continue;
            }
            Instant buildStart = job.steps().stream().filter(s -> s.kind() == StepKind.BUILD_WHEELS && s.ran())
                    .map(ScheduledStep::startedAt).findFirst().orElse(null);
            if (buildStart != null && job.warmth() != CacheWarmth.COLD) {
                String prefix = job.warmth() == CacheWarmth.WARM ? Scopes.own(job.plan()) : Scopes.shared(job.plan());
                events.add(new Read(prefix, ref, buildStart, attemptKey));
            }
            if (job.cacheWrite() != null) {
                events.add(new Write(ids.incrementAndGet(), job.cacheWrite().key(), ref,
                        job.cacheWrite().sizeInBytes(), job.completedAt(), attemptKey));
            }
        }
    }

    /** Drops what an attempt recorded, before its timeline is computed again. */
    public synchronized void forget(String attemptKey) {
        events.removeIf(e -> e.owner().equals(attemptKey));
    }

    public synchronized void deleteById(long id, Instant at) {
        events.add(new Delete(id, null, null, at, "api"));
    }

    public synchronized void deleteByKey(String key, String ref, Instant at) {
        events.add(new Delete(null, key, ref, at, "api"));
    }

    /** The entries that exist at {@code at}. */
    public synchronized List<Entry> entriesAt(Instant at) {
        List<Event> due = events.stream().filter(e -> !e.at().isAfter(at))
                .sorted(Comparator.comparing(Event::at)).toList();
        Map<Long, Entry> live = new LinkedHashMap<>();
        for (Event event : due) {
            if (event instanceof Write w) {
                live.put(w.id(), new Entry(w.id(), w.ref(), w.key(), version(w.key()), w.at(), w.at(), w.size()));
                evictBeyondLimit(live);
            } else if (event instanceof Read r) {
                newest(live, r.prefix(), r.ref()).ifPresent(e -> live.put(e.id(), touched(e, r.at())));
            } else if (event instanceof Delete d) {
                live.values().removeIf(e -> d.id() != null ? e.id() == d.id()
                        : e.key().equals(d.key()) && (d.ref() == null || e.ref().equals(d.ref())));
            }
        }
        live.values().removeIf(e -> e.lastAccessedAt().isBefore(at.minus(UNUSED_EXPIRY)));
        return List.copyOf(live.values());
    }

    @Override
    public CacheWarmth warmth(String scope, String sharedPrefix, String ref, Instant at) {
        List<Entry> entries = entriesAt(at);
        if (entries.stream().anyMatch(e -> readable(e, ref) && e.key().startsWith(scope))) {
            return CacheWarmth.WARM;
        }
        if (entries.stream().anyMatch(e -> readable(e, ref) && e.key().startsWith(sharedPrefix))) {
            return CacheWarmth.SHARED;
        }
        return CacheWarmth.COLD;
    }

    private boolean readable(Entry entry, String ref) {
        return entry.ref().equals(ref) || entry.ref().equals(defaultRef);
    }

    private Optional<Entry> newest(Map<Long, Entry> live, String prefix, String ref) {
        return live.values().stream().filter(e -> readable(e, ref) && e.key().startsWith(prefix))
                .max(Comparator.comparing(Entry::createdAt));
    }

    private static Entry touched(Entry e, Instant at) {
        return new Entry(e.id(), e.ref(), e.key(), e.version(), at, e.createdAt(), e.sizeInBytes());
    }

    private static void evictBeyondLimit(Map<Long, Entry> live) {
        long total = live.values().stream().mapToLong(Entry::sizeInBytes).sum();
        while (total > LIMIT_BYTES && live.size() > 1) {
            Entry lru = live.values().stream().min(Comparator.comparing(Entry::lastAccessedAt)
                    .thenComparing(Entry::createdAt)).orElseThrow();
            live.remove(lru.id());
            total -= lru.sizeInBytes();
        }
    }

    /** The entry's {@code version}: a digest of what was cached and how, as GitHub computes it. */
    private static String version(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("sccache|zstd|" + key.substring(0, Math.max(0, key.lastIndexOf('-'))))
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
