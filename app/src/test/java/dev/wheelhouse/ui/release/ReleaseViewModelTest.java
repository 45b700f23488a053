package dev.wheelhouse.ui.release;

import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.release.FindingKind;
import dev.wheelhouse.release.GitHubReleaseSource;
import dev.wheelhouse.runs.model.JobSnapshot;
import dev.wheelhouse.runs.model.RunInfo;
import dev.wheelhouse.runs.model.RunLayout;
import dev.wheelhouse.runs.model.RunSnapshot;
import dev.wheelhouse.runs.model.WorkflowPlan;
import dev.wheelhouse.sandbox.release.ReleaseFaultRule;
import dev.wheelhouse.testing.SandboxSession;
import dev.wheelhouse.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Release panel's model without a window: the sandbox over HTTP, work run inline. */
class ReleaseViewModelTest {

    @TempDir
    Path folder;
    private SandboxSession session;
    private long run;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private ReleaseViewModel tagRelease(String... faults) {
        session = SandboxSession.start(c -> c.releaseFaults(Stream.of(faults).map(ReleaseFaultRule::parse).toList()));
        run = session.client().dispatch(session.repo(), "release.yml", "v0.9.0", Map.of(), true).runId().orElseThrow();
        return new ReleaseViewModel(new DirectTaskExecutor(), new GitHubReleaseSource(session.client(), session.repo()),
                run, session.clock());
    }

    private RunSnapshot snapshot() {
        List<JobSnapshot> jobs = session.client().jobs(session.repo(), run).stream().map(JobSnapshot::of).toList();
        return new RunSnapshot(RunInfo.of(session.client().run(session.repo(), run)), jobs,
                RunLayout.place(WorkflowPlan.unavailable("not needed"), jobs), Map.of(), Optional.empty(),
                session.clock().instant());
    }

    private Job publishJob() {
        return session.client().jobs(session.repo(), run).stream().filter(j -> j.name().equals("publish to PyPI"))
                .findFirst().orElseThrow();
    }

    @Test
    void checksWhenTheBuildsAreDoneThenApprovalLetsThePublishJobSucceed() {
        ReleaseViewModel model = tagRelease();
        model.snapshot(snapshot());
        assertEquals(null, model.reportProperty().get(), "no check while jobs run");
        session.clock().advance(Duration.ofMinutes(40));
        model.snapshot(snapshot());
        assertEquals("25 wheels and 1 sdist in 20 artifacts; nothing is missing or wrong.", model.statusProperty().get());
        assertEquals(20, model.artifacts().size());
        assertEquals(List.of(), model.findings());
        assertEquals(Optional.of("✔ 1/1"), model.cellBadge("build wheels (ubuntu-latest cp312)"));
        assertEquals(Optional.of("✔ 2/2"), model.cellBadge("build wheels (macos-latest cp312)"));
        assertEquals("publish to PyPI is waiting for approval in PyPiPublish", model.gateProperty().get());

        ApprovalPlan plan = model.approvalPlan();
        assertEquals(26, plan.files().size());
        assertEquals(false, plan.needsConfirmation());
        model.approve("checked", false);
        assertEquals("", model.gateProperty().get());
        session.clock().advance(Duration.ofMinutes(10));
        assertEquals("success", publishJob().conclusion());
    }

    @Test
    void anOpenFindingMarksItsCellAndApprovalNeedsAConfirmation() {
        ReleaseViewModel model = tagRelease("build wheels (windows-latest cp314)=no-files");
        session.clock().advance(Duration.ofMinutes(40));
        model.snapshot(snapshot());
        assertEquals(FindingKind.ARTIFACT_MISSING, model.findings().get(0).kind());
        assertEquals(Optional.of("✘ 0/1"), model.cellBadge("build wheels (windows-latest cp314)"));
        assertTrue(model.cellFindings("build wheels (windows-latest cp314)").contains("uploaded no artifact"));
        assertTrue(model.approvalPlan().needsConfirmation());
        assertThrows(IllegalStateException.class, () -> model.approve("", false));
        assertEquals("waiting", publishJob().status());
        model.reject("cp314 wheel missing");
        session.clock().advance(Duration.ofMinutes(2));
        assertEquals("failure", publishJob().conclusion());
    }

    @Test
    void aReviewerWhoMayNotReviewSeesGitHubsRefusal() {
        session = SandboxSession.start();
        run = session.client().dispatch(session.repo(), "release.yml", "v0.9.0", Map.of(), true).runId().orElseThrow();
        session.clock().advance(Duration.ofMinutes(40));
        var stranger = session.client(session.sandbox().issueToken("octo-helper", java.util.Set.of("repo")));
        ReleaseViewModel model = new ReleaseViewModel(new DirectTaskExecutor(),
                new GitHubReleaseSource(stranger, session.repo()), run, session.clock());
        model.snapshot(snapshot());
        assertTrue(model.gateProperty().get().endsWith("(you are not among its reviewers: GitHub will refuse your review)"),
                model.gateProperty().get());
        model.approve("", true);
        assertTrue(model.problemProperty().get().contains("No pending deployment requests"), model.problemProperty().get());
        assertEquals("waiting", publishJob().status());
    }

    @Test
    void downloadsEveryArtifactWithProgressAndDigestsChecked() throws Exception {
        ReleaseViewModel model = tagRelease();
        session.clock().advance(Duration.ofMinutes(40));
        model.snapshot(snapshot());
        DownloadViewModel downloads = new DownloadViewModel(new DirectTaskExecutor(), model.source());
        downloads.start(model.reportProperty().get().produced().stream().map(p -> p.artifact()).toList(), folder);
        assertEquals(1.0, downloads.progressProperty().get());
        assertTrue(downloads.messageProperty().get().startsWith("26 files from 20 artifacts"),
                downloads.messageProperty().get());
        assertTrue(downloads.messageProperty().get().endsWith("every digest checked."));
        try (var files = Files.walk(folder)) {
            assertEquals(26, files.filter(Files::isRegularFile).count());
        }
    }
}
