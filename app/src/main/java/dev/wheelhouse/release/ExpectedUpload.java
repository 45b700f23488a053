package dev.wheelhouse.release;

import java.util.Objects;

/**
 * An artifact a job's upload step makes.
 *
 * @param name  the artifact's name, evaluated for the job's matrix cell
 * @param sdist whether the sdist the job builds lands in it
 */
public record ExpectedUpload(String name, boolean sdist) {

    public ExpectedUpload {
        Objects.requireNonNull(name);
    }
}
