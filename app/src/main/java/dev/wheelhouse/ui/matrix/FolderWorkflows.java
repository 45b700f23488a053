package dev.wheelhouse.ui.matrix;

import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import dev.wheelhouse.workflow.io.WorkflowFolder;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The workflows of a repository clone ({@code .github/workflows/*.y*ml}), listed off the UI thread
 * for the editor to offer; a clone with exactly one opens it at once.
 */
final class FolderWorkflows {

    private final TaskExecutor executor;
    private final Consumer<Path> open;
    private final Consumer<Banner> banner;
    private final ObservableList<Path> workflows = FXCollections.observableArrayList();
    private final ObservableList<Path> workflowsView = FXCollections.unmodifiableObservableList(workflows);
    private final ReadOnlyBooleanWrapper listing = new ReadOnlyBooleanWrapper(this, "listing");

    FolderWorkflows(TaskExecutor executor, Consumer<Path> open, Consumer<Banner> banner) {
        this.executor = executor;
        this.open = open;
        this.banner = banner;
    }

    void list(Path folder, Consumer<Throwable> failed) {
        listing.set(true);
        executor.execute(BackgroundTask.of("Listing workflows", () -> WorkflowFolder.workflows(folder))
                .onSuccess(found -> {
                    workflows.setAll(found);
                    if (found.isEmpty()) {
                        banner.accept(Banner.info(folder + " has no workflow files in .github/workflows."));
                    } else if (found.size() == 1) {
                        open.accept(found.get(0));
                    }
                })
                .onFailure(failed)
                .onFinished(() -> listing.set(false)));
    }

    ObservableList<Path> workflows() {
        return workflowsView;
    }

    ReadOnlyBooleanProperty listingProperty() {
        return listing.getReadOnlyProperty();
    }
}
