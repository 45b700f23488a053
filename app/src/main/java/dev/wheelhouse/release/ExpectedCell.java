package dev.wheelhouse.release;

import dev.wheelhouse.cibw.WheelExpectation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one job (a matrix cell) of the run was meant to produce.
 *
 * @param job        its display name, e.g. {@code build wheels (ubuntu-latest cp312)}
 * @param matrix     its matrix values, empty for a plain job
 * @param runJobId   GitHub's id of the job in the run
 * @param conclusion how it ended ({@code success}, {@code failure}, …), empty while it runs
 * @param wheels     the wheels its wheel plan says it builds
 * @param sdist      whether it builds the sdist
 * @param uploads    the artifacts it uploads
 * @param unknown    why its wheels cannot be known (maturin, a dynamic runner), when they cannot
 */
public record ExpectedCell(String job, Map<String, String> matrix, long runJobId, Optional<String> conclusion,
                           List<WheelExpectation> wheels, boolean sdist, List<ExpectedUpload> uploads,
                           Optional<String> unknown) {

    public ExpectedCell {
        Objects.requireNonNull(job);
        matrix = Map.copyOf(matrix);
        Objects.requireNonNull(conclusion);
        wheels = List.copyOf(wheels);
        uploads = List.copyOf(uploads);
        Objects.requireNonNull(unknown);
    }

    public boolean finished() {
        return conclusion.isPresent();
    }
}
