package dev.wheelhouse.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API listener: an {@link HttpServer} on 127.0.0.1 with a bounded pool that puts every
 * request through GitHub's conventions before and after its route handler: faults,
 * authentication, secondary and primary rate limits, conditional requests, common headers,
 * statistics. Paths are served both at {@code /} and under {@code /api/v3} (GitHub Enterprise
 * form), and {@code /repositories/{id}/…} (the form of GitHub's {@code Link} URLs) is an alias
 * of {@code /repos/{owner}/{repo}/…}. Paths under {@code /_sandbox/} are the sandbox's own:
 * no authentication, no rate limit, not counted.
 */
public final class ApiServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());
    private static final String ENTERPRISE_PREFIX = "/api/v3";
    private static final Pattern REPOSITORY_ALIAS = Pattern.compile("^/repositories/(\\d+)(/.*)?$");

    private final Clock clock;
    private final Router api;
    private final Router internal;
    private final Tokens tokens;
    private final RateLimiter limiter;
    private final RequestStats stats;
    private final FaultInjector faults;
    private final LongFunction<Optional<String>> repositoryById;
    private final RequestIds requestIds;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService delays;

    /** What the server needs besides its routes. */
    public record Services(Clock clock, Tokens tokens, RateLimiter limiter, RequestStats stats,
                           FaultInjector faults, LongFunction<Optional<String>> repositoryById,
                           long seed) {
    }

    public ApiServer(int port, int threads, Router api, Router internal, Services services)
            throws IOException {
        this.clock = services.clock();
        this.api = api;
        this.internal = internal;
        this.tokens = services.tokens();
        this.limiter = services.limiter();
        this.stats = services.stats();
        this.faults = services.faults();
        this.repositoryById = services.repositoryById();
        this.requestIds = new RequestIds(services.seed());
        this.server = LoopbackHttp.create(port, 256);
        this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4096), daemonThreads("sandbox-api"));
        this.delays = Executors.newSingleThreadScheduledExecutor(daemonThreads("sandbox-delay"));
        server.setExecutor(workers);
        server.createContext("/", this::accept);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        delays.shutdownNow();
    }

    private void accept(HttpExchange exchange) {
        try {
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.startsWith("/_sandbox/")) {
                serveInternal(exchange, rawPath);
                return;
            }
            FaultInjector.Fault fault = faults.nextRequest();
            switch (fault) {
                case CONNECTION_RESET -> exchange.close();
                case SERVER_ERROR, BAD_GATEWAY, UNAVAILABLE -> serveFault(exchange, rawPath, fault);
                case SLOW -> delays.schedule(() -> workers.execute(() -> serveSafely(exchange, rawPath)),
                        faults.plan().slowDelay().toMillis(), TimeUnit.MILLISECONDS);
                case NONE -> serveSafely(exchange, rawPath);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sandbox: request failed: " + e);
            exchange.close();
        }
    }

    private void serveSafely(HttpExchange exchange, String rawPath) {
        try {
            serve(exchange, rawPath);
        } catch (IOException e) {
            // The client went away; nothing to answer.
            exchange.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sandbox: request failed: " + e);
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange, String rawPath) throws IOException {
        Instant now = clock.instant();
        String requestId = requestIds.next(now.getEpochSecond());
        String base = baseUrl();
        String path = rawPath;
        if (path.equals(ENTERPRISE_PREFIX) || path.startsWith(ENTERPRISE_PREFIX + "/")) {
            base += ENTERPRISE_PREFIX;
            path = path.length() == ENTERPRISE_PREFIX.length() ? "/" : path.substring(ENTERPRISE_PREFIX.length());
        }
        path = resolveRepositoryAlias(path);
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Map<String, String> headers = lowerCased(exchange.getRequestHeaders());
        byte[] body = readBody(exchange.getRequestBody());
        Optional<Router.Match> match = api.find(method, path);
        String routeKey = match.map(m -> m.route().key()).orElse(method + " (unknown)");
        String acceptedScopes = match.map(m -> m.route().acceptedScopes()).orElse("");

        TokenGrant grant;
        try {
            grant = tokens.authenticate(headers.get("authorization")).orElse(null);
        } catch (ApiException refused) {
            finish(exchange, refused.response(), method, routeKey, now, requestId, null, acceptedScopes,
                    limiter.peek(RateLimiter.ANONYMOUS), false);
            return;
        }
        String bucket = RateLimiter.bucketOf(grant);
        String who = grant == null ? "127.0.0.1" : "user ID " + grant.userId();

        String apiVersion = headers.getOrDefault("x-github-api-version", GitHubHeaders.DEFAULT_API_VERSION);
        if (!apiVersion.equals(GitHubHeaders.DEFAULT_API_VERSION)
                && !apiVersion.equals(GitHubHeaders.NEXT_API_VERSION)) {
            ApiResponse refusal = ApiException.of(400, "Invalid 'X-GitHub-Api-Version' header value: '"
                    + apiVersion + "'. Supported versions: " + GitHubHeaders.DEFAULT_API_VERSION + ", "
                    + GitHubHeaders.NEXT_API_VERSION + ".", "https://docs.github.com/rest/about-the-rest-api/api-versions").response();
            finish(exchange, refusal, method, routeKey, now, requestId, grant, acceptedScopes,
                    limiter.consume(bucket), true);
            return;
        }

        Optional<ApiResponse> secondary = limiter.secondaryRefusal(bucket, requestId);
        if (secondary.isPresent()) {
            finish(exchange, secondary.get(), method, routeKey, now, requestId, grant, acceptedScopes,
                    limiter.peek(bucket), false);
            return;
        }
        boolean safe = method.equals("GET") || method.equals("HEAD");
        if (!safe) {
            Optional<ApiResponse> spent = limiter.primaryRefusal(bucket, who, requestId);
            if (spent.isPresent()) {
                finish(exchange, spent.get(), method, routeKey, now, requestId, grant, acceptedScopes,
                        limiter.peek(bucket), false);
                return;
            }
        }

        ApiResponse response;
        if (match.isEmpty()) {
            response = ApiException.notFound().response();
        } else {
            ApiRequest request = new ApiRequest(method, path, match.get().params(), parseQuery(exchange
                    .getRequestURI().getRawQuery()), headers, body, grant, base, apiVersion);
            try {
                response = match.get().route().handler().handle(request);
            } catch (ApiException e) {
                response = e.response();
            }
        }

        if (safe && response.status() == 200 && response.counted()) {
            String etag = EntityTags.etagOf(response.bodyUnsafe());
            response = response.withHeader("ETag", etag);
            boolean unchanged = headers.containsKey("if-none-match")
                    ? EntityTags.matches(headers.get("if-none-match"), etag)
                    : EntityTags.notModifiedSince(headers.get("if-modified-since"), response.lastModified());
            if (unchanged) {
                // GitHub does not charge a 304 to the rate limit.
                ApiResponse notModified = ApiResponse.raw(304, "", new byte[0]).withHeader("ETag", etag)
                        .lastModified(response.lastModified()).notCounted();
                finish(exchange, notModified, method, routeKey, now, requestId, grant, acceptedScopes,
                        limiter.peek(bucket), false);
                return;
            }
            Optional<ApiResponse> spent = limiter.primaryRefusal(bucket, who, requestId);
            if (spent.isPresent()) {
                finish(exchange, spent.get(), method, routeKey, now, requestId, grant, acceptedScopes,
                        limiter.peek(bucket), false);
                return;
            }
        }
        boolean counted = response.counted();
        RateLimiter.Snapshot state = counted ? limiter.consume(bucket) : limiter.peek(bucket);
        finish(exchange, response, method, routeKey, now, requestId, grant, acceptedScopes, state, counted);
    }

    private void finish(HttpExchange exchange, ApiResponse response, String method, String routeKey,
                        Instant now, String requestId, TokenGrant grant, String acceptedScopes,
                        RateLimiter.Snapshot rate, boolean counted) throws IOException {
        Headers h = exchange.getResponseHeaders();
        GitHubHeaders.common(h, requestId,
                exchange.getRequestHeaders().getFirst("X-GitHub-Api-Version") == null
                        ? GitHubHeaders.DEFAULT_API_VERSION
                        : exchange.getRequestHeaders().getFirst("X-GitHub-Api-Version"));
        GitHubHeaders.rateLimit(h, rate);
        boolean okGet = method.equals("GET") && (response.status() == 200 || response.status() == 304);
        GitHubHeaders.vary(h, okGet);
        if (response.status() != 302) {
            GitHubHeaders.scopes(h, grant, acceptedScopes);
        }
        if (okGet) {
            h.set("Cache-Control", "private, max-age=60, s-maxage=60");
        }
        if (response.lastModified() != null && okGet) {
            h.set("Last-Modified", EntityTags.httpDate(response.lastModified()));
        }
        response.headers().forEach((name, values) -> {
            if (!values.isEmpty() && !(name.equals("Content-Type") && values.get(0).isEmpty())) {
                h.put(name, new ArrayList<>(values));
            }
        });
        write(exchange, response.status(), method.equals("HEAD") ? new byte[0] : response.bodyUnsafe());
        stats.record(routeKey, response.status(), response.bodyLength(), counted);
    }

    private void serveFault(HttpExchange exchange, String rawPath, FaultInjector.Fault fault) {
        try {
            Instant now = clock.instant();
            Headers h = exchange.getResponseHeaders();
            GitHubHeaders.common(h, requestIds.next(now.getEpochSecond()), GitHubHeaders.DEFAULT_API_VERSION);
            ApiResponse response = switch (fault) {
                case SERVER_ERROR -> ApiException.of(500, "Server Error", "https://docs.github.com/rest").response();
                case BAD_GATEWAY -> ApiResponse.text(502, "text/html; charset=utf-8",
                        "<html><body><h1>502 Bad Gateway</h1>Unicorn! The server did not answer in time.</body></html>");
                default -> ApiResponse.text(503, "text/html; charset=utf-8",
                        "<html><body><h1>503 Service Unavailable</h1>No server is currently available to service your request.</body></html>");
            };
            response.headers().forEach((name, values) -> h.put(name, new ArrayList<>(values)));
            write(exchange, response.status(), response.bodyUnsafe());
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = rawPath.startsWith(ENTERPRISE_PREFIX + "/") ? rawPath.substring(ENTERPRISE_PREFIX.length()) : rawPath;
            String key = api.find(method, resolveRepositoryAlias(path)).map(m -> m.route().key())
                    .orElse(method + " (unknown)");
            stats.record(key, response.status(), response.bodyLength(), false);
        } catch (IOException e) {
            exchange.close();
        }
    }

    private void serveInternal(HttpExchange exchange, String rawPath) {
        try {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            readBody(exchange.getRequestBody());
            Optional<Router.Match> match = internal.find(method, rawPath);
            ApiResponse response;
            if (match.isEmpty()) {
                response = ApiException.notFound().response();
            } else {
                ApiRequest request = new ApiRequest(method, rawPath, match.get().params(),
                        parseQuery(exchange.getRequestURI().getRawQuery()),
                        lowerCased(exchange.getRequestHeaders()), new byte[0], null, baseUrl(),
                        GitHubHeaders.DEFAULT_API_VERSION);
                try {
                    response = match.get().route().handler().handle(request);
                } catch (ApiException e) {
                    response = e.response();
                }
            }
            ApiResponse answer = response;
            answer.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, new ArrayList<>(values)));
            write(exchange, answer.status(), answer.bodyUnsafe());
        } catch (IOException e) {
            exchange.close();
        }
    }

    private String resolveRepositoryAlias(String path) {
        Matcher m = REPOSITORY_ALIAS.matcher(path);
        if (!m.matches()) {
            return path;
        }
        long id = Long.parseLong(m.group(1));
        String rest = m.group(2) == null ? "" : m.group(2);
        return repositoryById.apply(id).map(fullName -> "/repos/" + fullName + rest).orElse(path);
    }

    static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean empty = body.length == 0;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static Map<String, String> lowerCased(Headers headers) {
        Map<String, String> out = new HashMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                out.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return out;
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
