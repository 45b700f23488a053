package dev.wheelhouse;

import dev.wheelhouse.testing.ChildJvm;
import dev.wheelhouse.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A command loads only what it needs (issue 15): `matrix show` and a local `why` in a JVM of their
 * own, every class they load listed by -Xlog:class+load, none of the window's, the database's or
 * the network's.
 */
class CommandClassLoadingTest {

    private static final List<String> NOT_FOR_MATRIX_SHOW = List.of(
            "javafx.", "org.controlsfx.", "atlantafx.", "org.kordamp.ikonli.", "org.sqlite.", "java.sql.",
            "java.net.http.", "jdk.internal.net.http.", "org.kohsuke.github.", "com.sun.net.httpserver.",
            "dev.wheelhouse.ui.", "dev.wheelhouse.history.", "dev.wheelhouse.github.", "dev.wheelhouse.sandbox.",
            "dev.wheelhouse.runs.", "dev.wheelhouse.cli.DispatchCommand", "dev.wheelhouse.cli.WatchCommand",
            "dev.wheelhouse.cli.SandboxCommand");

    @Test
    void matrixShowLoadsNeitherTheWindowNorTheDatabaseNorAnHttpClient() throws Exception {
        String workflow = Samples.workflow("ssmichael1__satkit__.github_workflows_release.yml").toString();
        List<String> loaded = loadedClasses(List.of("matrix", "show", workflow));
        assertTrue(loaded.contains("dev.wheelhouse.cli.MatrixShowCommand"), "the log lists the command's own classes");
        List<String> unwanted = loaded.stream()
                .filter(name -> NOT_FOR_MATRIX_SHOW.stream().anyMatch(name::startsWith)).toList();
        assertEquals(List.of(), unwanted);
    }

    @Test
    void whyOnALocalLogAsksNothingOfGitHubNorReadsTheTimeZoneRules() throws Exception {
        String log = Samples.failures().resolve("10-dependency-install-failed-arrow-43119.txt").toString();
        List<String> loaded = loadedClasses(List.of("why", log));
        assertTrue(loaded.contains("dev.wheelhouse.cli.WhyCommand"), "the log lists the command's own classes");
        List<String> unwanted = loaded.stream().filter(name -> name.startsWith("java.time.zone.")
                || name.startsWith("sun.util.calendar.ZoneInfo") || name.startsWith("java.net.http.")
                || name.equals("dev.wheelhouse.github.GitHubClient")).toList();
        assertEquals(List.of(), unwanted, "the client's options (the system clock's zone) are made only to ask GitHub");
    }

    private static List<String> loadedClasses(List<String> args) throws IOException, InterruptedException {
        Process process = ChildJvm.start(Main.class, List.of("-Xshare:off", "-Xlog:class+load=info:stdout:none"), args);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ends");
        assertEquals(0, process.exitValue(), output);
        // One line per class: "<name> source: <where>"; the command's own output has no " source: ".
        return output.lines().filter(line -> line.contains(" source: "))
                .map(line -> line.substring(0, line.indexOf(' '))).toList();
    }
}
