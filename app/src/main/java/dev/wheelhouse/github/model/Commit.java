package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** A commit as the REST API shows it on a branch ({@code commit}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Commit(
        String url,
        String sha,
        String nodeId,
        String htmlUrl,
        String commentsUrl,
        Details commit,
        SimpleUser author,
        SimpleUser committer,
        List<ParentRef> parents) {

    public Commit {
        parents = List.copyOf(parents);
    }

    /** The git data of the commit. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Details(String url, DatedAuthor author, DatedAuthor committer, String message,
                          int commentCount, TreeRef tree, Verification verification) {
    }
}
