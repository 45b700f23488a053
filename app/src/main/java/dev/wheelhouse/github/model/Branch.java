package dev.wheelhouse.github.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One item of {@code GET /repos/{owner}/{repo}/branches} ({@code short-branch}). */
public record Branch(String name, CommitRef commit, @JsonProperty("protected") boolean isProtected) {

    /** The branch head. */
    public record CommitRef(String sha, String url) {
    }
}
