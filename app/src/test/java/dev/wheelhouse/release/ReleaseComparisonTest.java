package dev.wheelhouse.release;

import dev.wheelhouse.cibw.ArtifactDownload;
import dev.wheelhouse.cibw.BuildIdentifier;
import dev.wheelhouse.cibw.WheelExpectation;
import dev.wheelhouse.cibw.WheelFileName;
import dev.wheelhouse.github.model.Artifact;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison on hand-made releases, one class of problem each: a two-cell release (Linux and Windows, two
 * CPython versions each) whose artifacts are then spoiled in one way.
 */
class ReleaseComparisonTest {

    private static final Instant NOW = Instant.parse("2026-06-03T10:00:00Z");
    private static final String LINUX = "build (ubuntu-latest)";
    private static final String WINDOWS = "build (windows-latest)";
    private long ids;

    private static ExpectedCell cell(String job, String artifact, boolean sdist, String... identifiers) {
        List<WheelExpectation> wheels = Arrays.stream(identifiers)
                .map(i -> WheelExpectation.of(BuildIdentifier.parse(i)).orElseThrow()).toList();
        return new ExpectedCell(job, Map.of(), 1, Optional.of("success"), wheels, sdist,
                List.of(new ExpectedUpload(artifact, sdist)), Optional.empty());
    }

    private static ExpectedRelease release(String version) {
        PublishStep publish = new PublishStep("publish", new ArtifactDownload(Optional.empty(), Optional.of("wheels-*"),
                "dist", true), "dist/", Optional.of("pypi"), true);
        return new ExpectedRelease("satkit", Optional.of(version), Optional.of(version), List.of(
                cell(LINUX, "wheels-linux", true, "cp312-manylinux_x86_64", "cp313-manylinux_x86_64"),
                cell(WINDOWS, "wheels-windows", false, "cp312-win_amd64", "cp313-win_amd64")), Optional.of(publish));
    }

    private ProducedArtifact artifact(String name, String job, ProducedFile... files) {
        return artifact(name, job, NOW.plus(Duration.ofDays(90)), false, files);
    }

    private ProducedArtifact artifact(String name, String job, Instant expires, boolean expired, ProducedFile... files) {
        Artifact listing = new Artifact(++ids, "n", name, 1000, "u", "d", expired, NOW, NOW, expires, "sha256:00", null);
        return new ProducedArtifact(listing, Optional.ofNullable(job), expired ? List.of() : List.of(files),
                expired ? Optional.of("it has expired") : Optional.empty(), true);
    }

    private static ProducedFile wheel(String name) {
        return wheel(name, 100_000, name.hashCode());
    }

    private static ProducedFile wheel(String name, long size, long crc) {
        return new ProducedFile(name, size, crc, WheelFileName.parse(name), Optional.empty(), List.of());
    }

    private static ProducedFile sdist(String name, long crc) {
        String stem = name.replaceFirst("\\.(tar\\.gz|zip)$", "");
        return new ProducedFile(name, 50_000, crc, Optional.empty(), Optional.of(new ProducedFile.SdistName(
                stem.substring(0, stem.lastIndexOf('-')), stem.substring(stem.lastIndexOf('-') + 1))), List.of());
    }

    private List<ProducedArtifact> good(String version) {
        String v = version;
        return new ArrayList<>(List.of(
                artifact("wheels-linux", LINUX,
                        wheel("satkit-" + v + "-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"),
                        wheel("satkit-" + v + "-cp313-cp313-manylinux_2_28_x86_64.whl"),
                        sdist("satkit-" + v + ".tar.gz", 7)),
                artifact("wheels-windows", WINDOWS, wheel("satkit-" + v + "-cp312-cp312-win_amd64.whl"),
                        wheel("satkit-" + v + "-cp313-cp313-win_amd64.whl"))));
    }

    private static ReleaseComparison.Outcome compare(ExpectedRelease expected, List<ProducedArtifact> produced) {
        Optional<PublishPlan> publish = expected.publish().map(p -> PublishPlanner.plan(p, produced));
        return ReleaseComparison.compare(expected, produced, publish, NOW);
    }

