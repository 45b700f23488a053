package dev.wheelhouse.cli;

import dev.wheelhouse.github.Environment;
import dev.wheelhouse.github.InMemorySecretStore;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 item 12: a token that cannot be a header value is refused before use, never echoed. */
class TokenInputCliTest {

    @Test
    void watchRefusesATokenWithAControlCharacterInOneLineAndExits() {
        for (String bad : new String[] {"ghp_SECRET\u0001tail", "ghp_SECRET\u007Ftail", "ghp_SECRET\u0101tail"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = CommandLineErrors.install(new CommandLine(new WatchCommand(
                    Environment.of(Map.of("GH_ENTERPRISE_TOKEN", bad)), InMemorySecretStore::new, WatchDriver::realTime,
                    () -> false)));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exit = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> cli.execute("--repo", "o/r", "--run", "1", "--api", "http://127.0.0.1:1"));
            assertEquals(2, exit, err.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertTrue(err.toString().contains("GH_ENTERPRISE_TOKEN"), err.toString());
            assertFalse(err.toString().contains("SECRET") || out.toString().contains("SECRET"), err.toString());
        }
    }
}
