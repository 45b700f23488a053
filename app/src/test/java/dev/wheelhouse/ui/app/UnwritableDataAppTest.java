package dev.wheelhouse.ui.app;

import dev.wheelhouse.testing.WholeApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data folder the app cannot write (here a file stands where it should be): the run monitor cannot start, and
 * the window says so in its notice bar instead of leaving the GitHub buttons disabled without a word.
 */
class UnwritableDataAppTest {

    @TempDir
    Path dir;

    private WholeApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theNoticeSaysWhyRunsCannotBeWatched() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");

        app = WholeApp.launch("unwritable-data", notAFolder, Map.of("wheelhouse.cacheDir", dir.resolve("cache").toString()));

        app.waitFor("the notice", () -> app.text("#app-notice").startsWith("Runs cannot be watched: "));
        assertTrue(app.robot().lookup("#push-dispatch").queryButton().isDisabled());
    }
}
