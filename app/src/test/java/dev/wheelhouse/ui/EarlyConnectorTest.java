package dev.wheelhouse.ui;

import dev.wheelhouse.testing.OutOfOrderTaskExecutor;
import dev.wheelhouse.testing.OutOfOrderTaskExecutor.Order;
import dev.wheelhouse.testing.ScriptedConnector;
import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.connection.Connection;
import dev.wheelhouse.ui.connection.ConnectionManager;
import dev.wheelhouse.ui.connection.ConnectionSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection begun before the window is the one the start takes, made once. */
class EarlyConnectorTest {

    private final Preferences node = Preferences.userRoot().node("dev/wheelhouse/test-" + System.nanoTime());
    private final ConnectionSettings saved = new ConnectionSettings(new AppSettings(node));
    private final OutOfOrderTaskExecutor executor = new OutOfOrderTaskExecutor();
    private final ScriptedConnector connector = new ScriptedConnector();

    @AfterEach
    void stop() throws Exception {
        connector.close();
        node.removeNode();
    }

    @Test
    void theStartTakesTheSandboxBegunEarlyAndConnectsNoSecondTime() throws Exception {
        EarlyConnector early = EarlyConnector.prepare(connector, saved);
        early.run();
        assertEquals(List.of("sandbox"), connector.calls(), "begun before the window");

        try (ConnectionManager connections = new ConnectionManager(executor, early, saved)) {
            connections.connectAtStart();
            executor.completeAll(Order.OLDEST_FIRST);

            Connection connection = connections.current().orElseThrow();
            assertSame(connector.started().get(0), connection.sandbox().orElseThrow());
            assertEquals("Sandbox · wheelhouse-demo/satkit", connections.statusProperty().get());
            assertEquals(List.of("sandbox"), connector.calls(), "the start made no connection of its own");

            connections.connectSandbox();
            executor.completeAll(Order.OLDEST_FIRST);
            assertEquals(List.of("sandbox", "sandbox"), connector.calls(), "a restart connects anew");
        }
    }

    @Test
    void whenTheEarlyThreadHasNotRunTheStartMakesTheConnectionItself() {
        EarlyConnector early = EarlyConnector.prepare(connector, saved);
        try (ConnectionManager connections = new ConnectionManager(executor, early, saved)) {
            connections.connectAtStart();
            executor.completeAll(Order.OLDEST_FIRST);
            early.run();

            assertTrue(connections.current().orElseThrow().isSandbox());
            assertEquals(List.of("sandbox"), connector.calls(), "made once, by whichever came first");
        }
    }

    @Test
    void aGitHubStartFailingEarlyFailsTheStartWithItsOwnMessage() {
        saved.rememberGitHub("ghe.example.com", "octo/wheels");
        connector.refuseGitHub(new IllegalStateException("No token for ghe.example.com: set GH_ENTERPRISE_TOKEN"));
        EarlyConnector early = EarlyConnector.prepare(connector, saved);
        early.run();

        try (ConnectionManager connections = new ConnectionManager(executor, early, saved)) {
            connections.connectAtStart();
            executor.completeAll(Order.OLDEST_FIRST);

            assertTrue(connections.current().isEmpty());
            assertTrue(connections.errorProperty().get().contains("No token for ghe.example.com"),
                    connections.errorProperty().get());
            assertEquals(List.of("github ghe.example.com octo/wheels null false"), connector.calls());

            connector.refuseGitHub(null);
            connections.connectGitHub("ghe.example.com", "octo/wheels", null, false);
            executor.completeAll(Order.OLDEST_FIRST);
            assertFalse(connections.current().isEmpty(), "trying again asks the real connector");
            assertEquals(2, connector.calls().size());
        }
    }

    @Test
    void anEarlySandboxNobodyTookIsStoppedWhenTheAppCloses() throws Exception {
        EarlyConnector early = EarlyConnector.prepare(connector, saved);
        early.run();

        early.closeUnused();

        HttpClient http = HttpClient.newHttpClient();
        URI api = URI.create(connector.started().get(0).apiUrl());
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(api).build(),
                HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    void aConnectionMadeBeforeTheWindowIsTakenUpAtOnceWithNoTask() {
        EarlyConnector early = EarlyConnector.prepare(connector, saved);
        early.run();
        List<Runnable> heldBack = new java.util.ArrayList<>();

        try (ConnectionManager connections = new ConnectionManager(executor, early, saved)) {
            connections.connectAtStart(heldBack::add);

            assertTrue(connections.current().isPresent(), "connected before the window shows");
            assertFalse(connections.connectingProperty().get());
            assertEquals(0, executor.pending(), "no background task for a connection already made");
            assertTrue(heldBack.isEmpty(), "nothing waits for the first frame");
            assertEquals("Sandbox · wheelhouse-demo/satkit", connections.statusProperty().get());
            assertTrue(connections.noticeProperty().get().contains("wheelhouse-demo/satkit"),
                    connections.noticeProperty().get());
            assertEquals(List.of("sandbox"), connector.calls());
        }
    }

    @Test
    void aConnectionStillOnItsWayIsTakenUpOnlyWhenTheWindowLetsIt() {
        EarlyConnector early = EarlyConnector.prepare(connector, saved);
        List<Runnable> heldBack = new java.util.ArrayList<>();

        try (ConnectionManager connections = new ConnectionManager(executor, early, saved)) {
            connections.connectAtStart(heldBack::add);
            assertTrue(connections.connectingProperty().get());
            assertTrue(connections.noticeProperty().get().startsWith("Using the built-in sandbox"),
                    "the first frame says what it is connecting to");

            executor.completeAll(Order.OLDEST_FIRST);
            assertTrue(connections.current().isEmpty(), "made, but not taken up before the first frame");
            assertTrue(connections.connectingProperty().get());
            assertFalse(heldBack.isEmpty());

            heldBack.forEach(Runnable::run);
            assertTrue(connections.current().isPresent());
            assertFalse(connections.connectingProperty().get());
            assertEquals("Sandbox · wheelhouse-demo/satkit", connections.statusProperty().get());
            assertEquals(List.of("sandbox"), connector.calls(), "still the one connection begun early");
        }
    }

    @Test
    void anEarlyConnectionThatFailedIsNotTakenUpButReportedTheUsualWay() {
        connector.refuseSandbox(new IllegalStateException("port in use"));
        EarlyConnector early = EarlyConnector.prepare(connector, saved);
        early.run();
        assertTrue(early.madeBeforeStart().isEmpty());

        try (ConnectionManager connections = new ConnectionManager(executor, early, saved)) {
            connections.connectAtStart();
            executor.completeAll(Order.OLDEST_FIRST);

            assertTrue(connections.current().isEmpty());
            assertTrue(connections.errorProperty().get().contains("port in use"), connections.errorProperty().get());
            assertEquals("", connections.noticeProperty().get(), "the sandbox notice is taken back");
            assertEquals(List.of("sandbox"), connector.calls(), "the early failure is reported, not retried");
        }
    }

    @Test
    void theConnectionMadeBeforeTheWindowIsHandedOutOnce() throws Exception {
        EarlyConnector early = EarlyConnector.prepare(connector, saved);
        early.run();
        assertTrue(early.madeBeforeStart().isPresent());
        assertTrue(early.madeBeforeStart().isEmpty(), "a second start gets no early connection");
        early.sandbox();
        assertEquals(List.of("sandbox", "sandbox"), connector.calls(), "later requests connect anew");
    }
}
