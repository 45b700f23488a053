package dev.wheelhouse.github;

import dev.wheelhouse.github.model.Artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two legs of an artifact download: the API's 302 (with the token; 410 once the artifact has expired), then the
 * signed blob URL (without it: blob storage refuses a request that carries one, and the token must not leave the API
 * host). The zip streams to a temporary file through one buffer, hashed on the way, so its size never matters to
 * the heap. A signed URL lives ten minutes; one that expired (403) is asked for again once. java.net.http bounds the
 * wait for the answer's headers only, so a watchdog breaks off a body that stops coming for as long as a request may
 * take (a blob host that stalls would otherwise hold the download, and a script, for ever).
 */
final class ArtifactDownloader {

    private static final int BUFFER = 1 << 16;
    private static final long PROGRESS_EVERY = 1 << 20;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "artifact-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final ApiTransport transport;

    ArtifactDownloader(ApiTransport transport) {
        this.transport = transport;
    }

    DownloadedArtifact download(URI zipUrl, Artifact artifact, Path directory, TransferListener listener, String subject) {
        for (int attempt = 1; ; attempt++) {
            ApiCall call = ApiCall.get(zipUrl, subject);
            ApiReply reply = transport.send(call);
            if (reply.status() == 410) {
                throw new GitHubException(GitHubException.Kind.NOT_FOUND, 410, "The " + subject + " has expired (410 "
                        + "Gone): GitHub deleted its files when its retention period ended. Run the workflow again to "
                        + "make it anew.");
            }
            if (reply.status() >= 400) {
                throw transport.translator().translate(call, reply);
            }
            String location = reply.header("Location").orElseThrow(() -> new GitHubException(
                    GitHubException.Kind.UNEXPECTED, reply.status(), "GitHub answered " + reply.status() + " for the "
                    + subject + " without saying where its zip is. Try again later."));
            HttpResponse<InputStream> response = transport.download(zipUrl.resolve(URI.create(location)), subject);
            if (response.statusCode() == 200) {
                return receive(response, artifact, directory, listener, subject);
            }
            close(response.body());
            if (response.statusCode() != 403 || attempt >= 2) {
                throw new GitHubException(GitHubException.Kind.UNEXPECTED, response.statusCode(), "The artifact "
                        + "storage refused the download of the " + subject + " (" + response.statusCode() + "). Try again.");
            }
        }
    }

    private DownloadedArtifact receive(HttpResponse<InputStream> response, Artifact artifact, Path directory,
                                       TransferListener listener, String subject) {
        Path file;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, ".artifact-" + artifact.id() + "-", ".zip.part");
        } catch (IOException e) {
            close(response.body());
            throw new GitHubException(GitHubException.Kind.UNEXPECTED, 0, "Cannot write the " + subject + " to "
                    + directory + ": " + e.getMessage() + ". Check the folder and the free space.", e);
        }
        MessageDigest sha = sha256();
        long total = artifact.sizeInBytes() > 0 ? artifact.sizeInBytes() : -1;
        long received = 0;
        boolean kept = false;
        Stall stall = new Stall(response.body(), transport.requestTimeout());
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long nextReport = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                stall.arrived();
                if (listener.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new GitHubException(GitHubException.Kind.CANCELLED, 0, "The download of the " + subject
                            + " was cancelled; nothing was kept.");
                }
                out.write(buffer, 0, n);
                sha.update(buffer, 0, n);
                received += n;
                if (received >= nextReport) {
                    listener.progress(received, total);
                    nextReport = received + PROGRESS_EVERY;
                }
            }
            listener.progress(received, total);
            String hex = HexFormat.of().formatHex(sha.digest());
            check(artifact, received, hex, subject);
            kept = true;
            return new DownloadedArtifact(artifact, file, received, hex, artifact.sha256().isPresent());
        } catch (IOException e) {
            String why = stall.happened() ? "nothing came for " + transport.requestTimeout().toSeconds() + " s"
                    : e.getMessage();
            throw new GitHubException(GitHubException.Kind.NETWORK, 0, "The download of the " + subject + " broke off"
                    + " after " + received + " bytes (" + why + "); nothing was kept. Try again.", e);
        } finally {
            stall.stop();
            if (!kept) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A temporary file in the caller's folder; nothing more to do.
                }
            }
        }
    }

    /**
     * Closes the body when no byte has come for the limit: the blocked read then fails. (Interrupting the reader does
     * not end java.net.http's blocking read; closing the stream does.)
     */
    private static final class Stall {
        private final AtomicLong last = new AtomicLong(System.nanoTime());
        private final AtomicBoolean happened = new AtomicBoolean();
        private final ScheduledFuture<?> watch;
        private boolean stopped;

        Stall(InputStream body, Duration limit) {
            long period = Math.max(10, Math.min(1000, limit.toMillis() / 4));
            watch = WATCHDOG.scheduleAtFixedRate(() -> check(body, limit), period, period, TimeUnit.MILLISECONDS);
        }

        private synchronized void check(InputStream body, Duration limit) {
            if (!stopped && System.nanoTime() - last.get() > limit.toNanos() && happened.compareAndSet(false, true)) {
                close(body);
            }
        }

        void arrived() {
            last.set(System.nanoTime());
        }

        boolean happened() {
            return happened.get();
        }

        synchronized void stop() {
            stopped = true;
            watch.cancel(false);
        }
    }

    private static void check(Artifact artifact, long received, String hex, String subject) {
        if (artifact.sizeInBytes() > 0 && received != artifact.sizeInBytes()) {
            // A short body is a broken transfer (the blob host hung up), not bad bytes: worth trying again.
            throw new GitHubException(GitHubException.Kind.NETWORK, 200, "The " + subject + " arrived with "
                    + received + " bytes where GitHub lists " + artifact.sizeInBytes() + "; it was discarded. Try again.");
        }
        if (artifact.sha256().isPresent() && !artifact.sha256().get().equalsIgnoreCase(hex)) {
            throw new GitHubException(GitHubException.Kind.UNEXPECTED, 200, "The " + subject + " does not match its "
                    + "digest (GitHub lists " + artifact.digest() + ", the bytes received are sha256:" + hex
                    + "); it was discarded. Download it again.");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was read from it.
        }
    }
}
