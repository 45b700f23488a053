package dev.wheelhouse.ui.connection;

import dev.wheelhouse.testing.OutOfOrderTaskExecutor.Order;
import dev.wheelhouse.testing.OutOfOrderTaskExecutor;
import dev.wheelhouse.testing.ScriptedConnector;
import dev.wheelhouse.ui.common.AppSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection's state and its changes, without a window: connecting runs on the executor. */
class ConnectionManagerTest {

    private final Preferences node = Preferences.userRoot().node("dev/wheelhouse/test-" + System.nanoTime());
    private final ConnectionSettings saved = new ConnectionSettings(new AppSettings(node));
    private final OutOfOrderTaskExecutor executor = new OutOfOrderTaskExecutor();
    private final ScriptedConnector connector = new ScriptedConnector();
    private final ConnectionManager connections = new ConnectionManager(executor, connector, saved);

    @AfterEach
    void stop() throws Exception {
        connections.close();
        connector.close();
        node.removeNode();
    }

    @Test
    void aFreshStartUsesTheSandboxAndSaysSo() {
        connections.connectAtStart();
        assertTrue(connections.connectingProperty().get());
        assertEquals("Starting the built-in sandbox…", connections.statusProperty().get());
        assertNull(connections.connectionProperty().get(), "nothing is connected before the work has run");
        assertTrue(connections.noticeProperty().get().startsWith("Using the built-in sandbox"),
                "the notice is there before the sandbox answers, so the first frame has it");

        executor.completeAll(Order.OLDEST_FIRST);

        Connection connection = connections.current().orElseThrow();
        assertTrue(connection.isSandbox());
        assertFalse(connections.connectingProperty().get());
        assertEquals("Sandbox · wheelhouse-demo/satkit", connections.statusProperty().get());
        assertTrue(connections.noticeProperty().get().startsWith("Using the built-in sandbox"));
        assertEquals(List.of("sandbox"), connector.calls());
    }

    @Test
    void aSandboxThatFailsToStartTakesItsNoticeBack() {
        connector.refuseSandbox(new IllegalStateException("port in use"));

        connections.connectAtStart();
        executor.completeAll(Order.OLDEST_FIRST);

        assertEquals("", connections.noticeProperty().get());
        assertTrue(connections.errorProperty().get().contains("port in use"), connections.errorProperty().get());
    }

    @Test
    void aStartAfterChoosingGitHubConnectsThereWithATokenFoundNotTyped() {
        saved.rememberGitHub("ghe.example.com", "octo/wheels");

        connections.connectAtStart();
        executor.completeAll(Order.OLDEST_FIRST);

        assertEquals(List.of("github ghe.example.com octo/wheels null false"), connector.calls());
        assertFalse(connections.current().orElseThrow().isSandbox());
        assertEquals("", connections.noticeProperty().get());
    }

    @Test
    void aRefusedConnectionKeepsThePreviousOneAndSaysWhy() {
        connections.connectSandbox();
        executor.completeAll(Order.OLDEST_FIRST);
        Connection before = connections.current().orElseThrow();
        connector.refuseGitHub(new IllegalStateException("No token for github.com: set GH_TOKEN"));

        connections.connectGitHub("github.com", "octo/wheels", null, false);
        executor.completeAll(Order.OLDEST_FIRST);

        assertEquals(before, connections.current().orElseThrow());
        assertTrue(connections.errorProperty().get().contains("No token for github.com"),
                connections.errorProperty().get());
        assertEquals(before.describe(), connections.statusProperty().get());
        assertFalse(saved.useGitHub(), "a failed attempt is not remembered");
    }

    @Test
    void leavingTheSandboxStopsItAndRemembersTheChoice() throws Exception {
        connections.connectSandbox();
        executor.completeAll(Order.OLDEST_FIRST);
        String sandboxApi = connector.started().get(0).apiUrl();

        connections.connectGitHub("github.com", "octo/wheels", "ghp_pasted", true);
        executor.completeAll(Order.OLDEST_FIRST);

        assertTrue(saved.useGitHub());
        assertEquals("github.com", saved.endpoint().orElseThrow());
        assertEquals(connections.current().orElseThrow().repository().fullName(), saved.repository().orElseThrow(),
                "the repository as the server named it");
        assertThrows(java.io.IOException.class, () -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(sandboxApi + "/rate_limit")).build(),
                HttpResponse.BodyHandlers.discarding()), "the sandbox was stopped");
    }

    @Test
    void theRateLimitShownFollowsTheClient() {
        connections.connectSandbox();
        executor.completeAll(Order.OLDEST_FIRST);
        Connection connection = connections.current().orElseThrow();
        int before = connections.rateLimitProperty().get().remaining();

        connection.client().repository(connection.repository());

        assertTrue(connections.rateLimitProperty().get().remaining() < before,
                before + " -> " + connections.rateLimitProperty().get().remaining());
    }

    @Test
    void forgettingATokenAsksTheConnectorOffTheUiThread() {
        connections.forgetToken("github.com");
        assertEquals(List.of(), connector.calls());

        executor.completeAll(Order.OLDEST_FIRST);

        assertEquals(List.of("forget github.com"), connector.calls());
        assertTrue(connections.noticeProperty().get().contains("removed from the keychain"));
    }
}
