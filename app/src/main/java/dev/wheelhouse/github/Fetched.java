package dev.wheelhouse.github;

import java.util.Optional;

/**
 * A GET's result with what a poller needs besides the value.
 *
 * @param unchanged true when GitHub answered 304 to the conditional request and the value is
 *                  the cached one: nothing changed, and the call cost no rate limit
 * @param nextPage  the {@code Link: rel="next"} URL, for {@link GitHubClient#getJson} again
 */
public record Fetched<T>(T value, boolean unchanged, Optional<String> nextPage) {
}
