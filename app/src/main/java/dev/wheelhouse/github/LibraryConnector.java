package dev.wheelhouse.github;

import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts {@code org.kohsuke:github-api} on top of {@link ApiTransport}, so its calls share the
 * one token rule, ETag cache, retry policy and rate-limit state. The library is built without
 * credentials; the transport adds them for the API origin only. A refusal does not go back to
 * the library as an answer: it leaves as a {@link Refusal} carrying the reply, which
 * {@link GitHubClient} turns into the same {@link GitHubException} a raw call gives.
 */
final class LibraryConnector implements GitHubConnector {

    /** Headers java.net.http sets itself or refuses; gzip is left out so bodies arrive plain. */
    private static final Set<String> SKIPPED = Set.of("authorization", "accept-encoding", "content-length",
            "connection", "host", "expect", "upgrade");

    private final ApiTransport transport;

    LibraryConnector(ApiTransport transport) {
        this.transport = transport;
    }

    @Override
    public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
        URI uri;
        try {
            uri = request.url().toURI();
        } catch (URISyntaxException e) {
            throw new IOException("github-api built an invalid URL", e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        request.allHeaders().forEach((name, values) -> {
            if (name != null && !values.isEmpty() && !SKIPPED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, values.get(0));
            }
        });
        byte[] body = null;
        if (request.hasBody()) {
            try (InputStream in = request.body()) {
                body = in.readAllBytes();
            }
            if (request.contentType() != null) {
                headers.put("Content-Type", request.contentType());
            }
        }
        ApiCall call = new ApiCall(request.method(), uri, body, headers, LibraryCalls.subject());
        ApiReply reply;
        try {
            reply = transport.send(call);
        } catch (GitHubException e) {
            throw new Refusal(e);
        }
        if (reply.status() >= 400) {
            throw new Refusal(transport.translator().translate(call, reply));
        }
        return new Response(request, reply);
    }

    /** A failure on its way through github-api, which wraps it; {@link LibraryCalls} unwraps it. */
    static final class Refusal extends IOException {
        private final transient GitHubException failure;

        Refusal(GitHubException failure) {
            super(failure.getMessage(), null);
            this.failure = failure;
        }

        GitHubException failure() {
            return failure;
        }
    }

    private static final class Response extends GitHubConnectorResponse {
        private final byte[] body;

        Response(GitHubConnectorRequest request, ApiReply reply) {
            super(request, reply.status(), copy(reply.headers()));
            this.body = reply.body();
        }

        @Override
        protected InputStream rawBodyStream() {
            return new ByteArrayInputStream(body);
        }

        private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            headers.forEach(out::put);
            return out;
        }
    }
}
