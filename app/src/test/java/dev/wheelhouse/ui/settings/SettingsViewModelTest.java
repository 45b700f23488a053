package dev.wheelhouse.ui.settings;

import dev.wheelhouse.testing.ScriptedConnector;
import dev.wheelhouse.ui.common.AppSettings;
import dev.wheelhouse.ui.connection.ConnectionManager;
import dev.wheelhouse.ui.connection.ConnectionSettings;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Settings form without a window. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("dev/wheelhouse/test-" + System.nanoTime());
    private final ConnectionSettings saved = new ConnectionSettings(new AppSettings(node));
    private final ScriptedConnector connector = new ScriptedConnector();
    private ConnectionManager connections;
    private SettingsViewModel model;

    @BeforeEach
    void start() {
        saved.rememberGitHub("ghe.example.com", "octo/wheels");
        saved.rememberSandbox();
        connections = new ConnectionManager(new DirectTaskExecutor(), connector, saved);
        model = new SettingsViewModel(connections, saved, new DirectTaskExecutor());
    }

    @AfterEach
    void stop() throws Exception {
        connections.close();
        connector.close();
        node.removeNode();
    }

    @Test
    void theFormStartsWithTheServerAndRepositoryUsedLastTime() {
        assertEquals("ghe.example.com", model.endpointProperty().get());
        assertEquals("octo/wheels", model.repositoryProperty().get());
    }

    @Test
    void connectingWithoutARepositoryAsksForOneAndSendsNothing() {
        model.repositoryProperty().set(" ");
        model.connect();

        assertTrue(model.formErrorProperty().get().contains("owner/name"), model.formErrorProperty().get());
        assertEquals(List.of(), connector.calls());
    }

    @Test
    void connectingSendsTheFormAndClearsTheTokenFieldAtOnce() {
        model.tokenProperty().set("ghp_typed");
        model.rememberProperty().set(false);
        model.connect();

        assertEquals(List.of("github ghe.example.com octo/wheels ghp_typed false"), connector.calls());
        assertEquals("", model.tokenProperty().get());
        assertTrue(model.tokenSourceProperty().get().startsWith("Token from "), model.tokenSourceProperty().get());
        assertTrue(!model.reportProperty().get().isEmpty());
    }

    @Test
    void theSandboxIsNotWrittenIntoTheForm() {
        model.useSandbox();

        assertEquals(List.of("sandbox"), connector.calls());
        assertEquals("octo/wheels", model.repositoryProperty().get());
        assertEquals("Token from the built-in sandbox.", model.tokenSourceProperty().get());
    }

    @Test
    void aClonesOriginFillsServerAndRepository() throws Exception {
        Path clone = Files.createDirectories(dir.resolve("satkit/.git")).getParent();
        Files.writeString(clone.resolve(".git/config"), """
                [remote "origin"]
                \turl = git@github.com:ssmichael1/satkit.git
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                """);

        model.readClone(clone);

        assertEquals("github.com", model.endpointProperty().get());
        assertEquals("ssmichael1/satkit", model.repositoryProperty().get());
        assertEquals("", model.formErrorProperty().get());
    }

    @Test
    void aFolderThatIsNotACloneSaysSo() {
        model.readClone(dir);

        assertTrue(!model.formErrorProperty().get().isEmpty());
        assertEquals("octo/wheels", model.repositoryProperty().get());
    }
}
