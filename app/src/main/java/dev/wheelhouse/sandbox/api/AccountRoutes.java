package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.github.model.RateLimit;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.RateLimiter;
import dev.wheelhouse.sandbox.http.Router;

/** {@code GET /user} and {@code GET /rate_limit}. */
final class AccountRoutes extends Routes {

    private static final String USER_DOCS = "https://docs.github.com/rest/users/users#get-the-authenticated-user";

    AccountRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        api.add("GET", "/user", "", "", this::user);
        api.add("GET", "/rate_limit", "", "", this::rateLimit);
    }

    private ApiResponse user(ApiRequest request) {
        if (!request.authenticated()) {
            throw ApiException.requiresAuthentication(USER_DOCS);
        }
        Urls u = Urls.of(request.apiBase(), world.repo().owner(), world.repo().name());
        return ApiResponse.ok(RepositoryPayloads.user(u, actor(request), world.repo().createdAt()))
                .lastModified(world.repo().createdAt());
    }

    /**
     * Not counted against the limit ("Accessing this endpoint does not count against your REST
     * API rate limit"); API version 2026-03-10 drops the deprecated top-level {@code rate}.
     */
    private ApiResponse rateLimit(ApiRequest request) {
        RateLimiter.Snapshot core = world.limiter().peek(RateLimiter.bucketOf(request.grant()));
        long hour = wallNow().getEpochSecond() + 3600;
        long minute = wallNow().getEpochSecond() + 60;
        RateLimit.Bucket coreBucket = new RateLimit.Bucket(core.limit(), core.used(), core.remaining(), core.reset());
        RateLimit.Resources resources = new RateLimit.Resources(coreBucket, fresh(30, minute), fresh(5000, hour),
                fresh(5000, hour), fresh(100, minute), fresh(1000, hour), fresh(10, minute), fresh(10000, hour),
                fresh(15000, hour), fresh(100, minute), fresh(1750, hour), fresh(15, hour), fresh(10, minute));
        boolean withRate = !"2026-03-10".equals(request.apiVersion());
        return ApiResponse.ok(new RateLimit(resources, withRate ? coreBucket : null)).notCounted()
                .withHeader("Cache-Control", "no-cache");
    }

    private static RateLimit.Bucket fresh(int limit, long reset) {
        return new RateLimit.Bucket(limit, 0, limit, reset);
    }
}
