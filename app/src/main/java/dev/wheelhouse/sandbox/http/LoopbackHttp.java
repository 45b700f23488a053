package dev.wheelhouse.sandbox.http;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Creates the sandbox's HTTP listeners, bound to the loopback address only, and the threads
 * that serve them.
 */
final class LoopbackHttp {

    /** Connections one listener keeps open at most; more wait in the accept backlog. */
    static final int MAX_CONNECTIONS = 256;
    /** Seconds a request's head and body may take to arrive before the connection is closed. */
    static final int REQUEST_SECONDS = 10;

    static {
        // The JDK server reads these properties once, when its first instance is created.
        // Headers and body go out in separate segments; with Nagle's algorithm and the client's
        // delayed ACK that costs ~40 ms per answer.
        setIfAbsent("sun.net.httpserver.nodelay", "true");
        // A client that sends its request slowly (a header line every few seconds) is cut off.
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        setIfAbsent("jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));
        // The JDK's own bound on a head (it closes the connection beyond it); RequestLimits
        // answers 431 well below it.
        setIfAbsent("sun.net.httpserver.maxReqHeaders", Integer.toString(RequestLimits.MAX_HEADER_FIELDS * 2));
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(RequestLimits.MAX_HEADER_BYTES * 4));
    }

    private LoopbackHttp() {
    }

    static HttpServer create(int port, int backlog) throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
    }

    /**
     * The threads of one listener: {@code threads} stay, more are made as requests need them, up
     * to one per connection. The JDK server reads a request's head on one of these threads, so a
     * fixed pool let a few slow senders hold every thread while the other clients waited.
     */
    static ThreadPoolExecutor workers(String name, int threads) {
        return new ThreadPoolExecutor(threads, MAX_CONNECTIONS + threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                ExchangeIo.daemonThreads(name));
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
