package dev.wheelhouse.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Actions caches a release run fills, as the cache endpoints show and change them. */
class SandboxCachesTest extends SandboxTestBase {

    @BeforeEach
    void startAndRunOnce() throws Exception {
        start(SandboxConfig.builder());
        assertEquals(0, client.json(repo + "/actions/caches").get("total_count").asInt());
        client.post(repo + "/actions/workflows/release.yml/dispatches", "{\"ref\":\"main\"}");
        clock.advance(Duration.ofMinutes(30));
    }

    @Test
    void aRunWritesOneSccacheEntryPerWheelJobAndUsageAddsThemUp() throws Exception {
        JsonNode caches = client.json(repo + "/actions/caches?per_page=100");
        assertEquals(20, caches.get("total_count").asInt());
        long total = 0;
        for (JsonNode cache : caches.get("actions_caches")) {
            assertTrue(cache.get("key").asText().startsWith("sccache-"));
            assertEquals("refs/heads/main", cache.get("ref").asText());
            total += cache.get("size_in_bytes").asLong();
        }
        JsonNode usage = client.json(repo + "/actions/cache/usage");
        assertEquals("wheelhouse-demo/satkit", usage.get("full_name").asText());
        assertEquals(20, usage.get("active_caches_count").asInt());
        assertEquals(total, usage.get("active_caches_size_in_bytes").asLong());
    }

    @Test
    void listsFilterByKeyPrefixAndSortAsAsked() throws Exception {
        JsonNode mac = client.json(repo + "/actions/caches?key=sccache-macos-latest-");
        assertEquals(5, mac.get("total_count").asInt());
        JsonNode bySize = client.json(repo + "/actions/caches?sort=size_in_bytes&direction=asc&per_page=100").get("actions_caches");
        for (int i = 1; i < bySize.size(); i++) {
            assertTrue(bySize.get(i - 1).get("size_in_bytes").asLong() <= bySize.get(i).get("size_in_bytes").asLong());
        }
    }

    @Test
    void warmJobsTouchTheEntriesTheyRead() throws Exception {
        Instant secondRun = clock.instant();
        client.post(repo + "/actions/workflows/release.yml/dispatches", "{\"ref\":\"main\"}");
        clock.advance(Duration.ofMinutes(30));
        int written = 0;
        for (JsonNode cache : client.json(repo + "/actions/caches?per_page=100").get("actions_caches")) {
            if (Instant.parse(cache.get("created_at").asText()).isBefore(secondRun)) {
                written++;
                assertTrue(Instant.parse(cache.get("last_accessed_at").asText()).isAfter(secondRun),
                        cache.get("key").asText() + " was read by the second run");
            }
        }
        assertEquals(20, written);
        assertTrue(client.json(repo + "/actions/caches").get("total_count").asInt() > 20, "the warm run stored its misses");
    }

    @Test
    void cachesCanBeDeletedByKeyOrById() throws Exception {
        JsonNode list = client.json(repo + "/actions/caches?per_page=100").get("actions_caches");
        String key = list.get(0).get("key").asText();
        long id = list.get(1).get("id").asLong();
        HttpResponse<String> byKey = client.delete(repo + "/actions/caches?key=" + key);
        assertEquals(200, byKey.statusCode());
        assertEquals(1, SandboxClient.parse(byKey.body()).get("total_count").asInt());
        assertEquals(204, client.delete(repo + "/actions/caches/" + id).statusCode());
        assertEquals(18, client.json(repo + "/actions/caches").get("total_count").asInt());
        assertEquals(404, client.delete(repo + "/actions/caches/" + id).statusCode());
        assertEquals(404, client.delete(repo + "/actions/caches?key=" + key).statusCode());
    }
}
