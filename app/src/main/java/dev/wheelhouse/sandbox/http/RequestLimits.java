package dev.wheelhouse.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * What one request may cost the sandbox, answered as GitHub's front end answers: a head over
 * {@value #MAX_HEADER_BYTES} bytes or {@value #MAX_HEADER_FIELDS} fields gets 431, a body over
 * {@link #MAX_BODY_BYTES} gets 413 (at once when its length is declared, without reading it; a
 * chunked one as soon as it passes the bound), a body that cannot be read (a malformed chunk)
 * gets 400. Each refusal closes the connection, so the rest of an unwanted body is never read.
 * The time a request may take to arrive, and the JDK's own hard limits on a head, are set in
 * {@link LoopbackHttp}.
 */
final class RequestLimits {

    static final int MAX_HEADER_FIELDS = 100;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    /** Above the largest body the app sends (a workflow file, base64, in a contents PUT of a 20 MB file). */
    static final long MAX_BODY_BYTES = 32L << 20;

    private static final String DOCS = "https://docs.github.com/rest";

    /** Thrown when the request is refused before its handler runs. */
    static final class Refused extends Exception {
        private final transient ApiResponse response;

        Refused(ApiResponse response) {
            super("HTTP " + response.status(), null, false, false);
            this.response = response;
        }

        ApiResponse response() {
            return response;
        }
    }

    private RequestLimits() {
    }

    /** The request's body, once its head and its size are within the bounds. */
    static byte[] admit(HttpExchange exchange) throws Refused {
        checkHead(exchange.getRequestHeaders());
        long declared = declaredLength(exchange.getRequestHeaders());
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        // Not closed on a refusal: closing drains what is left, which waits for a client that is
        // itself waiting for the answer. The answer goes out first; the JDK then drops the connection.
        InputStream in = exchange.getRequestBody();
        try {
            byte[] body = read(in, declared);
            in.close();
            return body;
        } catch (IOException e) {
            // A chunk header that is not one, or a client that hung up: either way nothing more comes.
            throw new Refused(ApiException.of(400, "Problems parsing the request body", DOCS).response());
        }
    }

    /** Writes the refusal and closes the connection behind it. */
    static void refuse(HttpExchange exchange, Refused refused) throws IOException {
        ApiResponse response = refused.response();
        ExchangeIo.copyHeaders(response, exchange.getResponseHeaders());
        exchange.getResponseHeaders().set("Connection", "close");
        ExchangeIo.write(exchange, response.status(), response.bodyUnsafe());
    }

    static void checkHead(Headers headers) throws Refused {
        int fields = 0;
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                fields++;
                bytes += header.getKey().length() + 2L + (value == null ? 0 : value.length()) + 2L;
            }
        }
        if (fields > MAX_HEADER_FIELDS || bytes > MAX_HEADER_BYTES) {
            throw new Refused(ApiException.of(431, "Request Header Fields Too Large", DOCS).response());
        }
    }

    private static long declaredLength(Headers headers) {
        String length = headers.getFirst("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            // The JDK server refuses a malformed length before a handler runs.
            return -1;
        }
    }

    private static byte[] read(InputStream in, long declared) throws IOException, Refused {
        // A declared length sizes the buffer once; a chunked body grows it, never past the bound.
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 512);
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Refused tooLarge() {
        return new Refused(ApiException.of(413, "Request body too large: the limit is " + (MAX_BODY_BYTES >> 20)
                + " MB", DOCS).response());
    }
}
