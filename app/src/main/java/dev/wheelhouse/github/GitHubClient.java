package dev.wheelhouse.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wheelhouse.github.model.ContentFile;
import dev.wheelhouse.github.model.DeploymentEnvironment;
import dev.wheelhouse.github.model.EnvironmentList;
import dev.wheelhouse.github.model.FileCommit;
import dev.wheelhouse.github.model.FileUpdateRequest;
import dev.wheelhouse.github.model.GitHubJson;
import dev.wheelhouse.github.model.GitRef;
import dev.wheelhouse.github.model.Job;
import dev.wheelhouse.github.model.JobList;
import dev.wheelhouse.github.model.Tag;
import dev.wheelhouse.github.model.User;
import dev.wheelhouse.github.model.WorkflowDispatchRequest;
import dev.wheelhouse.github.model.WorkflowDispatchResponse;
import dev.wheelhouse.github.model.WorkflowRun;
import dev.wheelhouse.github.model.WorkflowRunList;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHWorkflow;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * The one client for a GitHub API endpoint and token. Every call goes through one transport
 * (token only to the API origin, ETag cache, retries, rate-limit state), whether it is made
 * with {@code org.kohsuke:github-api} or with java.net.http directly:
 * <ul>
 * <li>github-api: the repository, its branches and a branch's head, creating a branch ref,
 *     the workflow list — calls the library covers and types well.</li>
 * <li>java.net.http with the {@code github.model} records: the signed-in user (its headers
 *     carry the scopes), Contents read and write (exact bytes and the blob sha, 409 on a stale
 *     sha), tags, refs, environments, dispatch with
 *     {@code return_run_details} (github-api 2.0-rc.6 cannot send it), run search, and log
 *     download (manual redirect without the token).</li>
 * </ul>
 * Every failure is a {@link GitHubException} with a message for the user. Thread-safe.
 */
public final class GitHubClient {

    /** Enough for any list a picker shows (10 000 tags); a longer one is cut there. */
    private static final int MAX_PAGES = 100;

    private final ApiTransport transport;
    private final LibraryCalls library;
    private final GitHubToken token;
    private volatile String login;
    private final Map<RepositoryRef, GHRepository> repositories = new java.util.concurrent.ConcurrentHashMap<>();

    private GitHubClient(ApiEndpoint endpoint, GitHubToken token, ClientOptions options) {
        this.token = token;
        this.transport = new ApiTransport(endpoint, token, options);
        this.library = new LibraryCalls(transport);
    }

    public static GitHubClient connect(ApiEndpoint endpoint, GitHubToken token, ClientOptions options) {
        return new GitHubClient(endpoint, token, options);
    }

    public ApiEndpoint endpoint() {
        return transport.endpoint();
    }

    public ObservableState<RateLimitState> rateLimit() {
        return transport.rateLimit();
    }

    public ObservableState<ClientActivity> activity() {
        return transport.activity();
    }

    /** Who the token belongs to, what it may do, and the rate limit: "Test connection". */
    public ConnectionReport testConnection() {
        ConnectionReport report = ConnectionTest.run(transport, token.kind());
        login = report.login();
        return report;
    }

    /** The token's login, asked once. */
    public String login() {
        String known = login;
        if (known == null) {
            ApiCall call = ApiCall.get(endpoint().resolve("/user"), "account of this token");
            known = transport.expect(call).json(User.class, call).login();
            login = known;
        }
        return known;
    }

    public RepositoryInfo repository(RepositoryRef repo) {
        GHRepository r = library.call("repository " + repo, gh -> gh.getRepository(repo.fullName()));
        repositories.put(repo, r);
        return new RepositoryInfo(repo, r.getDefaultBranch(), r.isPrivate(), r.hasPushAccess(),
                String.valueOf(r.getHtmlUrl()));
    }

    /** Branch names, sorted. */
    public List<String> branches(RepositoryRef repo) {
        return library.call("branches of " + repo, gh -> handle(gh, repo).getBranches())
                .keySet().stream().sorted().toList();
    }

