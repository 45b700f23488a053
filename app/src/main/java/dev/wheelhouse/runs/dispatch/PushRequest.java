package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.github.RepositoryRef;

import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A matrix edit to push to a new branch and dispatch there.
 *
 * @param path          the workflow file, e.g. {@code .github/workflows/release.yml}
 * @param baseRef       the branch or tag the new branch starts from
 * @param branch        the new branch
 * @param loadedText    the file as it was loaded from GitHub
 * @param loadedBlobSha the blob sha it was loaded with; GitHub refuses the write (409) when the
 *                      file has changed since
 * @param editedText    the file with the user's edit
 * @param reapply       makes the user's edit again on another text, used when the file changed on
 *                      GitHub meanwhile: {@link MatrixEditReplay#of} replays the matrix edits
 * @param inputs        dispatch inputs as typed
 * @param branchExists  true when the branch was made by an earlier try of this push
 */
public record PushRequest(RepositoryRef repository, String path, String baseRef, String branch,
                          String commitMessage, String loadedText, String loadedBlobSha, String editedText,
                          UnaryOperator<String> reapply, Map<String, String> inputs, boolean branchExists) {

    public PushRequest {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(path);
        Objects.requireNonNull(baseRef);
        Objects.requireNonNull(branch);
        Objects.requireNonNull(loadedBlobSha);
        Objects.requireNonNull(reapply);
        if (commitMessage == null || commitMessage.isBlank()) {
            throw new IllegalArgumentException("Give the commit a message.");
        }
        BranchNames.problem(branch).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        inputs = Map.copyOf(inputs);
    }
}
