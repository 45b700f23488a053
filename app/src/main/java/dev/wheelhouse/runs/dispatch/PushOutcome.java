package dev.wheelhouse.runs.dispatch;

import dev.wheelhouse.github.FileWrite;
import dev.wheelhouse.github.RemoteFile;

/** What "Push & dispatch" came to. */
public sealed interface PushOutcome {

    /** The edit is on the branch and its run started. */
    record Pushed(String branch, FileWrite commit, DispatchResult dispatch) implements PushOutcome {
    }

    /**
     * The file changed on GitHub after it was loaded, so nothing was written. {@code remoteChange}
     * is a unified diff from the loaded text to GitHub's; {@link #reapplied()} is the same push
     * with the user's edit made again on GitHub's text, for the user to review and confirm.
     */
    record Stale(PushRequest request, RemoteFile remote, String remoteChange) implements PushOutcome {

        /** @throws DispatchException when an edit no longer fits GitHub's text */
        public PushRequest reapplied() {
            String remoteText = remote.text();
            return new PushRequest(request.repository(), request.path(), request.baseRef(), request.branch(),
                    request.commitMessage(), remoteText, remote.blobSha(), request.reapply().apply(remoteText),
                    request.reapply(), request.inputs(), true);
        }
    }
}
