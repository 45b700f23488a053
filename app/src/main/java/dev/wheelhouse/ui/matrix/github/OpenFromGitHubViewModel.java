package dev.wheelhouse.ui.matrix.github;

import dev.wheelhouse.cibw.ProjectFiles;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.RemoteFile;
import dev.wheelhouse.runs.catalog.CatalogEntry;
import dev.wheelhouse.ui.common.Count;
import dev.wheelhouse.ui.connection.MonitoredRepository;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Open from GitHub", testable without a window: the connected repository's branches and tags
 * (the default branch first), the workflows at the ref typed or chosen (the dispatchable one
 * selected), and the opening of the one chosen. Every read runs on the executor.
 */
public final class OpenFromGitHubViewModel {

    /** What to hand the editor: a name for its messages, the file's read, the clone's other files. */
    public record Opening(String what, Callable<RemoteFile> fetch, ProjectFiles project) {
    }

    private final TaskExecutor executor;
    private final MonitoredRepository repository;
    private final ObservableList<String> refs = FXCollections.observableArrayList();
    private final ObservableList<CatalogEntry> workflows = FXCollections.observableArrayList();
    private final ObservableList<String> refsView = FXCollections.unmodifiableObservableList(refs);
    private final ObservableList<CatalogEntry> workflowsView = FXCollections.unmodifiableObservableList(workflows);
    private final StringProperty ref = new SimpleStringProperty(this, "ref", "");
    private final ObjectProperty<CatalogEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private String listedAt;
    private long generation;

    public OpenFromGitHubViewModel(TaskExecutor executor, MonitoredRepository repository) {
        this.executor = executor;
        this.repository = repository;
    }

    /** "A workflow of owner/name". */
    public String heading() {
        return "A workflow of " + repository.repository().fullName();
    }

    /** Reads the branches and tags, then lists the workflows at the default branch. */
    public void load() {
        status.set("Reading branches and tags…");
        executor.execute(BackgroundTask.of("Reading branches and tags", () -> {
            var client = repository.client();
            String defaultBranch = client.repository(repository.repository()).defaultBranch();
            List<String> found = new ArrayList<>(client.branches(repository.repository()));
            found.remove(defaultBranch);
            found.add(0, defaultBranch);
            found.addAll(client.tags(repository.repository()));
            return found;
        }).onSuccess(found -> {
            refs.setAll(found);
            ref.set(found.get(0));
            list();
        }).onFailure(e -> status.set(describe(e))));
    }

    /** Lists the workflows at the ref typed or chosen; an answer for an earlier ref is dropped. */
    public void list() {
        String at = ref.get() == null ? "" : ref.get().strip();
        if (at.isEmpty()) {
            return;
        }
        long mine = ++generation;
        status.set("Reading the workflows at " + at + "…");
        executor.execute(BackgroundTask.of("Listing workflows at " + at,
                        () -> repository.catalog().list(repository.repository(), at))
                .onSuccess(entries -> {
                    if (mine != generation) {
                        return;
                    }
                    listedAt = at;
                    workflows.setAll(entries);
                    selected.set(entries.stream().filter(CatalogEntry::dispatchable).findFirst()
                            .or(() -> entries.stream().findFirst()).orElse(null));
                    status.set(entries.isEmpty() ? "No workflows at " + at + "." : Count.of(entries.size(),
                            "workflow", "workflows") + " at " + at + ".");
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        status.set(describe(e));
                    }
                }));
    }

    /** The chosen workflow at the ref it was listed at, ready for the editor; empty if none is chosen. */
    public Optional<Opening> opening() {
        CatalogEntry entry = selected.get();
        if (entry == null || listedAt == null) {
            return Optional.empty();
        }
        String path = entry.workflow().path();
        String at = listedAt;
        return Optional.of(new Opening(path + " @ " + at,
                () -> repository.catalog().open(repository.repository(), path, at).file(), project(at)));
    }

    /** The repository's files at a ref, read through the Contents API (cibuildwheel's pyproject.toml). */
    private ProjectFiles project(String at) {
        Map<String, Optional<String>> read = new ConcurrentHashMap<>();
        return path -> read.computeIfAbsent(path, p -> {
            try {
                return Optional.of(repository.client().readFile(repository.repository(), p, at).text());
            } catch (GitHubException e) {
                if (e.kind() == GitHubException.Kind.NOT_FOUND) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    private static String describe(Throwable e) {
        return e instanceof GitHubException g ? g.userMessage() : UserMessages.describe(e);
    }

    public ObservableList<String> refs() {
        return refsView;
    }

    /** The ref typed or chosen. */
    public StringProperty refProperty() {
        return ref;
    }

    public ObservableList<CatalogEntry> workflows() {
        return workflowsView;
    }

    /** The workflow chosen; the dispatchable one is chosen when a list arrives. */
    public ObjectProperty<CatalogEntry> selectedProperty() {
        return selected;
    }

    /** What is being read, how many workflows were found, or why they could not be read. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
