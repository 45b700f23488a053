package dev.wheelhouse.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * The stand-in for GitHub's log storage host: a second loopback listener that serves the
 * targets of the API's 302s. Like blob storage, it answers 400 to any request that carries an
 * {@code Authorization} header, so a client that forwards its GitHub token on the redirect
 * fails here instead of leaking it; it answers 403 to an expired or forged signature.
 */
public final class BlobServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BlobServer.class.getName());

    /** A downloadable body. */
    public record Blob(String contentType, byte[] bytes) {
    }

    /** Looks a blob up by the path a signed URL names. */
    @FunctionalInterface
    public interface Content {
        Optional<Blob> find(String path);
    }

    private final SignedUrls urls;
    private final Content content;
    private final FaultInjector faults;
    private final HttpServer server;
    private final ExecutorService workers;

    public BlobServer(SignedUrls urls, Content content, FaultInjector faults, int threads)
            throws IOException {
        this.urls = urls;
        this.content = content;
        this.faults = faults;
        this.server = LoopbackHttp.create(0, 128);
        this.workers = LoopbackHttp.workers("sandbox-blob", threads);
        server.setExecutor(workers);
        server.createContext("/", this::serve);
    }

    public void start() {
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A signed URL on this host for {@code path}. */
    public String signedUrl(String path) {
        return urls.sign(baseUrl(), path);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void serve(HttpExchange exchange) {
        try {
            Headers h = exchange.getResponseHeaders();
            String activity = UUID.randomUUID().toString();
            h.set("ActivityId", activity);
            h.set("X-TFS-Session", activity);
            h.set("X-VSS-E2EID", activity);
            h.set("Strict-Transport-Security", "max-age=2592000");
            try {
                RequestLimits.admit(exchange);
            } catch (RequestLimits.Refused refused) {
                RequestLimits.refuse(exchange, refused);
                return;
            }
            if (exchange.getRequestHeaders().containsKey("Authorization")) {
                refuse(exchange, 400, "InvalidAuthenticationInfo",
                        "Authentication information is not given in the correct format. Check the value of Authorization header.");
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                refuse(exchange, 405, "UnsupportedHttpVerb", "The resource doesn't support the specified HTTP verb.");
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            switch (urls.verify(path, ExchangeIo.parseQuery(exchange.getRequestURI().getRawQuery()))) {
                case EXPIRED -> refuse(exchange, 403, "AuthenticationFailed",
                        "Signature not valid in the specified time frame.");
                case BAD_SIGNATURE -> refuse(exchange, 403, "AuthenticationFailed",
                        "Signature did not match.");
                case VALID -> deliver(exchange, path);
            }
        } catch (IOException e) {
            exchange.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sandbox: download failed: " + e);
            exchange.close();
        }
    }

    private void deliver(HttpExchange exchange, String path) throws IOException {
        Optional<Blob> blob = content.find(path);
        if (blob.isEmpty()) {
            refuse(exchange, 404, "BlobNotFound", "The specified blob does not exist.");
            return;
        }
        byte[] bytes = blob.get().bytes();
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", blob.get().contentType());
        h.set("Cache-Control", "no-store,no-cache");
        h.set("Pragma", "no-cache");
        h.set("Vary", "Accept-Encoding");
        if (bytes.length > 0 && faults.nextDownloadTruncated()) {
            // Promise the whole body, send part of it, hang up: what a dropped download looks like.
            exchange.sendResponseHeaders(200, bytes.length);
            OutputStream out = exchange.getResponseBody();
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            exchange.close();
            return;
        }
        ExchangeIo.write(exchange, 200, bytes);
    }

    private static void refuse(HttpExchange exchange, int status, String code, String message)
            throws IOException {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>" + code
                + "</Code><Message>" + message + "</Message></Error>";
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        ExchangeIo.write(exchange, status, xml.getBytes(StandardCharsets.UTF_8));
    }
}
