package dev.wheelhouse.cli;

import dev.wheelhouse.sandbox.SandboxConfig;
import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import dev.wheelhouse.testing.SandboxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code download} against the sandbox over real HTTP: {@code gh run download}'s choice and layout, digests, an
 * expired artifact, a file already there, a blob host that stalls. The blob host refuses any request carrying an
 * {@code Authorization} header, so every download that succeeds here sent the token to the API host only.
 */
class DownloadCommandTest {

    @TempDir
    Path dir;
    private SandboxSession session;
    private long run;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private void release(UnaryOperator<SandboxConfig.Builder> config) {
        session = SandboxSession.start(config);
        run = session.client().dispatch(session.repo(), "release.yml", "v0.9.0", Map.of(), true).runId().orElseThrow();
        session.clock().advance(Duration.ofMinutes(40));
    }

    private CliRun download(dev.wheelhouse.github.ClientOptions options, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DownloadCommand(ReleaseCommandsTest.setup(session,
                session.sandbox().token(), options)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run),
                "--api", session.sandbox().apiUrl(), "-D", dir.toString()));
        all.addAll(List.of(args));
        return new CliRun(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private CliRun download(String... args) {
        return download(session.options(), args);
    }

    private List<String> tree() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void everyArtifactGoesIntoAFolderOfItsName() throws Exception {
        release(UnaryOperator.identity());
        CliRun all = download();
        assertEquals(0, all.exitCode(), all.err());
        List<String> files = tree();
        assertEquals(26, files.size(), files::toString);
        assertTrue(files.contains("cibw-wheels-ubuntu-latest-cp313/satkit-0.9.0.tar.gz"), files::toString);
        assertEquals(20, files.stream().map(f -> f.substring(0, f.indexOf('/'))).distinct().count());
        assertEquals(20, all.out().lines().filter(l -> l.endsWith("(digest checked)")).count(), all.out());
    }

    @Test
    void oneNamedArtifactIsUnpackedStraightIntoTheFolder() throws Exception {
        release(UnaryOperator.identity());
        CliRun one = download("-n", "cibw-wheels-ubuntu-latest-cp313");
        assertEquals(0, one.exitCode(), one.err());
        List<String> files = tree();
        assertEquals(2, files.size(), files::toString);
        assertTrue(files.contains("satkit-0.9.0.tar.gz"), files::toString);
    }

    @Test
    void aPatternIsolatesEvenASingleMatch() throws Exception {
        release(UnaryOperator.identity());
        CliRun windows = download("-p", "cibw-wheels-windows-*", "-p", "cibw-wheels-*-cp310");
        assertEquals(0, windows.exitCode(), windows.err());
        List<String> files = tree();
        assertEquals(9, files.size(), files::toString);
        assertTrue(files.stream().allMatch(f -> f.startsWith("cibw-wheels-")), files::toString);
        CliRun none = download("-p", "sdist-*");
        assertEquals(1, none.exitCode());
        assertEquals("wheelhouse download: No valid artifacts of run " + run + " to download match sdist-*.\n", none.err());
    }

    @Test
    void anExpiredArtifactIsSkippedUnlessNamedThenItIsAnError() throws Exception {
        release(c -> c.releaseFaults(List.of(ReleaseFaultRule.parse("build wheels (windows-latest cp312)=expired"))));
        CliRun named = download("-n", "cibw-wheels-windows-latest-cp312");
        assertEquals(1, named.exitCode());
        assertEquals(1, named.err().lines().count(), named.err());
        assertTrue(named.err().contains("cibw-wheels-windows-latest-cp312 of run " + run + " has expired"), named.err());
        CliRun windows = download("-p", "cibw-wheels-windows-*");
        assertEquals(0, windows.exitCode(), windows.err());
        assertEquals(4, tree().size());
    }

    @Test
    void aFileAlreadyThereIsNotOverwritten() throws Exception {
        release(UnaryOperator.identity());
        Path mine = Files.writeString(dir.resolve("satkit-0.9.0.tar.gz"), "my own sdist");
        CliRun clash = download("-n", "cibw-wheels-ubuntu-latest-cp313");
        assertEquals(1, clash.exitCode());
        assertEquals(1, clash.err().lines().count(), clash.err());
        assertTrue(clash.err().contains("already exists"), clash.err());
        assertEquals("my own sdist", Files.readString(mine));
        assertEquals(List.of("satkit-0.9.0.tar.gz"), tree(), "neither the wheel nor the zip was left");
    }

    @Test
    void aBlobHostThatStallsEndsTheDownloadWithinTheRequestTimeout() throws Exception {
        release(c -> c.blobStall(Duration.ofMinutes(5)).wheelBytes(256 << 10));
        CliRun stalled = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> download(
                session.options().withRequestTimeout(Duration.ofSeconds(1)), "-n", "cibw-wheels-macos-latest-cp312"));
        assertEquals(1, stalled.exitCode());
        assertEquals(1, stalled.err().lines().count(), stalled.err());
        assertTrue(stalled.err().contains("nothing came for 1 s"), stalled.err());
        assertEquals(List.of(), tree(), "nothing kept");
    }

    /** A rejected token is as good as none (exit 2, as every command that reads GitHub has it), and nothing is written. */
    @Test
    void aRejectedTokenExits2WithOneLineNamingTheCommand() throws Exception {
        release(UnaryOperator.identity());
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DownloadCommand(ReleaseCommandsTest.setup(session, "ghp_" + "B".repeat(36),
                session.options())));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("--repo", "wheelhouse-demo/satkit", "--run", String.valueOf(run),
                "--api", session.sandbox().apiUrl(), "-D", dir.toString());

        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("wheelhouse download: GitHub rejected the token (401 Bad credentials)"),
                err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals(List.of(), tree(), "nothing written");
    }

    @Test
    void badArgumentsExit2WithOneLine() {
        release(UnaryOperator.identity());
        CliRun bad = new CliRun(new CommandLine(new DownloadCommand(ReleaseCommandsTest.setup(session, "t",
                session.options()))).execute("--repo", "x", "--run", "1"), "", "");
        assertEquals(2, bad.exitCode());
    }
}
