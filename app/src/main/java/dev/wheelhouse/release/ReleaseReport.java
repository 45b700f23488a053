package dev.wheelhouse.release;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a run: what was meant, what was produced, what would be published, and every finding.
 *
 * @param checkedAt when the artifacts were read
 */
public record ReleaseReport(ReleaseRun run, ExpectedRelease expected, List<ProducedArtifact> produced,
                            Optional<PublishPlan> publish, List<CellReport> cells, List<Finding> findings,
                            Instant checkedAt) {

    public ReleaseReport {
        Objects.requireNonNull(run);
        Objects.requireNonNull(expected);
        produced = List.copyOf(produced);
        Objects.requireNonNull(publish);
        cells = List.copyOf(cells);
        findings = List.copyOf(findings);
        Objects.requireNonNull(checkedAt);
    }

    /** Nothing is missing or wrong (warnings may remain). */
    public boolean ready() {
        return findings.stream().noneMatch(Finding::error);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::error).toList();
    }

    /** Every wheel the artifacts hold (copies counted once per artifact). */
    public long wheelCount() {
        return produced.stream().flatMap(a -> a.files().stream()).filter(ProducedFile::isWheel).count();
    }

    public long sdistCount() {
        return produced.stream().flatMap(a -> a.files().stream()).filter(ProducedFile::isSdist).count();
    }

    public Optional<CellReport> cell(String job) {
        return cells.stream().filter(c -> c.expected().job().equals(job)).findFirst();
    }
}
