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
 * repositories and never go to disk. Least recently used entries go first past the byte budget,
 * which counts what an entry really holds: a polled run has many small answers whose URL and
 * headers outweigh their bodies (a soak showed a body-only budget letting the cache grow).
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
        long cost = cost(uri, etag, reply);
        if (cost > maxBytes) {
            return;
        }
        Entry old = entries.put(uri, new Entry(etag, reply));
        if (old != null) {
            bytes -= cost(uri, old.etag(), old.reply());
        }
        bytes += cost;
        var it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<URI, Entry> eldest = it.next();
            bytes -= cost(eldest.getKey(), eldest.getValue().etag(), eldest.getValue().reply());
            it.remove();
        }
    }

    /** Bytes an entry keeps alive, estimated: body, URL, validator, headers, object overhead. */
    static long cost(URI uri, String etag, ApiReply reply) {
        long headers = 0;
        for (Map.Entry<String, java.util.List<String>> header : reply.headers().entrySet()) {
            headers += 64 + 2L * header.getKey().length();
            for (String value : header.getValue()) {
                headers += 48 + 2L * value.length();
            }
        }
        return reply.body().length + headers + 2L * uri.toString().length() + 2L * etag.length() + 256;
    }

    /**
     * Drops the answers of every URL whose path is {@code path} or lies under it (query strings
     * aside), and says how many went.
     */
    synchronized int forgetUnder(String path) {
        int before = entries.size();
        var it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<URI, Entry> entry = it.next();
            String candidate = entry.getKey().getRawPath();
            if (candidate.equals(path) || candidate.startsWith(path.endsWith("/") ? path : path + "/")) {
                bytes -= cost(entry.getKey(), entry.getValue().etag(), entry.getValue().reply());
                it.remove();
            }
        }
        return before - entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }
}
