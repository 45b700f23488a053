package dev.wheelhouse.release;

import dev.wheelhouse.github.DownloadedArtifact;
import dev.wheelhouse.github.GitHubException;
import dev.wheelhouse.github.model.Artifact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Downloads a run's artifacts in order, one ahead of the reader: the next zip streams to disk (hashed on the way)
 * while the current one's central directory and wheels are read. At most two zips are on disk and two transfer
 * buffers in the heap at once. Expired artifacts are not fetched. Closing stops the download in flight (it keeps
 * nothing) and waits for it, so the folder can then be removed.
 */
final class ArtifactPrefetch implements AutoCloseable {

    /** One artifact's download: the zip, or why there is none (expired: neither). */
    record Fetched(DownloadedArtifact zip, GitHubException failure) {
    }

    private final ReleaseSource source;
    private final List<Artifact> artifacts;
    private final Path folder;
    private final CheckProgress progress;
    private final List<Future<Fetched>> futures = new ArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "release-check-download");
        t.setDaemon(true);
        return t;
    });

    ArtifactPrefetch(ReleaseSource source, List<Artifact> artifacts, Path folder, CheckProgress progress) {
        this.source = source;
        this.artifacts = List.copyOf(artifacts);
        this.folder = folder;
        this.progress = progress;
        submit(0);
    }

    private void submit(int index) {
        if (index < artifacts.size() && futures.size() == index) {
            Artifact artifact = artifacts.get(index);
            futures.add(worker.submit(() -> {
                if (artifact.expired()) {
                    return new Fetched(null, null);
                }
                try {
                    return new Fetched(source.download(artifact, folder, progress), null);
                } catch (GitHubException e) {
                    return new Fetched(null, e);
                }
            }));
        }
    }

    /** Artifact {@code index}'s download, waiting for it, and the next one started. */
    Fetched take(int index) {
        Future<Fetched> future = futures.get(index);
        submit(index + 1);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubException(GitHubException.Kind.CANCELLED, 0, "The check was stopped.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
