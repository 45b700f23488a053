package dev.wheelhouse.ui;

import dev.wheelhouse.history.HistoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The history the window uses refuses the FX thread, for opening it and for every call after. */
class LocalHistoryTest {

    @TempDir
    Path data;

    private LocalHistory history;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        history.close();
    }

    @Test
    void openingItOnTheFxThreadIsRefused() {
        history = new LocalHistory(data.resolve("history.db"));

        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> WaitForAsyncUtils.asyncFx(history::get).get());

        assertInstanceOf(LocalHistory.UiThreadAccess.class, refused.getCause());
    }

    @Test
    void aStoreOpenedInTheBackgroundStillRefusesTheFxThread() throws Exception {
        history = new LocalHistory(data.resolve("history.db"));
        HistoryStore store = history.get();
        assertEquals(java.util.List.of(), store.workflows("o/r"), "off the FX thread it answers");

        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> WaitForAsyncUtils.asyncFx(() -> store.workflows("o/r")).get());

        assertInstanceOf(LocalHistory.UiThreadAccess.class, refused.getCause());
    }
}
