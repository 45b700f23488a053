package dev.wheelhouse.github.model;

/** A pull request a run belongs to ({@code pull-request-minimal}). */
public record PullRequestMinimal(long id, long number, String url, Side head, Side base) {

    /** The head or base end of the pull request. */
    public record Side(String ref, String sha, Repo repo) {
    }

    /** The repository of one end. */
    public record Repo(long id, String url, String name) {
    }
}
