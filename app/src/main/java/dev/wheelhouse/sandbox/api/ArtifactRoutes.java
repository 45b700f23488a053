package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.github.model.Artifact;
import dev.wheelhouse.github.model.ArtifactList;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.release.ArtifactStore;
import dev.wheelhouse.sandbox.release.StoredArtifact;
import dev.wheelhouse.sandbox.state.SimulatedRun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Artifacts (https://docs.github.com/rest/actions/artifacts): a run's and the repository's lists with the
 * {@code name} filter (kept in the page links, {@code total_count} counting matches), one artifact, its download
 * ({@code /zip}: 302 to a ten-minute SAS URL on the blob host; 410 "Artifact has expired" once expired) and its
 * deletion (204, then 404).
 */
final class ArtifactRoutes extends Routes {

    private static final String BASE = "https://docs.github.com/rest/actions/artifacts";
    private static final String RUN_DOCS = BASE + "#list-workflow-run-artifacts";
    private static final String LIST_DOCS = BASE + "#list-artifacts-for-a-repository";
    private static final String GET_DOCS = BASE + "#get-an-artifact";
    private static final String DOWNLOAD_DOCS = BASE + "#download-an-artifact";
    private static final String DELETE_DOCS = BASE + "#delete-an-artifact";

    ArtifactRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        api.add("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", "", ACTIONS_READ, this::ofRun);
        api.add("GET", "/repos/{owner}/{repo}/actions/artifacts", "", ACTIONS_READ, this::all);
        api.add("GET", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}", "", ACTIONS_READ, this::get);
        api.add("GET", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", "", ACTIONS_READ,
                this::download);
        api.add("DELETE", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}", "", ACTIONS_WRITE, this::delete);
    }

    private ApiResponse ofRun(ApiRequest request) {
        Urls u = urls(request, RUN_DOCS);
        SimulatedRun run = world.runs().run(parseId(request.param("run_id"), RUN_DOCS))
                .orElseThrow(() -> ApiException.notFound(RUN_DOCS));
        Instant now = now();
        List<StoredArtifact> found = named(request, store().ofRun(run, now));
        if (request.query("direction").map("desc"::equals).orElse(false)) {
            found = new ArrayList<>(found);
            java.util.Collections.reverse(found);
        }
        List<Artifact> payloads = found.stream().map(a -> payload(u, a, now)).toList();
        return page(request, payloads, repositoryPath() + "/actions/runs/" + run.id() + "/artifacts",
                p -> new ArtifactList(p.totalCount(), p.items()));
    }

    /** Every run's artifacts, newest first. */
    private ApiResponse all(ApiRequest request) {
        Urls u = urls(request, LIST_DOCS);
        Instant now = now();
        List<StoredArtifact> found = named(request, everything(now));
        List<Artifact> payloads = found.stream()
                .sorted(Comparator.comparing(StoredArtifact::createdAt).thenComparingLong(StoredArtifact::id).reversed())
                .map(a -> payload(u, a, now)).toList();
        return page(request, payloads, repositoryPath() + "/actions/artifacts",
                p -> new ArtifactList(p.totalCount(), p.items()));
    }

    private ApiResponse get(ApiRequest request) {
        Urls u = urls(request, GET_DOCS);
        return ApiResponse.ok(payload(u, find(request, GET_DOCS), now()));
    }

    private ApiResponse download(ApiRequest request) {
        urls(request, DOWNLOAD_DOCS);
        StoredArtifact artifact = find(request, DOWNLOAD_DOCS);
        if (!request.param("archive_format").equals("zip")) {
            throw ApiException.notFound(DOWNLOAD_DOCS);
        }
        if (artifact.expiredAt(now())) {
            throw ApiException.of(410, "Artifact has expired", DOWNLOAD_DOCS);
        }
        return ApiResponse.redirect(world.signedBlob().apply(blobPath(artifact), artifact.name() + ".zip"));
    }

    private ApiResponse delete(ApiRequest request) {
        urls(request, DELETE_DOCS);
        requireWrite(request, DELETE_DOCS);
        StoredArtifact artifact = find(request, DELETE_DOCS);
        store().delete(artifact.id());
        return ApiResponse.noContent();
    }

    /**
     * Where the zip lives on the blob host, in the recorded form
     * {@code /actions-results/<uuid>/workflow-job-run-<uuid>/artifacts/<sha256>.zip}.
     */
    static String blobPath(StoredArtifact artifact) {
        UUID run = UUID.nameUUIDFromBytes(("run-" + artifact.runId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        UUID job = UUID.nameUUIDFromBytes(("job-" + artifact.jobId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "/actions-results/" + run + "/workflow-job-run-" + job + "/artifacts/" + artifact.sha256() + ".zip";
    }

    private StoredArtifact find(ApiRequest request, String docs) {
        long id = parseId(request.param("artifact_id"), docs);
        Optional<StoredArtifact> known = store().byId(id);
        if (known.isEmpty()) {
            // Not looked at yet: an artifact exists once its upload step has finished, whether or not listed.
            everything(now());
            known = store().byId(id);
        }
        return known.filter(a -> !a.createdAt().isAfter(now())).orElseThrow(() -> ApiException.notFound(docs));
    }

    private List<StoredArtifact> everything(Instant now) {
        List<StoredArtifact> all = new ArrayList<>();
        for (SimulatedRun run : world.runs().runs()) {
            all.addAll(store().ofRun(run, now));
        }
        return all;
    }

    private static List<StoredArtifact> named(ApiRequest request, List<StoredArtifact> artifacts) {
        Optional<String> name = request.query("name").filter(n -> !n.isEmpty());
        return name.map(n -> artifacts.stream().filter(a -> a.name().equals(n)).toList()).orElse(artifacts);
    }

    private Artifact payload(Urls u, StoredArtifact a, Instant now) {
        SimulatedRun run = world.runs().run(a.runId()).orElseThrow();
        String url = u.repoApi() + "/actions/artifacts/" + a.id();
        return new Artifact(a.id(), NodeIds.legacy("Artifact", a.id()), a.name(), a.sizeInBytes(), url, url + "/zip",
                a.expiredAt(now), a.createdAt(), a.createdAt(), a.expiresAt(), a.digest(),
                new Artifact.RunRef(run.id(), world.repo().id(), world.repo().id(), run.headBranch(), run.headSha()));
    }

    private ArtifactStore store() {
        return world.release().artifacts();
    }
}
