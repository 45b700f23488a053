package dev.wheelhouse.runs.catalog;

import dev.wheelhouse.github.GitHubClient;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.github.RepositoryRef;
import dev.wheelhouse.github.WorkflowSummary;
import dev.wheelhouse.runs.dispatch.DispatchException;
import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A repository's workflows as GitHub lists them, each marked dispatchable when its file at the
 * chosen ref has a {@code workflow_dispatch} trigger: GitHub's list does not say, and the
 * trigger that counts is the one in the file at the ref being dispatched.
 */
public final class WorkflowCatalog {

    private final GitHubClient client;

    public WorkflowCatalog(GitHubClient client) {
        this.client = client;
    }

    public List<CatalogEntry> list(RepositoryRef repo, String ref) {
        List<CatalogEntry> out = new ArrayList<>();
        for (WorkflowSummary w : client.workflows(repo)) {
            try {
                RemoteWorkflow opened = open(repo, w.path(), ref);
                out.add(new CatalogEntry(w, opened.dispatchable(), opened.document().dispatchInputs(), Optional.empty()));
            } catch (DispatchException e) {
                out.add(new CatalogEntry(w, false, List.of(), Optional.of(e.userMessage())));
            } catch (GitHubException e) {
                if (e.kind() != GitHubException.Kind.NOT_FOUND) {
                    throw e;
                }
                out.add(new CatalogEntry(w, false, List.of(), Optional.of(w.path() + " does not exist at " + ref + ".")));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A workflow file at a ref, parsed.
     *
     * @throws DispatchException when the file is not a readable workflow
     */
    public RemoteWorkflow open(RepositoryRef repo, String path, String ref) {
        RemoteFile file = client.readFile(repo, path, ref);
        try {
            return new RemoteWorkflow(file, WorkflowDocument.parse(file.text()));
        } catch (WorkflowParseException e) {
            throw new DispatchException(path + " at " + ref + " is not a valid workflow (line " + e.line() + ", column "
                    + e.column() + "): " + e.getMessage());
        }
    }

    /** A workflow named by file name ({@code release.yml}), path, or numeric id, at a ref. */
    public RemoteWorkflow openByName(RepositoryRef repo, String workflow, String ref) {
        if (workflow.contains("/")) {
            return open(repo, workflow, ref);
        }
        WorkflowSummary found = client.workflows(repo).stream()
                .filter(w -> Long.toString(w.id()).equals(workflow) || w.fileName().equals(workflow))
                .findFirst()
                .orElseThrow(() -> new DispatchException(repo + " has no workflow " + workflow + ". Give the file "
                        + "name under .github/workflows (e.g. release.yml) or the workflow's numeric id."));
        return open(repo, found.path(), ref);
    }
}
