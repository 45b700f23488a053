package dev.wheelhouse.github;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;

/**
 * The two legs of a log download: the API's 302 (with the token), then the signed storage URL
 * (without it). The signed URL lives about a minute, so an expired one (403) is worth asking
 * the API once more for a fresh redirect.
 */
final class JobLogDownload {

    private JobLogDownload() {
    }

    static InputStream open(ApiTransport transport, URI logsUrl, String subject) {
        for (int attempt = 1; ; attempt++) {
            ApiCall call = ApiCall.get(logsUrl, subject);
            ApiReply reply = transport.expect(call);
            if (reply.status() == 200) {
                return new ByteArrayInputStream(reply.body());
            }
            String location = reply.header("Location").orElseThrow(() -> new GitHubException(
                    GitHubException.Kind.UNEXPECTED, reply.status(), "GitHub answered " + reply.status()
                    + " for the " + subject + " without saying where the log is. Try again later."));
            HttpResponse<InputStream> download = transport.download(logsUrl.resolve(URI.create(location)), subject);
            if (download.statusCode() == 200) {
                return download.body();
            }
            closeQuietly(download.body());
            if (download.statusCode() != 403 || attempt >= 2) {
                throw new GitHubException(GitHubException.Kind.UNEXPECTED, download.statusCode(), "The log storage "
                        + "refused the download of the " + subject + " (" + download.statusCode() + "). Try again; "
                        + "logs older than the repository's retention period are gone.");
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was read from it.
        }
    }
}
