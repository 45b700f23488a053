package dev.wheelhouse.github;

/** What the app needs to know about a repository. */
public record RepositoryInfo(RepositoryRef ref, String defaultBranch, boolean isPrivate, boolean canPush,
                             String htmlUrl) {
}
