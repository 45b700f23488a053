package dev.wheelhouse.release;

import dev.wheelhouse.github.DownloadedArtifact;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.ReleaseCalls;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.TransferListener;
import dev.wheelhouse.github.model.Artifact;
import dev.wheelhouse.github.model.Deployment;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.github.model.PendingDeployment;
import dev.wheelhouse.github.model.WorkflowRun;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@link ReleaseSource} over the client: the Actions, Contents and Git refs endpoints of one repository. */
public final class GitHubReleaseSource implements ReleaseSource {

    private final GitHubClient client;
    private final RepositoryRef repo;
    private final ReleaseCalls calls;

    public GitHubReleaseSource(GitHubClient client, RepositoryRef repo) {
        this.client = client;
        this.repo = repo;
        this.calls = client.release();
    }

    @Override
    public String repository() {
        return repo.fullName();
    }

    @Override
    public WorkflowRun run(long runId) {
        return client.run(repo, runId);
    }

    @Override
    public List<Job> jobs(long runId) {
        return calls.jobs(repo, runId);
    }

    @Override
    public Optional<String> file(String path, String commitSha) {
        try {
            return Optional.of(client.readFile(repo, path, commitSha).text());
        } catch (GitHubException e) {
            if (e.kind() == GitHubException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<String> tagCommit(String tag) {
        return calls.tagTarget(repo, tag);
    }

    @Override
    public List<Artifact> artifacts(long runId, Optional<String> name) {
        return calls.runArtifacts(repo, runId, name);
    }

    @Override
    public DownloadedArtifact download(Artifact artifact, Path directory, TransferListener listener) {
        return calls.download(repo, artifact, directory, listener);
    }

    @Override
    public List<PendingDeployment> pendingDeployments(long runId) {
        return calls.pendingDeployments(repo, runId);
    }

    @Override
    public List<Deployment> review(long runId, List<Long> environmentIds, boolean approve, String comment) {
        return calls.review(repo, runId, environmentIds, approve, comment);
    }
}
