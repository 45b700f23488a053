package dev.wheelhouse.cibw;

import java.util.Objects;
import java.util.Optional;

/**
 * The options one cibuildwheel run selects its builds with, once every source was weighed, each
 * with where its value came from: enough to ask cibuildwheel itself
 * ({@code cibuildwheel --print-build-identifiers --platform P} with {@code CIBW_ARCHS}, {@code CIBW_BUILD},
 * {@code CIBW_SKIP}, {@code CIBW_ENABLE} and {@code CIBW_PROJECT_REQUIRES_PYTHON} set to these values).
 *
 * @param platform       the target platform
 * @param archs          the architectures built, keywords resolved for the runner, space-separated; the value
 *                       as written when the release rejects it
 * @param build          the build selector
 * @param skip           the skip selector
 * @param enable         the enable groups, space-separated (with those the older switches turn on)
 * @param requiresPython the project's {@code requires-python}, when known
 */
public record CibuildwheelOptions(ResolvedOption platform, ResolvedOption archs, ResolvedOption build,
                                  ResolvedOption skip, ResolvedOption enable, Optional<ResolvedOption> requiresPython) {

    public CibuildwheelOptions {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(archs, "archs");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(skip, "skip");
        Objects.requireNonNull(enable, "enable");
        Objects.requireNonNull(requiresPython, "requiresPython");
    }
}
