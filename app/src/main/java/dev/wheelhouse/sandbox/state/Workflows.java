package dev.wheelhouse.sandbox.state;

import dev.wheelhouse.workflow.WorkflowDocument;
import dev.wheelhouse.workflow.WorkflowParseException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflows of a repository: the {@code .yml}/{@code .yaml} files under
 * {@code .github/workflows/} on the default branch, each with an id that stays the same for as
 * long as the file exists (GitHub keeps a workflow's id across edits).
 */
public final class Workflows {

    public static final String DIRECTORY = ".github/workflows/";
    private static final long ID_BASE = 161_335_000L;

    private final GitRepository repo;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    public Workflows(GitRepository repo) {
        this.repo = repo;
    }

    public synchronized List<WorkflowFile> list() {
        GitRepository.Commit head = repo.resolve(repo.defaultBranch()).orElseThrow();
        List<WorkflowFile> out = new ArrayList<>();
        for (String path : head.files().keySet()) {
            if (isWorkflowPath(path)) {
                long id = ids.computeIfAbsent(path, p -> ID_BASE + 1 + ids.size() * 17L);
                out.add(new WorkflowFile(id, path, displayName(path, text(head, path).orElse(""))));
            }
        }
        return out;
    }

    /** By numeric id or by file name ({@code release.yml}), as the API accepts either. */
    public Optional<WorkflowFile> find(String idOrFileName) {
        return list().stream().filter(w -> Long.toString(w.id()).equals(idOrFileName)
                || w.fileName().equals(idOrFileName)).findFirst();
    }

    public Optional<String> text(GitRepository.Commit commit, String path) {
        String blob = commit.files().get(path);
        return blob == null ? Optional.empty()
                : repo.blob(blob).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public static boolean isWorkflowPath(String path) {
        return path.startsWith(DIRECTORY) && path.indexOf('/', DIRECTORY.length()) < 0
                && (path.endsWith(".yml") || path.endsWith(".yaml"));
    }

    /** The workflow's {@code name:}; GitHub shows the path for a file it cannot read. */
    private static String displayName(String path, String text) {
        try {
            return WorkflowDocument.parse(text).name().orElse(path);
        } catch (WorkflowParseException e) {
            return path;
        }
    }
}
