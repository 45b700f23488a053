package dev.wheelhouse.release;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.github.DownloadedArtifact;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.model.Artifact;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a run's release: reads the run, its jobs and its workflow file at the run's commit, plans what it was meant
 * to produce, downloads the artifacts in order into a temporary folder, one ahead of the reading (digest checked,
 * read from its central directory, deleted), works out what the publish job would upload and compares. Blocking;
 * run it off the FX thread.
 */
public final class ReleaseCheck {

    private final ReleaseSource source;
    private final Clock clock;

    public ReleaseCheck(ReleaseSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /**
     * @param project a local clone to read {@code pyproject.toml} from; empty reads it at the run's commit
     * @throws ReleaseCheckException when the run or its workflow cannot be read
     * @throws GitHubException       when GitHub cannot be reached or refuses
     */
    public ReleaseReport check(long runId, Optional<ProjectFiles> project, CheckProgress progress) {
        WorkflowRun payload = source.run(runId);
        if (payload.path() == null || payload.headSha() == null) {
            throw new ReleaseCheckException("GitHub does not say which workflow file or commit run " + runId + " is of.");
        }
        String workflowPath = payload.path().replaceFirst("@.*$", "");
        Optional<String> tag = Optional.ofNullable(payload.headBranch()).filter(b -> !b.isEmpty())
                .filter(b -> source.tagCommit(b).isPresent());
        ReleaseRun run = ReleaseRun.of(payload, tag);
        String text = source.file(workflowPath, run.headSha()).orElseThrow(() -> new ReleaseCheckException(
                "The workflow file " + workflowPath + " is not in commit " + run.headSha() + "."));
        WorkflowDocument document;
        try {
            document = WorkflowDocument.parse(text);
        } catch (WorkflowParseException e) {
            throw new ReleaseCheckException("The workflow file " + workflowPath + " at commit " + run.headSha()
                    + " is not valid YAML (" + e.getMessage() + ").");
        }
        List<Job> jobs = source.jobs(runId);
        ExpectedRelease expected = ExpectedPlanner.plan(document, run, source.repository(),
                project.orElseGet(() -> new CommitFiles(source, run.headSha())), jobs);
        List<ProducedArtifact> produced = produced(runId, expected, progress);
        Optional<PublishPlan> publish = expected.publish().filter(PublishStep::runs)
                .map(step -> PublishPlanner.plan(step, produced));
        ReleaseComparison.Outcome outcome = ReleaseComparison.compare(expected, produced, publish, clock.instant());
        return new ReleaseReport(run, expected, produced, publish, outcome.cells(), outcome.findings(), clock.instant());
    }

    private List<ProducedArtifact> produced(long runId, ExpectedRelease expected, CheckProgress progress) {
        List<Artifact> artifacts = source.artifacts(runId, Optional.empty());
        List<ProducedArtifact> out = new ArrayList<>();
        Path folder = temporaryFolder();
        try (ArtifactPrefetch downloads = new ArtifactPrefetch(source, artifacts, folder, progress)) {
            for (int index = 0; index < artifacts.size(); index++) {
                Artifact artifact = artifacts.get(index);
                progress.artifact(artifact.name(), index + 1, artifacts.size());
                Optional<String> job = expected.uploaderOf(artifact.name()).map(ExpectedCell::job);
                // Taken for every artifact, an expired one's empty answer included: taking starts the next download.
                ArtifactPrefetch.Fetched fetched = downloads.take(index);
                out.add(artifact.expired()
                        ? new ProducedArtifact(artifact, job, List.of(), Optional.of("it has expired"), false)
                        : read(artifact, job, fetched));
            }
        } finally {
            delete(folder);
        }
        return out;
    }

    private static ProducedArtifact read(Artifact artifact, Optional<String> job, ArtifactPrefetch.Fetched fetched) {
        if (fetched.failure() != null) {
            GitHubException e = fetched.failure();
            if (e.kind() == GitHubException.Kind.UNEXPECTED || e.status() == 410) {
                return new ProducedArtifact(artifact, job, List.of(), Optional.of(e.userMessage()), false);
            }
            throw e;
        }
        DownloadedArtifact zip = fetched.zip();
        try {
            return new ProducedArtifact(artifact, job, ArtifactReader.read(zip.file()), Optional.empty(), zip.verified());
        } catch (IOException e) {
            return new ProducedArtifact(artifact, job, List.of(), Optional.of("it is not a readable zip (" + e.getMessage()
                    + ")"), zip.verified());
        } finally {
            try {
                Files.deleteIfExists(zip.file());
            } catch (IOException e) {
                // The folder goes at the end of the check.
            }
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("wheelhouse-release-check");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the artifacts: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A temporary folder: the system cleans it.
        }
    }
}
