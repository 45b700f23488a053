/**
 * Immutable records of the GitHub REST payloads Wheelhouse reads and writes, mapped with
 * snake_case names exactly as api.github.com sends them (see the recordings in
 * {@code samples/github-api/}). Timestamps are {@link java.time.Instant}s; read and write
 * them with {@link dev.wheelhouse.github.model.GitHubJson#mapper()}, which accepts every
 * form GitHub uses ({@code Z}, offsets, 3 or 7 fractional digits).
 */
package dev.wheelhouse.github.model;
