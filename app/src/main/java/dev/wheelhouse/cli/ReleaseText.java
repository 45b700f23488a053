package dev.wheelhouse.cli;

import dev.wheelhouse.release.CellReport;
import dev.wheelhouse.release.ExpectedRelease;
import dev.wheelhouse.release.Finding;
import dev.wheelhouse.release.ProducedArtifact;
import dev.wheelhouse.release.PublishPlan;
import dev.wheelhouse.release.ReleaseReport;

import java.util.stream.Collectors;

/** The report of {@code release check} for a person: the run, one line per cell, what would be published, findings. */
final class ReleaseText {

    private ReleaseText() {
    }

    static String of(ReleaseReport report) {
        StringBuilder out = new StringBuilder();
        ExpectedRelease expected = report.expected();
        out.append("Run ").append(report.run().id()).append(report.run().tag().map(t -> " on tag " + t)
                .orElse(" on " + report.run().headBranch())).append(" (").append(report.run().status())
                .append(report.run().conclusion().map(c -> ", " + c).orElse("")).append(")\n");
        out.append("Expected: ").append(expected.wheelCount()).append(" wheels")
                .append(expected.cells().stream().anyMatch(c -> c.sdist()) ? " and the sdist" : "")
                .append(expected.version().map(v -> ", version " + v).orElse("")).append('\n');
        out.append("Produced: ").append(report.produced().size()).append(" artifacts, ").append(report.wheelCount())
                .append(" wheels, ").append(report.sdistCount()).append(report.sdistCount() == 1 ? " sdist" : " sdists")
                .append('\n');
        int width = report.cells().stream().mapToInt(c -> c.expected().job().length()).max().orElse(4);
        for (CellReport cell : report.cells()) {
            String mark = cell.good() ? "✔" : "✘";
            out.append("  ").append(pad(cell.expected().job(), width)).append("  ").append(mark).append(' ')
                    .append(pad(cell.tally(), 5)).append(' ')
                    .append(cell.artifacts().stream().map(ProducedArtifact::name).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        report.publish().ifPresent(p -> out.append(publish(p)));
        long errors = report.errors().size();
        if (!report.findings().isEmpty()) {
            out.append("Findings:\n");
            for (Finding f : report.findings()) {
                out.append("  ").append(f.error() ? "✘ " : "! ").append(f.kind().code()).append(": ")
                        .append(f.message()).append('\n');
            }
        }
        out.append(errors == 0 ? "Ready: nothing is missing or wrong.\n"
                : errors + (errors == 1 ? " finding is" : " findings are") + " open.\n");
        return out.toString();
    }

    private static String publish(PublishPlan plan) {
        return plan.step().job() + plan.step().environment().map(e -> " (environment " + e + ")").orElse("")
                + " would upload " + plan.files().size() + " files from " + plan.artifacts().size() + " artifacts"
                + (plan.replaced().isEmpty() ? "" : "; " + plan.replaced().size() + " replaced by another of the same name")
                + "\n";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
