package dev.wheelhouse.cibw;

import java.util.List;
import java.util.Objects;

/**
 * One build a cibuildwheel release can make on some runner: the identifier, the {@code archs} value
 * that selects it (as the release's {@code get_python_configurations} matches them), and the enable
 * groups that must all be on for the release to consider it.
 *
 * @param identifier   e.g. {@code pp310-manylinux_x86_64}
 * @param architecture e.g. {@code x86_64}
 * @param groups       e.g. {@code [pypy-eol]}; empty when built by default
 */
public record CatalogBuild(BuildIdentifier identifier, Architecture architecture, List<String> groups) {

    public CatalogBuild {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(architecture, "architecture");
        groups = List.copyOf(groups);
    }
}
