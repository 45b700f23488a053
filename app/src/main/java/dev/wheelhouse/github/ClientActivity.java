package dev.wheelhouse.github;

/**
 * What the client has done so far, for the status bar.
 *
 * @param requests    requests sent, retries included
 * @param retries     requests repeated after a server error, reset or timeout
 * @param notModified answers served from the ETag cache after a 304
 * @param rateWaits   waits for a rate limit to reset or a {@code Retry-After} to pass
 * @param lastRetry   why the latest retry happened, for a tooltip; empty before the first
 */
public record ClientActivity(long requests, long retries, long notModified, long rateWaits, String lastRetry) {

    public static final ClientActivity NONE = new ClientActivity(0, 0, 0, 0, "");

    ClientActivity sent() {
        return new ClientActivity(requests + 1, retries, notModified, rateWaits, lastRetry);
    }

    ClientActivity retried(String why) {
        return new ClientActivity(requests, retries + 1, notModified, rateWaits, why);
    }

    ClientActivity cacheHit() {
        return new ClientActivity(requests, retries, notModified + 1, rateWaits, lastRetry);
    }

    ClientActivity waitedForRateLimit(String why) {
        return new ClientActivity(requests, retries, notModified, rateWaits + 1, why);
    }
}
