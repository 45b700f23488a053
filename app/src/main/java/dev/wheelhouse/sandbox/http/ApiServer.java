package dev.wheelhouse.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * The API listener: an {@link HttpServer} on 127.0.0.1. Each request is first held to the
 * {@link RequestLimits}, then meets the fault plan (a dropped connection, a 5xx, a delay), then goes through
 * the {@link RequestPipeline}. Paths under {@code /_sandbox/} are the sandbox's own: never
 * faulted, no authentication, no rate limit, not counted.
 */
public final class ApiServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());

    private final Router internal;
    private final FaultInjector faults;
    private final RequestPipeline pipeline;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService delays;

    /** What the server needs besides its routes. */
    public record Services(Clock clock, Tokens tokens, RateLimiter limiter, RequestStats stats,
                           FaultInjector faults, LongFunction<Optional<String>> repositoryById,
                           long seed) {
    }

    public ApiServer(int port, int threads, Router api, Router internal, Services services) throws IOException {
        this.internal = internal;
        this.faults = services.faults();
        this.pipeline = new RequestPipeline(api, services, this::baseUrl);
        this.server = LoopbackHttp.create(port, 256);
        this.workers = LoopbackHttp.workers("sandbox-api", threads);
        this.delays = Executors.newSingleThreadScheduledExecutor(ExchangeIo.daemonThreads("sandbox-delay"));
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
        byte[] body;
        try {
            body = RequestLimits.admit(exchange);
        } catch (RequestLimits.Refused refused) {
            guarded(exchange, () -> RequestLimits.refuse(exchange, refused));
            return;
        }
        if (exchange.getRequestURI().getRawPath().startsWith("/_sandbox/")) {
            guarded(exchange, () -> serveInternal(exchange));
            return;
        }
        switch (faults.nextRequest()) {
            case CONNECTION_RESET -> exchange.close();
            case SERVER_ERROR -> guarded(exchange, () -> pipeline.serveFault(exchange, FaultInjector.Fault.SERVER_ERROR));
            case BAD_GATEWAY -> guarded(exchange, () -> pipeline.serveFault(exchange, FaultInjector.Fault.BAD_GATEWAY));
            case UNAVAILABLE -> guarded(exchange, () -> pipeline.serveFault(exchange, FaultInjector.Fault.UNAVAILABLE));
            case SLOW -> delays.schedule(() -> workers.execute(() -> guarded(exchange, () -> pipeline.serve(exchange, body))),
                    faults.plan().slowDelay().toMillis(), TimeUnit.MILLISECONDS);
            case NONE -> guarded(exchange, () -> pipeline.serve(exchange, body));
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    /** A client that went away gets nothing; a bug is logged in one line and the exchange closed. */
    private static void guarded(HttpExchange exchange, Work work) {
        try {
            work.run();
        } catch (IOException e) {
            exchange.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sandbox: request failed: " + e);
            exchange.close();
        }
    }

    private void serveInternal(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        ApiResponse response = internal.find(method, path).map(match -> {
            try {
                return match.route().handler().handle(new ApiRequest(method, path, match.params(),
                        ExchangeIo.parseQuery(exchange.getRequestURI().getRawQuery()),
                        ExchangeIo.lowerCased(exchange.getRequestHeaders()), new byte[0], null, baseUrl(),
                        GitHubHeaders.DEFAULT_API_VERSION));
            } catch (ApiException e) {
                return e.response();
            }
        }).orElseGet(() -> ApiException.notFound().response());
        ExchangeIo.copyHeaders(response, exchange.getResponseHeaders());
        ExchangeIo.write(exchange, response.status(), response.bodyUnsafe());
    }
}
