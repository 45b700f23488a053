package dev.wheelhouse.release;

import dev.wheelhouse.github.model.Artifact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** gh run download's choice: names, patterns, one per name, expired left out, isolation. */
class ArtifactSelectionTest {

    private static Artifact artifact(long id, String name, boolean expired) {
        return new Artifact(id, "n", name, 1, "u", "d", expired, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, null, null);
    }

    private static final List<Artifact> LISTED = List.of(artifact(3, "wheels-linux", false),
            artifact(2, "wheels-windows", true), artifact(1, "wheels-linux", false), artifact(4, "coverage", false));

    private static List<Long> ids(List<Artifact> artifacts) {
        return artifacts.stream().map(Artifact::id).toList();
    }

    @Test
    void everythingIsOnePerNameTheNewestAndNoExpiredOne() {
        ArtifactSelection.Choice all = ArtifactSelection.all().choose(LISTED);
        assertEquals(List.of(3L, 4L), ids(all.chosen()));
        assertEquals(List.of(), all.expired());
        assertTrue(ArtifactSelection.all().isolated());
    }

    @Test
    void namesAndPatternsAddUp() {
        ArtifactSelection both = new ArtifactSelection(List.of("coverage"), List.of("wheels-*"));
        assertEquals(List.of(3L, 4L), ids(both.choose(LISTED).chosen()));
        assertTrue(both.isolated());
    }

    @Test
    void oneNameIsNotIsolatedAndAnExpiredNamedOneIsReported() {
        ArtifactSelection one = new ArtifactSelection(List.of("wheels-windows"), List.of());
        assertFalse(one.isolated());
        ArtifactSelection.Choice choice = one.choose(LISTED);
        assertEquals(List.of(), choice.chosen());
        assertEquals(List.of(2L), ids(choice.expired()));
        assertTrue(new ArtifactSelection(List.of("a", "b"), List.of()).isolated());
        assertTrue(new ArtifactSelection(List.of(), List.of("coverage")).isolated());
    }
}
