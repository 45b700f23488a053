package dev.wheelhouse.github.model;

/** The body of {@code POST /repos/{owner}/{repo}/git/refs}: a full ref name and a commit sha. */
public record CreateRefRequest(String ref, String sha) {
}
