package dev.wheelhouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real inputs shared by the team (a copy of shared/samples, kept in the repository so a
 * clean clone tests the same bytes).
 */
public final class Samples {

    private static final Path ROOT = locate();

    private Samples() {
    }

    public static Path root() {
        return ROOT;
    }

    public static Path workflows() {
        return ROOT.resolve("workflows");
    }

    public static Path workflow(String fileName) {
        return workflows().resolve(fileName);
    }

    public static Path sccache() {
        return ROOT.resolve("sccache");
    }

    /** Failed builds' logs with EXPECTED.json (class, accepted classes, key line). */
    public static Path failures() {
        return ROOT.resolve("failures");
    }

    public static Path githubApi() {
        return ROOT.resolve("github-api");
    }

    public static Path matrixCases() {
        return ROOT.resolve("matrix-cases.json");
    }

    /** Every workflow YAML file among the samples, sorted by name. */
    public static List<Path> allWorkflowFiles() {
        try (Stream<Path> files = Files.list(workflows())) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        // Surefire runs in the module directory; an IDE may run from the repository root.
        for (Path candidate : List.of(Path.of("src/test/resources/samples"),
                Path.of("app/src/test/resources/samples"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("samples not found under src/test/resources/samples");
    }
}
