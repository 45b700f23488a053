package dev.wheelhouse.release;

import java.util.List;
import java.util.Objects;

/**
 * One job's part of the check, for its cell on the run's grid: what it was meant to build, what its artifacts hold,
 * and its findings.
 *
 * @param produced the wheels and sdists its artifacts hold, by file name
 * @param matched  how many of its planned wheels were found
 */
public record CellReport(ExpectedCell expected, List<ProducedArtifact> artifacts, List<String> produced, int matched,
                         List<Finding> findings) {

    public CellReport {
        Objects.requireNonNull(expected);
        artifacts = List.copyOf(artifacts);
        produced = List.copyOf(produced);
        findings = List.copyOf(findings);
    }

    /** Every planned wheel was found and nothing is wrong: {@code ✔ 2/2}. */
    public boolean good() {
        return findings.stream().noneMatch(Finding::error) && matched == expected.wheels().size();
    }

    /** {@code 2/2}: found over planned. */
    public String tally() {
        return matched + "/" + expected.wheels().size();
    }
}
