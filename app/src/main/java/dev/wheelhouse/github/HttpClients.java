package dev.wheelhouse.github;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * The java.net.http clients a transport sends with: one that follows no redirect (it would forward
 * the Authorization header to another host), per kind of address. An API on loopback over plain
 * HTTP, the built-in sandbox, gets a client made without TLS: building a client the default way
 * loads the platform's TLS context and trust store (about 140 certificates parsed), a third of the
 * sandbox connection's start, for connections that never use it (issue 15). An https address, from
 * any API, goes through a client with the default TLS context, made the first time one is sent to.
 */
final class HttpClients {

    private final Duration connectTimeout;
    private final HttpClient plain;
    private volatile HttpClient tls;

    private HttpClients(Duration connectTimeout, boolean plainApi) {
        this.connectTimeout = connectTimeout;
        this.plain = plainApi ? builder(connectTimeout).sslContext(new NoTls()).sslParameters(new SSLParameters())
                .build() : null;
    }

    /** The clients for an API at {@code endpoint}. */
    static HttpClients forApi(ApiEndpoint endpoint, Duration connectTimeout) {
        return new HttpClients(connectTimeout, "http".equalsIgnoreCase(endpoint.root().getScheme()));
    }

    /** The client that sends to {@code uri}. */
    HttpClient sending(URI uri) {
        if (plain != null && "http".equalsIgnoreCase(uri.getScheme())) {
            return plain;
        }
        HttpClient client = tls;
        if (client == null) {
            synchronized (this) {
                client = tls;
                if (client == null) {
                    client = builder(connectTimeout).build();
                    tls = client;
                }
            }
        }
        return client;
    }

    private static HttpClient.Builder builder(Duration connectTimeout) {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout);
    }

    /** A TLS context for a client that only ever sends to http:// addresses: any use of it is a mistake. */
    private static final class NoTls extends SSLContext {
        NoTls() {
            super(new Refusing(), null, "none");
        }
    }

    private static final class Refusing extends SSLContextSpi {
        private static IllegalStateException refused() {
            return new IllegalStateException("this client sends plain HTTP to loopback only");
        }

        @Override
        protected void engineInit(javax.net.ssl.KeyManager[] keys, javax.net.ssl.TrustManager[] trust,
                                  SecureRandom random) throws KeyManagementException {
            throw new KeyManagementException("this client sends plain HTTP to loopback only");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }
}
