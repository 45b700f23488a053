package dev.wheelhouse.sandbox.release;

import dev.wheelhouse.testing.HoldingProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's artifact folder goes when its JVM ends by a signal, not only when the store is closed. */
class ArtifactStoreExitTest {

    /** A process holding a store with a file in its spool, never closing it, until it is ended. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            ArtifactStore store = new ArtifactStore(1024);
            Files.writeString(store.spool().resolve("1.zip"), "an artifact");
            HoldingProcess.announceAndWait(store.spool());
        }
    }

    @Test
    void aStoreEndedBySigtermLeavesNoFolder() throws Exception {
        try (HoldingProcess holder = HoldingProcess.start(Holder.class)) {
            Path spool = holder.path();
            assertTrue(Files.isRegularFile(spool.resolve("1.zip")));

            holder.process().destroy();

            assertTrue(holder.process().waitFor(30, TimeUnit.SECONDS), "the holder did not end");
            assertFalse(Files.exists(spool), spool + " was left behind");
        }
    }

    @Test
    void aClosedStoreLetsGoOfItsExitHook() {
        ArtifactStore store = new ArtifactStore(1024);
        Path spool = store.spool();
        store.close();
        assertFalse(Files.exists(spool));
        // Closing again (as the exit hook would) is harmless.
        store.close();
    }
}
