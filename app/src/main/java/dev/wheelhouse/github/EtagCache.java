package dev.wheelhouse.github;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of conditional GETs, by URL, so a {@code 304 Not Modified} can hand back the body
 * it stands for. A 304 does not count against the rate limit
 * (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate),
 * which is what makes polling a run affordable. Memory only: bodies may describe private
 * repositories and never go to disk. Least recently used entries go first past the byte budget.
 */
final class EtagCache {

    record Entry(String etag, ApiReply reply) {
    }

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<URI, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

    EtagCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<Entry> find(URI uri) {
        return Optional.ofNullable(entries.get(uri));
    }

    synchronized void store(URI uri, String etag, ApiReply reply) {
        if (reply.body().length > maxBytes) {
            return;
        }
        Entry old = entries.put(uri, new Entry(etag, reply));
        if (old != null) {
            bytes -= old.reply().body().length;
        }
        bytes += reply.body().length;
        var it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<URI, Entry> eldest = it.next();
            bytes -= eldest.getValue().reply().body().length;
            it.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
