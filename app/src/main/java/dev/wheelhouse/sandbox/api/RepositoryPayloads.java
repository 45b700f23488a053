package dev.wheelhouse.sandbox.api;

import dev.wheelhouse.github.model.Branch;
import dev.wheelhouse.github.model.BranchDetail;
import dev.wheelhouse.github.model.Commit;
import dev.wheelhouse.github.model.ContentFile;
import dev.wheelhouse.github.model.DatedAuthor;
import dev.wheelhouse.github.model.FileCommit;
import dev.wheelhouse.github.model.GitRef;
import dev.wheelhouse.github.model.MinimalRepository;
import dev.wheelhouse.github.model.ParentRef;
import dev.wheelhouse.github.model.Repository;
import dev.wheelhouse.github.model.SimpleUser;
import dev.wheelhouse.github.model.Tag;
import dev.wheelhouse.github.model.TreeRef;
import dev.wheelhouse.github.model.User;
import dev.wheelhouse.github.model.Verification;
import dev.wheelhouse.sandbox.state.Actor;
import dev.wheelhouse.sandbox.state.GitRepository;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Users, repositories, branches, commits, refs and contents as GitHub shapes them. */
final class RepositoryPayloads {

    private RepositoryPayloads() {
    }

    static SimpleUser simpleUser(Urls u, String login, long id, String type) {
        String api = u.userApi(login);
        return new SimpleUser(login, id, NodeIds.legacy(type, id),
                "https://avatars.githubusercontent.com/u/" + id + "?v=4", "", api, u.userWeb(login),
                api + "/followers", api + "/following{/other_user}", api + "/gists{/gist_id}",
                api + "/starred{/owner}{/repo}", api + "/subscriptions", api + "/orgs", api + "/repos",
                api + "/events{/privacy}", api + "/received_events", type, "public", false);
    }

    static SimpleUser maintainer(Urls u) {
        return simpleUser(u, Accounts.USER, Accounts.USER_ID, "User");
    }

    static SimpleUser organization(Urls u) {
        return simpleUser(u, Accounts.ORG, Accounts.ORG_ID, "Organization");
    }

    /** {@code GET /user}: the private view of the token's own account. */
    static User user(Urls u, Actor who, Instant createdAt) {
        SimpleUser s = simpleUser(u, who.login(), who.id(), "User");
        return new User(s.login(), s.id(), s.nodeId(), s.avatarUrl(), s.gravatarId(), s.url(), s.htmlUrl(),
                s.followersUrl(), s.followingUrl(), s.gistsUrl(), s.starredUrl(), s.subscriptionsUrl(),
                s.organizationsUrl(), s.reposUrl(), s.eventsUrl(), s.receivedEventsUrl(), "User", "private",
                false, Accounts.nameOf(who.login()), null, "", null, null, null, null, null, null, 1, 0, 0, 0, createdAt,
                createdAt, 0, 0, 0, 0L, 0, true, new User.Plan("free", 976_562_499L, 0, 10_000L));
    }

    static MinimalRepository minimalRepository(Urls u, GitRepository repo) {
        String a = u.repoApi();
        return new MinimalRepository(repo.id(), NodeIds.legacy("Repository", repo.id()), repo.name(), repo.fullName(),
                false, organization(u), u.repoWeb(), "Satellite Orbital Dynamics Toolkit (sandbox copy)", false, a,
                a + "/forks", a + "/keys{/key_id}", a + "/collaborators{/collaborator}", a + "/teams", a + "/hooks",
                a + "/issues/events{/number}", a + "/events", a + "/assignees{/user}", a + "/branches{/branch}",
                a + "/tags", a + "/git/blobs{/sha}", a + "/git/tags{/sha}", a + "/git/refs{/sha}",
                a + "/git/trees{/sha}", a + "/statuses/{sha}", a + "/languages", a + "/stargazers",
                a + "/contributors", a + "/subscribers", a + "/subscription", a + "/commits{/sha}",
                a + "/git/commits{/sha}", a + "/comments{/number}", a + "/issues/comments{/number}",
                a + "/contents/{+path}", a + "/compare/{base}...{head}", a + "/merges",
                a + "/{archive_format}{/ref}", a + "/downloads", a + "/issues{/number}", a + "/pulls{/number}",
                a + "/milestones{/number}", a + "/notifications{?since,all,participating}", a + "/labels{/name}",
                a + "/releases{/id}", a + "/deployments");
    }

