package dev.wheelhouse.release;

import dev.wheelhouse.github.DownloadedArtifact;
import dev.wheelhouse.github.TransferListener;
import dev.wheelhouse.github.model.Artifact;
import dev.wheelhouse.github.model.Deployment;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.github.model.PendingDeployment;
import dev.wheelhouse.github.model.WorkflowRun;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What release readiness reads from (and asks of) one repository on GitHub. Every method blocks and throws
 * {@link dev.wheelhouse.github.GitHubException} with a message for the user.
 */
public interface ReleaseSource {

    /** {@code OWNER/NAME}, for messages. */
    String repository();

    WorkflowRun run(long runId);

    /** The jobs of the run's latest attempt, every page. */
    List<Job> jobs(long runId);

    /** A file's text at a commit; empty when the commit has no such file. */
    Optional<String> file(String path, String commitSha);

    /** The commit a tag points at; empty when there is no such tag. */
    Optional<String> tagCommit(String tag);

    /** Every artifact of the run, every page, optionally of one name. */
    List<Artifact> artifacts(long runId, Optional<String> name);

    /** An artifact's zip, downloaded into {@code directory} with its digest checked; the caller owns the file. */
    DownloadedArtifact download(Artifact artifact, Path directory, TransferListener listener);

    List<PendingDeployment> pendingDeployments(long runId);

    List<Deployment> review(long runId, List<Long> environmentIds, boolean approve, String comment);
}
