package dev.wheelhouse.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happens around every GitHub API call, in GitHub's order: authentication, API version,
 * secondary limit, the primary limit (before a write; after a read, so that a 304 stays free),
 * the route handler, conditional requests, the common headers, statistics (recorded before the
 * answer is written, so that it is counted by the time the client has it). Paths are accepted
 * under {@code /api/v3} too, and {@code /repositories/{id}/…} stands for the repository's
 * {@code /repos/{owner}/{repo}/…}, the form of GitHub's own {@code Link} URLs.
 */
final class RequestPipeline {

    private static final String ENTERPRISE_PREFIX = "/api/v3";
    private static final Pattern REPOSITORY_ALIAS = Pattern.compile("^/repositories/(\\d+)(/.*)?$");
    private static final String VERSIONS_DOCS = "https://docs.github.com/rest/about-the-rest-api/api-versions";
    private static final String REST_DOCS = "https://docs.github.com/rest";

    private final Router api;
    private final ApiServer.Services services;
    private final RequestIds requestIds;
    private final Supplier<String> baseUrl;

    /** One call in flight: what the answer's headers and the statistics need to know. */
    private record Call(HttpExchange exchange, String method, String routeKey, String acceptedScopes,
                        String acceptedPermissions, String requestId, String apiVersion, TokenGrant grant) {
        Call as(TokenGrant who) {
            return new Call(exchange, method, routeKey, acceptedScopes, acceptedPermissions, requestId, apiVersion, who);
        }
    }

    RequestPipeline(Router api, ApiServer.Services services, Supplier<String> baseUrl) {
        this.api = api;
        this.services = services;
        this.requestIds = new RequestIds(services.seed());
        this.baseUrl = baseUrl;
    }

    void serve(HttpExchange exchange, byte[] body) throws IOException {
        Clock clock = services.clock();
        RateLimiter limiter = services.limiter();
        String base = baseUrl.get();
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(ENTERPRISE_PREFIX) || path.startsWith(ENTERPRISE_PREFIX + "/")) {
            base += ENTERPRISE_PREFIX;
            path = path.length() == ENTERPRISE_PREFIX.length() ? "/" : path.substring(ENTERPRISE_PREFIX.length());
        }
        path = resolveRepositoryAlias(path, services.repositoryById());
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Map<String, String> headers = ExchangeIo.lowerCased(exchange.getRequestHeaders());
        // HEAD is GET without the body, on every GET route.
        Optional<Router.Match> match = api.find(method.equals("HEAD") ? "GET" : method, path);
        String apiVersion = headers.getOrDefault("x-github-api-version", GitHubHeaders.DEFAULT_API_VERSION);
        Call call = new Call(exchange, method, match.map(m -> m.route().key()).orElse(method + " (unknown)"),
                match.map(m -> m.route().acceptedScopes()).orElse(""),
                match.map(m -> m.route().acceptedPermissions()).orElse(""),
                requestIds.next(clock.instant().getEpochSecond()), apiVersion, null);

        TokenGrant grant;
        try {
            grant = services.tokens().authenticate(headers.get("authorization")).orElse(null);
        } catch (ApiException refused) {
            finish(call, refused.response(), limiter.peek(RateLimiter.ANONYMOUS), false);
            return;
        }
        call = call.as(grant);
        String bucket = RateLimiter.bucketOf(grant);
        String who = grant == null ? "127.0.0.1" : "user ID " + grant.userId();
        if (!apiVersion.equals(GitHubHeaders.DEFAULT_API_VERSION) && !apiVersion.equals(GitHubHeaders.NEXT_API_VERSION)) {
            finish(call, ApiException.of(400, "Invalid 'X-GitHub-Api-Version' header value: '" + apiVersion
                    + "'. Supported versions: " + GitHubHeaders.DEFAULT_API_VERSION + ", "
                    + GitHubHeaders.NEXT_API_VERSION + ".", VERSIONS_DOCS).response(), limiter.consume(bucket), true);
            return;
        }
        Optional<ApiResponse> refusal = limiter.secondaryRefusal(bucket, call.requestId());
        boolean safe = method.equals("GET") || method.equals("HEAD");
        if (refusal.isEmpty() && !safe) {
            refusal = limiter.primaryRefusal(bucket, who, call.requestId());
        }
        if (refusal.isPresent()) {
            finish(call, refusal.get(), limiter.peek(bucket), false);
            return;
        }