    /** Tag names, sorted, for the ref picker ({@code GET …/tags}, every page). */
    public List<String> tags(RepositoryRef repo) {
        return allPages(repo.apiPath() + "/tags?per_page=100", new TypeReference<List<Tag>>() { }, page -> page,
                "tags of " + repo).stream().map(Tag::name).sorted().toList();
    }

    /**
     * The commit a branch, tag or commit sha points at.
     *
     * @throws GitHubException NOT_FOUND when it is none of them
     */
    public String commitSha(RepositoryRef repo, String ref) {
        if (ref.matches("[0-9a-f]{40}")) {
            return ref;
        }
        for (String kind : List.of("heads/", "tags/")) {
            ApiCall call = ApiCall.get(endpoint().resolve(repo.apiPath() + "/git/ref/" + kind + encodePath(ref)),
                    "branch or tag " + ref + " in " + repo);
            ApiReply reply = transport.send(call);
            if (reply.status() == 404) {
                continue;
            }
            if (reply.status() >= 400) {
                throw transport.translator().translate(call, reply);
            }
            // An annotated tag's ref points at the tag object; the API accepts its sha as a base too.
            return reply.json(GitRef.class, call).target().sha();
        }
        throw new GitHubException(GitHubException.Kind.NOT_FOUND, 404, "There is no branch or tag named " + ref
                + " in " + repo + ". Check the name, or pick it from the list.");
    }

    /** Creates {@code refs/heads/<branch>} at {@code sha}. */
    public void createBranch(RepositoryRef repo, String branch, String sha) {
        library.call("new branch " + branch + " in " + repo,
                gh -> handle(gh, repo).createRef("refs/heads/" + branch, sha));
    }

    public List<WorkflowSummary> workflows(RepositoryRef repo) {
        List<GHWorkflow> all = library.call("workflows of " + repo,
                gh -> handle(gh, repo).listWorkflows().toList());
        return all.stream().map(w -> new WorkflowSummary(w.getId(), w.getName(), w.getPath(), w.getState(),
                String.valueOf(w.getHtmlUrl()))).sorted(Comparator.comparing(WorkflowSummary::path)).toList();
    }

    /** A file at a ref, with its blob sha. */
    public RemoteFile readFile(RepositoryRef repo, String path, String ref) {
        ApiCall call = ApiCall.get(endpoint().resolve(repo.apiPath() + "/contents/" + encodePath(path)
                + "?ref=" + encodeQuery(ref)), "file " + path + " at " + ref + " in " + repo);
        ApiReply reply = transport.expect(call);
        JsonNode node = reply.json(JsonNode.class, call);
        if (!node.isObject() || !"file".equals(node.path("type").asText())) {
            throw new GitHubException(GitHubException.Kind.NOT_FOUND, 200, path + " at " + ref + " in " + repo
                    + " is a folder, not a file. Pick a workflow file.");
        }
        ContentFile file = GitHubJson.mapper().convertValue(node, ContentFile.class);
        byte[] bytes = "base64".equals(file.encoding())
                ? Base64.getMimeDecoder().decode(file.content() == null ? "" : file.content())
                : file.content() == null ? new byte[0] : file.content().getBytes(StandardCharsets.UTF_8);
        return new RemoteFile(repo, file.path(), ref, bytes, file.sha());
    }

    /**
     * Writes a file on a branch as one commit. {@code replacedBlobSha} is the blob the change was
     * made on; GitHub answers 409 (a {@link GitHubException.Kind#CONFLICT}) when the file has
     * moved on since.
     */
    public FileWrite writeFile(RepositoryRef repo, String path, String branch, byte[] content, String message,
                               String replacedBlobSha) {
        FileUpdateRequest body = new FileUpdateRequest(message, Base64.getEncoder().encodeToString(content),
                replacedBlobSha, branch);
        ApiCall call = ApiCall.withBody("PUT", endpoint().resolve(repo.apiPath() + "/contents/" + encodePath(path)),
                json(body), "file " + path + " on branch " + branch + " in " + repo);
        FileCommit commit = transport.expect(call).json(FileCommit.class, call);
        return new FileWrite(commit.commit().sha(), commit.content().sha(), commit.commit().htmlUrl());
    }

