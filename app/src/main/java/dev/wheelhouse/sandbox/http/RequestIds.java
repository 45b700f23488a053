package dev.wheelhouse.sandbox.http;

import java.util.concurrent.atomic.AtomicLong;

/** {@code X-GitHub-Request-Id} values in GitHub's form: five colon-separated hex groups. */
public final class RequestIds {

    private final AtomicLong counter = new AtomicLong(0x151DEA9);
    private final long node;

    public RequestIds(long seed) {
        this.node = (seed & 0xFFFF) | 0x1000;
    }

    public String next(long epochSecond) {
        long n = counter.incrementAndGet();
        return String.format("%X:%X:%X:%X:%X", node, (n * 31) & 0xFFFFFF, n, n + 0x2E999,
                epochSecond & 0xFFFFFFFFL);
    }
}
