package dev.wheelhouse.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A real HTTP server on another loopback port that forwards to a target (the sandbox's API or
 * blob listener) and records every request it sees, headers included. It can answer a request
 * itself (to answer a dispatch without starting a run) and rewrite {@code Location} headers (to
 * send a redirect through another recorder).
 */
public final class LoopbackProxy implements AutoCloseable {

    /** One request as it arrived. */
    public record Seen(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public String bodyText() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** An answer the proxy gives itself. */
    public record Answer(int status, String contentType, String body) {
    }

    private static final Set<String> HOP = Set.of("connection", "content-length", "host", "expect", "upgrade",
            "transfer-encoding", "date");

    private final String target;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile Function<Seen, Optional<Answer>> intercept = s -> Optional.empty();
    private volatile UnaryOperator<String> location = UnaryOperator.identity();

    public LoopbackProxy(String target) throws IOException {
        this.target = target.replaceAll("/+$", "");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void intercept(Function<Seen, Optional<Answer>> rule) {
        this.intercept = rule;
    }

    public void rewriteLocation(UnaryOperator<String> rewrite) {
        this.location = rewrite;
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            Seen request = new Seen(exchange.getRequestMethod(), pathAndQuery, headers, body);
            seen.add(request);
            Optional<Answer> own = intercept.apply(request);
            if (own.isPresent()) {
                byte[] bytes = own.get().body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (own.get().contentType() != null) {
                    exchange.getResponseHeaders().set("Content-Type", own.get().contentType());
                }
                write(exchange, own.get().status(), bytes);
                return;
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + pathAndQuery));
            headers.forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> forward.header(name, v));
                }
            });
            forward.method(request.method(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name,
                            name.equalsIgnoreCase("Location") ? location.apply(v) : v));
                }
            });
            write(exchange, answer.statusCode(), answer.body());
        } catch (IOException e) {
            // The client went away; the test will notice.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
