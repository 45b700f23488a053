package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.github.model.ActionsCache;
import dev.wheelhouse.github.model.ActionsCacheList;
import dev.wheelhouse.github.model.ActionsCacheUsage;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.sim.CacheLedger;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Actions caches: list (filter, sort), usage, delete by key (and ref) or by id. */
final class CacheRoutes extends Routes {

    private static final String BASE = "https://docs.github.com/rest/actions/cache";
    private static final String LIST_DOCS = BASE + "#list-github-actions-caches-for-a-repository";
    private static final String USAGE_DOCS = BASE + "#get-github-actions-cache-usage-for-a-repository";
    private static final String DELETE_KEY_DOCS = BASE + "#delete-github-actions-caches-for-a-repository-using-a-cache-key";
    private static final String DELETE_ID_DOCS = BASE + "#delete-a-github-actions-cache-for-a-repository-using-a-cache-id";

    CacheRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        api.add("GET", "/repos/{owner}/{repo}/actions/caches", "", ACTIONS_READ, this::list);
        api.add("GET", "/repos/{owner}/{repo}/actions/cache/usage", "", ACTIONS_READ, this::usage);
        api.add("DELETE", "/repos/{owner}/{repo}/actions/caches", "", ACTIONS_WRITE, this::deleteByKey);
        api.add("DELETE", "/repos/{owner}/{repo}/actions/caches/{cache_id}", "", ACTIONS_WRITE, this::deleteById);
    }

    private ApiResponse list(ApiRequest request) {
        urls(request, LIST_DOCS);
        String ref = request.query("ref").orElse(null);
        String key = request.query("key").orElse(null);
        Comparator<CacheLedger.Entry> order = switch (request.query("sort").orElse("last_accessed_at")) {
            case "created_at" -> Comparator.comparing(CacheLedger.Entry::createdAt);
            case "size_in_bytes" -> Comparator.comparingLong(CacheLedger.Entry::sizeInBytes);
            default -> Comparator.comparing(CacheLedger.Entry::lastAccessedAt);
        };
        if (!request.query("direction").orElse("desc").equals("asc")) {
            order = order.reversed();
        }
        List<ActionsCache> caches = world.caches().entriesAt(now()).stream()
                .filter(e -> ref == null || e.ref().equals(ref))
                .filter(e -> key == null || e.key().startsWith(key))
                .sorted(order).map(ActionsPayloads::cache).toList();
        return page(request, caches, repositoryPath() + "/actions/caches",
                p -> new ActionsCacheList(p.totalCount(), p.items()));
    }

    private ApiResponse usage(ApiRequest request) {
        urls(request, USAGE_DOCS);
        List<CacheLedger.Entry> entries = world.caches().entriesAt(now());
        return ApiResponse.ok(new ActionsCacheUsage(world.repo().fullName(),
                entries.stream().mapToLong(CacheLedger.Entry::sizeInBytes).sum(), entries.size()));
    }

    /** 200 with the deleted entries; 404 when none matched. */
    private ApiResponse deleteByKey(ApiRequest request) {
        urls(request, DELETE_KEY_DOCS);
        requireWrite(request, DELETE_KEY_DOCS);
        String key = request.query("key").orElseThrow(() ->
                ApiException.unprocessable("Invalid request.\n\n\"key\" wasn't supplied.", DELETE_KEY_DOCS));
        String ref = request.query("ref").orElse(null);
        Instant now = now();
        List<ActionsCache> matching = world.caches().entriesAt(now).stream()
                .filter(e -> e.key().equals(key) && (ref == null || e.ref().equals(ref)))
                .map(ActionsPayloads::cache).toList();
        if (matching.isEmpty()) {
            throw ApiException.notFound(DELETE_KEY_DOCS);
        }
        world.caches().deleteByKey(key, ref, now);
        return ApiResponse.ok(new ActionsCacheList(matching.size(), matching));
    }

    private ApiResponse deleteById(ApiRequest request) {
        urls(request, DELETE_ID_DOCS);
        requireWrite(request, DELETE_ID_DOCS);
        long id = parseId(request.param("cache_id"), DELETE_ID_DOCS);
        Instant now = now();
        if (world.caches().entriesAt(now).stream().noneMatch(e -> e.id() == id)) {
            throw ApiException.notFound(DELETE_ID_DOCS);
        }
        world.caches().deleteById(id, now);
        return ApiResponse.noContent();
    }
}
