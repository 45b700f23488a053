package dev.wheelhouse.cibw;

import java.util.Objects;

/**
 * One cibuildwheel option after its sources were weighed, with where the winning value came from,
 * so a maintainer can see why a wheel is (not) built.
 *
 * @param name   the option's pyproject name, e.g. {@code archs}
 * @param value  the value cibuildwheel uses
 * @param source where it came from, e.g. {@code CIBW_ARCHS_MACOS} or {@code [tool.cibuildwheel.macos] archs}
 */
public record ResolvedOption(String name, String value, String source) {

    public ResolvedOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return name + " = '" + value + "' (" + source + ")";
    }
}
