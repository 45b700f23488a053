package dev.wheelhouse.release;

import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import dev.wheelhouse.testing.SandboxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check over real HTTP against the sandbox: a clean release, then each fault the sandbox can inject. */
class ReleaseCheckSandboxTest {

    private SandboxSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private ReleaseReport check(String... faults) {
        session = SandboxSession.start(c -> c.releaseFaults(Arrays.stream(faults).map(ReleaseFaultRule::parse).toList()));
        long run = session.client().dispatch(session.repo(), "release.yml", "v0.9.0", Map.of(), true).runId().orElseThrow();
        session.clock().advance(Duration.ofMinutes(40));
        return new ReleaseCheck(new GitHubReleaseSource(session.client(), session.repo()), session.clock())
                .check(run, Optional.empty(), CheckProgress.NONE);
    }

    @Test
    void aCleanReleaseMatchesThePlan() {
        ReleaseReport report = check();
        assertEquals(List.of(), report.findings());
        assertTrue(report.ready());
        assertEquals(20, report.produced().size());
        assertEquals(25, report.wheelCount());
        assertEquals(1, report.sdistCount());
        assertEquals(20, report.cells().size());
        assertTrue(report.cells().stream().allMatch(CellReport::good), "every cell has its wheels");
        assertEquals(25, report.cells().stream().mapToInt(CellReport::matched).sum());
        assertEquals(Optional.of("0.9.0"), report.expected().version());
        PublishPlan publish = report.publish().orElseThrow();
        assertEquals("publish to PyPI", publish.step().job());
        assertEquals(26, publish.files().size());
        assertEquals(List.of(), publish.replaced());
        assertTrue(report.produced().stream().allMatch(ProducedArtifact::verified), "every digest checked");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "build wheels (windows-latest cp314)=no-files | ARTIFACT_MISSING | build wheels (windows-latest cp314)",
            "build wheels (ubuntu-latest cp314)=wrong-interpreter | WRONG_INTERPRETER | build wheels (ubuntu-latest cp314)",
            "build wheels (macos-latest cp312)=duplicate-file | DUPLICATE_FILE | build wheels (macos-latest cp312)",
            "build wheels (windows-latest cp312)=expired | ARTIFACT_EXPIRED | build wheels (windows-latest cp312)",
            "build wheels (ubuntu-24.04-arm cp310)=wrong-interpreter | WRONG_INTERPRETER | build wheels (ubuntu-24.04-arm cp310)",
            "build wheels (ubuntu-latest cp313)=no-files | ARTIFACT_MISSING | build wheels (ubuntu-latest cp313)"})
    void eachFaultGivesOneFindingForItsCell(String fault, FindingKind kind, String job) {
        ReleaseReport report = check(fault);
        assertEquals(1, report.findings().size(), () -> report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals(kind, finding.kind());
        assertEquals(Optional.of(job), finding.job());
        assertTrue(finding.message().contains(job), finding.message());
        assertFalse(report.ready());
        assertFalse(report.cell(job).orElseThrow().good());
        assertEquals(19, report.cells().stream().filter(CellReport::good).count());
    }

    @Test
    void aWrongInterpreterNamesTheWheelItClashesWith() {
        Finding finding = check("build wheels (ubuntu-latest cp314)=wrong-interpreter").findings().get(0);
        assertTrue(finding.file().orElseThrow().startsWith("satkit-0.9.0-cp313-cp313-manylinux"), finding.toString());
        assertTrue(finding.message().contains("also in cibw-wheels-ubuntu-latest-cp313"), finding.message());
    }

    @Test
    void theSdistMissingWithItsJobsArtifactIsOneFinding() {
        Finding finding = check("build wheels (ubuntu-latest cp313)=no-files").findings().get(0);
        assertTrue(finding.message().contains("wheel and the sdist"), finding.message());
    }

    @Test
    void aVersionOtherThanTheTagIsOneFindingForTheRun() {
        ReleaseReport report = check("version-mismatch");
        assertEquals(1, report.findings().size(), () -> report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals(FindingKind.VERSION_MISMATCH, finding.kind());
        assertEquals(Optional.empty(), finding.job());
        assertTrue(finding.message().contains("0.9.0") && finding.message().contains("26 files"), finding.message());
    }

    @Test
    void aBranchRunHasNoPublishStepAndChecksTheProjectVersion() {
        session = SandboxSession.start();
        long run = session.client().dispatch(session.repo(), "release.yml", "main", Map.of(), true).runId().orElseThrow();
        session.clock().advance(Duration.ofMinutes(40));
        ReleaseReport report = new ReleaseCheck(new GitHubReleaseSource(session.client(), session.repo()), session.clock())
                .check(run, Optional.empty(), CheckProgress.NONE);
        assertEquals(Optional.empty(), report.run().tag());
        assertEquals(Optional.empty(), report.publish());
        assertEquals(List.of(), report.findings());
        assertEquals(report.expected().projectVersion(), report.expected().version());
    }
}
