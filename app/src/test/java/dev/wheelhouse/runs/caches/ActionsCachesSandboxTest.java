package dev.wheelhouse.runs.caches;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.model.ActionsCache;
import dev.wheelhouse.testing.SandboxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Actions cache calls against the sandbox over real HTTP, after a release run filled the cache. */
class ActionsCachesSandboxTest {

    private SandboxSession session;
    private GitHubClient client;
    private ActionsCaches caches;

    @BeforeEach
    void runTheReleaseOnce() {
        session = SandboxSession.start();
        client = session.client();
        caches = new ActionsCaches(client);
        assertEquals(0, caches.list(session.repo(), ActionsCaches.CacheQuery.all()).entries().size());
        client.dispatch(session.repo(), "release.yml", "main", Map.of(), true);
        session.clock().advance(Duration.ofMinutes(30));
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void listingReadsEveryPageOnceAndStopsAtTheLast() {
        ActionsCaches smallPages = new ActionsCaches(client, 7);
        long before = client.activity().get().requests();

        ActionsCaches.CacheListing listing = smallPages.list(session.repo(), ActionsCaches.CacheQuery.all());

        assertEquals(20, listing.entries().size());
        assertEquals(20, listing.totalCount());
        assertTrue(listing.complete());
        assertEquals(20, listing.entries().stream().map(ActionsCache::id).distinct().count());
        assertEquals(3, client.activity().get().requests() - before, "pages of 7, 7 and 6");
    }

    @Test
    void theDefaultOrderIsMostRecentlyUsedFirstAndASortCanBeAsked() {
        List<ActionsCache> recent = caches.list(session.repo(), ActionsCaches.CacheQuery.all()).entries();
        List<ActionsCache> bySize = caches.list(session.repo(), ActionsCaches.CacheQuery.all()
                .sortedBy(ActionsCaches.Sort.SIZE_IN_BYTES, true)).entries();

        assertEquals(recent.stream().sorted(Comparator.comparing(ActionsCache::lastAccessedAt).reversed()).toList(),
                recent);
        assertEquals(bySize.stream().sorted(Comparator.comparingLong(ActionsCache::sizeInBytes)).toList(), bySize);
    }

    @Test
    void keyPrefixAndRefNarrowTheListing() {
        List<ActionsCache> mac = caches.list(session.repo(), ActionsCaches.CacheQuery.all()
                .keyPrefix("sccache-macos-latest-")).entries();
        List<ActionsCache> otherBranch = caches.list(session.repo(), ActionsCaches.CacheQuery.all()
                .ref("refs/heads/topic")).entries();
        List<ActionsCache> main = caches.list(session.repo(), ActionsCaches.CacheQuery.all()
                .ref("refs/heads/main")).entries();

        assertEquals(5, mac.size());
        assertTrue(mac.stream().allMatch(c -> c.key().startsWith("sccache-macos-latest-")));
        assertTrue(otherBranch.isEmpty());
        assertEquals(20, main.size());
    }

    @Test
    void storageAddsUpTheSccacheEntriesAgainstTheLimit() {
        CacheStorage storage = caches.storage(session.repo());

        List<ActionsCache> listed = caches.list(session.repo(), ActionsCaches.CacheQuery.all()).entries();
        assertEquals("wheelhouse-demo/satkit", storage.repository());
        assertEquals(20, storage.entryCount());
        assertEquals(20, storage.sccacheEntries().size());
        assertEquals(listed.stream().mapToLong(ActionsCache::sizeInBytes).sum(), storage.usedBytes());
        assertEquals(caches.usage(session.repo()).activeCachesSizeInBytes(), storage.usedBytes());
        assertEquals(listed.stream().map(ActionsCache::lastAccessedAt).min(Comparator.naturalOrder()),
                storage.oldestSccacheAccess());
        assertEquals(CacheStorage.DEFAULT_LIMIT_BYTES, storage.limitBytes());
    }

    @Test
    void deletingByIdRemovesTheEntryAndAnEntryAlreadyGoneIsNoError() {
        ActionsCache victim = caches.list(session.repo(), ActionsCaches.CacheQuery.all()).entries().get(3);

        assertTrue(caches.deleteById(session.repo(), victim.id()));
        assertFalse(caches.deleteById(session.repo(), victim.id()), "already gone");

        Set<Long> left = caches.list(session.repo(), ActionsCaches.CacheQuery.all()).entries().stream()
                .map(ActionsCache::id).collect(Collectors.toSet());
        assertEquals(19, left.size());
        assertFalse(left.contains(victim.id()));
        assertEquals(19, caches.storage(session.repo()).entryCount());
    }

    @Test
    void deletingByKeyRemovesEveryEntryWithThatKeyOnTheRefGiven() {
        ActionsCache victim = caches.list(session.repo(), ActionsCaches.CacheQuery.all()).entries().get(0);

        assertFalse(caches.deleteByKey(session.repo(), victim.key(), Optional.of("refs/heads/topic")),
                "no entry of that key on another branch");
        assertTrue(caches.deleteByKey(session.repo(), victim.key(), Optional.of("refs/heads/main")));

        assertTrue(caches.list(session.repo(), ActionsCaches.CacheQuery.all().keyPrefix(victim.key()))
                .entries().isEmpty());
        assertEquals(19, caches.list(session.repo(), ActionsCaches.CacheQuery.all()).entries().size());
    }

    @Test
    void aTokenThatMayOnlyReadActionsCanListButIsToldWhatDeletingNeeds() {
        GitHubClient reader = session.client(session.sandbox().issueFineGrainedToken("wheelhouse-dev",
                Map.of("actions", "read")));
        ActionsCaches readOnly = new ActionsCaches(reader);
        ActionsCache entry = readOnly.list(session.repo(), ActionsCaches.CacheQuery.all()).entries().get(0);

        GitHubException refused = assertThrows(GitHubException.class,
                () -> readOnly.deleteById(session.repo(), entry.id()));

        assertEquals(GitHubException.Kind.PERMISSION, refused.kind());
        assertTrue(refused.userMessage().contains("Actions"), refused.userMessage());
        assertFalse(refused.userMessage().contains("\n"), "one line for the user");
        assertEquals(20, caches.list(session.repo(), ActionsCaches.CacheQuery.all()).entries().size(),
                "nothing was deleted");
    }

    @Test
    void aWarmRunTouchesTheEntriesItReadSoTheOldestAccessMovesOn() {
        Instant oldest = caches.storage(session.repo()).oldestSccacheAccess().orElseThrow();
        Instant secondRun = session.clock().instant();
        client.dispatch(session.repo(), "release.yml", "main", Map.of(), true);
        session.clock().advance(Duration.ofMinutes(30));

        CacheStorage after = caches.storage(session.repo());

        assertTrue(after.oldestSccacheAccess().orElseThrow().isAfter(oldest));
        assertTrue(after.oldestSccacheAccess().orElseThrow().isAfter(secondRun),
                "every entry of the first run was read by the second");
        assertTrue(after.entryCount() > 20, "the warm run stored its misses too");
    }
}
