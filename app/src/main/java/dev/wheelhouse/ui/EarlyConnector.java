package dev.wheelhouse.ui;

import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.connection.ConnectionSettings;
import dev.wheelhouse.ui.connection.Connector;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A connector whose first connection was begun before the window: the one
 * {@code ConnectionManager.connectAtStart} will ask for, started on a thread of its own while the
 * toolkit starts. That call gets the connection begun early (waiting for it if it is still on its
 * way); every other call, and any call once it was handed out, goes to the real connector.
 */
final class EarlyConnector implements Connector {

    private final Connector connector;
    private final ConnectionSettings.StartTarget target;
    private final FutureTask<Connection> first;
    private final AtomicBoolean handedOut = new AtomicBoolean();

    private EarlyConnector(Connector connector, ConnectionSettings.StartTarget target) {
        this.connector = connector;
        this.target = target;
        this.first = new FutureTask<>(() -> target.gitHub()
                ? connector.gitHub(target.endpoint(), target.repository(), null, false)
                : connector.sandbox());
    }

    /** The connection a start with these settings makes, not made yet: {@link #run()} makes it. */
    static EarlyConnector prepare(Connector connector, ConnectionSettings settings) {
        return new EarlyConnector(connector, settings.startTarget());
    }

    /** Makes the early connection; blocks on the network, so call it off the FX thread. */
    void run() {
        first.run();
    }

    @Override
    public Connection sandbox() throws Exception {
        if (!target.gitHub() && handedOut.compareAndSet(false, true)) {
            return early();
        }
        return connector.sandbox();
    }

    @Override
    public Connection gitHub(String endpoint, String repository, String pastedToken, boolean remember)
            throws Exception {
        boolean theStartOne = target.gitHub() && pastedToken == null && !remember
                && target.endpoint().equals(endpoint) && target.repository().equals(repository);
        if (theStartOne && handedOut.compareAndSet(false, true)) {
            return early();
        }
        return connector.gitHub(endpoint, repository, pastedToken, remember);
    }

    @Override
    public void forgetToken(String endpoint) throws Exception {
        connector.forgetToken(endpoint);
    }

    @Override
    public Optional<Connection> madeBeforeStart() {
        if (!first.isDone() || handedOut.get()) {
            return Optional.empty();
        }
        Connection made;
        try {
            made = first.get();
        } catch (ExecutionException | CancellationException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return handedOut.compareAndSet(false, true) ? Optional.of(made) : Optional.empty();
    }

    private Connection early() throws Exception {
        // On the background task that asked: runs it here if the early thread has not got to it yet.
        first.run();
        try {
            return first.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Stops the sandbox of an early connection nobody took (the window closed before it connected). */
    void closeUnused() {
        if (handedOut.compareAndSet(false, true) && first.isDone()) {
            try {
                first.get().sandbox().ifPresent(sandbox -> sandbox.close());
            } catch (ExecutionException e) {
                // It failed: there is nothing to close.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
