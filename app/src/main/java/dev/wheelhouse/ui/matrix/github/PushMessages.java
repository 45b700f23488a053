package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.workflow.io.WorkflowLocation;

/** What Push &amp; dispatch tells the user when the push cannot be made. */
final class PushMessages {

    private PushMessages() {
    }

    /**
     * The connected repository has no workflow at the path the local file stands for. Says which
     * path was asked for and why (where the local file sits), and the two ways forward.
     */
    static String noSuchWorkflow(RepositoryRef repository, WorkflowLocation location, String base) {
        String taken = location.inWorkflowsFolder() ? ""
                : " (" + location.file().getFileName() + " is not in a .github/workflows folder; it was taken for "
                        + location.repositoryPath() + ")";
        return repository + " has no " + location.repositoryPath() + " on " + base + taken
                + ", and GitHub dispatches only a workflow its default branch already has. Connect to the repository "
                + "this file belongs to in Settings, or open its workflow with \"From GitHub…\".";
    }

    /** The edit would commit GitHub's own text again: an empty commit and a run of what is already there. */
    static String nothingToPush(RepositoryRef repository, String path, String base) {
        return "Nothing to push: " + path + " on " + base + " of " + repository + " already reads exactly as the "
                + "editor shows it. Make an edit first, or run the workflow as it is with Dispatch… on the Runs screen.";
    }
}
