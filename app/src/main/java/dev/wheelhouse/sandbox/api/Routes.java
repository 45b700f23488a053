package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Page;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.state.Actor;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** What every route table shares: the world, the repository check, authorisation, paging. */
abstract class Routes {

    /**
     * What fine-grained tokens need for the Actions endpoints and for the repository's
     * metadata, as GitHub lists it
     * (https://docs.github.com/rest/authentication/permissions-required-for-fine-grained-personal-access-tokens).
     */
    protected static final String ACTIONS_READ = "actions=read";
    protected static final String ACTIONS_WRITE = "actions=write";
    protected static final String METADATA = "metadata=read";

    protected final SandboxWorld world;

    Routes(SandboxWorld world) {
        this.world = world;
    }

    abstract void register(Router api);

    /** Now in the simulated Actions world, which runs at the sandbox's speed: for runs, jobs and caches. */
    protected Instant now() {
        return world.simulated().instant();
    }

    /** Now on the wall clock: for commits and the rate limit. */
    protected Instant wallNow() {
        return world.clock().instant();
    }

    /** The URLs for the addressed repository; any other owner/name is GitHub's 404. */
    protected Urls urls(ApiRequest request, String documentationUrl) {
        String owner = request.param("owner");
        String repo = request.param("repo");
        if (!owner.equalsIgnoreCase(world.repo().owner()) || !repo.equalsIgnoreCase(world.repo().name())) {
            throw ApiException.notFound(documentationUrl);
        }
        return Urls.of(request.apiBase(), world.repo().owner(), world.repo().name());
    }

    /**
     * A write needs a token, and a classic token needs the {@code repo} scope; GitHub answers
     * 404, not 403, when the scope is missing, so as not to reveal private repositories. (A
     * fine-grained token's permission was checked before the handler, from the route's.)
     */
    protected void requireWrite(ApiRequest request, String documentationUrl) {
        if (!request.authenticated()) {
            throw ApiException.requiresAuthentication(documentationUrl);
        }
        if (request.grant().type().scoped() && !request.grant().has("repo")) {
            throw ApiException.notFound(documentationUrl);
        }
    }

    protected <T> ApiResponse page(ApiRequest request, List<T> all, String linkPath, Function<Page<T>, Object> body) {
        Page<T> page = Page.of(all, request);
        ApiResponse response = ApiResponse.ok(body.apply(page));
        String link = page.linkHeader(request, linkPath);
        return link.isEmpty() ? response : response.withHeader("Link", link);
    }

    /** Who sent the request, as a run records its actor; unauthenticated requests never get this far. */
    protected static Actor actor(ApiRequest request) {
        return request.grant() == null ? Accounts.MAINTAINER
                : new Actor(request.grant().login(), request.grant().userId());
    }

    protected String repositoryPath() {
        return "/repositories/" + world.repo().id();
    }

    protected static long parseId(String text, String documentationUrl) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound(documentationUrl);
        }
    }
}
