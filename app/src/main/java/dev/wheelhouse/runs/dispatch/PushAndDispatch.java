package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.github.FileWrite;
import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowParseException;
import dev.wheelhouse.workflow.edit.UnifiedDiff;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * "Push & dispatch": make a branch from the base ref, commit the edited workflow on it through
 * the Contents API with the blob sha it was loaded from, and dispatch the workflow on the
 * branch. A file that changed on GitHub meanwhile comes back as {@link PushOutcome.Stale}
 * with the remote change as a diff and the edit re-applied on top, for the user to confirm.
 */
public final class PushAndDispatch {

    private final GitHubClient client;
    private final WorkflowDispatcher dispatcher;

    public PushAndDispatch(GitHubClient client, WorkflowDispatcher dispatcher) {
        this.client = client;
        this.dispatcher = dispatcher;
    }

    /**
     * @throws GitHubException   when GitHub refuses a step; a missing {@code workflow} scope or
     *                           Workflows permission is a {@link GitHubException.MissingPermission}
     * @throws DispatchException when the edit was pushed but the dispatch failed; the message says
     *                           that the branch holds the commit
     */
    public PushOutcome run(PushRequest request) {
        WorkflowDocument edited = parse(request);
        // Inputs are checked before anything is written, so a typo leaves no branch behind.
        DispatchInputCheck.check(edited.dispatchInputs(), request.inputs(), Optional.empty());
        if (!request.branchExists()) {
            String base = client.commitSha(request.repository(), request.baseRef());
            client.createBranch(request.repository(), request.branch(), base);
        }
        FileWrite commit;
        try {
            commit = client.writeFile(request.repository(), request.path(), request.branch(),
                    request.editedText().getBytes(StandardCharsets.UTF_8), request.commitMessage(),
                    request.loadedBlobSha());
        } catch (GitHubException e) {
            if (e.kind() != GitHubException.Kind.CONFLICT) {
                throw e;
            }
            RemoteFile remote = client.readFile(request.repository(), request.path(), request.branch());
            String diff = UnifiedDiff.of(request.loadedText(), remote.text(), "a/" + request.path() + " (as loaded)",
                    "b/" + request.path() + " (on GitHub, " + request.branch() + ")");
            return new PushOutcome.Stale(request, remote, diff);
        }
        String workflow = request.path().substring(request.path().lastIndexOf('/') + 1);
        try {
            DispatchResult result = dispatcher.dispatch(new DispatchRequest(request.repository(), workflow,
                    request.branch(), request.inputs(), Optional.of(edited.dispatchInputs()), Optional.empty()));
            return new PushOutcome.Pushed(request.branch(), commit, result);
        } catch (GitHubException e) {
            throw new DispatchException("The edit is on branch " + request.branch() + " (commit "
                    + shortSha(commit.commitSha()) + "), but the dispatch failed: " + e.userMessage(), e);
        } catch (DispatchException e) {
            throw new DispatchException("The edit is on branch " + request.branch() + " (commit "
                    + shortSha(commit.commitSha()) + "). " + e.userMessage(), e);
        }
    }

    private static WorkflowDocument parse(PushRequest request) {
        WorkflowDocument edited;
        try {
            edited = WorkflowDocument.parse(request.editedText());
        } catch (WorkflowParseException e) {
            throw new DispatchException("The edited " + request.path() + " is not valid YAML (line " + e.line()
                    + ", column " + e.column() + "): " + e.getMessage() + " Nothing was pushed.");
        }
        if (!edited.hasTrigger("workflow_dispatch")) {
            throw new DispatchException(request.path() + " has no 'workflow_dispatch:' trigger, so it cannot be "
                    + "dispatched after the push. Add it under 'on:' first. Nothing was pushed.");
        }
        return edited;
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
