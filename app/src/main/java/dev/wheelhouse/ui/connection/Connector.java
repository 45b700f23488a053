package dev.wheelhouse.ui.connection;

import java.util.Optional;

/**
 * Makes connections: the composition root's wiring of token sources, the embedded sandbox and the
 * client's options. Every method blocks on the network and is called from a background task.
 */
public interface Connector {

    /** Starts (or restarts) the embedded sandbox and connects to it. */
    Connection sandbox() throws Exception;

    /**
     * Connects to GitHub or an Enterprise Server.
     *
     * @param pastedToken null: find one (the environment, the GitHub CLI, the keychain)
     * @param remember    keep a pasted token in the keychain
     */
    Connection gitHub(String endpoint, String repository, String pastedToken, boolean remember) throws Exception;

    /** Forgets a pasted token kept in the keychain for this server. */
    void forgetToken(String endpoint) throws Exception;

    /**
     * The connection a start asks for, when it was made before the window and is there already;
     * never waits. Empty: connect the usual way (also when that connection failed, so the usual
     * way reports why).
     */
    default Optional<Connection> madeBeforeStart() {
        return Optional.empty();
    }
}
