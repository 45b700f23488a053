package dev.wheelhouse.runs.caches;

import dev.wheelhouse.github.Fetched;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.model.ActionsCache;
import dev.wheelhouse.github.model.ActionsCacheList;
import dev.wheelhouse.github.model.ActionsCacheUsage;
import dev.wheelhouse.runs.api.ActionsCalls;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The repository's GitHub Actions cache (https://docs.github.com/rest/actions/cache): its entries
 * a page at a time with key and ref filters, its usage, and deleting entries by key or by id, as
 * typed calls over the client's one transport ({@link GitHubClient#getJson} and
 * {@link GitHubClient#send}: the same token rule, ETag cache, retries and rate-limit state as every
 * other call). Reading needs Actions read access, deleting Actions write. Thread-safe.
 */
public final class ActionsCaches {

    /** Entries per page: the API's maximum. */
    public static final int PER_PAGE = 100;
    /**
     * Pages {@link #list} reads at most: 10,000 entries, far past what a repository's 10 GB holds
     * of sccache's objects at their usual size, and a bound on what one refresh costs.
     */
    public static final int MAX_PAGES = 100;

    /** The order GitHub lists entries in. */
    public enum Sort {
        LAST_ACCESSED_AT("last_accessed_at"),
        CREATED_AT("created_at"),
        SIZE_IN_BYTES("size_in_bytes");

        private final String wireName;

        Sort(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /**
     * Which entries, in which order.
     *
     * @param keyPrefix entries whose key starts with this (GitHub matches a key prefix)
     * @param ref       entries of this ref only ({@code refs/heads/main}, {@code refs/pull/7/merge})
     */
    public record CacheQuery(Optional<String> keyPrefix, Optional<String> ref, Sort sort, boolean ascending) {

        public CacheQuery {
            Objects.requireNonNull(keyPrefix, "keyPrefix");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(sort, "sort");
        }

        /** Every entry, the most recently used first (GitHub's default order). */
        public static CacheQuery all() {
            return new CacheQuery(Optional.empty(), Optional.empty(), Sort.LAST_ACCESSED_AT, false);
        }

        public CacheQuery keyPrefix(String prefix) {
            return new CacheQuery(Optional.of(prefix), ref, sort, ascending);
        }

        public CacheQuery ref(String gitRef) {
            return new CacheQuery(keyPrefix, Optional.of(gitRef), sort, ascending);
        }

        public CacheQuery sortedBy(Sort by, boolean inAscendingOrder) {
            return new CacheQuery(keyPrefix, ref, by, inAscendingOrder);
        }
    }

    /**
     * The entries {@link #list} read.
     *
     * @param totalCount how many entries GitHub said match; more than {@code entries} when the
     *                   listing stopped at {@link #MAX_PAGES}
     */
    public record CacheListing(List<ActionsCache> entries, int totalCount) {

        public CacheListing {
            entries = List.copyOf(entries);
        }

        /** Every matching entry was read. */
        public boolean complete() {
            return entries.size() >= totalCount;
        }
    }

    private final GitHubClient client;
    private final int perPage;

    public ActionsCaches(GitHubClient client) {
        this(client, PER_PAGE);
    }

    /** With smaller pages: tests page through a handful of entries. */
    ActionsCaches(GitHubClient client, int perPage) {
        this.client = client;
        this.perPage = Math.max(1, Math.min(PER_PAGE, perPage));
    }

    /** One page (from 1) of entries, {@value #PER_PAGE} a page; a conditional GET. */
    public Fetched<ActionsCacheList> page(RepositoryRef repo, CacheQuery query, int page) {
        StringJoiner q = new StringJoiner("&", "?", "");
        query.keyPrefix().ifPresent(k -> q.add("key=" + ActionsCalls.encode(k)));
        query.ref().ifPresent(r -> q.add("ref=" + ActionsCalls.encode(r)));
        q.add("sort=" + query.sort().wireName());
        q.add("direction=" + (query.ascending() ? "asc" : "desc"));
        q.add("per_page=" + perPage);
        q.add("page=" + Math.max(1, page));
        return client.getJson(ActionsCalls.base(repo) + "/actions/caches" + q, ActionsCacheList.class,
                "Actions caches of " + repo);
    }

    /** Every matching entry, page after page, up to {@link #MAX_PAGES} pages. */
    public CacheListing list(RepositoryRef repo, CacheQuery query) {
        List<ActionsCache> all = new ArrayList<>();
        int total = 0;
        for (int page = 1; page <= MAX_PAGES; page++) {
            ActionsCacheList answer = page(repo, query, page).value();
            total = answer.totalCount();
            all.addAll(answer.actionsCaches());
            if (answer.actionsCaches().size() < perPage || all.size() >= total) {
                break;
            }
        }
        return new CacheListing(all, Math.max(total, all.size()));
    }

    /**
     * {@code GET …/actions/cache/usage}. GitHub refreshes this figure about every five minutes, so it
     * lags behind writes and deletes; a complete listing is the current total.
     */
    public ActionsCacheUsage usage(RepositoryRef repo) {
        return client.getJson(ActionsCalls.base(repo) + "/actions/cache/usage", ActionsCacheUsage.class,
                "Actions cache usage of " + repo).value();
    }

    /** The usage and every entry, most recently used first: what a storage view shows. */
    public CacheStorage storage(RepositoryRef repo) {
        ActionsCacheUsage usage = usage(repo);
        CacheListing listing = list(repo, CacheQuery.all());
        return CacheStorage.of(repo.fullName(), usage, listing);
    }

    /**
     * Deletes one entry. Returns false when GitHub no longer had it (evicted, expired or deleted
     * by someone else since it was listed): the wish is fulfilled either way.
     */
    public boolean deleteById(RepositoryRef repo, long cacheId) {
        return delete(ActionsCalls.base(repo) + "/actions/caches/" + cacheId,
                "Actions cache entry " + cacheId + " of " + repo);
    }

    /**
     * Deletes every entry with exactly this key (sccache's older GitHub Actions backend stored many
     * entries under one key, told apart by their version), of one ref or of every ref. Returns false
     * when none had it.
     */
    public boolean deleteByKey(RepositoryRef repo, String key, Optional<String> ref) {
        return delete(ActionsCalls.base(repo) + "/actions/caches?key=" + ActionsCalls.encode(key)
                        + ref.map(r -> "&ref=" + ActionsCalls.encode(r)).orElse(""),
                "Actions cache entries with key " + key + " of " + repo);
    }

    /** A DELETE; GitHub's 404 means nothing matched any more. */
    private boolean delete(String path, String subject) {
        try {
            client.send("DELETE", path, null, subject);
            return true;
        } catch (GitHubException e) {
            if (e.kind() == GitHubException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
