package dev.wheelhouse.sandbox.release;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's artifact folder goes when its JVM ends by a signal, not only when the store is closed. */
class ArtifactStoreExitTest {

    /** A process holding a store with a file in its spool, never closing it; it prints the spool and waits. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            ArtifactStore store = new ArtifactStore(1024);
            Files.writeString(store.spool().resolve("1.zip"), "an artifact");
            System.out.println(store.spool());
            System.out.flush();
            // Waits to be ended by the test's signal; a minute at most should the test never send it.
            new CountDownLatch(1).await(1, TimeUnit.MINUTES);
        }
    }

    @Test
    void aStoreEndedBySigtermLeavesNoFolder() throws Exception {
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), Holder.class.getName()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Path spool = Path.of(new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());
            assertTrue(Files.isRegularFile(spool.resolve("1.zip")));

            holder.destroy();

            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder did not end");
            assertFalse(Files.exists(spool), spool + " was left behind");
        } finally {
            holder.destroyForcibly();
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
