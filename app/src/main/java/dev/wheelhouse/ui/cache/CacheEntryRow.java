package dev.wheelhouse.ui.cache;

import dev.wheelhouse.github.model.ActionsCache;
import dev.wheelhouse.runs.caches.CacheStorage;

import java.time.Instant;

/**
 * One Actions cache entry as the storage table shows it.
 *
 * @param lastUsed how long before the listing it was last read or written ({@code 12 min ago}),
 *                 on the server's clock
 */
public record CacheEntryRow(long id, String key, String ref, long sizeInBytes, Instant lastAccessedAt,
                            Instant createdAt, boolean sccache, String lastUsed) {

    public static CacheEntryRow of(ActionsCache entry, Instant now) {
        return new CacheEntryRow(entry.id(), entry.key(), entry.ref(), entry.sizeInBytes(), entry.lastAccessedAt(),
                entry.createdAt(), CacheStorage.isSccache(entry),
                entry.lastAccessedAt() == null ? "" : TimeAgo.text(entry.lastAccessedAt(), now));
    }

    public String size() {
        return ByteSize.text(sizeInBytes);
    }

    /** The branch ({@code main}) or the full ref for anything else ({@code refs/pull/7/merge}). */
    public String branch() {
        return ref != null && ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref;
    }
}
