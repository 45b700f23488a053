package dev.wheelhouse.github;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EtagCacheTest {

    private static ApiReply reply(int bodyBytes, int headers) {
        Map<String, List<String>> h = new java.util.LinkedHashMap<>();
        for (int i = 0; i < headers; i++) {
            h.put("X-Header-" + i, List.of("a value that GitHub sends on every answer " + i));
        }
        return new ApiReply(200, h, new byte[bodyBytes], false);
    }

    @Test
    void manySmallAnswersStayWithinTheBudgetBecauseHeadersAndUrlsCount() {
        EtagCache cache = new EtagCache(64 * 1024);
        for (int i = 0; i < 10_000; i++) {
            cache.store(URI.create("https://api.github.com/repos/o/r/check-runs/" + i + "/annotations"),
                    "W/\"etag-" + i + "\"", reply(2, 25));
        }
        assertTrue(cache.bytes() <= 64 * 1024, "bytes " + cache.bytes());
        // A body-only budget would have kept all 10,000 two-byte answers.
        assertTrue(cache.size() < 100, "entries " + cache.size());
    }

    @Test
    void replacingAnEntryDoesNotLeakItsBytes() {
        EtagCache cache = new EtagCache(1 << 20);
        URI uri = URI.create("https://api.github.com/repos/o/r/actions/runs/1/jobs");
        cache.store(uri, "\"a\"", reply(1000, 10));
        long once = cache.bytes();
        for (int i = 0; i < 100; i++) {
            cache.store(uri, "\"a\"", reply(1000, 10));
        }
        assertEquals(once, cache.bytes());
        assertEquals(1, cache.size());
    }

    @Test
    void theLeastRecentlyUsedEntryGoesFirst() {
        EtagCache cache = new EtagCache(3 * EtagCache.cost(URI.create("https://h/x/0"), "\"e\"", reply(100, 1)));
        for (int i = 0; i < 3; i++) {
            cache.store(URI.create("https://h/x/" + i), "\"e\"", reply(100, 1));
        }
        cache.find(URI.create("https://h/x/0"));
        cache.store(URI.create("https://h/x/3"), "\"e\"", reply(100, 1));
        assertTrue(cache.find(URI.create("https://h/x/0")).isPresent());
        assertTrue(cache.find(URI.create("https://h/x/1")).isEmpty());
    }

    @Test
    void forgettingARunDropsItsAnswersAndOnlyThoseWithTheirBytes() {
        EtagCache cache = new EtagCache(1 << 20);
        URI other = URI.create("https://ghe.example/api/v3/repos/o/r/actions/runs/12/jobs?per_page=100&page=1");
        cache.store(other, "\"o\"", reply(500, 5));
        long otherBytes = cache.bytes();
        for (String path : List.of("/actions/runs/1?exclude_pull_requests=true", "/actions/runs/1/jobs?per_page=100&page=1",
                "/actions/runs/1/attempts/2/jobs?per_page=100&page=1")) {
            cache.store(URI.create("https://ghe.example/api/v3/repos/o/r" + path), "\"e\"", reply(1000, 10));
        }

        assertEquals(3, cache.forgetUnder("/api/v3/repos/o/r/actions/runs/1"));

        assertEquals(1, cache.size(), "run 12 is not under run 1's path, though its number starts the same");
        assertTrue(cache.find(other).isPresent());
        assertEquals(otherBytes, cache.bytes());
        assertEquals(0, cache.forgetUnder("/api/v3/repos/o/r/actions/runs/1"));
    }
}
