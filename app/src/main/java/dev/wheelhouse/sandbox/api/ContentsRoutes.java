package dev.wheelhouse.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.github.model.ContentFile;
import dev.wheelhouse.github.model.ErrorBody;
import dev.wheelhouse.sandbox.http.ApiException;
import dev.wheelhouse.sandbox.http.ApiRequest;
import dev.wheelhouse.sandbox.http.ApiResponse;
import dev.wheelhouse.sandbox.http.Router;
import dev.wheelhouse.sandbox.state.GitRepository;
import dev.wheelhouse.sandbox.state.Workflows;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;

/**
 * The Contents API: read a file or directory at a ref, create or update a file on a branch.
 * An update must name the blob it replaces ({@code sha}); a stale one is 409. Writing under
 * {@code .github/workflows/} without the {@code workflow} scope is the plain 404 GitHub answers
 * (octokit/octokit.rb#1184, github/docs#4770).
 */
final class ContentsRoutes extends Routes {

    private static final String GET_DOCS = "https://docs.github.com/rest/repos/contents#get-repository-content";
    private static final String PUT_DOCS = "https://docs.github.com/rest/repos/contents#create-or-update-file-contents";

    ContentsRoutes(SandboxWorld world) {
        super(world);
    }

    @Override
    void register(Router api) {
        api.add("GET", "/repos/{owner}/{repo}/contents", "repo", "contents=read", r -> read(r, ""));
        api.add("GET", "/repos/{owner}/{repo}/contents/{+path}", "repo", "contents=read", r -> read(r, r.param("path")));
        api.add("PUT", "/repos/{owner}/{repo}/contents/{+path}", "repo", "contents=write", this::write);
    }

    private ApiResponse read(ApiRequest request, String path) {
        Urls u = urls(request, GET_DOCS);
        String ref = request.query("ref").orElse(world.repo().defaultBranch());
        GitRepository.Commit commit = world.repo().resolve(ref).orElseThrow(() ->
                ApiException.of(404, "No commit found for the ref " + ref, GET_DOCS));
        String clean = path.replaceAll("^/+|/+$", "");
        String blob = commit.files().get(clean);
        if (blob != null) {
            byte[] bytes = world.repo().blob(blob).orElseThrow();
            return ApiResponse.ok(RepositoryPayloads.contentFile(u, clean, ref, blob, bytes, true));
        }
        String prefix = clean.isEmpty() ? "" : clean + "/";
        TreeSet<String> children = new TreeSet<>();
        commit.files().keySet().stream().filter(p -> p.startsWith(prefix)).forEach(p -> {
            int slash = p.indexOf('/', prefix.length());
            children.add(slash < 0 ? p : p.substring(0, slash) + "/");
        });
        if (children.isEmpty()) {
            throw ApiException.notFound(GET_DOCS);
        }
        List<ContentFile> listing = new ArrayList<>();
        for (String child : children) {
            if (child.endsWith("/")) {
                listing.add(RepositoryPayloads.directory(u, child.substring(0, child.length() - 1), ref));
            } else {
                String sha = commit.files().get(child);
                listing.add(RepositoryPayloads.contentFile(u, child, ref, sha, world.repo().blob(sha).orElseThrow(), false));
            }
        }
        return ApiResponse.ok(listing);
    }

    private ApiResponse write(ApiRequest request) {
        Urls u = urls(request, PUT_DOCS);
        requireWrite(request, PUT_DOCS);
        String path = request.param("path").replaceAll("^/+|/+$", "");
        JsonNode body = request.jsonBody(PUT_DOCS);
        String branch = RepositoryRoutes.text(body, "branch");
        if (branch == null) {
            branch = world.repo().defaultBranch();
        }
        if (!world.repo().branches().containsKey(branch)) {
            throw ApiException.of(404, "Branch " + branch + " not found", PUT_DOCS);
        }
        if (path.startsWith(Workflows.DIRECTORY) && !request.grant().mayWriteWorkflows()) {
            throw ApiException.notFound(PUT_DOCS);
        }
        String message = required(body, "message");
        String content = required(body, "content");
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("content is not valid Base64", PUT_DOCS,
                    new ErrorBody.FieldError("Blob", "content", "invalid", "content is not valid Base64"));
        }
        GitRepository.Commit head = world.repo().resolve(branch).orElseThrow();
        String existing = head.files().get(path);
        String sha = RepositoryRoutes.text(body, "sha");
        if (existing != null && sha == null) {
            throw ApiException.invalid("Invalid request.\n\n\"sha\" wasn't supplied.", PUT_DOCS,
                    new ErrorBody.FieldError("Blob", "sha", "missing_field", null));
        }
        if (sha != null && !sha.equals(existing)) {
            throw ApiException.conflict(path + " does not match " + sha, PUT_DOCS);
        }
        GitRepository.Commit commit = world.repo().put(branch, path, bytes, message,
                Accounts.identityOf(actor(request)), wallNow());
        String blob = commit.files().get(path);
        ContentFile file = RepositoryPayloads.contentFile(u, path, branch, blob, bytes, false);
        return ApiResponse.json(existing == null ? 201 : 200, RepositoryPayloads.fileCommit(u, commit, file));
    }

    private static String required(JsonNode body, String field) {
        String value = RepositoryRoutes.text(body, field);
        if (value == null) {
            throw ApiException.invalid("Invalid request.\n\n\"" + field + "\" wasn't supplied.", PUT_DOCS,
                    new ErrorBody.FieldError("Blob", field, "missing_field", null));
        }
        return value;
    }
}