    static Repository repository(Urls u, GitRepository repo, Instant pushedAt) {
        MinimalRepository m = minimalRepository(u, repo);
        String web = u.repoWeb();
        String host = u.web().replaceFirst("^https?://", "");
        return new Repository(m.id(), m.nodeId(), m.name(), m.fullName(), false, m.owner(), m.htmlUrl(),
                m.description(), false, m.url(), m.forksUrl(), m.keysUrl(), m.collaboratorsUrl(), m.teamsUrl(),
                m.hooksUrl(), m.issueEventsUrl(), m.eventsUrl(), m.assigneesUrl(), m.branchesUrl(), m.tagsUrl(),
                m.blobsUrl(), m.gitTagsUrl(), m.gitRefsUrl(), m.treesUrl(), m.statusesUrl(), m.languagesUrl(),
                m.stargazersUrl(), m.contributorsUrl(), m.subscribersUrl(), m.subscriptionUrl(), m.commitsUrl(),
                m.gitCommitsUrl(), m.commentsUrl(), m.issueCommentUrl(), m.contentsUrl(), m.compareUrl(),
                m.mergesUrl(), m.archiveUrl(), m.downloadsUrl(), m.issuesUrl(), m.pullsUrl(), m.milestonesUrl(),
                m.notificationsUrl(), m.labelsUrl(), m.releasesUrl(), m.deploymentsUrl(), repo.createdAt(),
                pushedAt, pushedAt, "git://" + host + "/" + repo.fullName() + ".git",
                "git@" + host + ":" + repo.fullName() + ".git", web + ".git", web, null, 412, 0, 0, "Rust",
                true, false, true, false, false, false, 0, null, false, false, 0,
                new Repository.License("mit", "MIT License", "MIT", u.api() + "/licenses/mit", "MDc6TGljZW5zZTEz"),
                true, false, false, true, "all", List.of("astrodynamics", "satellite", "pyo3"), "public", 0, 0, 0,
                repo.defaultBranch(), new Repository.Permissions(true, true, true, true, true), "", true, true,
                true, false, false, false, false, "COMMIT_MESSAGES", "COMMIT_OR_PR_TITLE", "PR_TITLE",
                "MERGE_MESSAGE", Map.of(), organization(u), null, null,
                Map.of("secret_scanning", new Repository.SecurityFeature("enabled"),
                        "secret_scanning_push_protection", new Repository.SecurityFeature("enabled"),
                        "dependabot_security_updates", new Repository.SecurityFeature("disabled"),
                        "secret_scanning_non_provider_patterns", new Repository.SecurityFeature("disabled"),
                        "secret_scanning_validity_checks", new Repository.SecurityFeature("disabled")),
                0, 1);
    }

    static Branch branch(Urls u, String name, String sha) {
        return new Branch(name, new Branch.CommitRef(sha, u.repoApi() + "/commits/" + sha), false);
    }

    static BranchDetail branchDetail(Urls u, String name, GitRepository.Commit head) {
        String self = u.repoApi() + "/branches/" + name;
        return new BranchDetail(name, commit(u, head), new BranchDetail.Links(self, u.repoWeb() + "/tree/" + name),
                false, new BranchDetail.Protection(false,
                new BranchDetail.RequiredStatusChecks("off", List.of(), List.of())), self + "/protection");
    }