        ApiResponse response = handle(match, new ApiRequest(method, path, match.map(Router.Match::params).orElse(Map.of()),
                ExchangeIo.parseQuery(exchange.getRequestURI().getRawQuery()), headers, body, grant, base, apiVersion));
        if (safe && response.status() == 200 && response.counted()) {
            String etag = EntityTags.etagOf(response.bodyUnsafe());
            response = response.withHeader("ETag", etag);
            boolean unchanged = headers.containsKey("if-none-match")
                    ? EntityTags.matches(headers.get("if-none-match"), etag)
                    : EntityTags.notModifiedSince(headers.get("if-modified-since"), response.lastModified());
            if (unchanged) {
                // GitHub does not charge a 304 to the rate limit.
                finish(call, ApiResponse.raw(304, "", new byte[0]).withHeader("ETag", etag)
                        .lastModified(response.lastModified()).notCounted(), limiter.peek(bucket), false);
                return;
            }
            refusal = limiter.primaryRefusal(bucket, who, call.requestId());
            if (refusal.isPresent()) {
                finish(call, refusal.get(), limiter.peek(bucket), false);
                return;
            }
        }
        boolean counted = response.counted();
        finish(call, response, counted ? limiter.consume(bucket) : limiter.peek(bucket), counted);
    }

    /** An injected server error, with the common headers but no rate-limit charge. */
    void serveFault(HttpExchange exchange, FaultInjector.Fault fault) throws IOException {
        Headers h = exchange.getResponseHeaders();
        GitHubHeaders.common(h, requestIds.next(services.clock().instant().getEpochSecond()),
                GitHubHeaders.DEFAULT_API_VERSION);
        ApiResponse response = switch (fault) {
            case SERVER_ERROR -> ApiException.of(500, "Server Error", "https://docs.github.com/rest").response();
            case BAD_GATEWAY -> ApiResponse.text(502, "text/html; charset=utf-8",
                    "<html><body><h1>502 Bad Gateway</h1>Unicorn! The server did not answer in time.</body></html>");
            default -> ApiResponse.text(503, "text/html; charset=utf-8", "<html><body><h1>503 Service Unavailable"
                    + "</h1>No server is currently available to service your request.</body></html>");
        };
        ExchangeIo.copyHeaders(response, h);
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        if (path.startsWith(ENTERPRISE_PREFIX + "/")) {
            path = path.substring(ENTERPRISE_PREFIX.length());
        }
        String key = api.find(method, resolveRepositoryAlias(path, services.repositoryById()))
                .map(m -> m.route().key()).orElse(method + " (unknown)");
        services.stats().record(key, response.status(), response.bodyLength(), false);
        ExchangeIo.write(exchange, response.status(), response.bodyUnsafe());
    }

    private static ApiResponse handle(Optional<Router.Match> match, ApiRequest request) {
        if (match.isEmpty()) {
            return ApiException.notFound().response();
        }
        Route route = match.get().route();
        if (request.grant() != null && !request.grant().permits(route.acceptedPermissions())) {
            // What a fine-grained or App token without the endpoint's permission meets: 403 naming
            // the token kind, with X-Accepted-GitHub-Permissions telling what would do.
            return ApiException.of(403, request.grant().type().refusal(), REST_DOCS).response();
        }
        try {
            return route.handler().handle(request);
        } catch (ApiException e) {
            return e.response();
        }
    }

    private void finish(Call call, ApiResponse response, RateLimiter.Snapshot rate, boolean counted) throws IOException {
        Headers h = call.exchange().getResponseHeaders();
        GitHubHeaders.common(h, call.requestId(), call.apiVersion());
        GitHubHeaders.rateLimit(h, rate);
        boolean okGet = (call.method().equals("GET") || call.method().equals("HEAD"))
                && (response.status() == 200 || response.status() == 304);
        GitHubHeaders.vary(h, okGet);
        if (response.status() != 302) {
            GitHubHeaders.access(h, call.grant(), call.acceptedScopes(), call.acceptedPermissions());
        }
        if (okGet) {
            h.set("Cache-Control", "private, max-age=60, s-maxage=60");
            if (response.lastModified() != null) {
                h.set("Last-Modified", EntityTags.httpDate(response.lastModified()));
            }
        }
        ExchangeIo.copyHeaders(response, h);
        // Counted before the answer leaves: a client that reads /_sandbox/stats the moment it has
        // its answer must find it there.
        services.stats().record(call.routeKey(), response.status(), response.bodyLength(), counted);
        ExchangeIo.write(call.exchange(), response.status(),
                call.method().equals("HEAD") ? new byte[0] : response.bodyUnsafe());
    }

    private static String resolveRepositoryAlias(String path, LongFunction<Optional<String>> repositoryById) {
        Matcher m = REPOSITORY_ALIAS.matcher(path);
        if (!m.matches()) {
            return path;
        }
        String rest = m.group(2) == null ? "" : m.group(2);
        return repositoryById.apply(Long.parseLong(m.group(1))).map(fullName -> "/repos/" + fullName + rest).orElse(path);
    }
}