    /**
     * The names of the repository's deployment environments, for environment inputs, sorted
     * without regard to case ({@code GET …/environments}, every page).
     */
    public List<String> environments(RepositoryRef repo) {
        return allPages(repo.apiPath() + "/environments?per_page=100", new TypeReference<EnvironmentList>() { },
                EnvironmentList::environments, "environments of " + repo).stream().map(DeploymentEnvironment::name)
                .filter(n -> n != null && !n.isEmpty()).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Every item of a paged list, following {@code Link: rel="next"} up to {@link #MAX_PAGES} pages. */
    private <P, T> List<T> allPages(String first, TypeReference<P> type, java.util.function.Function<P, List<T>> items,
                                    String subject) {
        List<T> all = new ArrayList<>();
        String next = first;
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            Fetched<P> fetched = getJson(next, type, subject);
            all.addAll(items.apply(fetched.value()));
            next = fetched.nextPage().orElse(null);
        }
        return all;
    }

    /**
     * {@code POST …/dispatches}. With {@code askForRun}, sends {@code return_run_details: true}
     * (https://github.blog/changelog/2026-02-19-workflow-dispatch-api-now-returns-run-ids); the
     * answer names the run when the server supports it. Never repeated once sent.
     */
    public DispatchAnswer dispatch(RepositoryRef repo, String workflow, String ref, Map<String, Object> inputs,
                                   boolean askForRun) {
        WorkflowDispatchRequest body = new WorkflowDispatchRequest(ref, inputs, askForRun ? Boolean.TRUE : null);
        ApiCall call = ApiCall.withBody("POST", endpoint().resolve(repo.apiPath() + "/actions/workflows/"
                + encodePath(workflow) + "/dispatches"), json(body), "workflow " + workflow + " (ref " + ref + ") in " + repo);
        ApiReply reply = transport.expect(call);
        if (reply.status() == 200 && reply.body().length > 0) {
            WorkflowDispatchResponse details = reply.json(WorkflowDispatchResponse.class, call);
            return new DispatchAnswer(OptionalLong.of(details.workflowRunId()), details.htmlUrl());
        }
        return DispatchAnswer.withoutDetails();
    }

    /** Runs of the repository, newest first, as filtered. */
    public List<WorkflowRun> runs(RepositoryRef repo, RunFilter filter) {
        StringJoiner q = new StringJoiner("&", "?", "");
        filter.event().ifPresent(e -> q.add("event=" + encodeQuery(e)));
        filter.branch().ifPresent(b -> q.add("branch=" + encodeQuery(b)));
        filter.actor().ifPresent(a -> q.add("actor=" + encodeQuery(a)));
        filter.createdSince().ifPresent(t -> q.add("created=" + encodeQuery(">="
                + DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS)))));
        q.add("per_page=" + filter.perPage());
        ApiCall call = ApiCall.get(endpoint().resolve(repo.apiPath() + "/actions/runs" + q), "workflow runs of " + repo);
        return transport.expect(call).json(WorkflowRunList.class, call).workflowRuns().stream()
                .sorted(Comparator.comparing(WorkflowRun::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    public WorkflowRun run(RepositoryRef repo, long runId) {
        ApiCall call = ApiCall.get(endpoint().resolve(repo.apiPath() + "/actions/runs/" + runId),
                "workflow run " + runId + " in " + repo);
        return transport.expect(call).json(WorkflowRun.class, call);
    }

    /**
     * A GET of any API path ({@code /repos/o/r/...?query}) or of a same-origin URL (a
     * {@code Link} header's next page) as JSON, through the same transport as every other call:
     * for calls this client does not have a method for yet.
     *
     * @param subject what the call is about, for error messages ("annotations of job 7 in o/r")
     */
    public <T> Fetched<T> getJson(String pathOrUrl, TypeReference<T> type, String subject) {
        ApiCall call = ApiCall.get(resolve(pathOrUrl), subject);
        ApiReply reply = transport.expect(call);
        return new Fetched<>(reply.json(type, call), reply.fromCache(), nextPage(reply));
    }

    /** {@link #getJson(String, TypeReference, String)} for a plain class. */
    public <T> Fetched<T> getJson(String pathOrUrl, Class<T> type, String subject) {
        ApiCall call = ApiCall.get(resolve(pathOrUrl), subject);
        ApiReply reply = transport.expect(call);
        return new Fetched<>(reply.json(type, call), reply.fromCache(), nextPage(reply));
    }

    /** Artifacts, deployment reviews and environments: what a release needs. */
    public ReleaseCalls release() {
        return new ReleaseCalls(this, transport);
    }

    /** A POST with a JSON body whose answer is JSON; never repeated once it may have reached the server. */
    public <T> T postJson(String path, Object body, TypeReference<T> type, String subject) {
        ApiCall call = ApiCall.withBody("POST", resolve(path), json(body), subject);
        return transport.expect(call).json(type, call);
    }

    /** How many answers are kept for conditional requests (diagnostics: the soak, tests). */
    public int keptAnswers() {
        return transport.keptAnswers();
    }

    /**
     * Drops the answers kept for conditional requests under an API path ({@code /repos/o/r/actions/runs/7}
     * and everything below it): for addresses that will not be asked again, such as a finished run's
     * once nobody watches it, so they do not hold memory until the cache's budget pushes them out.
     *
     * @return how many answers went
     */
    public int forgetAnswersUnder(String path) {
        return transport.forgetAnswersUnder(resolve(path));
    }

    /**
     * A request that changes something (POST, PUT, PATCH, DELETE) with an optional JSON body;
     * never repeated once it may have reached the server. Returns the status.
     */
    public int send(String method, String path, Object body, String subject) {
        ApiCall call = body == null ? new ApiCall(method, resolve(path), null, Map.of(), subject)
                : ApiCall.withBody(method, resolve(path), json(body), subject);
        return transport.expect(call).status();
    }

    private URI resolve(String pathOrUrl) {
        if (pathOrUrl.startsWith("/")) {
            return endpoint().resolve(pathOrUrl);
        }
        URI uri = URI.create(pathOrUrl);
        if (!endpoint().sameOrigin(uri)) {
            throw new IllegalArgumentException("Not an address of " + endpoint() + ": " + uri.getScheme() + "://"
                    + uri.getAuthority());
        }
        return uri;
    }

    private static Optional<String> nextPage(ApiReply reply) {
        // Link: <https://api.github.com/repositories/1/actions/runs?page=2>; rel="next", <…>; rel="last"
        return reply.header("Link").flatMap(link -> java.util.Arrays.stream(link.split(","))
                .map(String::strip).filter(part -> part.endsWith("rel=\"next\""))
                .map(part -> part.substring(part.indexOf('<') + 1, part.indexOf('>'))).findFirst());
    }

    /** The jobs of a run's latest attempt (up to 100: a wheel matrix fits). */
    public List<Job> jobs(RepositoryRef repo, long runId) {
        ApiCall call = ApiCall.get(endpoint().resolve(repo.apiPath() + "/actions/runs/" + runId + "/jobs?per_page=100"),
                "jobs of workflow run " + runId + " in " + repo);
        return transport.expect(call).json(JobList.class, call).jobs();
    }

    /**
     * A job's log as a stream. GitHub answers with a 302 to a short-lived signed URL on another
     * host; it is fetched without the token
     * (https://docs.github.com/rest/actions/workflow-jobs#download-job-logs-for-a-workflow-run).
     * The caller closes the stream.
     */
    public InputStream jobLog(RepositoryRef repo, long jobId) {
        return JobLogDownload.open(transport, endpoint().resolve(repo.apiPath() + "/actions/jobs/" + jobId + "/logs"),
                "log of job " + jobId + " in " + repo);
    }

    /** github-api reaches a repository's lists through its object; fetch that once per repository. */
    private GHRepository handle(org.kohsuke.github.GitHub gh, RepositoryRef repo) throws java.io.IOException {
        GHRepository known = repositories.get(repo);
        if (known == null) {
            known = gh.getRepository(repo.fullName());
            repositories.put(repo, known);
        }
        return known;
    }

    private static byte[] json(Object body) {
        try {
            return GitHubJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    static String encodePath(String path) {
        StringJoiner out = new StringJoiner("/");
        for (String segment : path.split("/", -1)) {
            out.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
