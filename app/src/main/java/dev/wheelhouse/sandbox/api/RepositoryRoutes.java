package dev.wheelhouse.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.github.model.Branch;
import dev.wheelhouse.github.model.ErrorBody;
import dev.wheelhouse.github.model.GitRef;
import dev.wheelhouse.github.model.Tag;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.state.GitRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The repository, its branches and its git refs. */
final class RepositoryRoutes extends Routes {

    private static final String REPO_DOCS = "https://docs.github.com/rest/repos/repos#get-a-repository";
    private static final String BRANCHES_DOCS = "https://docs.github.com/rest/branches/branches#list-branches";
    private static final String BRANCH_DOCS = "https://docs.github.com/rest/branches/branches#get-a-branch";
    private static final String REF_DOCS = "https://docs.github.com/rest/git/refs#get-a-reference";
    private static final String MATCHING_DOCS = "https://docs.github.com/rest/git/refs#list-matching-references";
    private static final String CREATE_REF_DOCS = "https://docs.github.com/rest/git/refs#create-a-reference";
    private static final String TAGS_DOCS = "https://docs.github.com/rest/repos/repos#list-repository-tags";

    RepositoryRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        api.add("GET", "/repos/{owner}/{repo}", "repo", METADATA, this::repository);
        api.add("GET", "/repos/{owner}/{repo}/branches", "repo", METADATA, this::branches);
        api.add("GET", "/repos/{owner}/{repo}/branches/{+branch}", "repo", METADATA, this::branch);
        api.add("GET", "/repos/{owner}/{repo}/tags", "repo", METADATA, this::tags);
        api.add("GET", "/repos/{owner}/{repo}/git/ref/{+ref}", "repo", "contents=read", this::ref);
        api.add("GET", "/repos/{owner}/{repo}/git/matching-refs/{+ref}", "repo", "contents=read", this::matchingRefs);
        api.add("POST", "/repos/{owner}/{repo}/git/refs", "repo", "contents=write", this::createRef);
    }

    private ApiResponse repository(ApiRequest request) {
        Urls u = urls(request, REPO_DOCS);
        Instant pushed = lastPush();
        return ApiResponse.ok(RepositoryPayloads.repository(u, world.repo(), pushed)).lastModified(pushed);
    }

    private ApiResponse branches(ApiRequest request) {
        Urls u = urls(request, BRANCHES_DOCS);
        List<Branch> all = new ArrayList<>();
        world.repo().branches().forEach((name, sha) -> all.add(RepositoryPayloads.branch(u, name, sha)));
        return page(request, all, repositoryPath() + "/branches", p -> p.items());
    }

    private ApiResponse branch(ApiRequest request) {
        Urls u = urls(request, BRANCH_DOCS);
        String name = request.param("branch");
        String sha = world.repo().branches().get(name);
        if (sha == null) {
            throw ApiException.of(404, "Branch not found", BRANCH_DOCS);
        }
        return ApiResponse.ok(RepositoryPayloads.branchDetail(u, name, world.repo().commit(sha).orElseThrow()));
    }

    /** A bare array, paged; the newest name first, as GitHub lists release tags. */
    private ApiResponse tags(ApiRequest request) {
        Urls u = urls(request, TAGS_DOCS);
        List<Tag> all = new ArrayList<>();
        world.repo().refs().forEach((ref, sha) -> {
            if (ref.startsWith("refs/tags/")) {
                all.add(RepositoryPayloads.tag(u, ref.substring("refs/tags/".length()), sha));
            }
        });
        all.sort(Comparator.comparing(Tag::name).reversed());
        return page(request, all, repositoryPath() + "/tags", p -> p.items());
    }

    private ApiResponse ref(ApiRequest request) {
        Urls u = urls(request, REF_DOCS);
        String ref = "refs/" + request.param("ref");
        String sha = world.repo().refs().get(ref);
        if (sha == null) {
            throw ApiException.notFound(REF_DOCS);
        }
        return ApiResponse.ok(RepositoryPayloads.gitRef(u, ref, sha));
    }

    private ApiResponse matchingRefs(ApiRequest request) {
        Urls u = urls(request, MATCHING_DOCS);
        String prefix = "refs/" + request.param("ref");
        List<GitRef> refs = new ArrayList<>();
        for (Map.Entry<String, String> e : world.repo().refs().entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                refs.add(RepositoryPayloads.gitRef(u, e.getKey(), e.getValue()));
            }
        }
        return ApiResponse.ok(refs);
    }

    /** Creates a branch or tag: 201 with the ref, 422 when it exists or the sha is unknown. */
    private ApiResponse createRef(ApiRequest request) {
        Urls u = urls(request, CREATE_REF_DOCS);
        requireWrite(request, CREATE_REF_DOCS);
        JsonNode body = request.jsonBody(CREATE_REF_DOCS);
        String ref = text(body, "ref");
        String sha = text(body, "sha");
        if (ref == null || sha == null) {
            throw ApiException.invalid("Invalid request.\n\n\"" + (ref == null ? "ref" : "sha") + "\" wasn't supplied.",
                    CREATE_REF_DOCS, new ErrorBody.FieldError("Reference", ref == null ? "ref" : "sha", "missing_field", null));
        }
        if (!ref.startsWith("refs/") || ref.chars().filter(c -> c == '/').count() < 2) {
            throw ApiException.unprocessable("Reference name is not valid. It must start with 'refs/' and have at least two slashes.",
                    CREATE_REF_DOCS);
        }
        if (world.repo().commit(sha).isEmpty()) {
            throw ApiException.unprocessable("Object does not exist", CREATE_REF_DOCS);
        }
        if (!world.repo().createRef(ref, sha)) {
            throw ApiException.unprocessable("Reference already exists", CREATE_REF_DOCS);
        }
        return ApiResponse.json(201, RepositoryPayloads.gitRef(u, ref, sha))
                .withHeader("Location", u.repoApi() + "/git/" + ref);
    }

    private Instant lastPush() {
        GitRepository repo = world.repo();
        return repo.branches().values().stream().map(sha -> repo.commit(sha).orElseThrow().time())
                .max(Instant::compareTo).orElse(repo.createdAt());
    }

    static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() || !node.isTextual() ? null : node.asText();
    }
}