    static Commit commit(Urls u, GitRepository.Commit c) {
        DatedAuthor author = new DatedAuthor(c.author().name(), c.author().email(), c.time());
        Commit.Details details = new Commit.Details(u.repoApi() + "/git/commits/" + c.sha(), author, author,
                c.message(), 0, new TreeRef(c.treeSha(), u.repoApi() + "/git/trees/" + c.treeSha()), unsigned());
        SimpleUser who = c.author().name().equals(Accounts.USER_NAME) ? maintainer(u) : null;
        return new Commit(u.repoApi() + "/commits/" + c.sha(), c.sha(), NodeIds.of("C", 0, c.sha().hashCode()),
                u.repoWeb() + "/commit/" + c.sha(), u.repoApi() + "/commits/" + c.sha() + "/comments", details,
                who, who, c.parents().stream().map(p -> parent(u, p)).toList());
    }

    static FileCommit fileCommit(Urls u, GitRepository.Commit c, ContentFile content) {
        DatedAuthor author = new DatedAuthor(c.author().name(), c.author().email(), c.time());
        return new FileCommit(content, new FileCommit.GitCommit(c.sha(), NodeIds.of("C", 0, c.sha().hashCode()),
                u.repoApi() + "/git/commits/" + c.sha(), u.repoWeb() + "/commit/" + c.sha(), author, author,
                c.message(), new TreeRef(c.treeSha(), u.repoApi() + "/git/trees/" + c.treeSha()),
                c.parents().stream().map(p -> parent(u, p)).toList(), unsigned()));
    }

    /** A file; {@code content} (base64, wrapped at 60 columns as GitHub does) only when asked for. */
    static ContentFile contentFile(Urls u, String path, String ref, String blobSha, byte[] bytes, boolean withContent) {
        String self = u.repoApi() + "/contents/" + path + "?ref=" + ref;
        String git = u.repoApi() + "/git/blobs/" + blobSha;
        String html = u.repoWeb() + "/blob/" + ref + "/" + path;
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new ContentFile("file", withContent ? "base64" : null, bytes.length, name, path,
                withContent ? wrapped(Base64.getEncoder().encodeToString(bytes)) : null, blobSha, self, git, html,
                u.web() + "/" + u.owner() + "/" + u.repo() + "/raw/" + ref + "/" + path,
                new ContentFile.Links(self, git, html));
    }

    /** A directory entry: {@code type: dir}, no download URL. */
    static ContentFile directory(Urls u, String path, String ref) {
        String self = u.repoApi() + "/contents/" + path + "?ref=" + ref;
        String html = u.repoWeb() + "/tree/" + ref + "/" + path;
        return new ContentFile("dir", null, 0, path.substring(path.lastIndexOf('/') + 1), path, null,
                GitRepository.blobSha(path.getBytes(java.nio.charset.StandardCharsets.UTF_8)), self,
                u.repoApi() + "/git/trees/" + path.hashCode(), html, null, new ContentFile.Links(self, null, html));
    }

    static Tag tag(Urls u, String name, String sha) {
        return new Tag(name, new Tag.CommitRef(sha, u.repoApi() + "/commits/" + sha),
                u.repoApi() + "/zipball/refs/tags/" + name, u.repoApi() + "/tarball/refs/tags/" + name,
                NodeIds.of("REF", 0, ("refs/tags/" + name).hashCode()));
    }

    static GitRef gitRef(Urls u, String ref, String sha) {
        return new GitRef(ref, NodeIds.of("REF", 0, ref.hashCode()), u.repoApi() + "/git/" + ref,
                new GitRef.Target(sha, "commit", u.repoApi() + "/git/commits/" + sha));
    }

    private static ParentRef parent(Urls u, String sha) {
        return new ParentRef(sha, u.repoApi() + "/commits/" + sha, u.repoWeb() + "/commit/" + sha);
    }

    private static Verification unsigned() {
        return new Verification(false, "unsigned", null, null, null);
    }

    private static String wrapped(String base64) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < base64.length(); i += 60) {
            out.append(base64, i, Math.min(base64.length(), i + 60)).append('\n');
        }
        return out.toString();
    }
}
