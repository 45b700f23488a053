package dev.wheelhouse.workflow;

import dev.wheelhouse.workflow.yaml.YamlNode;

import java.util.Optional;

/**
 * A job's {@code strategy}: {@code fail-fast} and {@code max-parallel} as written (a Boolean or
 * Double, an expression string, or null when absent) and the matrix, if any.
 */
public record JobStrategy(Object failFast, Object maxParallel, Optional<MatrixSpec> matrix, YamlNode node) {

    /** fail-fast as GitHub applies it: true unless written false. */
    public boolean failsFast() {
        return !(failFast instanceof Boolean b) || b;
    }
}
