package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.workflow.DispatchInput;

import java.util.List;

/**
 * What a push will do, worked out before the dialog opens.
 * @param path           the workflow's path in the repository
 * @param baseRef        the branch the new branch starts from
 * @param loadedText     GitHub's text the edit is based on
 * @param loadedBlobSha  its blob sha, which the update must name
 * @param editedText     what will be committed
 * @param localDiffers   for a file opened from disk: a diff from GitHub's file to the local one when
 *                       they differ before the edit (empty when they agree)
 */
public record PushPlan(RepositoryRef repository, String path, String baseRef, String loadedText, String loadedBlobSha,
                       String editedText, List<DispatchInput> inputs, List<String> environments,
                       String suggestedBranch, String commitMessage, String localDiffers) {

    public PushPlan {
        inputs = List.copyOf(inputs);
        environments = List.copyOf(environments);
    }
}
