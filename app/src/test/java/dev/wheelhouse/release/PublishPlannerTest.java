package dev.wheelhouse.release;

import dev.wheelhouse.cibw.ArtifactDownload;
import dev.wheelhouse.cibw.WheelFileName;
import dev.wheelhouse.github.model.Artifact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What download-artifact v4 leaves in the publish job's folder. */
class PublishPlannerTest {

    private static ProducedArtifact artifact(long id, String name, String... wheels) {
        Artifact listing = new Artifact(id, "n", name, 10, "u", "d", false, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH,
                null, null);
        return new ProducedArtifact(listing, Optional.empty(), java.util.Arrays.stream(wheels)
                .map(w -> new ProducedFile("dist/" + w, id, id, WheelFileName.parse(w), Optional.empty(), List.of()))
                .toList(), Optional.empty(), true);
    }

    private static PublishStep step(ArtifactDownload download, String packagesDir) {
        return new PublishStep("publish to PyPI", download, packagesDir, Optional.of("pypi"), true);
    }

    private static final List<ProducedArtifact> ARTIFACTS = List.of(
            artifact(1, "cibw-wheels-a", "p-1-cp312-cp312-win_amd64.whl", "p-1-cp313-cp313-win_amd64.whl"),
            artifact(2, "coverage", "p-1-py3-none-any.whl"),
            artifact(3, "cibw-wheels-b", "p-1-cp313-cp313-win_amd64.whl"));

    @Test
    void mergeMultiplePutsMatchingArtifactsInOneFolderTheLaterReplacingTheEarlier() {
        PublishPlan plan = PublishPlanner.plan(step(new ArtifactDownload(Optional.empty(), Optional.of("cibw-wheels-*"),
                "dist", true), "dist/"), ARTIFACTS);
        assertEquals(List.of("cibw-wheels-a", "cibw-wheels-b"), plan.artifacts());
        assertEquals(List.of("p-1-cp312-cp312-win_amd64.whl", "p-1-cp313-cp313-win_amd64.whl"),
                plan.files().stream().map(PublishPlan.PublishedFile::name).toList());
        assertEquals("cibw-wheels-b", plan.files().get(1).artifact());
        assertEquals(List.of(new PublishPlan.PublishedFile("p-1-cp313-cp313-win_amd64.whl", "cibw-wheels-a", 1)),
                plan.replaced());
        assertEquals(Optional.empty(), plan.problem());
    }

    @Test
    void withoutMergeEachArtifactGoesInItsOwnFolderWhereThePublishStepDoesNotLook() {
        PublishPlan plan = PublishPlanner.plan(step(new ArtifactDownload(Optional.empty(), Optional.of("cibw-wheels-*"),
                "./dist/", false), "dist"), ARTIFACTS);
        assertTrue(plan.problem().orElseThrow().contains("merge-multiple is off"), plan.problem().toString());
    }

    @Test
    void oneNamedArtifactLandsStraightInThePathAndAMissingOneIsSaid() {
        PublishPlan one = PublishPlanner.plan(step(new ArtifactDownload(Optional.of("coverage"), Optional.empty(),
                "dist", false), "dist/"), ARTIFACTS);
        assertEquals(List.of("coverage"), one.artifacts());
        assertEquals(Optional.empty(), one.problem());
        PublishPlan none = PublishPlanner.plan(step(new ArtifactDownload(Optional.of("wheels"), Optional.empty(),
                "dist", false), "dist/"), ARTIFACTS);
        assertEquals(Optional.of("no artifact is named wheels"), none.problem());
    }
}
