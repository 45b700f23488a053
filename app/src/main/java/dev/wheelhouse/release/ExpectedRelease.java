package dev.wheelhouse.release;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the run was meant to produce.
 *
 * @param project        the project's name ({@code pyproject.toml})
 * @param version        the version the tag names, or, without a tag, the one the project files carry
 * @param projectVersion the version the project files carry at the run's commit, when readable
 * @param cells          every job that builds or uploads something, in the workflow's order
 * @param publish        the job that publishes, when the workflow has one
 */
public record ExpectedRelease(String project, Optional<String> version, Optional<String> projectVersion,
                              List<ExpectedCell> cells, Optional<PublishStep> publish) {

    public ExpectedRelease {
        Objects.requireNonNull(project);
        Objects.requireNonNull(version);
        Objects.requireNonNull(projectVersion);
        cells = List.copyOf(cells);
        Objects.requireNonNull(publish);
    }

    public Optional<ExpectedCell> cell(String job) {
        return cells.stream().filter(c -> c.job().equals(job)).findFirst();
    }

    /** The job whose upload names this artifact. */
    public Optional<ExpectedCell> uploaderOf(String artifactName) {
        return cells.stream().filter(c -> c.uploads().stream().anyMatch(u -> u.name().equals(artifactName))).findFirst();
    }

    public int wheelCount() {
        return cells.stream().mapToInt(c -> c.wheels().size()).sum();
    }
}
