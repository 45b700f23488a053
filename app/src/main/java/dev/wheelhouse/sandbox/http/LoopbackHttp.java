package dev.wheelhouse.sandbox.http;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Creates the sandbox's HTTP listeners, bound to the loopback address only. */
final class LoopbackHttp {

    static {
        // The JDK server writes headers and body in separate segments; with Nagle's algorithm
        // and the client's delayed ACK that costs ~40 ms per answer. The server reads this
        // property once, when its first instance is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private LoopbackHttp() {
    }

    static HttpServer create(int port, int backlog) throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
    }
}
