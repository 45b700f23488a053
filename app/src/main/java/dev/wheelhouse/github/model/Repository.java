package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /repos/{owner}/{repo}}. The same type describes a fork's {@code parent} and
 * {@code source}, which GitHub sends without the settings fields: those fields are left out
 * of the JSON when null, as GitHub does, and so are {@code parent}/{@code source} on a
 * repository that is not a fork and {@code organization} on one a user owns.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Repository(
        long id,
        String nodeId,
        String name,
        String fullName,
        @JsonProperty("private") boolean isPrivate,
        SimpleUser owner,
        String htmlUrl,
        String description,
        boolean fork,
        String url,
        String forksUrl,
        String keysUrl,
        String collaboratorsUrl,
        String teamsUrl,
        String hooksUrl,
        String issueEventsUrl,
        String eventsUrl,
        String assigneesUrl,
        String branchesUrl,
        String tagsUrl,
        String blobsUrl,
        String gitTagsUrl,
        String gitRefsUrl,
        String treesUrl,
        String statusesUrl,
        String languagesUrl,
        String stargazersUrl,
        String contributorsUrl,
        String subscribersUrl,
        String subscriptionUrl,
        String commitsUrl,
        String gitCommitsUrl,
        String commentsUrl,
        String issueCommentUrl,
        String contentsUrl,
        String compareUrl,
        String mergesUrl,
        String archiveUrl,
        String downloadsUrl,
        String issuesUrl,
        String pullsUrl,
        String milestonesUrl,
        String notificationsUrl,
        String labelsUrl,
        String releasesUrl,
        String deploymentsUrl,
        Instant createdAt,
        Instant updatedAt,
        Instant pushedAt,
        String gitUrl,
        String sshUrl,
        String cloneUrl,
        String svnUrl,
        String homepage,
        long size,
        int stargazersCount,
        int watchersCount,
        String language,
        boolean hasIssues,
        boolean hasProjects,
        boolean hasDownloads,
        boolean hasWiki,
        boolean hasPages,
        boolean hasDiscussions,
        int forksCount,
        String mirrorUrl,
        boolean archived,
        boolean disabled,
        int openIssuesCount,
        License license,
        boolean allowForking,
        boolean isTemplate,
        boolean webCommitSignoffRequired,
        Boolean hasPullRequests,
        String pullRequestCreationPolicy,
        List<String> topics,
        String visibility,
        int forks,
        int openIssues,
        int watchers,
        String defaultBranch,
        @JsonInclude(JsonInclude.Include.NON_NULL) Permissions permissions,
        @JsonInclude(JsonInclude.Include.NON_NULL) String tempCloneToken,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean allowSquashMerge,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean allowMergeCommit,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean allowRebaseMerge,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean allowAutoMerge,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean deleteBranchOnMerge,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean allowUpdateBranch,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean useSquashPrTitleAsDefault,
        @JsonInclude(JsonInclude.Include.NON_NULL) String squashMergeCommitMessage,
        @JsonInclude(JsonInclude.Include.NON_NULL) String squashMergeCommitTitle,
        @JsonInclude(JsonInclude.Include.NON_NULL) String mergeCommitMessage,
        @JsonInclude(JsonInclude.Include.NON_NULL) String mergeCommitTitle,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> customProperties,
        @JsonInclude(JsonInclude.Include.NON_NULL) SimpleUser organization,
        @JsonInclude(JsonInclude.Include.NON_NULL) Repository parent,
        @JsonInclude(JsonInclude.Include.NON_NULL) Repository source,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, SecurityFeature> securityAndAnalysis,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer networkCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer subscribersCount) {

    public Repository {
        topics = topics == null ? List.of() : List.copyOf(topics);
        customProperties = customProperties == null ? null : Map.copyOf(customProperties);
        securityAndAnalysis = securityAndAnalysis == null ? null : Map.copyOf(securityAndAnalysis);
    }

    /** The repository's licence as GitHub detected it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record License(String key, String name, String spdxId, String url, String nodeId) {
    }

    /** What the authenticated user may do in the repository. */
    public record Permissions(boolean admin, boolean maintain, boolean push, boolean triage,
                              boolean pull) {
    }

    /** One {@code security_and_analysis} feature: {@code {"status": "enabled"|"disabled"}}. */
    public record SecurityFeature(String status) {
    }
}
