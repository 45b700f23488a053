package dev.wheelhouse.github;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Sends {@link ApiCall}s: adds the token only for the API's own origin, makes GETs conditional
 * through the {@link EtagCache}, repeats safe requests after server errors, resets and
 * timeouts with capped backoff and jitter, honours {@code Retry-After} and the rate-limit
 * policy, and publishes rate-limit state and activity. A request that changes something is
 * never repeated once it may have reached the server: only a refused connection, which it
 * cannot have, or a rate-limit refusal, which GitHub did not act on, sends it again.
 */
final class ApiTransport {

    private static final System.Logger LOG = System.getLogger("dev.wheelhouse.github");
    static final String API_VERSION = "2022-11-28";

    private final ApiEndpoint endpoint;
    private final GitHubToken token;
    private final ClientOptions options;
    private final HttpClients http;
    private final EtagCache cache;
    private final FailureTranslator translator;
    private final ObservableState<RateLimitState> rateLimit = new ObservableState<>(RateLimitState.UNKNOWN);
    private final ObservableState<ClientActivity> activity = new ObservableState<>(ClientActivity.NONE);

    ApiTransport(ApiEndpoint endpoint, GitHubToken token, ClientOptions options) {
        this.endpoint = endpoint;
        this.token = token;
        this.options = options;
        // Redirects by hand: java.net.http would forward the Authorization header to another host.
        this.http = HttpClients.forApi(endpoint, options.connectTimeout());
        this.cache = new EtagCache(options.cacheBytes());
        this.translator = new FailureTranslator(options.clock(), token == null ? TokenKind.UNKNOWN : token.kind());
    }

    ApiEndpoint endpoint() {
        return endpoint;
    }

    ObservableState<RateLimitState> rateLimit() {
        return rateLimit;
    }

    ObservableState<ClientActivity> activity() {
        return activity;
    }

    int keptAnswers() {
        return cache.size();
    }

    int forgetAnswersUnder(URI path) {
        return cache.forgetUnder(path.getRawPath());
    }

    FailureTranslator translator() {
        return translator;
    }

    /** Sends and demands a 2xx or 3xx; anything else becomes the matching {@link GitHubException}. */
    ApiReply expect(ApiCall call) {
        ApiReply reply = send(call);
        if (reply.status() >= 400) {
            throw translator.translate(call, reply);
        }
        return reply;
    }

    /**
     * Sends with retries and rate-limit handling and returns the final answer, whatever its
     * status. Throws only when there is no answer to return, or the rate limit stops the call.
     */
    ApiReply send(ApiCall call) {
        Optional<EtagCache.Entry> cached = call.method().equals("GET") ? cache.find(call.uri()) : Optional.empty();
        int attempt = 1;
        int rateWaits = 0;
        while (true) {
            ApiReply reply;
            try {
                activity.update(ClientActivity::sent);
                reply = exchange(call, cached);
            } catch (IOException e) {
                boolean neverSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                if ((call.idempotent() || neverSent) && attempt < attemptsFor(e)) {
                    backoff(call, attempt, reason(e), Optional.empty());
                    attempt++;
                    continue;
                }
                throw translator.network(call, reason(e), attempt, e);
            }
            RateLimitState.fromHeaders(reply).ifPresent(rateLimit::set);
            LOG.log(System.Logger.Level.DEBUG, () -> call.describe() + " -> " + reply.status());
            if (reply.status() == 304 && cached.isPresent()) {
                activity.update(ClientActivity::cacheHit);
                return cached.get().reply();
            }
            if (reply.successful()) {
                if (call.method().equals("GET")) {
                    reply.header("ETag").ifPresent(etag -> cache.store(call.uri(), etag, withoutValidator(reply)));
                }
                return reply;
            }
            String gh = reply.errorBody().map(b -> b.message() == null ? "" : b.message()).orElse("");
            if (FailureTranslator.isRateLimit(reply, gh)) {
                Duration wait = rateLimitWait(reply);
                if (rateWaits < 2 && options.rateLimit().allowsWaiting(wait)) {
                    rateWaits++;
                    String why = call.describe() + ": rate limited, waiting " + wait.toSeconds() + " s";
                    activity.update(a -> a.waitedForRateLimit(why));
                    LOG.log(System.Logger.Level.INFO, why);
                    pause(call, wait);
                    continue;
                }
                throw translator.rateLimited(reply, call.subject());
            }
            if (reply.status() >= 500 && call.idempotent()) {
                if (attempt < options.retry().maxAttempts()) {
                    backoff(call, attempt, "HTTP " + reply.status(), FailureTranslator.retryAfter(reply));
                    attempt++;
                    continue;
                }
                throw translator.serverError(reply.status(), call.subject(), attempt);
            }
            return reply;
        }
    }

    /**
     * GETs a URL GitHub redirected to (a log on its storage host) as a stream, never with the
     * token: the target is another host, and blob storage refuses requests that carry one.
     */
    /** How long a request may go unanswered, and a download may go without a byte. */
    java.time.Duration requestTimeout() {
        return options.requestTimeout();
    }

