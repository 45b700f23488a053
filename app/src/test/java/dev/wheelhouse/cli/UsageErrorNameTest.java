package dev.wheelhouse.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A usage error names the command as the user typed it, sub-command and all, in its one line. */
class UsageErrorNameTest {

    @Test
    void aSubCommandOfACommandIsNamedInFull() {
        CliRun run = CliRun.of("matrix", "show");

        assertEquals(2, run.exitCode());
        assertEquals("wheelhouse matrix show: Missing required parameter: 'FILE'. See 'wheelhouse matrix show --help'.",
                run.err().strip());
    }

    @Test
    void releaseCheckIsNamedInFull() {
        CliRun run = CliRun.of("release", "check", "--run=1");

        assertEquals(2, run.exitCode());
        assertEquals("wheelhouse release check: Missing required option: '--repo=OWNER/NAME'. "
                + "See 'wheelhouse release check --help'.", run.err().strip());
    }

    @Test
    void aTopLevelCommandIsNamedOnce() {
        CliRun run = CliRun.of("stats");

        assertEquals("wheelhouse stats: Missing required parameter: 'LOG'. See 'wheelhouse stats --help'.",
                run.err().strip());
    }
}
