package dev.wheelhouse.github;

import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;

import java.io.IOException;

/**
 * Runs github-api calls over the transport and gives back {@link GitHubException}s. The subject
 * of the call in progress travels to the connector in a thread-local, since github-api's
 * requests cannot carry it.
 */
final class LibraryCalls {

    private static final ThreadLocal<String> SUBJECT = ThreadLocal.withInitial(() -> "a GitHub request");

    /** A github-api call. */
    @FunctionalInterface
    interface Call<T> {
        T run(GitHub github) throws IOException;
    }

    private final GitHub github;

    LibraryCalls(ApiTransport transport) {
        try {
            this.github = new GitHubBuilder().withEndpoint(transport.endpoint().root().toString())
                    .withConnector(new LibraryConnector(transport))
                    // The transport owns waiting and retrying; the library must not add its own.
                    .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                    .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("github-api could not be set up", e);
        }
    }

    static String subject() {
        return SUBJECT.get();
    }

    <T> T call(String subject, Call<T> call) {
        SUBJECT.set(subject);
        try {
            return call.run(github);
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof LibraryConnector.Refusal refusal) {
                    throw refusal.failure();
                }
            }
            throw new GitHubException(GitHubException.Kind.UNEXPECTED, 0, "GitHub's answer about " + subject
                    + " could not be used (" + e.getMessage() + "). Check the API URL in Settings.", e);
        } catch (RuntimeException e) {
            // github-api wraps paging failures in unchecked exceptions.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof LibraryConnector.Refusal refusal) {
                    throw refusal.failure();
                }
                if (t instanceof GitHubException failure) {
                    throw failure;
                }
            }
            throw e;
        } finally {
            SUBJECT.remove();
        }
    }
}