    private static Finding only(ReleaseComparison.Outcome outcome) {
        assertEquals(1, outcome.findings().size(), outcome.findings()::toString);
        return outcome.findings().get(0);
    }

    @Test
    void whatWasPlannedAndProducedFindsNothing() {
        ReleaseComparison.Outcome outcome = compare(release("1.2.0"), good("1.2.0"));
        assertEquals(List.of(), outcome.findings());
        assertEquals(List.of("2/2", "2/2"), outcome.cells().stream().map(CellReport::tally).toList());
    }

    @Test
    void aWheelLeftOutIsMissingInItsCell() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.set(1, artifact("wheels-windows", WINDOWS, wheel("satkit-1.2.0-cp312-cp312-win_amd64.whl")));
        ReleaseComparison.Outcome outcome = compare(release("1.2.0"), produced);
        Finding f = only(outcome);
        assertEquals(FindingKind.MISSING_WHEEL, f.kind());
        assertEquals(Optional.of(WINDOWS), f.job());
        assertTrue(f.message().contains("cp313-win_amd64"), f.message());
        assertEquals("1/2", outcome.cells().get(1).tally());
    }

    @Test
    void aWheelForAnotherArchitectureIsTheWrongPlatform() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.set(1, artifact("wheels-windows", WINDOWS, wheel("satkit-1.2.0-cp312-cp312-win_amd64.whl"),
                wheel("satkit-1.2.0-cp313-cp313-win_arm64.whl")));
        Finding f = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.WRONG_PLATFORM, f.kind());
        assertEquals(Optional.of("satkit-1.2.0-cp313-cp313-win_arm64.whl"), f.file());
    }

    @Test
    void aWheelNoPlanNamesIsUnexpected() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.add(artifact("wheels-extra", null, wheel("satkit-1.2.0-pp310-pypy310_pp73-win_amd64.whl")));
        Finding f = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.UNEXPECTED_WHEEL, f.kind());
        assertEquals(Optional.empty(), f.job());
        assertEquals(Optional.of("wheels-extra"), f.artifact());
    }

    @Test
    void anAbi3WheelCoversEveryLaterInterpreterItsJobPlans() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.set(1, artifact("wheels-windows", WINDOWS, wheel("satkit-1.2.0-cp312-abi3-win_amd64.whl")));
        ReleaseComparison.Outcome outcome = compare(release("1.2.0"), produced);
        assertEquals(List.of(), outcome.findings());
    }

    @Test
    void theSameFileNameWithOtherBytesInTwoMergedArtifactsLosesOne() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.add(artifact("wheels-linux-again", null, sdist("satkit-1.2.0.tar.gz", 8)));
        Finding f = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.DUPLICATE_FILE, f.kind());
        assertEquals(Optional.of("wheels-linux-again"), f.artifact());
        assertTrue(f.message().contains("one build would be lost"), f.message());
    }

    @Test
    void copiesInArtifactsThePublishJobDoesNotTakeAreNoClash() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.add(artifact("sdist-for-tests", null, sdist("satkit-1.2.0.tar.gz", 8)));
        assertEquals(List.of(), compare(release("1.2.0"), produced).findings());
    }

    @Test
    void aVersionOtherThanTheTagInOneFileNamesThatFile() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.set(1, artifact("wheels-windows", WINDOWS, wheel("satkit-1.2.0-cp312-cp312-win_amd64.whl"),
                wheel("satkit-1.2.0.post1-cp313-cp313-win_amd64.whl")));
        Finding f = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.VERSION_MISMATCH, f.kind());
        assertEquals(Optional.of(WINDOWS), f.job());
        assertEquals(Optional.of("satkit-1.2.0.post1-cp313-cp313-win_amd64.whl"), f.file());
    }

    @Test
    void pep440SpellingsOfTheTagsVersionAreTheSameVersion() {
        assertEquals(List.of(), compare(release("1.2"), good("1.2.0")).findings());
    }

    @Test
    void theSdistNowhereIsMissingAndTwoDifferentOnesAreTwice() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.set(0, artifact("wheels-linux", LINUX,
                wheel("satkit-1.2.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"),
                wheel("satkit-1.2.0-cp313-cp313-manylinux_2_28_x86_64.whl")));
        Finding missing = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.SDIST_MISSING, missing.kind());
        assertEquals(Optional.of(LINUX), missing.job());

        List<ProducedArtifact> twice = good("1.2.0");
        twice.add(artifact("wheels-sdist", null, sdist("satkit-1.2.0.zip", 9)));
        assertEquals(FindingKind.SDIST_TWICE, only(compare(release("1.2.0"), twice)).kind());
    }

    @Test
    void metadataThatDisagreesWithTheFileNameIsNamed() {
        List<ProducedArtifact> produced = good("1.2.0");
        String name = "satkit-1.2.0-cp313-cp313-win_amd64.whl";
        produced.set(1, artifact("wheels-windows", WINDOWS, wheel("satkit-1.2.0-cp312-cp312-win_amd64.whl"),
                new ProducedFile(name, 100_000, 1, WheelFileName.parse(name), Optional.empty(),
                        List.of("METADATA says version 1.1.0, the file name 1.2.0"))));
        Finding f = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.METADATA_MISMATCH, f.kind());
        assertTrue(f.message().contains("METADATA says version 1.1.0"), f.message());
    }

    @Test
    void anExpiredArtifactIsOneFindingNotMissingWheels() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.set(1, artifact("wheels-windows", WINDOWS, NOW.minus(Duration.ofDays(1)), true));
        Finding f = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.ARTIFACT_EXPIRED, f.kind());
        assertEquals(Optional.of(WINDOWS), f.job());
    }

    @Test
    void anArtifactExpiringWithinADayIsAWarning() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.set(1, artifact("wheels-windows", WINDOWS, NOW.plus(Duration.ofHours(5)), false,
                wheel("satkit-1.2.0-cp312-cp312-win_amd64.whl"), wheel("satkit-1.2.0-cp313-cp313-win_amd64.whl")));
        Finding f = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.ARTIFACT_EXPIRING, f.kind());
        assertTrue(!f.error());
    }

    @Test
    void aWheelUnderAQuarterOfItsSiblingsIsAWarning() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.set(1, artifact("wheels-windows", WINDOWS, wheel("satkit-1.2.0-cp312-cp312-win_amd64.whl"),
                wheel("satkit-1.2.0-cp313-cp313-win_amd64.whl", 9_000, 4)));
        Finding f = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.SMALL_WHEEL, f.kind());
        assertEquals(Optional.of("satkit-1.2.0-cp313-cp313-win_amd64.whl"), f.file());
        assertTrue(!f.error());
    }

    @Test
    void aJobThatUploadedNothingIsOneFindingForAllItsWheels() {
        List<ProducedArtifact> produced = good("1.2.0");
        produced.remove(1);
        Finding f = only(compare(release("1.2.0"), produced));
        assertEquals(FindingKind.ARTIFACT_MISSING, f.kind());
        assertTrue(f.message().contains("2 wheels"), f.message());
    }

    @Test
    void aPublishStepThatFindsNoArtifactIsReported() {
        ExpectedRelease expected = release("1.2.0");
        PublishStep renamed = new PublishStep("publish", new ArtifactDownload(Optional.empty(), Optional.of("cibw-*"),
                "dist", true), "dist/", Optional.empty(), true);
        ExpectedRelease moved = new ExpectedRelease(expected.project(), expected.version(), expected.projectVersion(),
                expected.cells(), Optional.of(renamed));
        Finding f = only(compare(moved, good("1.2.0")));
        assertEquals(FindingKind.PUBLISH_LAYOUT, f.kind());
        assertTrue(f.message().contains("no artifact matches cibw-*"), f.message());
    }
}
