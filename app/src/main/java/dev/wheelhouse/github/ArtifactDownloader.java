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
import java.util.HexFormat;

/**
 * The two legs of an artifact download: the API's 302 (with the token; 410 once the artifact has expired), then the
 * signed blob URL (without it: blob storage refuses a request that carries one, and the token must not leave the API
 * host). The zip streams to a temporary file through one buffer, hashed on the way, so its size never matters to
 * the heap. A signed URL lives ten minutes; one that expired (403) is asked for again once.
 */
final class ArtifactDownloader {

    private static final int BUFFER = 1 << 16;
    private static final long PROGRESS_EVERY = 1 << 20;

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
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long nextReport = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
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
            throw new GitHubException(GitHubException.Kind.NETWORK, 0, "The download of the " + subject + " broke off"
                    + " after " + received + " bytes (" + e.getMessage() + "); nothing was kept. Try again.", e);
        } finally {
            if (!kept) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A temporary file in the caller's folder; nothing more to do.
                }
            }
        }
    }

    private static void check(Artifact artifact, long received, String hex, String subject) {
        if (artifact.sizeInBytes() > 0 && received != artifact.sizeInBytes()) {
            throw new GitHubException(GitHubException.Kind.UNEXPECTED, 200, "The " + subject + " arrived with "
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
