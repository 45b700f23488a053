package dev.wheelhouse.github.model;

/** A commit's author or committer as a run's {@code head_commit} names them. */
public record CommitAuthor(String name, String email) {
}
