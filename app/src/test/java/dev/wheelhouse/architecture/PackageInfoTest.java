package dev.wheelhouse.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every package of the app says what it owns in a {@code package-info.java}: the next engineer
 * reads that first (docs/architecture.md points there). Read from the sources, since javac writes
 * no class for a package-info that holds only a comment.
 */
class PackageInfoTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/wheelhouse");

    @Test
    void everyPackageHasAPackageInfoThatSaysSomething() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the app module: " + SOURCES.toAbsolutePath());
        List<String> without;
        try (Stream<Path> folders = Files.walk(SOURCES)) {
            without = folders.filter(Files::isDirectory).filter(PackageInfoTest::holdsClasses)
                    .filter(folder -> !describes(folder.resolve("package-info.java")))
                    .map(folder -> SOURCES.getParent().getParent().relativize(folder).toString())
                    .sorted().toList();
        }
        assertEquals(List.of(), without, "packages without a package-info.java that says what they own");
    }

    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean describes(Path packageInfo) {
        try {
            return Files.isRegularFile(packageInfo) && Files.readString(packageInfo).contains("/**");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
