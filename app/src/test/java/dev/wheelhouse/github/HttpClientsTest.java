package dev.wheelhouse.github;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A sandbox's plain-HTTP client has no TLS context loaded; anything https gets the default one. */
class HttpClientsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aLoopbackApiIsReachedOverPlainHttpWithoutTheDefaultTlsContext() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rate_limit", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        URI api = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        HttpClients clients = HttpClients.forApi(ApiEndpoint.parse(api.toString()), TIMEOUT);

        HttpClient plain = clients.sending(api.resolve("/rate_limit"));
        HttpResponse<String> reply = plain.send(HttpRequest.newBuilder(api.resolve("/rate_limit")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, reply.statusCode());
        assertEquals("none", plain.sslContext().getProtocol(), "no TLS context was made for it");
        assertEquals(HttpClient.Redirect.NEVER, plain.followRedirects());
    }

    @Test
    void anHttpsAddressFromALoopbackApiGoesThroughOneDefaultTlsClient() throws Exception {
        HttpClients clients = HttpClients.forApi(ApiEndpoint.parse("http://127.0.0.1:8123"), TIMEOUT);
        HttpClient tls = clients.sending(URI.create("https://objects.githubusercontent.com/log.txt"));

        assertSame(SSLContext.getDefault(), tls.sslContext());
        assertSame(tls, clients.sending(URI.create("https://objects.githubusercontent.com/other.txt")));
        assertNotEquals(tls, clients.sending(URI.create("http://127.0.0.1:8123/repos")));
        assertEquals(HttpClient.Redirect.NEVER, tls.followRedirects());
    }

    @Test
    void gitHubItselfIsReachedWithTheDefaultTlsContext() throws Exception {
        HttpClients clients = HttpClients.forApi(ApiEndpoint.github(), TIMEOUT);
        HttpClient client = clients.sending(URI.create("https://api.github.com/rate_limit"));

        assertSame(SSLContext.getDefault(), client.sslContext());
        assertSame(client, clients.sending(URI.create("http://127.0.0.1:9/redirected")),
                "one client for everything of a TLS API");
    }
}
