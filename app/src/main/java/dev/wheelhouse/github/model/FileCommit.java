package dev.wheelhouse.github.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** The answer to {@code PUT /repos/{owner}/{repo}/contents/{path}} ({@code file-commit}). */
public record FileCommit(ContentFile content, GitCommit commit) {

    /** The commit the PUT made. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record GitCommit(
            String sha,
            String nodeId,
            String url,
            String htmlUrl,
            DatedAuthor author,
            DatedAuthor committer,
            String message,
            TreeRef tree,
            List<ParentRef> parents,
            Verification verification) {

        public GitCommit {
            parents = List.copyOf(parents);
        }
    }
}