    HttpResponse<InputStream> download(URI location, String subject) {
        if (location.getScheme() == null || !(location.getScheme().equalsIgnoreCase("https")
                || (location.getScheme().equalsIgnoreCase("http") && ApiEndpoint.isLoopback(location.getHost())))) {
            throw new GitHubException(GitHubException.Kind.UNEXPECTED, 0, "GitHub redirected the download of "
                    + subject + " to an unencrypted address (" + location.getScheme() + "://" + location.getHost()
                    + "); Wheelhouse does not follow it. Check the API URL in Settings.");
        }
        ApiCall call = ApiCall.get(location, subject);
        int attempt = 1;
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(location).timeout(options.requestTimeout())
                    .header("User-Agent", options.userAgent()).GET().build();
            HttpResponse<InputStream> response;
            try {
                activity.update(ClientActivity::sent);
                response = http.sending(location).send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (attempt < attemptsFor(e)) {
                    backoff(call, attempt, reason(e), Optional.empty());
                    attempt++;
                    continue;
                }
                throw translator.network(call, reason(e), attempt, e);
            } catch (InterruptedException e) {
                throw cancelled(call);
            }
            LOG.log(System.Logger.Level.DEBUG, () -> call.describe() + " -> " + response.statusCode());
            if (response.statusCode() >= 500 && attempt < options.retry().maxAttempts()) {
                drain(response);
                backoff(call, attempt, "HTTP " + response.statusCode(), Optional.empty());
                attempt++;
                continue;
            }
            return response;
        }
    }

    private ApiReply exchange(ApiCall call, Optional<EtagCache.Entry> cached) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(call.uri()).timeout(options.requestTimeout())
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", API_VERSION)
                .header("User-Agent", options.userAgent());
        for (Map.Entry<String, String> h : call.headers().entrySet()) {
            b.setHeader(h.getKey(), h.getValue());
        }
        if (token != null && endpoint.sameOrigin(call.uri())) {
            b.setHeader("Authorization", token.authorizationHeader());
        }
        cached.ifPresent(entry -> b.setHeader("If-None-Match", entry.etag()));
        b.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        try {
            HttpResponse<byte[]> r = http.sending(call.uri()).send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiReply(r.statusCode(), r.headers().map(), r.body(), false);
        } catch (InterruptedException e) {
            throw cancelled(call);
        }
    }

    private static ApiReply withoutValidator(ApiReply reply) {
        return new ApiReply(reply.status(), reply.headers(), reply.body(), true);
    }

    private Duration rateLimitWait(ApiReply reply) {
        Optional<Duration> retryAfter = FailureTranslator.retryAfter(reply);
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        Optional<RateLimitState> state = RateLimitState.fromHeaders(reply);
        if (state.isPresent() && state.get().spent()) {
            Duration untilReset = Duration.between(options.clock().instant(), state.get().reset());
            // GitHub's reset is whole seconds; one more second avoids arriving just before it.
            return untilReset.isNegative() ? Duration.ofSeconds(1) : untilReset.plusSeconds(1);
        }
        // Secondary limit without Retry-After: "wait for at least one minute" (GitHub's docs).
        return Duration.ofMinutes(1);
    }

    private void backoff(ApiCall call, int attempt, String why, Optional<Duration> retryAfter) {
        Duration wait = retryAfter.orElseGet(() -> options.retry().delayAfter(attempt, options.random().getAsDouble()));
        String note = call.describe() + ": " + why + ", try " + (attempt + 1) + " of " + options.retry().maxAttempts()
                + " in " + wait.toMillis() + " ms";
        activity.update(a -> a.retried(note));
        LOG.log(System.Logger.Level.INFO, note);
        pause(call, wait);
    }

    private void pause(ApiCall call, Duration wait) {
        try {
            options.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            throw cancelled(call);
        }
    }

    private GitHubException cancelled(ApiCall call) {
        Thread.currentThread().interrupt();
        return new GitHubException(GitHubException.Kind.CANCELLED, 0, "The request for " + call.subject()
                + " was cancelled.");
    }

    private static void drain(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The answer is being thrown away anyway.
        }
    }

    /**
     * Tries in all for a call that failed with {@code e}. A server that took the request and then
     * let it wait out the whole timeout is asked once more, not as often as a reset connection
     * is: each such try costs the user the timeout (30 s), and four of them left a command silent
     * for two minutes.
     */
    private int attemptsFor(IOException e) {
        boolean unanswered = e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException);
        return unanswered ? Math.min(2, options.retry().maxAttempts()) : options.retry().maxAttempts();
    }

    private static String reason(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "the connection timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof ConnectException) {
            return "the connection was refused";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "the host name is unknown";
        }
        String m = Redaction.text(e.getMessage());
        return m == null || m.isBlank() ? "the connection dropped (" + e.getClass().getSimpleName() + ")"
                : "the connection dropped (" + m + ")";
    }
}
