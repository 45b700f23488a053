package dev.wheelhouse.sandbox.http;

import java.util.concurrent.atomic.AtomicLong;

/** {@code X-GitHub-Request-Id} values in GitHub's form: five colon-separated hex groups. */
public final class RequestIds {

    private final AtomicLong counter = new AtomicLong(0x151DEA9);
    private final long node;

    public RequestIds(long seed) {
        this.node = (seed & 0xFFFF) | 0x1000;
    }

    private static String hex(long value) {
        return Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    }

    public String next(long epochSecond) {
        long n = counter.incrementAndGet();
        return hex(node) + ':' + hex((n * 31) & 0xFFFFFF) + ':' + hex(n) + ':' + hex(n + 0x2E999) + ':'
                + hex(epochSecond & 0xFFFFFFFFL);
    }
}
