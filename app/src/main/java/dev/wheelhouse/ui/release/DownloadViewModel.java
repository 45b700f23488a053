package dev.wheelhouse.ui.release;

import dev.wheelhouse.github.model.Artifact;
import dev.wheelhouse.release.ArtifactDownloads;
import dev.wheelhouse.release.ReleaseSource;
import dev.wheelhouse.ui.shell.UserMessages;
import dev.wheelhouse.ui.task.BackgroundTask;
import dev.wheelhouse.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Downloads a run's artifacts into a folder (one folder per artifact), each checked against its digest, with
 * progress over all bytes and a cancel that stops between chunks and keeps nothing of the artifact in flight.
 */
public final class DownloadViewModel {

    private final TaskExecutor executor;
    private final ReleaseSource source;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final AtomicBoolean cancel = new AtomicBoolean();

    public DownloadViewModel(TaskExecutor executor, ReleaseSource source) {
        this.executor = executor;
        this.source = source;
    }

    /** Starts downloading {@code artifacts} into {@code folder}. */
    public void start(List<Artifact> artifacts, Path folder) {
        long total = Math.max(1, artifacts.stream().mapToLong(Artifact::sizeInBytes).sum());
        long[] done = {0};
        cancel.set(false);
        running.set(true);
        progress.set(0);
        message.set("Starting…");
        ArtifactDownloads.Progress listener = new ArtifactDownloads.Progress() {
            private long current;

            @Override
            public void artifact(Artifact artifact, int index, int count) {
                done[0] += current;
                current = 0;
                executor.runOnUiThread(() -> message.set("Artifact " + index + " of " + count + ": " + artifact.name()));
            }

            @Override
            public void progress(long bytes, long size) {
                current = bytes;
                double fraction = (double) (done[0] + bytes) / total;
                executor.runOnUiThread(() -> progress.set(Math.min(1, fraction)));
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        executor.execute(BackgroundTask.of("Downloading " + artifacts.size() + " artifacts",
                        () -> new ArtifactDownloads(source).download(artifacts, true, folder, listener))
                .onSuccess(list -> {
                    long files = list.stream().mapToLong(d -> d.files().size()).sum();
                    progress.set(1);
                    message.set(files + " files from " + list.size() + " artifacts in " + folder
                            + (list.stream().allMatch(ArtifactDownloads.Downloaded::verified) ? ", every digest checked."
                            : "."));
                })
                .onFailure(e -> message.set(UserMessages.describe(e)))
                .onFinished(() -> running.set(false)));
    }

    public void cancel() {
        cancel.set(true);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
