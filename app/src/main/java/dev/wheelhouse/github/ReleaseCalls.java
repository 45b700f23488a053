package dev.wheelhouse.github;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.wheelhouse.github.model.Artifact;
import dev.wheelhouse.github.model.GitRef;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.github.model.JobList;
import dev.wheelhouse.github.model.ArtifactList;
import dev.wheelhouse.github.model.Deployment;
import dev.wheelhouse.github.model.DeploymentEnvironment;
import dev.wheelhouse.github.model.DeploymentReview;
import dev.wheelhouse.github.model.EnvironmentApproval;
import dev.wheelhouse.github.model.EnvironmentList;
import dev.wheelhouse.github.model.PendingDeployment;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calls a release needs, over the client's one transport: a run's and the repository's artifacts
 * (https://docs.github.com/rest/actions/artifacts), one artifact, its download ({@link ArtifactDownloader}: the
 * blob host never sees the token) and deletion; the deployments a run waits for, reviewing them and the review
 * history (https://docs.github.com/rest/actions/workflow-runs#review-pending-deployments-for-a-workflow-run); the
 * environments with their protection rules. Thread-safe; every call blocks.
 */
public final class ReleaseCalls {

    /** Items per page: the API's maximum. */
    private static final int PER_PAGE = 100;
    /** A run with more than 10 000 artifacts is beyond any release. */
    private static final int MAX_PAGES = 100;

    private final GitHubClient client;
    private final ApiTransport transport;

    ReleaseCalls(GitHubClient client, ApiTransport transport) {
        this.client = client;
        this.transport = transport;
    }

    /** Every artifact of a run ({@code GET …/actions/runs/{run_id}/artifacts}, all pages), optionally of one name. */
    public List<Artifact> runArtifacts(RepositoryRef repo, long runId, Optional<String> name) {
        return artifacts(repo.apiPath() + "/actions/runs/" + runId + "/artifacts", name,
                "artifacts of workflow run " + runId + " in " + repo);
    }

    /** Every artifact of the repository, newest first ({@code GET …/actions/artifacts}), optionally of one name. */
    public List<Artifact> repositoryArtifacts(RepositoryRef repo, Optional<String> name) {
        return artifacts(repo.apiPath() + "/actions/artifacts", name, "artifacts of " + repo);
    }

    /** The jobs of a run's latest attempt, every page. */
    public List<Job> jobs(RepositoryRef repo, long runId) {
        List<Job> all = new ArrayList<>();
        String next = repo.apiPath() + "/actions/runs/" + runId + "/jobs?per_page=" + PER_PAGE;
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            Fetched<JobList> fetched = client.getJson(next,
                    JobList.class, "jobs of workflow run " + runId + " in " + repo);
            all.addAll(fetched.value().jobs());
            next = fetched.nextPage().orElse(null);
        }
        return all;
    }

    /** The object a tag points at ({@code GET …/git/ref/tags/{tag}}); empty when there is no such tag. */
    public Optional<String> tagTarget(RepositoryRef repo, String tag) {
        try {
            GitRef ref = client.getJson(repo.apiPath() + "/git/ref/tags/"
                    + GitHubClient.encodePath(tag), GitRef.class, "tag " + tag + " in " + repo)
                    .value();
            return Optional.ofNullable(ref.target()).map(GitRef.Target::sha);
        } catch (GitHubException e) {
            if (e.kind() == GitHubException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Artifact artifact(RepositoryRef repo, long artifactId) {
        return client.getJson(repo.apiPath() + "/actions/artifacts/" + artifactId, Artifact.class,
                "artifact " + artifactId + " in " + repo).value();
    }

    /**
     * Downloads an artifact's zip into {@code directory} (a temporary file there, which the caller then owns),
     * checking its size and {@code digest}.
     *
     * @throws GitHubException NOT_FOUND (410) when it has expired, CANCELLED when the listener cancelled,
     *                         UNEXPECTED when the bytes do not match the digest (nothing is kept then)
     */
    public DownloadedArtifact download(RepositoryRef repo, Artifact artifact, java.nio.file.Path directory,
                                       TransferListener listener) {
        URI zip = client.endpoint().resolve(repo.apiPath() + "/actions/artifacts/" + artifact.id() + "/zip");
        return new ArtifactDownloader(transport).download(zip, artifact, directory, listener,
                "artifact " + artifact.name() + " (" + artifact.id() + ") in " + repo);
    }

    /** {@code DELETE …/actions/artifacts/{artifact_id}}; one already gone counts as deleted. */
    public void deleteArtifact(RepositoryRef repo, long artifactId) {
        try {
            client.send("DELETE", repo.apiPath() + "/actions/artifacts/" + artifactId, null,
                    "artifact " + artifactId + " in " + repo);
        } catch (GitHubException e) {
            if (e.kind() != GitHubException.Kind.NOT_FOUND) {
                throw e;
            }
        }
    }

    /** The environments a run's jobs wait at, with who may review them. */
    public List<PendingDeployment> pendingDeployments(RepositoryRef repo, long runId) {
        return client.getJson(repo.apiPath() + "/actions/runs/" + runId + "/pending_deployments",
                new TypeReference<List<PendingDeployment>>() { }, "pending deployments of workflow run " + runId
                        + " in " + repo).value();
    }

    /**
     * Approves or rejects waiting deployments ({@code POST …/pending_deployments}); never repeated once sent.
     *
     * @throws GitHubException.Refused 422 when nothing the token may review is pending
     *                                 ("No pending deployment requests to approve or reject")
     */
    public List<Deployment> review(RepositoryRef repo, long runId, List<Long> environmentIds, boolean approve,
                                   String comment) {
        DeploymentReview body = new DeploymentReview(environmentIds, approve ? "approved" : "rejected",
                comment == null ? "" : comment);
        return client.postJson(repo.apiPath() + "/actions/runs/" + runId + "/pending_deployments", body,
                new TypeReference<List<Deployment>>() { }, "the deployment review of workflow run " + runId + " in " + repo);
    }

    /** Who approved or rejected which environments of a run, oldest first. */
    public List<EnvironmentApproval> approvals(RepositoryRef repo, long runId) {
        return client.getJson(repo.apiPath() + "/actions/runs/" + runId + "/approvals",
                new TypeReference<List<EnvironmentApproval>>() { }, "review history of workflow run " + runId + " in "
                        + repo).value();
    }

    /** The repository's environments with their protection rules (every page). */
    public List<DeploymentEnvironment> environments(RepositoryRef repo) {
        List<DeploymentEnvironment> all = new ArrayList<>();
        String next = repo.apiPath() + "/environments?per_page=" + PER_PAGE;
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            Fetched<EnvironmentList> fetched = client.getJson(next, EnvironmentList.class, "environments of " + repo);
            all.addAll(fetched.value().environments());
            next = fetched.nextPage().orElse(null);
        }
        return all;
    }

    public DeploymentEnvironment environment(RepositoryRef repo, String name) {
        return client.getJson(repo.apiPath() + "/environments/" + GitHubClient.encodePath(name),
                DeploymentEnvironment.class, "environment " + name + " in " + repo).value();
    }

    private List<Artifact> artifacts(String path, Optional<String> name, String subject) {
        List<Artifact> all = new ArrayList<>();
        String next = path + "?per_page=" + PER_PAGE + name.map(n -> "&name=" + GitHubClient.encodeQuery(n)).orElse("");
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            Fetched<ArtifactList> fetched = client.getJson(next, ArtifactList.class, subject);
            all.addAll(fetched.value().artifacts());
            next = fetched.nextPage().orElse(null);
        }
        return all;
    }
}
